/* test-activity-view.c: the filtered, sorted view of the projects page
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view looks again only at what a keystroke can change and reports one span of changes;
 * each step here is checked against a new view that tests every activity, against a copy kept
 * up to date from its items-changed signals alone, and against aid_totals_new().
 */

#include "config.h"

#include <string.h>

#include "aid-activity-view.h"
#include "aid-dataset-loader.h"
#include "aid-model-private.h"
#include "aid-search.h"
#include "test-datasets.h"

static AidDataset *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  AidDataset *dataset = aid_dataset_load_bundled (NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

/* A copy of the view, kept only from what its signals say. */
static void
mirror_items_changed_cb (GListModel *view,
                         guint       position,
                         guint       removed,
                         guint       added,
                         GListStore *mirror)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < added; i++)
    g_ptr_array_add (items, g_list_model_get_item (view, position + i));
  g_list_store_splice (mirror, position, removed, items->pdata, items->len);
}

static void
assert_same_items (GListModel *a,
                   GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(AidActivity) item_a = g_list_model_get_item (a, i);
      g_autoptr(AidActivity) item_b = g_list_model_get_item (b, i);

      g_assert_true (item_a == item_b);
    }
}

/* Types and deletes as a user does, letter by letter, and checks every step. */
static void
test_view_typing (void)
{
  static const char * const steps[] = {
    "e", "ea", "eau", "eau p", "eau po", "eau", "ea", "", "m", "ml", "mli/0", "mli/02", "mli/021",
    "mli", "bamako", "bam", "sante", "", "zzzz", "", "!", "!!", "",
    "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80 bam", "\xF0\x9F\x98\x80", "",   /* 😀 */
  };
  g_autoptr(AidDataset) dataset = load_bundled ();
  g_autoptr(AidActivityView) view = aid_activity_view_new ();
  g_autoptr(GListStore) mirror = g_list_store_new (AID_TYPE_ACTIVITY);
  guint n_all = g_list_model_get_n_items (aid_dataset_get_activities (dataset));

  g_signal_connect (view, "items-changed", G_CALLBACK (mirror_items_changed_cb), mirror);
  aid_activity_view_set_dataset (view, dataset);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view)), ==, n_all);

  for (guint order = AID_ORDER_DOCUMENT; order <= AID_ORDER_END; order++)
    {
      aid_activity_view_set_order (view, order, "fr");
      assert_same_items (G_LIST_MODEL (view), G_LIST_MODEL (mirror));

      for (guint s = 0; s < G_N_ELEMENTS (steps); s++)
        {
          g_autoptr(AidActivityView) fresh = aid_activity_view_new ();
          g_autofree char *query = aid_search_fold_query (steps[s]);
          AidActivityFilter filter = { .query = query, .language = "fr" };

          aid_activity_view_set_filter (view, &filter);
          aid_activity_view_set_order (fresh, order, "fr");
          aid_activity_view_set_filter (fresh, &filter);
          aid_activity_view_set_dataset (fresh, dataset);

          assert_same_items (G_LIST_MODEL (view), G_LIST_MODEL (fresh));
          assert_same_items (G_LIST_MODEL (view), G_LIST_MODEL (mirror));
        }
    }

  /* "zzzz" found nothing, "" finds everything again. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view)), ==, n_all);
}

/* The ids of what @view shows, in order, each followed by a space. */
static char *
list_ids (GListModel *view)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (view); i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (view, i);

      g_string_append_printf (ids, "%s ", aid_activity_get_id (activity));
    }

  return g_string_free (ids, FALSE);
}

/* What the words are looked for in: ids, and descriptions in the language shown only. Caritas
 * built wells for MLI/027 (“des puits”), and Kidal IV and Gao dug some (“forages, puits”); PAFA
 * I and II work on potatoes (“la pomme de terre”). None of these words is in a title, a name or
 * a place. */
