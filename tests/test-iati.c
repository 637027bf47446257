/* test-iati.c: the IATI reader's rules, on the hand-made fixtures of tests/data/iati
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each expected value is read off the fixture by hand (its comment works out the sums).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "aid-countries.h"
#include "aid-dataset-builder.h"
#include "aid-dataset-loader.h"
#include "aid-focus.h"
#include "aid-model-private.h"
#include "aid-summary.h"
#include "aid-totals.h"

static AidDataset *
load_iati (const char     *name,
           AidLoadReport **report)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "iati", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AidDataset *dataset = aid_dataset_load_file (file, NULL, report, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

static AidActivity *
find (AidDataset *dataset,
      const char *id)
{
  GListModel *activities = aid_dataset_get_activities (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (activities, i);

      if (g_strcmp0 (aid_activity_get_id (activity), id) == 0)
        return activity;
    }

  g_assert_not_reached ();
}

static guint
count_transactions (AidActivity *activity,
                    const char  *type)
{
  guint n = 0;

  for (guint i = 0; i < activity->transactions->len; i++)
    n += g_strcmp0 (((AidTransaction *)g_ptr_array_index (activity->transactions, i))->type, type) == 0;

  return n;
}

/* Narratives in every language, matched without case and region ("EN", "en-GB"); the general
 * description rather than the objectives; a text without any language kept as a fallback. */
