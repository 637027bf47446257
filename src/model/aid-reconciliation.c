/* aid-reconciliation.c: a published envelope against the activities it should cover
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules are in aid-reconciliation.h.
 */

#define G_LOG_DOMAIN "aid-reconciliation"

#include "config.h"

#include "aid-reconciliation.h"
#include "aid-model-private.h"
#include "aid-totals-private.h"

struct _AidReconciliation
{
  GObject      parent_instance;

  AidDataset  *dataset;
  AidEnvelope *envelope;
  AidSum       itemised;
  GArray      *inside;       /* of AidItemisedAmount */
  GArray      *straddling;   /* of AidItemisedAmount */
};

G_DEFINE_FINAL_TYPE (AidReconciliation, aid_reconciliation, G_TYPE_OBJECT)

/* Helpers */

/* Whether @organisation funds @activity, or nobody is named as its funder. */
static gboolean
funds_alone (AidActivity *activity,
             const char  *organisation)
{
  gboolean any_funder = FALSE;

  for (guint i = 0; i < activity->participating_orgs->len; i++)
    {
      AidParticipation *participation = g_ptr_array_index (activity->participating_orgs, i);

      if (g_strcmp0 (participation->role, "1") != 0)
        continue;

      if (participation->org != organisation)
        return FALSE;
      any_funder = TRUE;
    }

  return any_funder || organisation == NULL;
}

typedef enum
{
  TIMING_INSIDE,
  TIMING_STRADDLING,
  TIMING_OUTSIDE,
} Timing;

static Timing
get_timing (const AidDate   *first,
            const AidDate   *last,
            const AidPeriod *period)
{
  g_autoptr(GDate) start = aid_date_first_day (first);
  g_autoptr(GDate) end = aid_date_last_day (last);
  g_autoptr(GDate) period_start = aid_date_first_day (&period->start);
  g_autoptr(GDate) period_end = aid_date_last_day (&period->end);

  if (g_date_compare (start, period_start) >= 0 && g_date_compare (end, period_end) <= 0)
    return TIMING_INSIDE;
  if (g_date_compare (end, period_start) < 0 || g_date_compare (start, period_end) > 0)
    return TIMING_OUTSIDE;

  return TIMING_STRADDLING;
}

static void
reconcile_amount (AidReconciliation *self,
                  AidActivity       *activity,
                  const AidMoney    *money)
{
  AidItemisedAmount item = { activity, money };
  AidPeriod period;
  AidDate earliest;
  AidDate latest;
  Timing timing;

  /* Inside by its value date, or by its whole period as first published; straddling when the
   * activity, as it actually ran, spans the envelope's period and more. */
  if (aid_date_is_set (&money->value_date))
    timing = get_timing (&money->value_date, &money->value_date, &self->envelope->period);
  else if (_aid_activity_get_published_period (activity, &period) &&
           get_timing (&period.start, &period.end, &self->envelope->period) == TIMING_INSIDE)
    timing = TIMING_INSIDE;
  else if (_aid_activity_get_span (activity, &earliest, &latest))
    timing = get_timing (&earliest, &latest, &self->envelope->period);
  else
    return;

  if (timing == TIMING_INSIDE)
    {
      g_array_append_val (self->inside, item);
      _aid_sum_add (&self->itemised, self->dataset, money->currency, money->cents, 1.0);
    }
  else if (timing == TIMING_STRADDLING)
    {
      g_array_append_val (self->straddling, item);
    }
}

/* GObject overrides */

static void
aid_reconciliation_finalize (GObject *object)
{
  AidReconciliation *self = (AidReconciliation *)object;

  _aid_sum_clear (&self->itemised);
  g_clear_pointer (&self->inside, g_array_unref);
  g_clear_pointer (&self->straddling, g_array_unref);
  g_clear_object (&self->envelope);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (aid_reconciliation_parent_class)->finalize (object);
}

static void
aid_reconciliation_class_init (AidReconciliationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aid_reconciliation_finalize;
}

static void
aid_reconciliation_init (AidReconciliation *self)
{
  self->inside = g_array_new (FALSE, FALSE, sizeof (AidItemisedAmount));
  self->straddling = g_array_new (FALSE, FALSE, sizeof (AidItemisedAmount));
}

/* Public API */

guint
aid_dataset_get_n_envelopes (AidDataset *dataset)
{
  g_return_val_if_fail (AID_IS_DATASET (dataset), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (dataset->envelopes));
}

