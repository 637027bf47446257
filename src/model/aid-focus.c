/* aid-focus.c: the activities that count, and those of the humanitarian channel
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dataset's focus period decides which activities its totals add up. The lists and the
 * totals below are worked out once, on first use, and kept in the dataset: the loader asks for
 * them as it finishes, off the main thread when loading asynchronously.
 */

#define G_LOG_DOMAIN "aid-focus"

#include "config.h"

#include "aid-focus.h"
#include "aid-model-private.h"

/* Helpers */

/* The activities @keep keeps, in document order. */
static GListStore *
select_activities (AidDataset *dataset,
                   gboolean  (*keep) (AidDataset  *dataset,
                                      AidActivity *activity))
{
  GListStore *selected = g_list_store_new (AID_TYPE_ACTIVITY);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (dataset->activities));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (G_LIST_MODEL (dataset->activities), i);

      if (keep (dataset, activity))
        g_list_store_append (selected, activity);
    }

  return selected;
}

static gboolean
is_humanitarian (AidDataset  *dataset,
                 AidActivity *activity)
{
  return activity->channel == AID_CHANNEL_HUMANITARIAN || activity->humanitarian;
}

/* Public API */

/**
 * aid_dataset_is_in_focus:
 *
 * Whether the activity runs at some point in the dataset's focus period, from its earliest to its
 * latest date. Activities entirely before or after it are history and outlook: shown, but kept
 * out of totals; so is an activity whose dates are all unknown, since nothing says it ran then.
 */
gboolean
aid_dataset_is_in_focus (AidDataset  *dataset,
                         AidActivity *activity)
{
  g_autoptr(GDate) start = NULL;
  g_autoptr(GDate) end = NULL;
  g_autoptr(GDate) focus_start = NULL;
  g_autoptr(GDate) focus_end = NULL;
  AidDate earliest;
  AidDate latest;

  g_return_val_if_fail (AID_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (AID_IS_ACTIVITY (activity), FALSE);

  if (!dataset->has_focus_period)
    return TRUE;

  if (!_aid_activity_get_span (activity, &earliest, &latest))
    return FALSE;

  start = aid_date_first_day (&earliest);
  end = aid_date_last_day (&latest);
  focus_start = aid_date_first_day (&dataset->focus_period.start);
  focus_end = aid_date_last_day (&dataset->focus_period.end);

  return g_date_compare (end, focus_start) >= 0 && g_date_compare (start, focus_end) <= 0;
}

/**
 * aid_dataset_get_focus_activities:
 *
 * Returns: (transfer none): the activities in the focus period, in document order
 */
GListModel *
aid_dataset_get_focus_activities (AidDataset *dataset)
{
  g_return_val_if_fail (AID_IS_DATASET (dataset), NULL);

  if (dataset->focus_activities == NULL)
    dataset->focus_activities = select_activities (dataset, aid_dataset_is_in_focus);

  return G_LIST_MODEL (dataset->focus_activities);
}

/**
 * aid_dataset_get_humanitarian_activities:
 *
 * Returns: (transfer none): the activities of the humanitarian channel or marked humanitarian,
 *   in document order
 */
GListModel *
aid_dataset_get_humanitarian_activities (AidDataset *dataset)
{
  g_return_val_if_fail (AID_IS_DATASET (dataset), NULL);

  if (dataset->humanitarian_activities == NULL)
    dataset->humanitarian_activities = select_activities (dataset, is_humanitarian);

  return G_LIST_MODEL (dataset->humanitarian_activities);
}

/**
 * aid_dataset_get_totals:
 *
 * Returns: (transfer none): the totals of the activities in focus
 */
AidTotals *
aid_dataset_get_totals (AidDataset *dataset)
{
  g_return_val_if_fail (AID_IS_DATASET (dataset), NULL);

  if (dataset->totals == NULL)
    dataset->totals = G_OBJECT (aid_totals_new (dataset, aid_dataset_get_focus_activities (dataset)));

  return AID_TOTALS (dataset->totals);
}