static void
test_view_search (void)
{
  static const struct
  {
    const char *query;
    const char *language;
    const char *ids;
  } cases[] = {
    { "MLI/021", "en", "MLI/021 " },
    { "puits", "fr", "MLI/027 DDRK-4 DDRG " },
    { "puits", "en", "" },
    { "wells", "en", "MLI/027 DDRK-4 DDRG " },
    { "wells", "fr", "" },
    { "Pomme de terre", "fr", "MLI/026 MLI/501 " },
    { "potato", "en", "MLI/026 MLI/501 " },
    { "potato", "fr", "" },
  };
  g_autoptr(AidDataset) dataset = load_bundled ();
  g_autoptr(AidActivityView) view = aid_activity_view_new ();

  aid_activity_view_set_dataset (view, dataset);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *query = aid_search_fold_query (cases[c].query);
      AidActivityFilter filter = { .query = query, .language = cases[c].language };
      g_autofree char *ids = NULL;

      aid_activity_view_set_filter (view, &filter);
      ids = list_ids (G_LIST_MODEL (view));
      g_assert_cmpstr (ids, ==, cases[c].ids);
    }
}

/* Each order on five made-up activities, with ties and unknowns, by hand:
 *   title, folded: abc (O4), eau (O2), Eau (O5, equal: the document's order), Éducation (O3),
 *   Zèbre (O1);
 *   budget, largest first: 300 (O3), 100 (O1, O4), 50 (O5), none (O2);
 *   start: 2018 (O2), June 2019 (O5), 1 January 2020 (O1, O4), unknown (O3);
 *   end: 2021 (O4), 2022 (O1, O5), unknown (O2, O3).
 * A filter stays as the order changes: "eau" keeps O2 and O5 in each order. */
static void
test_view_orders (void)
{
  static const char activities[] =
    "{\"id\": \"O1\", \"title\": {\"en\": \"Z\\u00e8bre\"}, \"channel\": \"bilateral\",\n"
    " \"budget\": {\"amount\": 100, \"source\": \"r\"},\n"
    " \"dates\": {\"planned_start\": {\"date\": \"2020-01-01\", \"source\": \"r\"},\n"
    "           \"planned_end\": {\"date\": \"2022\", \"source\": \"r\"}}},\n"
    "{\"id\": \"O2\", \"title\": {\"en\": \"eau\"}, \"channel\": \"bilateral\",\n"
    " \"dates\": {\"planned_start\": {\"date\": \"2018\", \"source\": \"r\"}}},\n"
    "{\"id\": \"O3\", \"title\": {\"en\": \"\\u00c9ducation\"}, \"channel\": \"bilateral\",\n"
    " \"budget\": {\"amount\": 300, \"source\": \"r\"}},\n"
    "{\"id\": \"O4\", \"title\": {\"en\": \"abc\"}, \"channel\": \"bilateral\",\n"
    " \"budget\": {\"amount\": 100, \"source\": \"r\"},\n"
    " \"dates\": {\"planned_start\": {\"date\": \"2020-01-01\", \"source\": \"r\"},\n"
    "           \"planned_end\": {\"date\": \"2021\", \"source\": \"r\"}}},\n"
    "{\"id\": \"O5\", \"title\": {\"en\": \"Eau\"}, \"channel\": \"bilateral\",\n"
    " \"budget\": {\"amount\": 50, \"source\": \"r\"},\n"
    " \"dates\": {\"actual_start\": {\"date\": \"2019-06\", \"source\": \"r\"},\n"
    "           \"actual_end\": {\"date\": \"2022\", \"source\": \"r\"}}}";
  static const struct
  {
    AidOrder    order;
    const char *all;
    const char *eau;
  } orders[] = {
    { AID_ORDER_TITLE, "O4 O2 O5 O3 O1 ", "O2 O5 " },
    { AID_ORDER_BUDGET, "O3 O1 O4 O5 O2 ", "O5 O2 " },
    { AID_ORDER_START, "O2 O5 O1 O4 O3 ", "O2 O5 " },
    { AID_ORDER_END, "O4 O1 O5 O2 O3 ", "O5 O2 " },
    { AID_ORDER_DOCUMENT, "O1 O2 O3 O4 O5 ", "O2 O5 " },
  };
  g_autoptr(AidDataset) dataset = aid_test_load_generated ("", activities);
  g_autoptr(AidActivityView) view = aid_activity_view_new ();
  AidActivityFilter none = { .language = "en" };
  AidActivityFilter eau = { .query = "eau", .language = "en" };

  aid_activity_view_set_dataset (view, dataset);
  for (guint o = 0; o < G_N_ELEMENTS (orders); o++)
    {
      g_autofree char *all = NULL;
      g_autofree char *filtered = NULL;

      aid_activity_view_set_filter (view, &none);
      aid_activity_view_set_order (view, orders[o].order, "en");
      all = list_ids (G_LIST_MODEL (view));
      g_assert_cmpstr (all, ==, orders[o].all);

      /* The filter first, then the order again: the view sorts what it shows. */
      aid_activity_view_set_order (view, AID_ORDER_DOCUMENT, "en");
      aid_activity_view_set_filter (view, &eau);
      aid_activity_view_set_order (view, orders[o].order, "en");
      filtered = list_ids (G_LIST_MODEL (view));
      g_assert_cmpstr (filtered, ==, orders[o].eau);
    }
}

