/* test-totals.c: the bundled dataset and its totals, against sums worked out by hand
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected value below is computed by hand from ../shared/sources/facts.md and the seed
 * page (annual-report-2024-mali.fr.txt); the comment above each gives the rows and the
 * arithmetic. None was printed by the code and pasted back.
 */

#include "config.h"

#include <string.h>

#include "aid-dataset-loader.h"
#include "aid-focus.h"
#include "aid-model-private.h"
#include "aid-reconciliation.h"
#include "aid-totals.h"
#include "test-datasets.h"

#define EUR(x) (G_GINT64_CONSTANT (x) * 100)

static AidDataset *
load_bundled (void)
{
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  AidDataset *dataset = aid_dataset_load_bundled (&report, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (aid_load_report_get_n_errors (report), ==, 0);
  g_assert_cmpuint (aid_load_report_get_n_warnings (report), ==, 0);

  return dataset;
}

static AidActivity *
find_activity (AidDataset *dataset,
               const char *id)
{
  GListModel *activities = aid_dataset_get_activities (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (activities, i);

      if (g_strcmp0 (aid_activity_get_id (activity), id) == 0)
        return activity;
    }

  g_error ("No activity %s", id);
}

static gboolean
list_contains (GListModel *list,
               const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (list, i);

      if (g_strcmp0 (aid_activity_get_id (activity), id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Activities running at some point in 2023–2024 are in focus; the others are history (MLI/020
 * 2008–2015 B37, MLI/023 2016–2021 B11, MLI/501 2016–2020 B14, Proman 433 in 2013 C4, the 2012
 * humanitarian aid E6, the 2021 university project A10 with no dates) and outlook (MLI/805 from
 * April 2025, B38). 19 activities, 12 in focus. */
static void
test_totals_focus (void)
{
  g_autoptr(AidDataset) dataset = load_bundled ();
  GListModel *focus = aid_dataset_get_focus_activities (dataset);
  const char *in_focus[] = {
    "MLI/021", "MLI/022", "MLI/026", "MLI/027", "DDRK-4", "DDRG", "UNFPA-AFS", "PEJ-MALI-2",
    "PNUD-REFORMES", "HUM-2024", "HUM-2024-INONDATIONS", "HUM-2023",
  };
  const char *outside[] = {
    "MLI/020", "MLI/023", "MLI/501", "MLI/805", "PROMAN-433", "HUM-2012", "UNI-2021",
  };

  g_assert_cmpuint (g_list_model_get_n_items (aid_dataset_get_activities (dataset)), ==, 19);
  g_assert_cmpuint (g_list_model_get_n_items (focus), ==, G_N_ELEMENTS (in_focus));
  for (guint i = 0; i < G_N_ELEMENTS (in_focus); i++)
    g_assert_true (list_contains (focus, in_focus[i]));
  for (guint i = 0; i < G_N_ELEMENTS (outside); i++)
    g_assert_false (list_contains (focus, outside[i]));
}

/* Lifetime budgets of the activities in focus, in EUR:
 *   MLI/021 47 440 199 (B2) + MLI/022 18 974 935 (B7) + MLI/026 16 000 000 (B13)
 *   + MLI/027 1 983 209 (B30) + Kidal IV 13 726 450 (C1) + Gao 14 312 780 (C3)
 *   + humanitarian 2024 4 100 000 (E1) + floods 250 000 (seed) + humanitarian 2023 3 800 000 (E3)
 *   = 120 587 573, from 9 amounts. UNFPA, PEJ and the second UNDP project publish no total.
 * Contributions: 42 640 199 + 4 800 000 (B3) + 18 474 935 + 500 000 (B7)
 *   + 8 000 000 + 8 000 000 (B13) + 1 467 197 + 510 143 + 5 869 (B30)
 *   + 4 700 000 (D1) + 300 000 (D2) + 2 250 000 (D7) = 91 648 343, from 12 amounts.
 * The 10.5 billion FCFA of PAFA II (B15) and 164 M FCFA of the floods (E4) are equivalents of
 * amounts already counted, and CHF 9.6 M (B17) a dispute: none is added.
 * Only the second UNDP project has no published amount: 1 of 12. */
static void
test_totals_sums (void)
{
  g_autoptr(AidDataset) dataset = load_bundled ();
  AidTotals *totals = aid_dataset_get_totals (dataset);
  const AidSum *budget = aid_totals_get_sum (totals, AID_AMOUNT_BUDGET);
  const AidSum *contributions = aid_totals_get_sum (totals, AID_AMOUNT_CONTRIBUTION);

  g_assert_cmpuint (aid_totals_get_n_activities (totals), ==, 12);
  g_assert_cmpuint (aid_totals_get_n_without_amount (totals), ==, 1);

  g_assert_cmpint (budget->cents, ==, EUR (120587573));
  g_assert_cmpuint (budget->n_amounts, ==, 9);
  g_assert_cmpint (budget->converted_cents, ==, 0);
  g_assert_null (budget->others);

  g_assert_cmpint (contributions->cents, ==, EUR (91648343));
  g_assert_cmpuint (contributions->n_amounts, ==, 12);

  /* The kinds are never mixed: nothing of the above is a transaction. */
  g_assert_cmpuint (aid_totals_get_sum (totals, AID_AMOUNT_DISBURSEMENT)->n_amounts, ==, 0);
  g_assert_cmpuint (aid_totals_get_sum (totals, AID_AMOUNT_YEARLY_BUDGET)->n_amounts, ==, 0);
}

/* By channel, lifetime budgets:
 *   bilateral = 47 440 199 + 18 974 935 + 16 000 000 + 1 983 209 + 13 726 450 + 14 312 780
 *             = 112 437 573 (6 activities);
 *   humanitarian = 4 100 000 + 250 000 + 3 800 000 = 8 150 000 (3 activities);
 *   multilateral: no budget, contributions 4 700 000 + 300 000 + 2 250 000 = 7 250 000
 *   (3 activities).
 * By year, only what lies within one year: 2023 = 3 800 000 (E3), 2024 = 4 100 000 + 250 000
 * = 4 350 000; the multi-year budgets are not attributable to a year:
 *   120 587 573 - 3 800 000 - 4 350 000 = 112 437 573. */
static void
test_totals_breakdowns (void)
{
  g_autoptr(AidDataset) dataset = load_bundled ();
  AidTotals *totals = aid_dataset_get_totals (dataset);
  const AidBreakdownRow *row;

  row = aid_totals_lookup_row (totals, AID_DIMENSION_CHANNEL, "bilateral");
  g_assert_cmpuint (row->n_activities, ==, 6);
  g_assert_cmpint (row->sums[AID_AMOUNT_BUDGET].cents, ==, EUR (112437573));

  row = aid_totals_lookup_row (totals, AID_DIMENSION_CHANNEL, "humanitarian");
  g_assert_cmpuint (row->n_activities, ==, 3);
  g_assert_cmpint (row->sums[AID_AMOUNT_BUDGET].cents, ==, EUR (8150000));

  row = aid_totals_lookup_row (totals, AID_DIMENSION_CHANNEL, "multilateral");
  g_assert_cmpuint (row->n_activities, ==, 3);
  g_assert_cmpuint (row->sums[AID_AMOUNT_BUDGET].n_amounts, ==, 0);
  g_assert_cmpint (row->sums[AID_AMOUNT_CONTRIBUTION].cents, ==, EUR (7250000));

  row = aid_totals_lookup_row (totals, AID_DIMENSION_YEAR, "2023");
  g_assert_cmpint (row->sums[AID_AMOUNT_BUDGET].cents, ==, EUR (3800000));
  row = aid_totals_lookup_row (totals, AID_DIMENSION_YEAR, "2024");
  g_assert_cmpint (row->sums[AID_AMOUNT_BUDGET].cents, ==, EUR (4350000));
  row = aid_totals_lookup_row (totals, AID_DIMENSION_YEAR, NULL);
  g_assert_cmpint (row->sums[AID_AMOUNT_BUDGET].cents, ==, EUR (112437573));

  /* LuxDev implements MLI/021, /022, /026 and /027 (B1, B6, B12, B29):
   *   47 440 199 + 18 974 935 + 16 000 000 + 1 983 209 = 84 398 343. */
  row = aid_totals_lookup_row (totals, AID_DIMENSION_ORGANISATION, "luxdev 4");
  g_assert_cmpuint (row->n_activities, ==, 4);
  g_assert_cmpint (row->sums[AID_AMOUNT_BUDGET].cents, ==, EUR (84398343));
}

/* Sectors and regions get only what is attributable. No source publishes percentages, so an
 * activity counts whole for its single sector or region, and the rest is not attributable.
 * Single sector: MLI/021 43040 (47 440 199), MLI/022 11330 (18 974 935), MLI/027 43040
 * (1 983 209), floods 72010 (250 000); so rural development 43040 = 47 440 199 + 1 983 209
 * = 49 423 408. Every other budget has several sectors or none: not attributable
 *   = 120 587 573 - 49 423 408 - 18 974 935 - 250 000 = 51 939 230.
 * Regions: PAFA II is in Sikasso alone (B12), Kidal IV in Kidal (C1), Gao in Gao (C3):
 *   Sikasso 16 000 000, Kidal 13 726 450, Gao 14 312 780. MLI/021 and MLI/022 run in three
 *   regions each (B32) with no published split, and the humanitarian contributions name no
 *   region: not attributable = 47 440 199 + 18 974 935 + 4 100 000 + 250 000 + 3 800 000
 *   = 74 565 134. */
static void
test_totals_attributable (void)
{
  g_autoptr(AidDataset) dataset = load_bundled ();
  AidTotals *totals = aid_dataset_get_totals (dataset);

  g_assert_cmpint (aid_totals_lookup_row (totals, AID_DIMENSION_SECTOR, "43040")->sums[AID_AMOUNT_BUDGET].cents,
                   ==, EUR (49423408));
  g_assert_cmpint (aid_totals_lookup_row (totals, AID_DIMENSION_SECTOR, "11330")->sums[AID_AMOUNT_BUDGET].cents,
                   ==, EUR (18974935));
  g_assert_cmpint (aid_totals_lookup_row (totals, AID_DIMENSION_SECTOR, NULL)->sums[AID_AMOUNT_BUDGET].cents,
                   ==, EUR (51939230));

  g_assert_cmpint (aid_totals_lookup_row (totals, AID_DIMENSION_REGION, "sikasso")->sums[AID_AMOUNT_BUDGET].cents,
                   ==, EUR (16000000));
  g_assert_cmpint (aid_totals_lookup_row (totals, AID_DIMENSION_REGION, "kidal")->sums[AID_AMOUNT_BUDGET].cents,
                   ==, EUR (13726450));
  g_assert_cmpint (aid_totals_lookup_row (totals, AID_DIMENSION_REGION, "gao")->sums[AID_AMOUNT_BUDGET].cents,
                   ==, EUR (14312780));
  g_assert_cmpint (aid_totals_lookup_row (totals, AID_DIMENSION_REGION, NULL)->sums[AID_AMOUNT_BUDGET].cents,
                   ==, EUR (74565134));
}

/* Co-financing of PAFA II (B13): Luxembourg 8 000 000 and Switzerland 8 000 000 of
 * 16 000 000, half each. UNFPA (D1, D2) publishes no total: 4 700 000 of 5 000 000 = 0.94 and
 * 300 000 of 5 000 000 = 0.06. */
static void
test_totals_cofinancing (void)
{
  g_autoptr(AidDataset) dataset = load_bundled ();
  g_autoptr(GArray) pafa = aid_activity_compute_shares (find_activity (dataset, "MLI/026"));
  g_autoptr(GArray) unfpa = aid_activity_compute_shares (find_activity (dataset, "UNFPA-AFS"));

  g_assert_cmpuint (pafa->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpint (g_array_index (pafa, AidShare, i).cents, ==, EUR (8000000));
      g_assert_cmpfloat_with_epsilon (g_array_index (pafa, AidShare, i).share, 0.5, 1e-9);
    }
  g_assert_cmpstr (g_array_index (pafa, AidShare, 0).funder, ==, "lux");
  g_assert_cmpstr (g_array_index (pafa, AidShare, 1).funder, ==, "sdc");

  g_assert_cmpfloat_with_epsilon (g_array_index (unfpa, AidShare, 0).share, 0.94, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (unfpa, AidShare, 1).share, 0.06, 1e-9);
}

/* The 42 M EUR envelope for 2023–2024 (A2). Luxembourg's amounts whose period as first
 * published lies inside it: humanitarian 2023 3 800 000 (E3), 2024 4 100 000 (E1), the floods
 * 250 000 (seed), UNFPA's 4 700 000 for 2023–2024 (D1, D2) = 12 850 000. The programmes that
 * started before 2023 or end after 2024 straddle it and are listed, never pro-rated: MLI/021,
 * MLI/022, MLI/026, MLI/027, Kidal IV, Gao and PEJ (launched July 2022, D8) = 7. Not itemised:
 * 42 000 000 - 12 850 000 = 29 150 000. */
static void
test_totals_reconciliation (void)
{
  g_autoptr(AidDataset) dataset = load_bundled ();
  g_autoptr(AidReconciliation) reconciliation = NULL;
  const char *straddling[] = { "MLI/021", "MLI/022", "MLI/026", "MLI/027", "DDRK-4", "DDRG", "PEJ-MALI-2" };

  g_assert_cmpuint (aid_dataset_get_n_envelopes (dataset), >=, 1);
  reconciliation = aid_dataset_reconcile_envelope (dataset, 0);
  g_assert_cmpint (aid_reconciliation_get_envelope_cents (reconciliation), ==, EUR (42000000));

  g_assert_cmpint (aid_reconciliation_get_itemised (reconciliation)->cents, ==, EUR (12850000));
  g_assert_cmpuint (aid_reconciliation_get_n_inside (reconciliation), ==, 4);
  g_assert_cmpint (aid_reconciliation_get_unitemised_cents (reconciliation), ==, EUR (29150000));

  g_assert_cmpuint (aid_reconciliation_get_n_straddling (reconciliation), ==, G_N_ELEMENTS (straddling));
  for (guint i = 0; i < G_N_ELEMENTS (straddling); i++)
    g_assert_cmpstr (aid_activity_get_id (aid_reconciliation_get_straddling (reconciliation, i)->activity),
                     ==, straddling[i]);
}

/* XOF converts at the fixed 655.957 only, and is marked converted; CHF is kept apart. Built
 * from the minimal fixture: 655 957 XOF is exactly 1 000 EUR. */
static void
test_totals_currencies (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "check", "ok-minimal.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) dataset_text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AidDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AidTotals) totals = NULL;
  const AidSum *budget;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  dataset_text = g_string_new (text);
  g_string_replace (dataset_text, "\"budget\": {\"amount\": 250000,",
                    "\"budget\": {\"amount\": 655957, \"currency\": \"XOF\",", 1);
  g_string_replace (dataset_text, "\"activities\": [",
                    "\"exchange_rates\": [{\"currency\": \"XOF\", \"base\": \"EUR\", \"rate\": 655.957, \"source\": \"report\"}],\n"
                    "  \"activities\": [{\"id\": \"P-2\", \"title\": {\"en\": \"Swiss\"}, \"channel\": \"bilateral\","
                    " \"budget\": {\"amount\": 9600000, \"currency\": \"CHF\", \"source\": \"report\"}},\n"
                    "    {\"id\": \"P-3\", \"title\": {\"en\": \"Unknown\"}, \"channel\": \"ngo\"},", 1);
  bytes = g_bytes_new (dataset_text->str, dataset_text->len);
  dataset = aid_dataset_load_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);

  totals = aid_totals_new (dataset, aid_dataset_get_activities (dataset));
  budget = aid_totals_get_sum (totals, AID_AMOUNT_BUDGET);
  g_assert_cmpint (budget->cents, ==, EUR (1000));
  g_assert_cmpint (budget->converted_cents, ==, EUR (1000));
  g_assert_cmpuint (budget->n_converted, ==, 1);
  g_assert_cmpint (aid_sum_get_other (budget, "CHF"), ==, EUR (9600000));
  g_assert_cmpuint (aid_totals_get_n_without_amount (totals), ==, 1);
}

/* Every text of the bundled dataset exists in French and in English, and a description is
 * never the same text in both. */
static void
test_totals_bilingual (void)
{
  g_autoptr(AidDataset) dataset = load_bundled ();
  GListModel *activities = aid_dataset_get_activities (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (activities, i);
      const char *title_fr = aid_text_get_exact (activity->title, "fr");
      const char *title_en = aid_text_get_exact (activity->title, "en");
      const char *description_fr = aid_text_get_exact (activity->description, "fr");
      const char *description_en = aid_text_get_exact (activity->description, "en");

      g_assert_nonnull (title_fr);
      g_assert_nonnull (title_en);
      g_assert_nonnull (description_fr);
      g_assert_nonnull (description_en);
      if (g_strcmp0 (description_fr, description_en) == 0)
        g_error ("%s: the description is the same in both languages", activity->id);
    }
}

/* Which activities in focus each row counts, as the overview lists them under a bar:
 *   channel multilateral: UNFPA, PEJ and the second UNDP project (D1–D8);
 *   region Sikasso: PAFA II alone (B12). MLI/021, MLI/022 (B32) and UNFPA (seven regions) name
 *   Sikasso among others with no published split, so they count as not attributable, with the
 *   activities that name no region (PEJ, the second UNDP project, the humanitarian aid);
 *   sector 43040: MLI/021 and MLI/027, its only sector (B2, B30); Kidal IV and Gao have others;
 *   organisation "luxdev 4": the four LuxDev programmes (B1, B6, B12, B29);
 *   year 2023: the 2023 humanitarian budget (E3); no single year: every multi-year amount. The
 *   second UNDP project has no amount, so it is in no year row at all. */
static void
test_totals_row_contains (void)
{
  static const struct
  {
    AidDimension  dimension;
    const char   *key;
    const char   *ids[9];
  } rows[] = {
    { AID_DIMENSION_CHANNEL, "multilateral", { "UNFPA-AFS", "PEJ-MALI-2", "PNUD-REFORMES" } },
    { AID_DIMENSION_CHANNEL, "ngo", { NULL } },
    { AID_DIMENSION_REGION, "sikasso", { "MLI/026" } },
    { AID_DIMENSION_REGION, "kayes", { "MLI/027" } },
    { AID_DIMENSION_REGION, NULL,
      { "MLI/021", "MLI/022", "UNFPA-AFS", "PEJ-MALI-2", "PNUD-REFORMES", "HUM-2024",
        "HUM-2024-INONDATIONS", "HUM-2023" } },
    { AID_DIMENSION_SECTOR, "43040", { "MLI/021", "MLI/027" } },
    { AID_DIMENSION_ORGANISATION, "luxdev 4", { "MLI/021", "MLI/022", "MLI/026", "MLI/027" } },
    { AID_DIMENSION_YEAR, "2023", { "HUM-2023" } },
    { AID_DIMENSION_YEAR, "2024", { "HUM-2024", "HUM-2024-INONDATIONS" } },
    { AID_DIMENSION_YEAR, NULL,
      { "MLI/021", "MLI/022", "MLI/026", "MLI/027", "DDRK-4", "DDRG", "UNFPA-AFS", "PEJ-MALI-2" } },
  };
  g_autoptr(AidDataset) dataset = load_bundled ();
  GListModel *focus = aid_dataset_get_focus_activities (dataset);
  AidTotals *totals = aid_dataset_get_totals (dataset);

  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      g_autoptr(GString) found = g_string_new (NULL);
      g_autoptr(GString) expected = g_string_new (NULL);

      for (guint i = 0; i < g_list_model_get_n_items (focus); i++)
        {
          g_autoptr(AidActivity) activity = g_list_model_get_item (focus, i);

          if (aid_activity_counts_in_row (activity, rows[r].dimension, rows[r].key))
            g_string_append_printf (found, "%s ", aid_activity_get_id (activity));
        }
      for (guint i = 0; i < G_N_ELEMENTS (rows[r].ids) && rows[r].ids[i] != NULL; i++)
        g_string_append_printf (expected, "%s ", rows[r].ids[i]);
      g_assert_cmpstr (found->str, ==, expected->str);
    }

  /* And every activity row of the totals counts as many activities as say they are in it. */
  for (AidDimension d = 0; d < AID_N_DIMENSIONS; d++)
    {
      if (d == AID_DIMENSION_YEAR)
        continue;

      for (guint r = 0; r < aid_totals_get_n_rows (totals, d); r++)
        {
          const AidBreakdownRow *row = aid_totals_get_row (totals, d, r);
          guint n = 0;

          for (guint i = 0; i < g_list_model_get_n_items (focus); i++)
            {
              g_autoptr(AidActivity) activity = g_list_model_get_item (focus, i);

              n += aid_activity_counts_in_row (activity, d, row->key);
            }
          g_assert_cmpuint (n, ==, row->n_activities);
        }
    }
}

/* The amount a project card shows: MLI/021's lifetime budget, 47 440 199 (B2); UNFPA publishes
 * no total, so its two contributions 4 700 000 + 300 000 = 5 000 000 (D1, D2); the second UNDP
 * project publishes no amount at all. */
static void
test_totals_headline_amount (void)
{
  g_autoptr(AidDataset) dataset = load_bundled ();
  gint64 cents = 0;
  const char *currency = NULL;
  AidHeadline source = AID_HEADLINE_CONTRIBUTIONS;

  g_assert_true (aid_activity_get_headline_amount (find_activity (dataset, "MLI/021"), &cents, &currency,
                                                   &source));
  g_assert_cmpint (cents, ==, EUR (47440199));
  g_assert_cmpstr (currency, ==, "EUR");
  g_assert_cmpint (source, ==, AID_HEADLINE_BUDGET);

  g_assert_true (aid_activity_get_headline_amount (find_activity (dataset, "UNFPA-AFS"), &cents, &currency,
                                                   &source));
  g_assert_cmpint (cents, ==, EUR (5000000));
  g_assert_cmpstr (currency, ==, "EUR");
  g_assert_cmpint (source, ==, AID_HEADLINE_CONTRIBUTIONS);

  g_assert_false (aid_activity_get_headline_amount (find_activity (dataset, "PNUD-REFORMES"), NULL, NULL, NULL));
}

/* Hostile sums: found by fuzzing/fuzz-dataset-loader. */

#define MAX_AMOUNT "10000000000000"

/* Activities that only differ by their id, each with @members. */
static char *
make_activities (guint       n_activities,
                 const char *members)
{
  GString *json = g_string_new (NULL);

  for (guint i = 0; i < n_activities; i++)
    g_string_append_printf (json,
                            "%s{\"id\": \"P%u\", \"title\": {\"en\": \"P\"}, \"channel\": \"bilateral\",\n"
                            " \"participating_orgs\": [{\"org\": \"a\", \"role\": \"1\", \"source\": \"r\"}],\n"
                            " %s}",
                            i > 0 ? ",\n" : "", i, members);

  return g_string_free (json, FALSE);
}

/* Each amount is within the limit, but enough of them add up past what a gint64 of cents
 * holds: the sum stays at its largest instead of overflowing (undefined behaviour, then a
 * negative total). */
static void
test_totals_overflow_sum (void)
{
  g_autofree char *activities = make_activities (9300, "\"budget\": {\"amount\": " MAX_AMOUNT ", \"source\": \"r\"}");
  g_autoptr(AidDataset) dataset = aid_test_load_generated ("", activities);
  const AidSum *sum = aid_totals_get_sum (aid_dataset_get_totals (dataset), AID_AMOUNT_BUDGET);

  g_assert_cmpuint (sum->n_amounts, ==, 9300);
  g_assert_cmpint (sum->cents, ==, G_MAXINT64);
}

/* A published rate close to zero converts an amount to more than a gint64 holds: it counts as
 * the largest sum, never as whatever llround() gives out of range. */
static void
test_totals_overflow_rate (void)
{
  g_autofree char *activities = make_activities (2, "\"budget\": {\"amount\": 1, \"currency\": \"XOF\", \"source\": \"r\"}");
  g_autoptr(AidDataset) dataset =
    aid_test_load_generated ("\"exchange_rates\": [{\"currency\": \"XOF\", \"base\": \"EUR\", \"rate\": 1e-300, \"source\": \"r\"}],\n",
                             activities);
  const AidSum *sum = aid_totals_get_sum (aid_dataset_get_totals (dataset), AID_AMOUNT_BUDGET);

  g_assert_cmpuint (sum->n_converted, ==, 2);
  g_assert_cmpint (sum->cents, ==, G_MAXINT64);
  g_assert_cmpint (sum->converted_cents, ==, G_MAXINT64);
}

/* The contributions to one activity add up past a gint64 too. */
static void
test_totals_overflow_shares (void)
{
  g_autoptr(GString) contributions = g_string_new ("\"contributions\": [");
  g_autofree char *activities = NULL;
  g_autoptr(AidDataset) dataset = NULL;
  g_autoptr(AidActivity) first = NULL;
  g_autoptr(GArray) shares = NULL;

  for (guint i = 0; i < 9300; i++)
    g_string_append_printf (contributions, "%s{\"funder\": \"a\", \"amount\": " MAX_AMOUNT ", \"source\": \"r\"}",
                            i > 0 ? ", " : "");
  g_string_append (contributions, "]");
  activities = make_activities (1, contributions->str);
  dataset = aid_test_load_generated ("", activities);
  first = g_list_model_get_item (aid_dataset_get_activities (dataset), 0);
  shares = aid_activity_compute_shares (first);

  g_assert_cmpuint (shares->len, ==, 9300);
  for (guint i = 0; i < shares->len; i++)
    {
      const AidShare *share = &g_array_index (shares, AidShare, i);

      g_assert_cmpfloat (share->share, >, 0);
      g_assert_cmpfloat (share->share, <, 1.0 / 9000);
    }
}

/* Rules on small made-up datasets. */

/* Splits by hand: P0 in two regions at 60 and 40 %, P1 in the same two with one percentage
 * missing, P2 in one region, P3 in none. Only a published percentage, or a single region, says
 * where an activity is; the rest is not attributable: P1 counts in "n" and there. */
static void
test_totals_row_contains_split (void)
{
  static const char activities[] =
    "{\"id\": \"P0\", \"title\": {\"en\": \"P\"}, \"channel\": \"bilateral\",\n"
    " \"locations\": [{\"region\": \"n\", \"percentage\": 60, \"source\": \"r\"},\n"
    "                {\"region\": \"s\", \"percentage\": 40, \"source\": \"r\"}]},\n"
    "{\"id\": \"P1\", \"title\": {\"en\": \"P\"}, \"channel\": \"bilateral\",\n"
    " \"locations\": [{\"region\": \"n\", \"percentage\": 60, \"source\": \"r\"},\n"
    "                {\"region\": \"s\", \"source\": \"r\"}]},\n"
    "{\"id\": \"P2\", \"title\": {\"en\": \"P\"}, \"channel\": \"ngo\",\n"
    " \"locations\": [{\"region\": \"s\", \"source\": \"r\"}]},\n"
    "{\"id\": \"P3\", \"title\": {\"en\": \"P\"}, \"channel\": \"ngo\"}";
  static const struct
  {
    const char *key;
    gboolean    expected[4];   /* P0 to P3 */
  } rows[] = {
    { "n", { TRUE, TRUE, FALSE, FALSE } },
    { "s", { TRUE, FALSE, TRUE, FALSE } },
    { NULL, { FALSE, TRUE, FALSE, TRUE } },
    { "elsewhere", { FALSE, FALSE, FALSE, FALSE } },
  };
  g_autoptr(AidDataset) dataset =
    aid_test_load_generated ("\"regions\": [{\"id\": \"n\", \"name\": {\"en\": \"North\"}},\n"
                             "              {\"id\": \"s\", \"name\": {\"en\": \"South\"}}],\n",
                             activities);
  GListModel *all = aid_dataset_get_activities (dataset);

  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 4);
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    for (guint i = 0; i < 4; i++)
      {
        g_autoptr(AidActivity) activity = g_list_model_get_item (all, i);

        g_assert_cmpint (aid_activity_counts_in_row (activity, AID_DIMENSION_REGION, rows[r].key), ==,
                         rows[r].expected[i]);
      }
}

/* The partial-percentage rule of docs/dataset-format.md, worked out by hand: a budget of
 * €1,000,000 in region "n" at 60 % and region "s" without a percentage gives n €600,000, "not
 * attributable" €400,000 and s nothing; sectors 11330 at 25 % and 43040 without give 11330
 * €250,000 and "not attributable" €750,000. */
static void
test_totals_partial_percentage (void)
{
  static const char activities[] =
    "{\"id\": \"P0\", \"title\": {\"en\": \"P\"}, \"channel\": \"bilateral\",\n"
    " \"budget\": {\"amount\": 1000000, \"source\": \"r\"},\n"
    " \"locations\": [{\"region\": \"n\", \"percentage\": 60, \"source\": \"r\"},\n"
    "                {\"region\": \"s\", \"source\": \"r\"}],\n"
    " \"sectors\": [{\"code\": \"11330\", \"percentage\": 25, \"source\": \"r\"},\n"
    "              {\"code\": \"43040\", \"source\": \"r\"}]}";
  g_autoptr(AidDataset) dataset =
    aid_test_load_generated ("\"regions\": [{\"id\": \"n\", \"name\": {\"en\": \"North\"}},\n"
                             "              {\"id\": \"s\", \"name\": {\"en\": \"South\"}}],\n",
                             activities);
  AidTotals *totals = aid_dataset_get_totals (dataset);
  const AidBreakdownRow *south = aid_totals_lookup_row (totals, AID_DIMENSION_REGION, "s");
  const AidBreakdownRow *other = aid_totals_lookup_row (totals, AID_DIMENSION_SECTOR, "43040");

  g_assert_cmpint (aid_totals_lookup_row (totals, AID_DIMENSION_REGION, "n")->sums[AID_AMOUNT_BUDGET].cents, ==,
                   EUR (600000));
  g_assert_cmpint (aid_totals_lookup_row (totals, AID_DIMENSION_REGION, NULL)->sums[AID_AMOUNT_BUDGET].cents, ==,
                   EUR (400000));
  g_assert_true (south == NULL || south->sums[AID_AMOUNT_BUDGET].cents == 0);
  g_assert_cmpint (aid_totals_lookup_row (totals, AID_DIMENSION_SECTOR, "11330")->sums[AID_AMOUNT_BUDGET].cents, ==,
                   EUR (250000));
  g_assert_cmpint (aid_totals_lookup_row (totals, AID_DIMENSION_SECTOR, NULL)->sums[AID_AMOUNT_BUDGET].cents, ==,
                   EUR (750000));
  g_assert_true (other == NULL || other->sums[AID_AMOUNT_BUDGET].cents == 0);
}

/* A card adds contributions up only when they can be: in one currency, and within what a
 * gint64 of cents holds. */
static void
test_totals_headline_amount_refused (void)
{
  g_autofree char *two_currencies =
    make_activities (1, "\"contributions\": [{\"funder\": \"a\", \"amount\": 10, \"source\": \"r\"},\n"
                        "  {\"funder\": \"a\", \"amount\": 20, \"currency\": \"CHF\", \"source\": \"r\"}]");
  g_autofree char *one_currency =
    make_activities (1, "\"contributions\": [{\"funder\": \"a\", \"amount\": 10, \"source\": \"r\"},\n"
                        "  {\"funder\": \"a\", \"amount\": 20, \"source\": \"r\"}]");
  g_autoptr(GString) many = g_string_new ("\"contributions\": [");
  g_autofree char *too_much = NULL;
  struct
  {
    const char *activities;
    gboolean    shown;
    gint64      cents;
  } cases[] = {
    { one_currency, TRUE, EUR (30) },
    { two_currencies, FALSE, 0 },
    { NULL, FALSE, 0 },
  };

  /* 9 300 contributions of 10 000 billion: more than 92 million billion in all. */
  for (guint i = 0; i < 9300; i++)
    g_string_append_printf (many, "%s{\"funder\": \"a\", \"amount\": " MAX_AMOUNT ", \"source\": \"r\"}",
                            i > 0 ? ", " : "");
  g_string_append (many, "]");
  cases[2].activities = too_much = make_activities (1, many->str);

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(AidDataset) dataset = aid_test_load_generated ("", cases[c].activities);
      g_autoptr(AidActivity) activity = g_list_model_get_item (aid_dataset_get_activities (dataset), 0);
      gint64 cents = 0;
      AidHeadline source = AID_HEADLINE_BUDGET;

      g_assert_cmpint (aid_activity_get_headline_amount (activity, &cents, NULL, &source), ==,
                       cases[c].shown);
      if (cases[c].shown)
        {
          g_assert_cmpint (cents, ==, cases[c].cents);
          g_assert_cmpint (source, ==, AID_HEADLINE_CONTRIBUTIONS);
        }
    }
}

