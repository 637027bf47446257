/* test-window-values.c: values that sources disagree on, as the window marks and lists them,
 * and values too long for any label, as the window bounds them
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "aid-application.h"
#include "aid-dataset-loader.h"
#include "aid-project-card.h"
#include "aid-organisations-page.h"
#include "aid-project-page.h"
#include "aid-window.h"
#include "window-test.h"

static void
show_fixture (GtkWindow  *window,
              const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "check", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AidDataset) dataset = NULL;
  gsize length;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&text), length);
  dataset = aid_dataset_load_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  aid_window_set_dataset (AID_WINDOW (window), dataset);
}

/* The subtitle of the row titled @title on screen. */
static const char *
row_subtitle (GtkWindow  *window,
              const char *title)
{
  GtkWidget *row = find_row (GTK_WIDGET (window), title);

  g_assert_nonnull (row);

  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* The popover of the evidence button of the row titled @title. */
static GtkWidget *
row_evidence (GtkWindow  *window,
              const char *title)
{
  GtkMenuButton *button = find_evidence_button_in_row (GTK_WIDGET (window), title);

  g_assert_nonnull (button);

  return GTK_WIDGET (gtk_menu_button_get_popover (button));
}

/* ok-disputes.json: D-1's budget, status, end date, implementer, place and sector are each
 * disputed by another source; its budget by a chain (4 000 000, disputed in turn by 3 900 000,
 * disputed by 3 800 000) and by 4 200 000. D-2 is disputed nowhere. */
static void
disputed_values (AidApplication *app,
                 GtkWindow      *window)
{
  GtkWidget *view = GTK_WIDGET (aid_window_get_view (AID_WINDOW (window)));
  g_autoptr(AidActivity) plain = NULL;
  g_autofree char *plain_described = NULL;
  GtkWidget *popover;

  show_fixture (window, "ok-disputes.json");

  /* The card says what is disputed, and so does what a screen reader reads of it. */
  gtk_widget_activate_action (view, "win.show-section", "s", "projects");
  WAIT_UNTIL (find_label_text (GTK_WIDGET (window), "Disputed: budget, status, dates, organisations, places, sectors"));
  for (guint i = 0; i < 2; i++)
    {
      AidActivity *activity = g_list_model_get_item (aid_dataset_get_activities (aid_window_get_dataset (AID_WINDOW (window))), i);
      g_autofree char *described = aid_project_card_describe (activity);

      if (g_str_equal (aid_activity_get_id (activity), "D-1"))
        g_assert_true (g_str_has_suffix (described, ", €4,100,000, Disputed: budget, status, dates, organisations, places, sectors"));
      else
        plain = g_object_ref (activity);
      g_object_unref (activity);
    }
  g_assert_nonnull (plain);
  g_assert_cmpuint (aid_activity_get_disputed (plain), ==, 0);
  plain_described = aid_project_card_describe (plain);
  g_assert_null (strstr (plain_described, "Disputed"));

  gtk_widget_activate_action (view, "win.show-project", "s", "D-1");
  WAIT_UNTIL (find_row (GTK_WIDGET (window), "Status") != NULL);

  /* Each disputed value is marked where it is shown, and its evidence lists the others. */
  g_assert_cmpstr (row_subtitle (window, "Status"), ==, "Implementation · Disputed");
  popover = row_evidence (window, "Status");
  g_assert_true (find_label_text (popover, "Finalisation, according to Agency: “completed in 2024”"));

  g_assert_cmpstr (row_subtitle (window, "Planned end"), ==, "Disputed");
  g_assert_true (find_label_text (row_evidence (window, "Planned end"), "31 December 2024, according to Agency"));

  g_assert_cmpstr (row_subtitle (window, "Implementing agency"), ==, "Implementer · Disputed");
  g_assert_true (find_label_text (row_evidence (window, "Implementing agency"), "Local NGO as Implementer, according to Newspaper"));

  g_assert_cmpstr (row_subtitle (window, "Sikasso"), ==, "Disputed");
  g_assert_true (find_label_text (row_evidence (window, "Sikasso"), "Kayes (100%), according to Agency"));

  g_assert_cmpstr (row_subtitle (window, "Basic health care"), ==, "12220 · Disputed");
  g_assert_true (find_label_text (row_evidence (window, "Basic health care"), "Basic health infrastructure, according to Agency"));

  /* A dispute of a dispute is listed under the value it disputes, however deep the chain. */
  g_assert_true (find_label_text (row_evidence (window, "Lifetime budget"),
                                  "€4,000,000, according to Agency: “EUR 4 million”\n"
                                  "↳ €3,900,000, according to Newspaper: “3,9 millions d’euros”\n"
                                  "    ↳ €3,800,000, according to Ministry\n"
                                  "€4,200,000, according to Newspaper\n"
                                  "An indented value disputes the one above it."));

  /* An undisputed activity's page marks nothing. */
  gtk_widget_activate_action (view, "win.show-project", "s", "D-2");
  WAIT_UNTIL (find_row (GTK_WIDGET (window), "Local NGO") != NULL);
  g_assert_cmpstr (row_subtitle (window, "Local NGO"), ==, "Implementer");
}

static void
test_window_disputed_values (void)
{
  run_in_application (disputed_values);
}

/* A hostile dataset's disputes are listed within bounds: 100 disputes of one amount show 40
 * lines and say how many more there are; a chain 12 deep is followed 6 deep and the rest is
 * counted. */
static void
dispute_limits (AidApplication *app,
                GtkWindow      *window)
{
  GtkWidget *view = GTK_WIDGET (aid_window_get_view (AID_WINDOW (window)));
  g_autoptr(GString) activities = g_string_new (NULL);
  g_autoptr(GString) many = g_string_new (NULL);
  g_autoptr(GString) chain = g_string_new ("{\"amount\": 100, \"source\": \"r\"}");
  GtkWidget *popover;
  GtkWidget *label;
  guint n_lines = 1;

  for (guint i = 0; i < 100; i++)
    g_string_append_printf (many, "%s{\"amount\": %u, \"source\": \"r\"}", i > 0 ? ", " : "", 1000 + i);
  for (guint i = 0; i < 11; i++)
    {
      g_autofree char *inner = g_string_free (g_steal_pointer (&chain), FALSE);

      chain = g_string_new (NULL);
      g_string_append_printf (chain, "{\"amount\": %u, \"source\": \"r\", \"disputes\": [%s]}", 200 + i, inner);
    }
  g_string_append_printf (activities,
                          "{\"id\": \"MANY\", \"title\": {\"en\": \"Many\"}, \"channel\": \"ngo\","
                          " \"budget\": {\"amount\": 1, \"source\": \"r\", \"disputes\": [%s]}},"
                          "{\"id\": \"CHAIN\", \"title\": {\"en\": \"Chain\"}, \"channel\": \"ngo\","
                          " \"budget\": {\"amount\": 1, \"source\": \"r\", \"disputes\": [%s]}}",
                          many->str, chain->str);
  show_made_dataset (window, "\"organisations\": []", activities);

  gtk_widget_activate_action (view, "win.show-project", "s", "MANY");
  WAIT_UNTIL (find_row (GTK_WIDGET (window), "Lifetime budget") != NULL);
  popover = row_evidence (window, "Lifetime budget");
  label = find_label_starting (popover, "€1,000, according to Ministry");
  g_assert_nonnull (label);
  for (const char *c = gtk_label_get_label (GTK_LABEL (label)); *c != '\0'; c++)
    n_lines += *c == '\n';
  g_assert_cmpuint (n_lines, ==, 41);
  g_assert_true (g_str_has_suffix (gtk_label_get_label (GTK_LABEL (label)), "\nAnd 60 more values"));

  gtk_widget_activate_action (view, "win.show-project", "s", "CHAIN");
  WAIT_UNTIL (find_row (GTK_WIDGET (window), "Lifetime budget") != NULL &&
              find_label_starting (row_evidence (window, "Lifetime budget"), "€210, according") != NULL);
  label = find_label_starting (row_evidence (window, "Lifetime budget"), "€210, according");
  g_assert_true (g_str_has_suffix (gtk_label_get_label (GTK_LABEL (label)),
                                   "                ↳ €205, according to Ministry\n"
                                   "And 6 more values\n"
                                   "An indented value disputes the one above it."));
}

static void
test_window_dispute_limits (void)
{
  run_in_application (dispute_limits);
}

/* The most characters any label under @widget lays out. */
static glong
longest_label (GtkWidget *widget)
{
  glong longest = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      /* MAX() evaluates its arguments twice: each length is taken once, before. */
      glong length = GTK_IS_LABEL (child) ? g_utf8_strlen (gtk_label_get_label (GTK_LABEL (child)), -1) : 0;
      glong below = longest_label (child);

      longest = MAX (longest, MAX (length, below));
    }

  return longest;
}

