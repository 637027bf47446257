/* aid-application.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-application"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-application.h"
#include "aid-dataset-loader.h"
#include "aid-language.h"
#include "aid-preferences-dialog.h"
#include "aid-resources.h"
#include "aid-window.h"

struct _AidApplication
{
  AdwApplication  parent_instance;

  AidDataset     *bundled;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (AidApplication, aid_application, ADW_TYPE_APPLICATION)

static GtkWindow *
get_or_create_window (AidApplication *self)
{
  GtkWindow *window;

  g_assert (AID_IS_APPLICATION (self));

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    {
      window = GTK_WINDOW (aid_window_new (self));
      aid_window_set_dataset (AID_WINDOW (window), self->bundled);
    }

  return window;
}

/* Actions */

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  AidApplication *self = user_data;
  GList *windows;

  g_assert (AID_IS_APPLICATION (self));

  /* Close each window so that it saves its state, then let the application end. */
  windows = gtk_application_get_windows (GTK_APPLICATION (self));
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;

      windows = windows->next;
      gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = {
    "Aid Explorer contributors https://github.com/aidexplorer/AidExplorer",
    NULL,
  };
  AidApplication *self = user_data;
  AdwDialog *dialog;

  g_assert (AID_IS_APPLICATION (self));

  dialog = adw_about_dialog_new_from_appdata (RESOURCE_BASE "/metainfo.xml", PACKAGE_VERSION);
  adw_about_dialog_set_application_icon (ADW_ABOUT_DIALOG (dialog), APP_ID);
  adw_about_dialog_set_developers (ADW_ABOUT_DIALOG (dialog), developers);
  adw_about_dialog_set_copyright (ADW_ABOUT_DIALOG (dialog), _("© 2026 Aid Explorer contributors"));
  /* Translators: put your name (and address) here, one translator per line. */
  adw_about_dialog_set_translator_credits (ADW_ABOUT_DIALOG (dialog), _("translator-credits"));

  /* What the app carries from others, with their terms. */
  adw_about_dialog_add_legal_section (ADW_ABOUT_DIALOG (dialog), _("IATI codelists"),
                                      "IATI Standard (http://iatistandard.org/)",
                                      GTK_LICENSE_CUSTOM,
                                      _("The names of the IATI codes, in English and French, are used under the Creative Commons Attribution 4.0 licence."));
  adw_about_dialog_add_legal_section (ADW_ABOUT_DIALOG (dialog), _("The Luxembourg–Mali dataset"),
                                      NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("Compiled by the Aid Explorer contributors from public pages of the Luxembourg Cooperation, its agencies and the press, each figure with its source and a short quote; the quotes remain their publishers’."));

  adw_dialog_present (dialog, GTK_WIDGET (get_or_create_window (self)));
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  AidApplication *self = user_data;
  GtkWindow *window;
  g_autoptr(GtkBuilder) builder = NULL;

  g_assert (AID_IS_APPLICATION (self));

  window = get_or_create_window (self);

#if ADW_CHECK_VERSION(1, 8, 0)
  builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/aid-shortcuts-dialog.ui");
  adw_dialog_present (ADW_DIALOG (gtk_builder_get_object (builder, "shortcuts_dialog")),
                      GTK_WIDGET (window));
#else
  /* libadwaita 1.7 has no shortcuts dialog yet, and GTK 4.18 deprecates its own window. As
   * the window's help overlay, the shortcuts named by their action show the application's keys
   * for it (and follow them). */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  {
    GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));

    if (shortcuts == NULL)
      {
        builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/aid-shortcuts-window.ui");
        shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
        gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (window), shortcuts);
      }
    gtk_window_present (GTK_WINDOW (shortcuts));
  }
  G_GNUC_END_IGNORE_DEPRECATIONS
#endif
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  AidApplication *self = user_data;

  g_assert (AID_IS_APPLICATION (self));

  adw_dialog_present (aid_preferences_dialog_new (), GTK_WIDGET (get_or_create_window (self)));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "shortcuts", shortcuts_action },
  { "preferences", preferences_action },
};

/* The language takes effect at once: every window is rebuilt where its user was. */
static void
language_changed_cb (AidApplication *self)
{
  g_autofree char *choice = g_settings_get_string (self->settings, "language");

  aid_language_apply (choice);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (AID_IS_WINDOW (l->data))
      aid_window_reload (l->data);
}

/* GApplication overrides */

static void
aid_application_startup (GApplication *application)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.shortcuts", { "<Control>question", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };
  AidApplication *self = (AidApplication *)application;

  G_APPLICATION_CLASS (aid_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);

  /* The language menu's radio items and the preferences follow the setting. */
  self->settings = g_settings_new (SCHEMA_ID);
  {
    g_autoptr(GAction) language = g_settings_create_action (self->settings, "language");
    g_autofree char *choice = g_settings_get_string (self->settings, "language");

    g_action_map_add_action (G_ACTION_MAP (self), language);
    aid_language_apply (choice);
  }
  g_signal_connect_object (self->settings, "changed::language", G_CALLBACK (language_changed_cb),
                           self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);

  gtk_window_set_default_icon_name (APP_ID);

  /* The bundled dataset is small and checked by the test suite: loading it never fails but in
   * a broken build, which the log says. */
  {
    g_autoptr(GError) error = NULL;

    self->bundled = aid_dataset_load_bundled (NULL, &error);
    if (self->bundled == NULL)
      g_critical ("The bundled dataset does not load: %s", error->message);
  }
}

static void
aid_application_activate (GApplication *application)
{
  AidApplication *self = (AidApplication *)application;

  gtk_window_present (get_or_create_window (self));
}

/* The language action follows a GSettings, and a group whose application is gone can outlive
 * the run (D-Bus frees its export later): the action leaves the group first, so that a change to
 * the setting after the run (in another run in the same process) reaches nothing freed. */
static void
aid_application_shutdown (GApplication *application)
{
  g_action_map_remove_action (G_ACTION_MAP (application), "language");

  G_APPLICATION_CLASS (aid_application_parent_class)->shutdown (application);
}

static void
aid_application_finalize (GObject *object)
{
  AidApplication *self = (AidApplication *)object;

  g_clear_object (&self->bundled);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (aid_application_parent_class)->finalize (object);
}

/* Each file in its own window, as from the file manager or the command line. */
static void
aid_application_open (GApplication  *application,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  AidApplication *self = (AidApplication *)application;

  for (int i = 0; i < n_files; i++)
    {
      AidWindow *window = aid_window_new (self);

      aid_window_set_dataset (window, self->bundled);
      gtk_window_present (GTK_WINDOW (window));
      aid_window_open_file (window, files[i]);
    }
}

static void
aid_application_class_init (AidApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = aid_application_finalize;

  app_class->startup = aid_application_startup;
  app_class->activate = aid_application_activate;
  app_class->shutdown = aid_application_shutdown;
  app_class->open = aid_application_open;

  aid_register_resource ();
}

static void
aid_application_init (AidApplication *self)
{
  /* Handled in main() before the application starts, but listed here for --help. */
  g_application_add_main_option (G_APPLICATION (self), "check", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE,
                                 _("Check dataset files and report their problems, without a window"),
                                 NULL);
  g_application_add_main_option (G_APPLICATION (self), "summary", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE,
                                 _("Print what the transactions of the files add up to, by type and currency, as JSON"),
                                 NULL);
}

/* Public API */

AidApplication *
aid_application_new (const char        *application_id,
                     GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (AID_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
