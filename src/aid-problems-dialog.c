/* aid-problems-dialog.c: why a dataset did not open, each problem with where it is
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader's diagnostics, one row each, with a way to the file to fix it. The dataset that
 * was open stays.
 */

#define G_LOG_DOMAIN "aid-problems-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-problems-dialog.h"

struct _AidProblemsDialog
{
  AdwAlertDialog  parent_instance;

  GFile          *file;

  /* Template widgets */
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (AidProblemsDialog, aid_problems_dialog, ADW_TYPE_ALERT_DIALOG)

/* The loader's messages run on after a file and position ("x.json:3:7: the name is empty");
 * alone on a row, they start with a capital. */
static char *
capitalise (const char *message)
{
  g_autofree char *first = NULL;

  if (message == NULL || *message == '\0')
    return g_strdup (message);

  first = g_utf8_strup (message, g_utf8_next_char (message) - message);
  return g_strconcat (first, g_utf8_next_char (message), NULL);
}

/* A long file name must not widen the dialog past a narrow window: it may break after its
 * dashes, underscores and dots. */
static char *
make_breakable (const char *name)
{
  GString *breakable = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p++)
    {
      g_string_append_c (breakable, *p);
      if (*p == '-' || *p == '_' || *p == '.')
        g_string_append (breakable, "\u200B");
    }

  return g_string_free (breakable, FALSE);
}

/* Callbacks */

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  AidDiagnostic *diagnostic = item;
  g_autofree char *message = capitalise (aid_diagnostic_get_message (diagnostic));
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (aid_diagnostic_get_line (diagnostic) > 0)
    {
      /* Translators: where a problem is in a file, then its JSON path */
      g_autofree char *where = g_strdup_printf (_("Line %u, column %u · %s"), aid_diagnostic_get_line (diagnostic),
                                                aid_diagnostic_get_column (diagnostic),
                                                aid_diagnostic_get_path (diagnostic) != NULL ? aid_diagnostic_get_path (diagnostic) : "");

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
    }
  if (aid_diagnostic_get_severity (diagnostic) == AID_SEVERITY_WARNING)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));

  return row;
}

/* AdwAlertDialog overrides */

static void
aid_problems_dialog_response (AdwAlertDialog *dialog,
                              const char     *response)
{
  AidProblemsDialog *self = AID_PROBLEMS_DIALOG (dialog);

  if (g_strcmp0 (response, "edit") == 0 && self->file != NULL)
    {
      g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (self->file);
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      gtk_file_launcher_launch (launcher, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL, NULL, NULL);
    }
}

/* GObject overrides */

static void
aid_problems_dialog_dispose (GObject *object)
{
  AidProblemsDialog *self = (AidProblemsDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_PROBLEMS_DIALOG);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (aid_problems_dialog_parent_class)->dispose (object);
}

static void
aid_problems_dialog_class_init (AidProblemsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwAlertDialogClass *dialog_class = ADW_ALERT_DIALOG_CLASS (klass);

  object_class->dispose = aid_problems_dialog_dispose;
  dialog_class->response = aid_problems_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-problems-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AidProblemsDialog, list);
}

static void
aid_problems_dialog_init (AidProblemsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * aid_problems_dialog_new:
 * @report: (nullable): what the loader found
 * @error: (nullable): why the load failed, said when the report lists nothing
 *
 * Returns: (transfer floating): a dialog that lists why @file did not open
 */
AdwDialog *
aid_problems_dialog_new (GFile         *file,
                         AidLoadReport *report,
                         const GError  *error)
{
  AidProblemsDialog *self;
  GListModel *diagnostics;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (report == NULL || AID_IS_LOAD_REPORT (report), NULL);

  self = g_object_new (AID_TYPE_PROBLEMS_DIALOG, NULL);
  self->file = g_object_ref (file);

  basename = g_file_get_basename (file);
  name = make_breakable (basename);
  /* Translators: %s is a file name */
  body = g_strdup_printf (_("%s has errors, listed below with where to find them. The current dataset stays open."), name);
  adw_alert_dialog_set_body (ADW_ALERT_DIALOG (self), body);

  diagnostics = report != NULL ? aid_load_report_get_diagnostics (report) : NULL;
  if (diagnostics != NULL)
    gtk_list_box_bind_model (self->list, diagnostics, create_row_cb, NULL, NULL);
  if (diagnostics == NULL || g_list_model_get_n_items (diagnostics) == 0)
    adw_alert_dialog_set_body (ADW_ALERT_DIALOG (self), error != NULL ? error->message : "");

  return ADW_DIALOG (self);
}