/* From PARALLEL_FROM (20 000) activities on, the view tests them on two threads, each its own
 * half. 20 001 made-up activities A00000 to A20000: the title has "alpha" for every third and
 * "beta" for every seventh. Each query is checked by hand and against a new view, which tests
 * every activity on one thread. Each step comes after one that hid what it shows, so that an
 * activity a thread missed stays hidden; A09999 and A10000 are the last of the first half and
 * the first of the second. */
static void
test_view_threads (void)
{
  static const struct
  {
    const char *query;
    guint       n;
    const char *first;
    const char *last;
  } steps[] = {
    { "zzzz", 0, NULL, NULL },            /* narrower: only what was shown is tested again */
    { "a10000", 1, "A10000", "A10000" },  /* all of them again */
    { "a09999", 1, "A09999", "A09999" },
    { "a20000", 1, "A20000", "A20000" },
    { "a00000", 1, "A00000", "A00000" },
    { "alpha beta", 953, "A00000", "A19992" },  /* multiples of 21 up to 20 000 */
    { "alpha", 6667, "A00000", "A19998" },      /* wider: what was hidden is tested again */
    { "", 20001, "A00000", "A20000" },
  };
  g_autoptr(GString) activities = g_string_new (NULL);
  g_autoptr(AidDataset) dataset = NULL;
  g_autoptr(AidActivityView) view = aid_activity_view_new ();

  if (g_get_num_processors () < 2)
    g_test_message ("One processor: the view tests on one thread only");

  for (guint i = 0; i <= 20000; i++)
    g_string_append_printf (activities, "%s{\"id\": \"A%05u\", \"title\": {\"en\": \"Activity%s%s\"}, "
                            "\"channel\": \"bilateral\"}",
                            i > 0 ? ",\n" : "", i, i % 3 == 0 ? " alpha" : "", i % 7 == 0 ? " beta" : "");
  dataset = aid_test_load_generated ("", activities->str);
  aid_activity_view_set_dataset (view, dataset);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view)), ==, 20001);

  for (guint s = 0; s < G_N_ELEMENTS (steps); s++)
    {
      g_autoptr(AidActivityView) fresh = aid_activity_view_new ();
      AidActivityFilter filter = { .query = steps[s].query, .language = "en" };
      guint n;

      aid_activity_view_set_filter (view, &filter);
      n = g_list_model_get_n_items (G_LIST_MODEL (view));
      g_assert_cmpuint (n, ==, steps[s].n);
      if (n > 0)
        {
          g_autoptr(AidActivity) first = g_list_model_get_item (G_LIST_MODEL (view), 0);
          g_autoptr(AidActivity) last = g_list_model_get_item (G_LIST_MODEL (view), n - 1);

          g_assert_cmpstr (aid_activity_get_id (first), ==, steps[s].first);
          g_assert_cmpstr (aid_activity_get_id (last), ==, steps[s].last);
        }

      aid_activity_view_set_filter (fresh, &filter);
      aid_activity_view_set_dataset (fresh, dataset);
      assert_same_items (G_LIST_MODEL (view), G_LIST_MODEL (fresh));
    }
}

