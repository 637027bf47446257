/* window-test.c: what the window tests share, to run a test in a real application and find
 * what it shows
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "aid-dataset-loader.h"
#include "aid-window.h"
#include "window-test.h"

static void
activated_cb (AidApplication *app,
              WindowTestFunc  func)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  /* Only the first activation runs the test; @func may activate again. */
  g_signal_handlers_disconnect_by_func (app, activated_cb, func);

  g_assert_true (AID_IS_WINDOW (window));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));

  func (app, window);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

/* Runs @func inside a real application run, once its window is on screen, then quits and checks
 * that nothing kept the application alive. */
void
run_in_application (WindowTestFunc func)
{
  AidApplication *app = aid_application_new (APP_ID, G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  char *argv[] = { (char *)g_get_prgname (), NULL };

  g_signal_connect_after (app, "activate", G_CALLBACK (activated_cb), func);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  g_assert_finalize_object (app);
}

gboolean
find_label_text (GtkWidget  *widget,
                 const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), text) == 0 &&
          !gtk_label_get_use_markup (GTK_LABEL (child)))
        return TRUE;
      if (find_label_text (child, text))
        return TRUE;
    }

  return FALSE;
}

GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row (child, title)) != NULL)
        return found;
    }

  return NULL;
}

/* Shows a dataset made here: the members every dataset needs and a source "r", then
 * @members, then @activities (the text between the array's brackets). */
void
show_made_dataset (GtkWindow  *window,
                   const char *members,
                   GString    *activities)
{
  g_autofree char *text = g_strdup_printf (
    "{\"format\": \"aid-explorer-dataset\", \"format_version\": 1, \"id\": \"made\","
    " \"title\": {\"en\": \"Made\"}, \"default_language\": \"en\", \"default_currency\": \"EUR\","
    " \"licence\": {\"name\": \"CC0\"},"
    " \"sources\": [{\"id\": \"r\", \"title\": \"Report\", \"publisher\": \"Ministry\", \"language\": \"en\"}],"
    " %s, \"activities\": [%s]}", members, activities->str);
  gsize length = strlen (text);
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&text), length);
  g_autoptr(AidDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = aid_dataset_load_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  aid_window_set_dataset (AID_WINDOW (window), dataset);
}

GtkWidget *
find_descendant_of_type (GtkWidget *widget,
                         GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant_of_type (child, type)) != NULL)
        return found;
    }

  return NULL;
}

/* The source button of the last row titled @title: an organisation has a row among the
 * organisations, then one under funding. */
GtkMenuButton *
find_evidence_button_in_row (GtkWidget  *widget,
                             const char *title)
{
  GtkMenuButton *last = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found;

      if (ADW_IS_ACTION_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        last = GTK_MENU_BUTTON (find_descendant_of_type (child, GTK_TYPE_MENU_BUTTON));
      else if ((found = find_evidence_button_in_row (child, title)) != NULL)
        last = found;
    }

  return last;
}

gboolean
find_label_prefix (GtkWidget  *widget,
                   const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (child)), prefix))
        return TRUE;
      if (find_label_prefix (child, prefix))
        return TRUE;
    }

  return FALSE;
}

GtkWidget *
find_label_starting (GtkWidget  *widget,
                     const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (child)), prefix))
        return child;
      if ((found = find_label_starting (child, prefix)) != NULL)
        return found;
    }

  return NULL;
}