/* Names, titles, publishers and quotes of 10 000 characters, in English and in French (where
 * each is marked as English): every place that shows one lays out a bounded part of it, the
 * window's and the header bar's titles, the organisations page, the project page's title in the
 * header bar, the evidence popover, and each page shows within two seconds. */
static void
long_names (AidApplication *app,
            GtkWindow      *window)
{
  g_autofree char *long_name = g_strnfill (10000, 'A');
  g_autofree char *members = NULL;
  g_autoptr(GString) activities = g_string_new (NULL);
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);

  members = g_strdup_printf ("\"organisations\": [{\"id\": \"o\", \"name\": {\"en\": \"N%s\"}}],"
                             " \"regions\": [{\"id\": \"r\", \"name\": {\"en\": \"R%s\"}}]",
                             long_name, long_name);
  g_string_append_printf (activities,
                          "{\"id\": \"P-1\", \"title\": {\"en\": \"T%s\"}, \"channel\": \"ngo\","
                          " \"participating_orgs\": [{\"org\": \"o\", \"role\": \"4\", \"source\": \"r\"}],"
                          " \"locations\": [{\"region\": \"r\", \"source\": \"r\"}],"
                          " \"budget\": {\"amount\": 1, \"source\": \"r\", \"quote\": \"Q%s\"}}",
                          long_name, long_name);

  for (guint pass = 0; pass < 2; pass++)
    {
      GtkWidget *view;
      GtkWidget *page;
      gint64 start;

      /* The switch to French rebuilds the window's view. */
      if (pass == 1)
        g_settings_set_string (settings, "language", "fr");
      show_made_dataset (window, members, activities);
      view = GTK_WIDGET (aid_window_get_view (AID_WINDOW (window)));

      start = g_get_monotonic_time ();
      gtk_widget_activate_action (view, "win.show-section", "s", "organisations");
      WAIT_UNTIL ((page = find_descendant_of_type (GTK_WIDGET (window), AID_TYPE_ORGANISATIONS_PAGE)) != NULL &&
                  find_label_starting (page, "NAAA") != NULL);
      g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
      g_assert_cmpint (longest_label (page), <=, 301 + 40);

      start = g_get_monotonic_time ();
      gtk_widget_activate_action (view, "win.show-project", "s", "P-1");
      WAIT_UNTIL ((page = find_descendant_of_type (GTK_WIDGET (window), AID_TYPE_PROJECT_PAGE)) != NULL &&
                  gtk_widget_get_mapped (page));
      WAIT_UNTIL (find_row (GTK_WIDGET (window), pass == 0 ? "Lifetime budget" : "Budget total") != NULL);
      g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
      g_assert_cmpint (g_utf8_strlen (adw_navigation_page_get_title (ADW_NAVIGATION_PAGE (page)), -1), <=, 301);
      g_assert_cmpint (g_utf8_strlen (gtk_window_get_title (window), -1), <=, 301);
      g_assert_cmpint (longest_label (row_evidence (window, pass == 0 ? "Lifetime budget" : "Budget total")), <=, 1003);
    }
  g_settings_set_string (settings, "language", "en");
}