/* A query with no word to look for (punctuation, an emoji) shows nothing; one of white space
 * only is no query and shows everything. */
static void
test_view_search_no_words (void)
{
  static const char * const nothing[] = { "!!!", "\xF0\x9F\x98\x80", " ( ) " };
  g_autoptr(AidDataset) dataset = load_bundled ();
  g_autoptr(AidActivityView) view = aid_activity_view_new ();

  aid_activity_view_set_dataset (view, dataset);
  for (guint i = 0; i < G_N_ELEMENTS (nothing); i++)
    {
      g_autofree char *query = aid_search_fold_query (nothing[i]);
      g_autofree char *blank = aid_search_fold_query ("  ");
      AidActivityFilter filter = { .query = query, .language = "fr" };

      aid_activity_view_set_filter (view, &filter);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view)), ==, 0);

      filter.query = blank;
      aid_activity_view_set_filter (view, &filter);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view)), ==, 19);
    }
}

static void
test_view_filters_and_totals (void)
{
  g_autoptr(AidDataset) dataset = load_bundled ();
  g_autoptr(AidActivityView) view = aid_activity_view_new ();
  g_autoptr(GListStore) expected = g_list_store_new (AID_TYPE_ACTIVITY);
  GListModel *activities = aid_dataset_get_activities (dataset);
  AidActivityFilter filter = { .channel = "bilateral", .language = "fr" };
  g_autoptr(AidTotals) summary = NULL;
  g_autoptr(AidTotals) full = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (activities, i);

      if (aid_activity_get_channel (activity) == AID_CHANNEL_BILATERAL)
        g_list_store_append (expected, activity);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (expected)), >, 0);

  aid_activity_view_set_dataset (view, dataset);
  aid_activity_view_set_filter (view, &filter);
  assert_same_items (G_LIST_MODEL (view), G_LIST_MODEL (expected));

  summary = aid_activity_view_get_totals (view);
  full = aid_totals_new (dataset, G_LIST_MODEL (expected));
  g_assert_cmpuint (aid_totals_get_n_activities (summary), ==, aid_totals_get_n_activities (full));
  g_assert_cmpuint (aid_totals_get_n_without_amount (summary), ==, aid_totals_get_n_without_amount (full));
  g_assert_cmpint (aid_totals_get_sum (summary, AID_AMOUNT_BUDGET)->cents, ==,
                   aid_totals_get_sum (full, AID_AMOUNT_BUDGET)->cents);
  g_assert_cmpuint (aid_totals_get_sum (summary, AID_AMOUNT_BUDGET)->n_amounts, ==,
                    aid_totals_get_sum (full, AID_AMOUNT_BUDGET)->n_amounts);

  /* Largest budget first, those without one last. */
  aid_activity_view_set_order (view, AID_ORDER_BUDGET, "fr");
  for (guint i = 1; i < g_list_model_get_n_items (G_LIST_MODEL (view)); i++)
    {
      g_autoptr(AidActivity) previous = g_list_model_get_item (G_LIST_MODEL (view), i - 1);
      g_autoptr(AidActivity) activity = g_list_model_get_item (G_LIST_MODEL (view), i);
      const AidMoney *a = aid_activity_get_budget (previous), *b = aid_activity_get_budget (activity);

      g_assert_true (b == NULL || (a != NULL && a->cents >= b->cents));
    }

  /* An organisation that implements nothing in a channel empties the view. */
  filter.channel = "";
  filter.organisation = "no-such-organisation";
  aid_activity_view_set_filter (view, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aid/view/typing", test_view_typing);
  g_test_add_func ("/aid/view/search", test_view_search);
  g_test_add_func ("/aid/view/search/no-words", test_view_search_no_words);
  g_test_add_func ("/aid/view/orders", test_view_orders);
  g_test_add_func ("/aid/view/threads", test_view_threads);
  g_test_add_func ("/aid/view/filters-and-totals", test_view_filters_and_totals);

  return g_test_run ();
}