/* Which parts of an activity are disputed: in the bundled dataset, MLI/021's budget and a
 * contribution, its headline amount being its budget; MLI/026's budget, a contribution, its
 * planned end and a result; PEJ-MALI-2's contribution, which is its headline (it has no
 * budget); in ok-disputes.json, every part of D-1, nothing of D-2, and D-3's contribution only. */
static void
test_totals_disputed (void)
{
  g_autoptr(AidDataset) bundled = load_bundled ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "check", "ok-disputes.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AidDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (aid_activity_get_disputed (find_activity (bundled, "MLI/021")), ==,
                    AID_DISPUTED_HEADLINE | AID_DISPUTED_BUDGET | AID_DISPUTED_FUNDING);
  g_assert_cmpuint (aid_activity_get_disputed (find_activity (bundled, "MLI/026")), ==,
                    AID_DISPUTED_HEADLINE | AID_DISPUTED_BUDGET | AID_DISPUTED_FUNDING | AID_DISPUTED_DATES |
                    AID_DISPUTED_RESULTS);
  g_assert_cmpuint (aid_activity_get_disputed (find_activity (bundled, "PEJ-MALI-2")), ==,
                    AID_DISPUTED_HEADLINE | AID_DISPUTED_FUNDING);

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&text), strlen (text));
  dataset = aid_dataset_load_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (aid_activity_get_disputed (find_activity (dataset, "D-1")), ==,
                    AID_DISPUTED_HEADLINE | AID_DISPUTED_BUDGET | AID_DISPUTED_STATUS | AID_DISPUTED_DATES |
                    AID_DISPUTED_ORGANISATIONS | AID_DISPUTED_PLACES | AID_DISPUTED_SECTORS);
  g_assert_cmpuint (aid_activity_get_disputed (find_activity (dataset, "D-2")), ==, 0);
  /* D-3's contribution is disputed, its budget, which stands for it, is not. */
  g_assert_cmpuint (aid_activity_get_disputed (find_activity (dataset, "D-3")), ==, AID_DISPUTED_FUNDING);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aid/totals/focus", test_totals_focus);
  g_test_add_func ("/aid/totals/sums", test_totals_sums);
  g_test_add_func ("/aid/totals/breakdowns", test_totals_breakdowns);
  g_test_add_func ("/aid/totals/attributable", test_totals_attributable);
  g_test_add_func ("/aid/totals/cofinancing", test_totals_cofinancing);
  g_test_add_func ("/aid/totals/reconciliation", test_totals_reconciliation);
  g_test_add_func ("/aid/totals/row-contains", test_totals_row_contains);
  g_test_add_func ("/aid/totals/row-contains/split", test_totals_row_contains_split);
  g_test_add_func ("/aid/totals/headline-amount", test_totals_headline_amount);
  g_test_add_func ("/aid/totals/headline-amount/refused", test_totals_headline_amount_refused);
  g_test_add_func ("/aid/totals/currencies", test_totals_currencies);
  g_test_add_func ("/aid/totals/bilingual", test_totals_bilingual);
  g_test_add_func ("/aid/totals/overflow/sum", test_totals_overflow_sum);
  g_test_add_func ("/aid/totals/overflow/rate", test_totals_overflow_rate);
  g_test_add_func ("/aid/totals/overflow/shares", test_totals_overflow_shares);
  g_test_add_func ("/aid/totals/partial-percentage", test_totals_partial_percentage);
  g_test_add_func ("/aid/totals/disputed", test_totals_disputed);

  return g_test_run ();
}