static void
test_window_long_names (void)
{
  run_in_application (long_names);
}

/* Activity identifiers are the dataset's text: one named "section", as the navigation's own
 * page is tagged, opens as any other, the page on screen is not pushed twice, and going from
 * A to B and back to A stacks three pages that the section's row leaves. */
static void
project_ids (AidApplication *app,
             GtkWindow      *window)
{
  g_autoptr(GString) activities = g_string_new (NULL);
  AdwNavigationView *pages;
  GtkWidget *view;
  g_autoptr(GListModel) stack = NULL;

  for (guint i = 0; i < 2; i++)
    g_string_append_printf (activities,
                            "%s{\"id\": \"%s\", \"title\": {\"en\": \"Title %u\"}, \"channel\": \"ngo\","
                            " \"budget\": {\"amount\": 1, \"source\": \"r\"}}",
                            i > 0 ? ", " : "", i == 0 ? "section" : "P-2", i);
  show_made_dataset (window, "\"organisations\": []", activities);
  view = GTK_WIDGET (aid_window_get_view (AID_WINDOW (window)));
  pages = ADW_NAVIGATION_VIEW (find_descendant_of_type (view, ADW_TYPE_NAVIGATION_VIEW));

  gtk_widget_activate_action (view, "win.show-project", "s", "section");
  gtk_widget_activate_action (view, "win.show-project", "s", "section");
  g_assert_true (AID_IS_PROJECT_PAGE (adw_navigation_view_get_visible_page (pages)));
  g_assert_cmpstr (adw_navigation_page_get_title (adw_navigation_view_get_visible_page (pages)), ==, "Title 0");
  stack = adw_navigation_view_get_navigation_stack (pages);
  g_assert_cmpuint (g_list_model_get_n_items (stack), ==, 2);

  gtk_widget_activate_action (view, "win.show-project", "s", "P-2");
  gtk_widget_activate_action (view, "win.show-project", "s", "section");
  g_assert_cmpuint (g_list_model_get_n_items (stack), ==, 4);
  g_assert_cmpstr (adw_navigation_page_get_title (adw_navigation_view_get_visible_page (pages)), ==, "Title 0");

  gtk_widget_activate_action (view, "win.show-section", "s", "overview");
  g_assert_cmpuint (g_list_model_get_n_items (stack), ==, 1);
  g_assert_false (AID_IS_PROJECT_PAGE (adw_navigation_view_get_visible_page (pages)));

  /* Straight after the pop, while the page leaves, the same project opens again. */
  gtk_widget_activate_action (view, "win.show-project", "s", "section");
  g_assert_cmpuint (g_list_model_get_n_items (stack), ==, 2);
}

static void
test_window_project_ids (void)
{
  run_in_application (project_ids);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/aid/window/disputed-values", test_window_disputed_values);
  g_test_add_func ("/aid/window/dispute-limits", test_window_dispute_limits);
  g_test_add_func ("/aid/window/long-names", test_window_long_names);
  g_test_add_func ("/aid/window/project-ids", test_window_project_ids);

  return g_test_run ();
}