static void
test_iati_narratives (void)
{
  g_autoptr(AidDataset) dataset = load_iati ("rules-203.xml", NULL);
  AidActivity *water = find (dataset, "XX-EXAMPLE-A-1");
  AidActivity *nameless = find (dataset, "XX-EXAMPLE-A-4");
  gboolean fell_back = TRUE;

  g_assert_cmpstr (aid_activity_get_title (water, "fr", &fell_back), ==, "Eau potable à Ségou");
  g_assert_false (fell_back);
  g_assert_cmpstr (aid_activity_get_title (water, "en", &fell_back), ==, "Drinking water in Ségou");
  g_assert_false (fell_back);
  g_assert_cmpstr (aid_activity_get_description (water, "en", NULL), ==, "Boreholes and standpipes in the Ségou region.");
  g_assert_cmpstr (aid_activity_get_description (water, "fr", NULL), ==,
                   "Des forages et des bornes-fontaines dans la région de Ségou.");

  /* No xml:lang anywhere: shown, and marked as not in the asked language. */
  g_assert_cmpstr (aid_activity_get_title (nameless, "fr", &fell_back), ==, "Sans langue");
  g_assert_true (fell_back);

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* A value's own currency, else its activity's (in capitals); an empty default is none. */
static void
test_iati_currencies (void)
{
  g_autoptr(AidDataset) dataset = load_iati ("rules-203.xml", NULL);
  AidActivity *water = find (dataset, "XX-EXAMPLE-A-1");
  AidActivity *food = find (dataset, "XX-EXAMPLE-A-2");
  AidActivity *budget_support = find (dataset, "XX-EXAMPLE-A-3");
  AidActivity *nameless = find (dataset, "XX-EXAMPLE-A-4");
  AidTransaction *transaction;

  transaction = g_ptr_array_index (water->transactions, 0);
  g_assert_cmpstr (transaction->money->currency, ==, "EUR");
  g_assert_cmpint (transaction->money->cents, ==, 100000000);
  transaction = g_ptr_array_index (food->transactions, 0);
  g_assert_cmpstr (transaction->money->currency, ==, "EUR");
  g_assert_cmpint (transaction->money->cents, ==, 25000050);
  transaction = g_ptr_array_index (food->transactions, 1);
  g_assert_cmpint (transaction->money->cents, ==, -10000000);
  transaction = g_ptr_array_index (food->transactions, 2);
  g_assert_cmpint (transaction->money->cents, ==, 13);
  g_assert_cmpstr (transaction->money->published, ==, "0.125");
  transaction = g_ptr_array_index (budget_support->transactions, 2);
  g_assert_cmpstr (transaction->money->currency, ==, "USD");
  transaction = g_ptr_array_index (nameless->transactions, 0);
  g_assert_null (transaction->money->currency);
  /* "12,000" cannot be read: the transaction is kept, its value is not. */
  transaction = g_ptr_array_index (nameless->transactions, 1);
  g_assert_null (transaction->money);

  /* Totals show the currency most amounts are in, and keep the others apart. */
  g_assert_cmpstr (aid_dataset_get_default_currency (dataset), ==, "EUR");

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* A revised budget replaces the original of its period; the activity's budget is their sum. */
static void
test_iati_budgets (void)
{
  g_autoptr(AidDataset) dataset = load_iati ("rules-203.xml", NULL);
  AidActivity *water = find (dataset, "XX-EXAMPLE-A-1");
  const AidMoney *budget = aid_activity_get_budget (water);

  g_assert_cmpuint (water->budgets->len, ==, 2);
  g_assert_cmpint (((AidBudget *)g_ptr_array_index (water->budgets, 0))->money->cents, ==, 65000000);
  g_assert_cmpint (((AidBudget *)g_ptr_array_index (water->budgets, 1))->money->cents, ==, 70000000);
  g_assert_nonnull (budget);
  g_assert_cmpint (budget->cents, ==, 135000000);
  g_assert_cmpstr (budget->currency, ==, "EUR");
  g_assert_cmpint (budget->evidence.method, ==, AID_METHOD_SUMMED);
  g_assert_null (aid_activity_get_budget (find (dataset, "XX-EXAMPLE-A-2")));

  /* Without a budget, a card shows the commitments added up (250000.50 − 100000); A-4 commits
   * nothing, and shows no amount. */
  {
    AidHeadline source;
    const char *currency;
    gint64 cents;

    g_assert_true (aid_activity_get_headline_amount (find (dataset, "XX-EXAMPLE-A-2"), &cents, &currency, &source));
    g_assert_cmpint (cents, ==, 15000050);
    g_assert_cmpstr (currency, ==, "EUR");
    g_assert_cmpint (source, ==, AID_HEADLINE_COMMITMENTS);
    g_assert_true (aid_activity_get_headline_amount (find (dataset, "XX-EXAMPLE-A-1"), NULL, NULL, &source));
    g_assert_cmpint (source, ==, AID_HEADLINE_BUDGET);
    g_assert_false (aid_activity_get_headline_amount (find (dataset, "XX-EXAMPLE-A-4"), NULL, NULL, NULL));
  }

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* Organisations by ref, else by name, one for all their roles and activities. */
static void
test_iati_organisations (void)
{
  g_autoptr(AidDataset) dataset = load_iati ("rules-203.xml", NULL);
  AidActivity *water = find (dataset, "XX-EXAMPLE-A-1");
  AidOrganisation *agency = aid_dataset_lookup_organisation (dataset, "XX-EXAMPLE");
  AidTransaction *disbursement = g_ptr_array_index (water->transactions, 1);

  g_assert_cmpuint (g_list_model_get_n_items (aid_dataset_get_organisations (dataset)), ==, 3);
  g_assert_nonnull (agency);
  g_assert_cmpstr (aid_organisation_get_name (agency, "fr", NULL), ==, "Agence d’exemple");
  g_assert_cmpstr (aid_organisation_get_name (agency, "en", NULL), ==, "Example Agency");
  /* Funding and accountable, and an implementer without a ref. */
  g_assert_cmpuint (aid_activity_get_participations (water)->len, ==, 3);
  g_assert_cmpstr (aid_activity_get_implementers (water, "fr"), ==, "Eau Pour Tous");
  g_assert_cmpstr (disbursement->provider, ==, "XX-EXAMPLE");
  g_assert_cmpstr (disbursement->receiver, ==, "name:Eau Pour Tous");

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* Channel from the collaboration type, never guessed; humanitarian on the activity or on a
 * transaction; the country with the largest share; DAC 5-digit sectors, from transactions
 * where the activity has none. */
static void
test_iati_classifications (void)
{
  g_autoptr(AidDataset) dataset = load_iati ("rules-203.xml", NULL);
  AidActivity *water = find (dataset, "XX-EXAMPLE-A-1");
  AidActivity *food = find (dataset, "XX-EXAMPLE-A-2");
  AidActivity *budget_support = find (dataset, "XX-EXAMPLE-A-3");
  GPtrArray *sectors;
  AidDate start, end;

  g_assert_cmpint (aid_activity_get_channel (water), ==, AID_CHANNEL_BILATERAL);
  g_assert_cmpint (aid_activity_get_channel (food), ==, AID_CHANNEL_MULTILATERAL);
  g_assert_cmpint (aid_activity_get_channel (budget_support), ==, AID_CHANNEL_NOT_STATED);

  g_assert_false (aid_activity_get_humanitarian (water));
  g_assert_true (aid_activity_get_humanitarian (food));
  g_assert_true (aid_activity_get_humanitarian (budget_support));

  g_assert_cmpstr (water->recipient_country, ==, "ML");
  g_assert_cmpstr (food->recipient_country, ==, "ML");
  g_assert_cmpstr (budget_support->recipient_country, ==, "ML");

  sectors = aid_activity_get_sectors (water);
  g_assert_cmpuint (sectors->len, ==, 2);
  g_assert_cmpstr (((AidCodeFact *)g_ptr_array_index (sectors, 0))->code, ==, "14030");
  g_assert_cmpfloat (((AidCodeFact *)g_ptr_array_index (sectors, 0))->percentage, ==, 70);
  g_assert_cmpstr (((AidCodeFact *)g_ptr_array_index (sectors, 1))->code, ==, "14031");
  sectors = aid_activity_get_sectors (food);
  g_assert_cmpuint (sectors->len, ==, 1);
  g_assert_cmpstr (((AidCodeFact *)g_ptr_array_index (sectors, 0))->code, ==, "72040");

  g_assert_cmpstr (aid_activity_get_status (water), ==, "2");
  g_assert_true (aid_activity_get_period (water, &start, &end));
  g_assert_cmpuint (aid_activity_get_date (water, AID_DATE_ACTUAL_START)->date.day, ==, 15);
  g_assert_cmpuint (aid_activity_get_date (water, AID_DATE_PLANNED_END)->date.year, ==, 2025);
  g_assert_cmpstr (aid_activity_get_places (water, "en"), ==, "Ségou");

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* Totals count commitments, disbursements and expenditures by type, negatives included, and
 * never add currencies together. */
static void
test_iati_totals (void)
{
  g_autoptr(AidDataset) dataset = load_iati ("rules-203.xml", NULL);
  AidTotals *totals = aid_dataset_get_totals (dataset);
  const AidSum *commitments = aid_totals_get_sum (totals, AID_AMOUNT_COMMITMENT);
  const AidSum *disbursements = aid_totals_get_sum (totals, AID_AMOUNT_DISBURSEMENT);

  /* Every activity is counted: an IATI file has no focus period. */
  g_assert_cmpuint (aid_totals_get_n_activities (totals), ==, 4);
  g_assert_cmpint (commitments->cents, ==, 115000050);
  g_assert_cmpint (aid_sum_get_other (commitments, "USD"), ==, 30000000);
  /* XOF 65,595,700 is converted at its fixed rate: 65,595,700 / 655.957 = EUR 100,000. */
  g_assert_cmpint (disbursements->cents, ==, 57999975 + 10000000);
  g_assert_cmpint (disbursements->converted_cents, ==, 10000000);
  g_assert_cmpuint (disbursements->n_converted, ==, 1);
  g_assert_cmpint (aid_sum_get_other (disbursements, "XOF"), ==, 0);

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* Rule 5: parents and children are linked whichever side names the other, a loop is broken,
 * and no euro is added up twice; a parent alone counts in full. */
static void
test_iati_hierarchy (void)
{
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(AidDataset) dataset = load_iati ("hierarchy.xml", &report);
  AidActivity *parent = find (dataset, "XX-H-P");
  AidActivity *sibling = find (dataset, "XX-H-S");
  AidActivity *itself = find (dataset, "XX-H-X");
  AidTotals *totals = aid_dataset_get_totals (dataset);
  g_autoptr(GListStore) alone = g_list_store_new (AID_TYPE_ACTIVITY);
  g_autoptr(AidTotals) parent_totals = NULL;
  g_autoptr(AidTotals) parent_summary = NULL;
  GPtrArray *children = aid_activity_get_children (parent);
  AidRelation *relation;

  g_assert_cmpuint (aid_load_report_get_n_errors (report), ==, 0);
  g_assert_cmpuint (aid_load_report_get_n_warnings (report), ==, 3);

  g_assert_cmpuint (aid_activity_get_hierarchy (parent), ==, 1);
  g_assert_cmpuint (aid_activity_get_hierarchy (find (dataset, "XX-H-C1")), ==, 2);
  g_assert_cmpuint (aid_activity_get_hierarchy (sibling), ==, 1);
  g_assert_nonnull (children);
  g_assert_cmpuint (children->len, ==, 2);
  g_assert_true (g_ptr_array_index (children, 0) == find (dataset, "XX-H-C1"));
  g_assert_true (g_ptr_array_index (children, 1) == find (dataset, "XX-H-C2"));
  g_assert_true (aid_activity_get_parent (find (dataset, "XX-H-C2")) == parent);
  g_assert_null (aid_activity_get_parent (parent));
  g_assert_true (aid_activity_get_parent (find (dataset, "XX-H-L1")) == find (dataset, "XX-H-L2"));
  g_assert_null (aid_activity_get_parent (find (dataset, "XX-H-L2")));
  g_assert_null (aid_activity_get_parent (itself));
  g_assert_null (aid_activity_get_children (itself));

  /* The links that could be read, in the order published; one outside the file. */
  g_assert_cmpuint (aid_activity_get_related (sibling)->len, ==, 2);
  relation = g_ptr_array_index (aid_activity_get_related (sibling), 0);
  g_assert_cmpstr (relation->type, ==, "3");
  g_assert_true (relation->activity == parent);
  relation = g_ptr_array_index (aid_activity_get_related (sibling), 1);
  g_assert_cmpstr (relation->ref, ==, "XX-H-OUT");
  g_assert_null (relation->activity);
  g_assert_cmpuint (aid_activity_get_related (itself)->len, ==, 1);
  g_assert_null (((AidRelation *)g_ptr_array_index (aid_activity_get_related (itself), 0))->activity);

  g_assert_cmpint (aid_totals_get_sum (totals, AID_AMOUNT_BUDGET)->cents, ==, 40000000);
  g_assert_cmpint (aid_totals_get_sum (totals, AID_AMOUNT_YEARLY_BUDGET)->cents, ==, 40000000);
  g_assert_cmpint (aid_totals_get_sum (totals, AID_AMOUNT_COMMITMENT)->cents, ==, 90000000);
  g_assert_cmpint (aid_totals_get_sum (totals, AID_AMOUNT_DISBURSEMENT)->cents, ==, 36600000);
  g_assert_cmpint (aid_totals_get_sum (totals, AID_AMOUNT_EXPENDITURE)->cents, ==, 5000000);
  g_assert_cmpint (aid_totals_lookup_row (totals, AID_DIMENSION_YEAR, "2023")->sums[AID_AMOUNT_DISBURSEMENT].cents, ==, 36600000);

  g_list_store_append (alone, parent);
  parent_totals = aid_totals_new (dataset, G_LIST_MODEL (alone));
  g_assert_cmpint (aid_totals_get_sum (parent_totals, AID_AMOUNT_BUDGET)->cents, ==, 100000000);
  g_assert_cmpint (aid_totals_get_sum (parent_totals, AID_AMOUNT_DISBURSEMENT)->cents, ==, 30000000);
  parent_summary = aid_totals_new_summary (dataset, (AidActivity *[]) { parent }, 1);
  g_assert_cmpint (aid_totals_get_sum (parent_summary, AID_AMOUNT_BUDGET)->cents, ==, 100000000);

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* A chain of parents deeper than the builder keeps is cut every AID_MAX_HIERARCHY_DEPTH levels,
 * in one walk of each activity: links are read, never followed without end. */
static void
test_iati_deep_hierarchy (void)
{
  g_autoptr(GString) xml = g_string_new ("<iati-activities version=\"2.03\">");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AidDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *activities;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (xml, "<iati-activity><iati-identifier>XX-D-%u</iati-identifier>"
                            "<title><narrative>Level %u</narrative></title>"
                            "<related-activity ref=\"XX-D-%u\" type=\"1\"/></iati-activity>",
                            i, i, i + 1);
  g_string_append (xml, "</iati-activities>");
  bytes = g_string_free_to_bytes (g_steal_pointer (&xml));
  dataset = aid_dataset_load_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  activities = aid_dataset_get_activities (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (activities, i);
      guint depth = 0;

      for (AidActivity *a = activity; a != NULL; a = aid_activity_get_parent (a))
        depth++;
      g_assert_cmpuint (depth, <=, AID_MAX_HIERARCHY_DEPTH);
    }
  g_assert_nonnull (aid_activity_get_parent (find (dataset, "XX-D-0")));
  g_assert_null (aid_activity_get_parent (find (dataset, "XX-D-4999")));
}

/* Rule 2: a currency whose rate to the euro a treaty or a law fixes is converted, with the act
 * as the rate's source; any other is kept apart, and a dataset not in euros converts nothing. */
static void
test_iati_fixed_rates (void)
{
  g_autoptr(AidDataset) dataset = load_iati ("fixed-rates.xml", NULL);
  const AidSum *disbursements = aid_totals_get_sum (aid_dataset_get_totals (dataset), AID_AMOUNT_DISBURSEMENT);
  g_autoptr(AidDataset) in_dollars = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  AidExchangeRate *rate = NULL;
  AidSource *source;
  gint64 converted;
  const char *in_dollars_xml =
    "<iati-activities version=\"2.03\"><iati-activity default-currency=\"USD\">"
    "<iati-identifier>XX-R-3</iati-identifier><title><narrative>In dollars</narrative></title>"
    "<transaction><transaction-type code=\"3\"/><value>1000</value></transaction>"
    "<transaction><transaction-type code=\"3\"/><value currency=\"XOF\">655957</value></transaction>"
    "</iati-activity></iati-activities>";

  g_assert_cmpint (disbursements->cents, ==, 500000);
  g_assert_cmpint (disbursements->converted_cents, ==, 400000);
  g_assert_cmpuint (disbursements->n_converted, ==, 4);
  g_assert_cmpint (aid_sum_get_other (disbursements, "USD"), ==, 100000);

  for (guint i = 0; i < dataset->exchange_rates->len; i++)
    if (g_str_equal (((AidExchangeRate *)g_ptr_array_index (dataset->exchange_rates, i))->currency, "CVE"))
      rate = g_ptr_array_index (dataset->exchange_rates, i);
  g_assert_nonnull (rate);
  g_assert_cmpfloat (rate->rate, ==, 110.265);
  source = aid_dataset_lookup_source (dataset, rate->evidence.source);
  g_assert_nonnull (source);
  g_assert_true (g_str_has_prefix (aid_source_get_title (source), "Council Decision 98/744/EC"));
  g_assert_nonnull (strstr (aid_text_get (rate->evidence.note, "fr", NULL), "0,55"));
  g_assert_true (aid_dataset_convert (dataset, 65595700, "XAF", "EUR", &converted));
  g_assert_cmpint (converted, ==, 100000);
  /* Only the currencies the dataset uses get a rate: no XOF here. */
  g_assert_false (aid_dataset_convert (dataset, 100, "XOF", "EUR", &converted));

  bytes = g_bytes_new_static (in_dollars_xml, strlen (in_dollars_xml));
  in_dollars = aid_dataset_load_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (in_dollars->exchange_rates->len, ==, 0);
  g_assert_cmpint (aid_sum_get_other (aid_totals_get_sum (aid_dataset_get_totals (in_dollars), AID_AMOUNT_DISBURSEMENT), "XOF"),
                   ==, 65595700);
}

/* Rules 7, 9 and 11: countries with their shares, regions never taken for countries, other
 * vocabularies kept apart from the DAC sectors, and what else an activity publishes. */
static void
test_iati_details (void)
{
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(AidDataset) dataset = load_iati ("details.xml", &report);
  AidActivity *sahel = find (dataset, "XX-D-1");
  AidActivity *regional = find (dataset, "XX-D-2");
  AidActivity *niger = find (dataset, "XX-D-3");
  GPtrArray *countries = aid_activity_get_countries (sahel);
  GPtrArray *classifications = aid_activity_get_classifications (sahel);
  AidClassification *classification;
  AidHumanitarianScope *scope;
  AidDocument *document;
  AidContact *contact;
  gboolean warned = FALSE;

  g_assert_cmpuint (countries->len, ==, 2);
  g_assert_cmpstr (((AidCodeFact *)g_ptr_array_index (countries, 0))->code, ==, "ML");
  g_assert_cmpstr (aid_country_get_name ("ML", "en"), ==, "Mali");
  g_assert_cmpstr (aid_country_get_name ("BF", "en"), ==, "Burkina Faso");
  g_assert_null (aid_country_get_name ("XX", "en"));
  g_assert_cmpfloat (((AidCodeFact *)g_ptr_array_index (countries, 1))->percentage, ==, 40);
  g_assert_cmpstr (aid_activity_get_places (sahel, "en"), ==, NULL);
  g_assert_cmpuint (aid_activity_get_sectors (sahel)->len, ==, 1);
  g_assert_cmpuint (classifications->len, ==, 2);
  classification = g_ptr_array_index (classifications, 0);
  g_assert_cmpstr (classification->vocabulary, ==, "7");
  g_assert_cmpstr (aid_text_get (classification->name, "fr", NULL), ==, "Clean water and sanitation");
  classification = g_ptr_array_index (classifications, 1);
  g_assert_cmpstr (classification->vocabulary, ==, "2");
  g_assert_cmpstr (classification->code, ==, "140");
  g_assert_cmpstr (aid_activity_get_flow_type (sahel)->code, ==, "10");
  g_assert_cmpstr (aid_activity_get_finance_type (sahel)->code, ==, "110");
  g_assert_cmpuint (aid_activity_get_humanitarian_scopes (sahel)->len, ==, 1);
  scope = g_ptr_array_index (aid_activity_get_humanitarian_scopes (sahel), 0);
  g_assert_cmpstr (scope->code, ==, "FL-2024-000123-MLI");
  g_assert_cmpuint (aid_activity_get_documents (sahel)->len, ==, 2);
  document = g_ptr_array_index (aid_activity_get_documents (sahel), 0);
  g_assert_cmpstr (document->url, ==, "https://example.org/report.pdf");
  g_assert_cmpstr (document->category, ==, "A01");
  g_assert_cmpuint (document->date.year, ==, 2024);
  g_assert_cmpuint (aid_activity_get_contacts (sahel)->len, ==, 1);
  contact = g_ptr_array_index (aid_activity_get_contacts (sahel), 0);
  g_assert_cmpstr (contact->email, ==, "info@example.org");
  g_assert_cmpstr (aid_text_get (contact->person, "en", NULL), ==, "A. Diallo");
  g_assert_cmpstr (aid_activity_get_source (sahel), !=, NULL);

  /* A region is a region: no country comes of it. */
  g_assert_cmpuint (aid_activity_get_countries (regional)->len, ==, 0);
  g_assert_null (regional->recipient_country);
  g_assert_cmpuint (aid_activity_get_recipient_regions (regional)->len, ==, 1);
  g_assert_cmpstr (((AidCodeFact *)g_ptr_array_index (aid_activity_get_recipient_regions (regional), 0))->code, ==, "289");

  g_assert_cmpuint (aid_activity_get_countries (niger)->len, ==, 1);
  g_assert_cmpstr (niger->recipient_country, ==, "NE");

  for (guint i = 0; i < g_list_model_get_n_items (aid_load_report_get_diagnostics (report)); i++)
    {
      g_autoptr(AidDiagnostic) diagnostic = g_list_model_get_item (aid_load_report_get_diagnostics (report), i);

      warned |= strstr (aid_diagnostic_get_message (diagnostic), "add up to 80") != NULL;
    }
  g_assert_true (warned);
}

/* Count the diagnostics of @report whose message holds @text. */
static guint
count_diagnostics (AidLoadReport *report,
                   const char    *text)
{
  GListModel *diagnostics = aid_load_report_get_diagnostics (report);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(AidDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      n += strstr (aid_diagnostic_get_message (diagnostic), text) != NULL;
    }

  return n;
}

/* shares.xml: the percentages of each vocabulary checked apart (rule 7), and each country's
 * share of the totals (rule 11); the figures are worked out in the file. */
static void
test_iati_shares (void)
{
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(AidDataset) dataset = load_iati ("shares.xml", &report);
  AidTotals *totals = aid_dataset_get_totals (dataset);
  const AidBreakdownRow *row;

  g_assert_cmpuint (count_diagnostics (report, "add up to"), ==, 2);
  g_assert_cmpuint (count_diagnostics (report, "the percentages of “sector vocabulary=\"2\"” add up to 90, not 100"), ==, 1);
  g_assert_cmpuint (count_diagnostics (report, "the percentages of “sector vocabulary=\"7\"” add up to 120, not 100"), ==, 1);

  g_assert_cmpint (aid_totals_lookup_row (totals, AID_DIMENSION_SECTOR, "14030")->sums[AID_AMOUNT_BUDGET].cents, ==, 70000);
  g_assert_cmpint (aid_totals_lookup_row (totals, AID_DIMENSION_SECTOR, "14031")->sums[AID_AMOUNT_BUDGET].cents, ==, 30000);

  row = aid_totals_lookup_row (totals, AID_DIMENSION_COUNTRY, "ML");
  g_assert_cmpint (row->sums[AID_AMOUNT_BUDGET].cents, ==, 110000);
  g_assert_cmpuint (row->n_activities, ==, 2);
  g_assert_cmpint (aid_totals_lookup_row (totals, AID_DIMENSION_COUNTRY, "BF")->sums[AID_AMOUNT_BUDGET].cents, ==, 40000);
  g_assert_cmpint (aid_totals_lookup_row (totals, AID_DIMENSION_COUNTRY, "NE")->sums[AID_AMOUNT_BUDGET].cents, ==, 10000);
  row = aid_totals_lookup_row (totals, AID_DIMENSION_COUNTRY, NULL);
  g_assert_cmpint (row->sums[AID_AMOUNT_BUDGET].cents, ==, 40000);
  g_assert_cmpuint (row->n_activities, ==, 3);
  g_assert_cmpuint (aid_totals_get_n_rows (totals, AID_DIMENSION_COUNTRY), ==, 4);
  g_assert_true (aid_activity_counts_in_row (find (dataset, "XX-S-3"), AID_DIMENSION_COUNTRY, "NE"));
  g_assert_true (aid_activity_counts_in_row (find (dataset, "XX-S-3"), AID_DIMENSION_COUNTRY, NULL));
  g_assert_false (aid_activity_counts_in_row (find (dataset, "XX-S-2"), AID_DIMENSION_COUNTRY, NULL));
}

/* Version 1.05: titles as text, words and letters for codes, old date types. */
static void
test_iati_version_105 (void)
{
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(AidDataset) dataset = load_iati ("version-105.xml", &report);
  AidActivity *roads = find (dataset, "XX-OLD-1");
  AidParticipation *funder, *implementer;

  g_assert_cmpstr (aid_activity_get_title (roads, "en", NULL), ==, "Rural roads");
  g_assert_cmpstr (aid_activity_get_title (roads, "fr", NULL), ==, "Routes rurales");
  g_assert_cmpuint (count_transactions (roads, "1"), ==, 1);
  g_assert_cmpuint (count_transactions (roads, "2"), ==, 2);
  g_assert_cmpuint (count_transactions (roads, "3"), ==, 2);
  g_assert_cmpuint (count_transactions (roads, "4"), ==, 1);
  g_assert_cmpuint (count_transactions (roads, "7"), ==, 1);

  /* "Sponsor" is no role: left out, with a warning. */
  g_assert_cmpuint (aid_activity_get_participations (roads)->len, ==, 2);
  funder = g_ptr_array_index (aid_activity_get_participations (roads), 0);
  implementer = g_ptr_array_index (aid_activity_get_participations (roads), 1);
  g_assert_cmpstr (funder->role, ==, "1");
  g_assert_cmpstr (implementer->role, ==, "4");
  g_assert_cmpstr (aid_activity_get_implementers (roads, "en"), ==, "Roads Ltd");

  g_assert_cmpuint (aid_activity_get_date (roads, AID_DATE_PLANNED_START)->date.month, ==, 4);
  g_assert_cmpuint (aid_activity_get_date (roads, AID_DATE_ACTUAL_START)->date.month, ==, 5);
  g_assert_null (aid_activity_get_date (roads, AID_DATE_PLANNED_END));
  g_assert_cmpstr (aid_activity_get_status (roads), ==, "2");
  g_assert_cmpuint (aid_activity_get_sectors (roads)->len, ==, 1);

  /* The unknown role and the two dates that are not dates. */
  g_assert_cmpuint (aid_load_report_get_n_errors (report), ==, 0);
  g_assert_cmpuint (aid_load_report_get_n_warnings (report), ==, 3);

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* One identifier twice: both kept, each with an id of its own, flagged. */
static void
test_iati_repeated_identifier (void)
{
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(AidDataset) dataset = load_iati ("mixed-versions.xml", &report);
  GListModel *activities = aid_dataset_get_activities (dataset);
  g_autoptr(AidActivity) first = g_list_model_get_item (activities, 0);
  g_autoptr(AidActivity) second = g_list_model_get_item (activities, 1);
  g_autoptr(AidDiagnostic) warning = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (activities), ==, 3);
  g_assert_cmpstr (aid_activity_get_iati_identifier (first), ==, "XX-MIX-1");
  g_assert_cmpstr (aid_activity_get_iati_identifier (second), ==, "XX-MIX-1");
  g_assert_cmpstr (aid_activity_get_id (first), !=, aid_activity_get_id (second));
  g_assert_cmpstr (aid_activity_get_title (second, "en", NULL), ==, "Second, same identifier");

  warning = g_list_model_get_item (aid_load_report_get_diagnostics (report), 0);
  g_assert_cmpint (aid_diagnostic_get_severity (warning), ==, AID_SEVERITY_WARNING);
  g_assert_cmpuint (aid_diagnostic_get_line (warning), ==, 13);
  g_assert_nonnull (strstr (aid_diagnostic_get_message (warning), "XX-MIX-1"));

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* The ledger, from the dataset the loader built. */
static void
test_iati_summary (void)
{
  g_autoptr(AidDataset) dataset = load_iati ("version-105.xml", NULL);
  g_autofree char *summary = aid_dataset_summarize (dataset);

  g_assert_cmpstr (summary, ==,
                   "{\"activities\": 1, \"transactions\": {\"1\": {\"GBP\": 10000}, \"2\": {\"GBP\": 520000}, "
                   "\"3\": {\"GBP\": 120000.75}, \"4\": {\"GBP\": 99.99}, \"7\": {\"GBP\": 1}}}\n");

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* Hostile or broken XML: an error that says where, never a crash, never a dataset. */
static void
test_iati_hostile (void)
{
  static const char * const names[] = {
    "iati-doctype-entities.xml", "iati-external-entity.xml", "iati-truncated.xml",
    "iati-wrong-root.xml", "iati-organisation-file.xml", "iati-html.xml", "iati-bad-utf8.xml",
    "iati-deep.xml",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "check", names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(AidLoadReport) report = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(AidDataset) dataset = aid_dataset_load_file (file, NULL, &report, &error);

      g_assert_null (dataset);
      g_assert_error (error, AID_DATASET_ERROR, AID_DATASET_ERROR_INVALID);
      g_assert_cmpuint (aid_load_report_get_n_errors (report), ==, 1);
    }
}

/* Several files are one dataset; a broken one is named and the others open. */
static void
test_iati_several_files (void)
{
  g_autofree char *rules = g_test_build_filename (G_TEST_DIST, "data", "iati", "rules-203.xml", NULL);
  g_autofree char *old = g_test_build_filename (G_TEST_DIST, "data", "iati", "version-105.xml", NULL);
  g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "data", "check", "iati-truncated.xml", NULL);
  GFile *files[3] = { g_file_new_for_path (rules), g_file_new_for_path (old), g_file_new_for_path (broken) };
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AidDataset) dataset = aid_dataset_load_files (files, 3, NULL, &report, &error);
  g_autoptr(AidDiagnostic) problem = NULL;
  GListModel *diagnostics;

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (aid_dataset_get_activities (dataset)), ==, 5);
  /* Three files, and the act that fixes the CFA franc's rate for the amount in XOF. */
  g_assert_cmpuint (g_list_model_get_n_items (aid_dataset_get_sources (dataset)), ==, 4);
  g_assert_cmpuint (aid_load_report_get_n_errors (report), ==, 1);

  diagnostics = aid_load_report_get_diagnostics (report);
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(AidDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      g_assert_nonnull (aid_diagnostic_get_file (diagnostic));
      if (aid_diagnostic_get_severity (diagnostic) == AID_SEVERITY_ERROR)
        g_set_object (&problem, diagnostic);
    }
  g_assert_nonnull (problem);
  g_assert_true (g_str_has_suffix (aid_diagnostic_get_file (problem), "iati-truncated.xml"));

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* Every figure says where it is, with its position among the elements of its name: counted
 * from the last one asked about, which must give the same positions as counting them all. */
static void
test_iati_positions (void)
{
  static const char xml[] =
    "<iati-activities version=\"2.03\">\n"
    " <iati-activity default-currency=\"EUR\">\n"
    "  <iati-identifier>XX-POS-1</iati-identifier>\n"
    "  <title><narrative>Positions</narrative></title>\n"
    "  <budget><period-start iso-date=\"2024-01-01\"/><period-end iso-date=\"2024-12-31\"/><value>1</value></budget>\n"
    "  <transaction><transaction-type code=\"3\"/><value value-date=\"2024-01-01\">1</value></transaction>\n"
    "  <budget><period-start iso-date=\"2025-01-01\"/><period-end iso-date=\"2025-12-31\"/><value>2</value></budget>\n"
    "  <transaction><transaction-type code=\"3\"/><value value-date=\"2024-01-01\">2</value></transaction>\n"
    "  <transaction><transaction-type code=\"3\"/><value value-date=\"2024-01-01\">3,000</value></transaction>\n"
    "  <transaction><transaction-type code=\"3\"/><value value-date=\"2024-01-01\">4</value></transaction>\n"
    " </iati-activity>\n"
    " <iati-activity default-currency=\"EUR\">\n"
    "  <iati-identifier>XX-POS-2</iati-identifier>\n"
    "  <title><narrative>Positions again</narrative></title>\n"
    "  <transaction><transaction-type code=\"3\"/><value value-date=\"2024-01-01\">5</value></transaction>\n"
    " </iati-activity>\n"
    "</iati-activities>\n";
  static const char * const expected[][2] = {
    { "XX-POS-1", "iati-activity[1]/transaction[1]/value" },
    { "XX-POS-1", "iati-activity[1]/transaction[2]/value" },
    { "XX-POS-1", "iati-activity[1]/transaction[4]/value" },
    { "XX-POS-2", "iati-activity[2]/transaction/value" },
  };
  static const char * const budgets[] = { "iati-activity[1]/budget[1]/value", "iati-activity[1]/budget[2]/value" };
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AidDataset) dataset = aid_dataset_load_bytes (bytes, NULL, &report, &error);
  g_autoptr(AidDiagnostic) warning = NULL;
  guint n = 0;

  g_assert_no_error (error);
  for (guint a = 0; a < 2; a++)
    {
      AidActivity *activity = find (dataset, a == 0 ? "XX-POS-1" : "XX-POS-2");

      for (guint i = 0; i < activity->transactions->len; i++)
        {
          AidTransaction *transaction = g_ptr_array_index (activity->transactions, i);

          if (transaction->money == NULL)
            continue;
          g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
          g_assert_true (g_str_has_suffix (aid_text_get (transaction->money->evidence.note, "en", NULL), expected[n][1]));
          n++;
        }
      for (guint i = 0; a == 0 && i < activity->budgets->len; i++)
        {
          AidBudget *budget = g_ptr_array_index (activity->budgets, i);

          g_assert_true (g_str_has_suffix (aid_text_get (budget->money->evidence.note, "en", NULL), budgets[i]));
        }
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));

  warning = g_list_model_get_item (aid_load_report_get_diagnostics (report), 0);
  g_assert_cmpstr (aid_diagnostic_get_path (warning), ==, "iati-activity[1]/transaction[3]/value");
}

/* A file larger than what is read before its format is told is read from its descriptor as the
 * reader goes, never whole: the same dataset as from memory, and the same error when it is cut
 * short. Each of the 1000 activities commits 1000.50 EUR. */
static void
test_iati_large_file (void)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n");
  g_autofree char *dir = g_dir_make_tmp ("aid-test-iati-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "large.xml", NULL);
  g_autofree char *cut_path = g_build_filename (dir, "cut.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) cut_file = g_file_new_for_path (cut_path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) cut_bytes = NULL;
  g_autoptr(AidDataset) streamed = NULL;
  g_autoptr(AidDataset) in_memory = NULL;
  g_autoptr(AidDataset) none = NULL;
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(AidLoadReport) memory_report = NULL;
  g_autoptr(AidDiagnostic) problem = NULL;
  g_autoptr(AidDiagnostic) memory_problem = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *memory_summary = NULL;

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (xml,
                            " <iati-activity default-currency=\"EUR\" xml:lang=\"en\">\n"
                            "  <iati-identifier>XX-LARGE-%u</iati-identifier>\n"
                            "  <title><narrative>Activity %u</narrative></title>\n"
                            "  <transaction><transaction-type code=\"2\"/><transaction-date iso-date=\"2024-01-01\"/>"
                            "<value value-date=\"2024-01-01\">1000.50</value></transaction>\n"
                            " </iati-activity>\n",
                            i, i);
  g_string_append (xml, "</iati-activities>\n");
  g_assert_cmpuint (xml->len, >, 4 * 64 * 1024);
  g_assert_true (g_file_set_contents (path, xml->str, (gssize)xml->len, NULL));
  g_assert_true (g_file_set_contents (cut_path, xml->str, (gssize)xml->len - 100, NULL));

  streamed = aid_dataset_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new (xml->str, xml->len);
  in_memory = aid_dataset_load_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (aid_dataset_get_activities (streamed)), ==, 1000);
  summary = aid_dataset_summarize (streamed);
  memory_summary = aid_dataset_summarize (in_memory);
  g_assert_cmpstr (summary, ==, "{\"activities\": 1000, \"transactions\": {\"2\": {\"EUR\": 1000500}}}\n");
  g_assert_cmpstr (summary, ==, memory_summary);

  none = aid_dataset_load_file (cut_file, NULL, &report, &error);
  g_assert_null (none);
  g_assert_error (error, AID_DATASET_ERROR, AID_DATASET_ERROR_INVALID);
  g_clear_error (&error);
  cut_bytes = g_bytes_new (xml->str, xml->len - 100);
  g_assert_null (aid_dataset_load_bytes (cut_bytes, NULL, &memory_report, &error));
  g_clear_error (&error);
  g_assert_cmpuint (aid_load_report_get_n_errors (report), ==, 1);
  problem = g_list_model_get_item (aid_load_report_get_diagnostics (report), 0);
  memory_problem = g_list_model_get_item (aid_load_report_get_diagnostics (memory_report), 0);
  g_assert_cmpstr (aid_diagnostic_get_message (problem), ==, aid_diagnostic_get_message (memory_problem));
  g_assert_cmpuint (aid_diagnostic_get_line (problem), ==, aid_diagnostic_get_line (memory_problem));

  g_assert_finalize_object (g_steal_pointer (&streamed));
  g_unlink (path);
  g_unlink (cut_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aid/iati/narratives", test_iati_narratives);
  g_test_add_func ("/aid/iati/currencies", test_iati_currencies);
  g_test_add_func ("/aid/iati/budgets", test_iati_budgets);
  g_test_add_func ("/aid/iati/organisations", test_iati_organisations);
  g_test_add_func ("/aid/iati/classifications", test_iati_classifications);
  g_test_add_func ("/aid/iati/totals", test_iati_totals);
  g_test_add_func ("/aid/iati/hierarchy", test_iati_hierarchy);
  g_test_add_func ("/aid/iati/fixed-rates", test_iati_fixed_rates);
  g_test_add_func ("/aid/iati/details", test_iati_details);
  g_test_add_func ("/aid/iati/shares", test_iati_shares);
  g_test_add_func ("/aid/iati/deep-hierarchy", test_iati_deep_hierarchy);
  g_test_add_func ("/aid/iati/version-105", test_iati_version_105);
  g_test_add_func ("/aid/iati/repeated-identifier", test_iati_repeated_identifier);
  g_test_add_func ("/aid/iati/summary", test_iati_summary);
  g_test_add_func ("/aid/iati/hostile", test_iati_hostile);
  g_test_add_func ("/aid/iati/several-files", test_iati_several_files);
  g_test_add_func ("/aid/iati/large-file", test_iati_large_file);
  g_test_add_func ("/aid/iati/positions", test_iati_positions);

  return g_test_run ();
}