/**
 * aid_dataset_reconcile_envelope:
 *
 * Returns: (transfer full): how the itemised activities account for envelope @index
 */
AidReconciliation *
aid_dataset_reconcile_envelope (AidDataset *dataset,
                                guint       index)
{
  AidReconciliation *self;
  guint n;

  g_return_val_if_fail (AID_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (index < g_list_model_get_n_items (G_LIST_MODEL (dataset->envelopes)), NULL);

  self = g_object_new (AID_TYPE_RECONCILIATION, NULL);
  self->dataset = g_object_ref (dataset);
  self->envelope = g_list_model_get_item (G_LIST_MODEL (dataset->envelopes), index);

  n = g_list_model_get_n_items (G_LIST_MODEL (dataset->activities));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (G_LIST_MODEL (dataset->activities), i);
      gboolean donor_contributes = FALSE;

      for (guint c = 0; c < activity->contributions->len; c++)
        {
          AidContribution *contribution = g_ptr_array_index (activity->contributions, c);

          if (contribution->funder == dataset->donor && contribution->money != NULL)
            {
              reconcile_amount (self, activity, contribution->money);
              donor_contributes = TRUE;
            }
        }

      if (!donor_contributes && activity->contributions->len == 0 && activity->budget != NULL &&
          funds_alone (activity, dataset->donor))
        reconcile_amount (self, activity, activity->budget);
    }

  return self;
}

const char *
aid_reconciliation_get_envelope_id (AidReconciliation *self)
{
  g_return_val_if_fail (AID_IS_RECONCILIATION (self), NULL);

  return self->envelope->id;
}

const char *
aid_reconciliation_get_envelope_title (AidReconciliation *self,
                                       const char        *language)
{
  g_return_val_if_fail (AID_IS_RECONCILIATION (self), NULL);

  return aid_text_get (self->envelope->title, language, NULL);
}

const AidPeriod *
aid_reconciliation_get_envelope_period (AidReconciliation *self)
{
  g_return_val_if_fail (AID_IS_RECONCILIATION (self), NULL);

  return &self->envelope->period;
}

/* The channels it covers, as bits (1 << AidChannel). */
guint
aid_reconciliation_get_envelope_covers (AidReconciliation *self)
{
  g_return_val_if_fail (AID_IS_RECONCILIATION (self), 0);

  return self->envelope->covers;
}

/* The envelope's amount in the dataset's currency, or -1 if it is in another one. */
gint64
aid_reconciliation_get_envelope_cents (AidReconciliation *self)
{
  g_return_val_if_fail (AID_IS_RECONCILIATION (self), -1);

  if (self->envelope->money == NULL || self->envelope->money->currency != self->dataset->default_currency)
    return -1;

  return self->envelope->money->cents;
}

const AidSum *
aid_reconciliation_get_itemised (AidReconciliation *self)
{
  g_return_val_if_fail (AID_IS_RECONCILIATION (self), NULL);

  return &self->itemised;
}

/* What the envelope covers that no activity itemises for its period (negative when the
 * activities add up to more). */
gint64
aid_reconciliation_get_unitemised_cents (AidReconciliation *self)
{
  gint64 envelope = aid_reconciliation_get_envelope_cents (self);

  return envelope < 0 ? 0 : envelope - self->itemised.cents;
}

guint
aid_reconciliation_get_n_inside (AidReconciliation *self)
{
  g_return_val_if_fail (AID_IS_RECONCILIATION (self), 0);

  return self->inside->len;
}

const AidItemisedAmount *
aid_reconciliation_get_inside (AidReconciliation *self,
                               guint              index)
{
  g_return_val_if_fail (AID_IS_RECONCILIATION (self), NULL);
  g_return_val_if_fail (index < self->inside->len, NULL);

  return &g_array_index (self->inside, AidItemisedAmount, index);
}

guint
aid_reconciliation_get_n_straddling (AidReconciliation *self)
{
  g_return_val_if_fail (AID_IS_RECONCILIATION (self), 0);

  return self->straddling->len;
}

const AidItemisedAmount *
aid_reconciliation_get_straddling (AidReconciliation *self,
                                   guint              index)
{
  g_return_val_if_fail (AID_IS_RECONCILIATION (self), NULL);
  g_return_val_if_fail (index < self->straddling->len, NULL);

  return &g_array_index (self->straddling, AidItemisedAmount, index);
}
