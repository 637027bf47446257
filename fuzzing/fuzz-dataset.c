/* fuzz-dataset.c: what the dataset targets check of a load, shared by them
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report is well formed: every diagnostic valid UTF-8, no more than were counted. A dataset
 * goes through what the window computes from it at once: the totals and their breakdowns, the
 * envelopes' reconciliations, each activity's shares, the amount its card shows, the rows it
 * counts in and the texts of its row.
 */

#include "config.h"

#include "aid-dataset-loader.h"
#include "aid-focus.h"
#include "aid-format.h"
#include "aid-reconciliation.h"
#include "aid-totals.h"
#include "fuzz.h"

void
fuzz_check_report (AidLoadReport *report)
{
  GListModel *diagnostics = aid_load_report_get_diagnostics (report);
  guint n = g_list_model_get_n_items (diagnostics);
  guint n_errors = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AidDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      g_autofree char *text = aid_diagnostic_format (diagnostic, "fuzz.json");
      const char *path = aid_diagnostic_get_path (diagnostic);

      g_assert (g_utf8_validate (aid_diagnostic_get_message (diagnostic), -1, NULL));
      g_assert (path == NULL || g_utf8_validate (path, -1, NULL));
      g_assert (g_utf8_validate (text, -1, NULL));
      /* XML elements have a line but no column. */
      if (aid_diagnostic_get_line (diagnostic) == 0)
        g_assert (aid_diagnostic_get_column (diagnostic) == 0);
      n_errors += aid_diagnostic_get_severity (diagnostic) == AID_SEVERITY_ERROR;
    }

  g_assert (n_errors <= aid_load_report_get_n_errors (report));
  g_assert (n <= aid_load_report_get_n_errors (report) +
                 aid_load_report_get_n_warnings (report) + 1);
}

static void
format_sum (const AidSum *sum,
            const char   *currency)
{
  g_free (aid_format_amount (sum->cents, currency, "fr"));
  g_free (aid_format_amount_compact (sum->converted_cents, currency, "en"));
  for (guint i = 0; sum->others != NULL && i < sum->others->len; i++)
    {
      const AidCurrencyAmount *other = &g_array_index (sum->others, AidCurrencyAmount, i);

      g_assert (aid_sum_get_other (sum, other->currency) == other->cents);
      g_free (aid_format_amount (other->cents, other->currency, "en"));
    }
}

void
fuzz_use_dataset (AidDataset *dataset)
{
  GListModel *activities = aid_dataset_get_activities (dataset);
  const char *currency = aid_dataset_get_default_currency (dataset);
  AidTotals *totals;
  AidPeriod focus;
  guint n;

  g_assert (aid_dataset_get_id (dataset) != NULL);
  aid_dataset_get_title (dataset, "fr", NULL);
  aid_dataset_get_description (dataset, "en");
  aid_dataset_get_focus_period (dataset, &focus);

  totals = aid_dataset_get_totals (dataset);
  g_assert (aid_totals_get_n_activities (totals) <= g_list_model_get_n_items (activities));
  for (guint kind = 0; kind < AID_N_AMOUNT_KINDS; kind++)
    format_sum (aid_totals_get_sum (totals, kind), currency);
  for (guint dimension = 0; dimension < AID_N_DIMENSIONS; dimension++)
    {
      n = aid_totals_get_n_rows (totals, dimension);
      for (guint i = 0; i < n; i++)
        {
          const AidBreakdownRow *row = aid_totals_get_row (totals, dimension, i);

          g_assert (aid_totals_lookup_row (totals, dimension, row->key) == row);
          for (guint kind = 0; kind < AID_N_AMOUNT_KINDS; kind++)
            format_sum (&row->sums[kind], currency);
        }
    }

  n = aid_dataset_get_n_envelopes (dataset);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AidReconciliation) reconciliation = aid_dataset_reconcile_envelope (dataset, i);

      format_sum (aid_reconciliation_get_itemised (reconciliation), currency);
      g_free (aid_format_amount (aid_reconciliation_get_unitemised_cents (reconciliation),
                                 currency, "fr"));
    }

  n = g_list_model_get_n_items (activities);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (activities, i);
      g_autoptr(GArray) shares = aid_activity_compute_shares (activity);
      const AidMoney *budget = aid_activity_get_budget (activity);
      const char *headline_currency;
      gint64 headline;
      AidDate start;
      AidDate end;

      g_assert (aid_activity_get_id (activity) != NULL);
      aid_activity_get_title (activity, "fr", NULL);
      aid_activity_get_description (activity, "en", NULL);
      aid_activity_get_implementers (activity, "fr");
      aid_activity_get_places (activity, "en");
      g_assert (g_utf8_validate (aid_activity_get_search_key (activity), -1, NULL));
      if (budget != NULL)
        g_free (aid_format_amount (budget->cents, budget->currency, "fr"));
      if (aid_activity_get_period (activity, &start, &end))
        g_free (aid_format_period (&start, &end, "fr"));
      aid_dataset_is_in_focus (dataset, activity);

      /* What a card shows is the budget where there is one. */
      if (aid_activity_get_headline_amount (activity, &headline, &headline_currency, NULL))
        {
          g_assert (budget == NULL || (headline == budget->cents && headline_currency == budget->currency));
          g_free (aid_format_amount (headline, headline_currency, "fr"));
        }
      for (guint dimension = 0; dimension < AID_N_DIMENSIONS; dimension++)
        aid_activity_counts_in_row (activity, dimension, NULL);

      for (guint s = 0; s < shares->len; s++)
        {
          const AidShare *share = &g_array_index (shares, AidShare, s);

          g_free (aid_format_percentage (share->share, "fr"));
        }
    }
}
