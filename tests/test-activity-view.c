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
    "mli", "bamako", "bam", "sante", "", "zzzz", "", "!", "!!", "", "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80 bam",
    "\xF0\x9F\x98\x80", "",
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

/* What the words are looked for in: ids, and descriptions in the language shown only. */
static void
test_view_search (void)
{
  g_autoptr(AidDataset) dataset = load_bundled ();
  g_autoptr(AidActivityView) view = aid_activity_view_new ();
  AidActivityFilter filter = { .query = "mli/021", .language = "en" };
  g_autoptr(AidActivity) first = NULL;
  guint n_french = 0, n_english = 0;

  aid_activity_view_set_dataset (view, dataset);
  aid_activity_view_set_filter (view, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (view)), >=, 1);
  first = g_list_model_get_item (G_LIST_MODEL (view), 0);
  g_assert_nonnull (strstr (aid_activity_get_search_key (first), "mli/021"));

  /* A French word of the descriptions, and its English counterpart. */
  filter.query = "cooperation";
  for (guint l = 0; l < 2; l++)
    {
      filter.language = l == 0 ? "fr" : "en";
      aid_activity_view_set_filter (view, &filter);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (view)); i++)
        {
          g_autoptr(AidActivity) activity = g_list_model_get_item (G_LIST_MODEL (view), i);

          g_assert_true (strstr (aid_activity_get_search_key (activity), "cooperation") != NULL ||
                         strstr (aid_activity_get_description_key (activity, filter.language), "cooperation") != NULL);
        }
      *(l == 0 ? &n_french : &n_english) = g_list_model_get_n_items (G_LIST_MODEL (view));
    }
  g_assert_cmpuint (n_french + n_english, >, 0);
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
  g_test_add_func ("/aid/view/filters-and-totals", test_view_filters_and_totals);

  return g_test_run ();
}
