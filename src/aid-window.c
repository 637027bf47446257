/* aid-window.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window keeps its size and the open dataset; what it shows is an AidMainView, which is
 * rebuilt, with the user's place kept, when the language changes: GtkBuilder templates are
 * translated when they are built.
 */

#define G_LOG_DOMAIN "aid-window"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-application.h"
#include "aid-dataset-loader.h"
#include "aid-labels.h"
#include "aid-language.h"
#include "aid-main-view.h"
#include "aid-problems-dialog.h"
#include "aid-window.h"

struct _AidWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  AidDataset           *dataset;
  AidMainView          *view;
  AdwToastOverlay      *toasts;
  AdwToast             *loading_toast;
  GCancellable         *load_cancellable;

  /* The open file, watched so that the window follows its changes. */
  GFile                *file;
  GFileMonitor         *monitor;
  guint                 reload_id;
};

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidWindow, aid_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

static void
restore_window_state (AidWindow *self)
{
  g_assert (AID_IS_WINDOW (self));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (AidWindow *self)
{
  int width;
  int height;

  g_assert (AID_IS_WINDOW (self));

  /* The default size is the unmaximized size, which is the one worth restoring. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static void
update_title (AidWindow *self)
{
  g_autofree char *title = NULL;

  if (self->dataset != NULL)
    title = aid_labels_bound (aid_dataset_get_title (self->dataset, aid_language_get (), NULL), AID_MAX_LABEL_CHARS);

  /* The window names the open dataset; the app's name stays in the sidebar. */
  gtk_window_set_title (GTK_WINDOW (self), title != NULL ? title : _("Aid Explorer"));
}

static void
set_view (AidWindow   *self,
          AidMainView *view)
{
  self->view = view;
  aid_main_view_set_dataset (view, self->dataset);
  adw_toast_overlay_set_child (self->toasts, GTK_WIDGET (view));
}

static void
show_toast (AidWindow  *self,
            const char *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

typedef struct
{
  AidWindow *window;
  GFile     *file;         /* the first of the files */
  guint      n_files;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->file);
  g_free (data);
}

static void
load_progress_cb (double   fraction,
                  gpointer user_data)
{
  AidWindow *self = user_data;
  g_autofree char *title = NULL;

  if (self->loading_toast == NULL)
    return;

  /* Translators: loading a file, with the percentage done */
  title = g_strdup_printf (_("Loading… %d %%"), (int)(fraction * 100));
  adw_toast_set_title (self->loading_toast, title);
}

static void watch_file (AidWindow *self,
                        GFile     *file);

/* Recent datasets, in the desktop's shared list so that file choosers show them too. */
static void
remember (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *lower = g_ascii_strdown (uri, -1);
  GtkRecentData data = {
    /* The loader reads by content; the list of recent files only wants a type to show. */
    .mime_type = g_str_has_suffix (lower, ".xml") ? (char *)"application/x-iati-activities+xml"
                                                  : (char *)"application/x-aid-explorer+json",
    .app_name = (char *)"aid-explorer",
    .app_exec = (char *)"aid-explorer %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* The files whose errors kept them out of a dataset read from several. */
static guint
count_failed_files (AidLoadReport *report)
{
  GListModel *diagnostics = aid_load_report_get_diagnostics (report);
  g_autoptr(GHashTable) files = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(AidDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (aid_diagnostic_get_severity (diagnostic) == AID_SEVERITY_ERROR && aid_diagnostic_get_file (diagnostic) != NULL)
        g_hash_table_add (files, (gpointer)aid_diagnostic_get_file (diagnostic));
    }

  return MAX (g_hash_table_size (files), 1);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  LoadData *data = user_data;
  AidWindow *self = data->window;
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(AidDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = aid_dataset_load_file_finish (result, &report, &error);

  /* A newer load replaced this one, or the window closed: nothing to show. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      load_data_free (data);
      return;
    }

  if (self->loading_toast != NULL)
    {
      adw_toast_dismiss (self->loading_toast);
      g_clear_object (&self->loading_toast);
    }
  g_clear_object (&self->load_cancellable);

  if (dataset == NULL)
    {
      /* The file's problems, each with where it is, and a way to the file to fix it. */
      adw_dialog_present (aid_problems_dialog_new (data->file, report, error), GTK_WIDGET (self));
    }
  else
    {
      g_autofree char *title = NULL;
      g_autofree char *dataset_title = aid_labels_bound (aid_dataset_get_title (dataset, aid_language_get (), NULL),
                                                         AID_MAX_TOAST_CHARS);

      aid_window_set_dataset (self, dataset);
      /* Several files are one dataset only as they were opened together: none is watched. */
      watch_file (self, data->n_files == 1 ? data->file : NULL);
      if (data->n_files == 1)
        remember (data->file);
      /* Several files open without the ones that could not be read: say how many. */
      if (aid_load_report_get_n_errors (report) > 0)
        {
          guint n_failed = count_failed_files (report);
          g_autofree char *n_text = aid_language_format_count (n_failed);

          /* Translators: the first %s is the title of the dataset just opened, the second a number of files */
          title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Opened “%s”; %s file could not be read",
                                                "Opened “%s”; %s files could not be read", n_failed),
                                   dataset_title, n_text);
        }
      else
        {
          /* Translators: %s is the title of the dataset just opened */
          title = g_strdup_printf (_("Opened “%s”"), dataset_title);
        }
      show_toast (self, title);
    }

  load_data_free (data);
}

static gboolean
reload_cb (gpointer user_data)
{
  AidWindow *self = user_data;

  self->reload_id = 0;
  if (self->file != NULL)
    aid_window_open_file (self, self->file);

  return G_SOURCE_REMOVE;
}

/* An editor saves in several steps: reload once they are done. */
static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 AidWindow         *self)
{
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_RENAMED && event != G_FILE_MONITOR_EVENT_MOVED_IN)
    return;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  self->reload_id = g_timeout_add (300, reload_cb, self);
}

static void
watch_file (AidWindow *self,
            GFile     *file)
{
  if (self->file != NULL && file != NULL && g_file_equal (self->file, file))
    return;

  g_clear_object (&self->monitor);
  g_set_object (&self->file, file);
  if (file == NULL)
    return;

  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (file_changed_cb), self, 0);
}

/* Actions */

static void
open_dialog_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(AidWindow) self = user_data;
  g_autoptr(GListModel) list = gtk_file_dialog_open_multiple_finish (GTK_FILE_DIALOG (object), result, NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (files, g_list_model_get_item (list, i));

  if (files->len > 0)
    aid_window_open_files (self, (GFile **)files->pdata, files->len);
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  AidWindow *self = user_data;
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) datasets = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) iati = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  /* The app reads files by their content: the first filter shows all it may open. */
  gtk_file_filter_set_name (all, _("Datasets and IATI Files"));
  gtk_file_filter_add_mime_type (all, "application/x-aid-explorer+json");
  gtk_file_filter_add_mime_type (all, "application/x-iati-activities+xml");
  gtk_file_filter_add_mime_type (all, "application/json");
  gtk_file_filter_add_mime_type (all, "application/xml");
  gtk_file_filter_add_mime_type (all, "text/xml");
  gtk_file_filter_add_suffix (all, "json");
  gtk_file_filter_add_suffix (all, "xml");
  gtk_file_filter_set_name (iati, _("IATI Activity Files"));
  gtk_file_filter_add_mime_type (iati, "application/x-iati-activities+xml");
  gtk_file_filter_add_mime_type (iati, "application/xml");
  gtk_file_filter_add_mime_type (iati, "text/xml");
  gtk_file_filter_add_suffix (iati, "xml");
  gtk_file_filter_set_name (datasets, _("Aid Explorer Datasets"));
  gtk_file_filter_add_mime_type (datasets, "application/x-aid-explorer+json");
  gtk_file_filter_add_suffix (datasets, "aid.json");
  gtk_file_filter_set_name (json, _("JSON Files"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  g_list_store_append (filters, all);
  g_list_store_append (filters, datasets);
  g_list_store_append (filters, iati);
  g_list_store_append (filters, json);

  gtk_file_dialog_set_title (dialog, _("Open Dataset"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_open_multiple (dialog, GTK_WINDOW (self), NULL, open_dialog_cb, g_object_ref (self));
}

static void
cancel_load_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  AidWindow *self = user_data;

  /* The dataset that was open stays; loaded_cb sees the cancellation and shows nothing. */
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->loading_toast != NULL)
    {
      adw_toast_dismiss (self->loading_toast);
      g_clear_object (&self->loading_toast);
    }
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  AidWindow *self = user_data;
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  aid_window_open_file (self, file);
}

static const GActionEntry window_actions[] = {
  { "open", open_action },
  { "open-recent", open_recent_action, "s" },
  { "cancel-load", cancel_load_action },
};

static gboolean
file_dropped_cb (GtkDropTarget *target,
                 const GValue  *value,
                 double         x,
                 double         y,
                 AidWindow     *self)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    for (GSList *l = g_value_get_boxed (value); l != NULL; l = l->next)
      g_ptr_array_add (files, l->data);
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    g_ptr_array_add (files, g_value_get_object (value));

  if (files->len == 0)
    return FALSE;

  aid_window_open_files (self, (GFile **)files->pdata, files->len);

  return TRUE;
}

/* GtkWindow overrides */

static gboolean
aid_window_close_request (GtkWindow *window)
{
  AidWindow *self = (AidWindow *)window;

  save_window_state (self);

  return GTK_WINDOW_CLASS (aid_window_parent_class)->close_request (window);
}

/* GObject overrides */

static void
aid_window_dispose (GObject *object)
{
  AidWindow *self = (AidWindow *)object;

  /* A load still running finishes into nothing. */
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->loading_toast);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_object (&self->monitor);
  g_clear_object (&self->file);

  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_WINDOW);
  self->view = NULL;
  g_clear_object (&self->settings);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (aid_window_parent_class)->dispose (object);
}

static void
aid_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AidWindow *self = AID_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, aid_window_get_dataset (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AidWindow *self = AID_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      aid_window_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_window_class_init (AidWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = aid_window_dispose;
  object_class->get_property = aid_window_get_property;
  object_class->set_property = aid_window_set_property;
  window_class->close_request = aid_window_close_request;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, AID_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-window.ui");
}

static void
aid_window_init (AidWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (SCHEMA_ID);
  restore_window_state (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions, G_N_ELEMENTS (window_actions), self);

  /* Drop a dataset file, or IATI files, on the window to open them. */
  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, (GType[2]) { GDK_TYPE_FILE_LIST, G_TYPE_FILE }, 2);
  g_signal_connect (drop, "drop", G_CALLBACK (file_dropped_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), GTK_WIDGET (self->toasts));
  set_view (self, aid_main_view_new ());
  update_title (self);

#if DEVELOPMENT
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

/* Public API */

AidWindow *
aid_window_new (AidApplication *application)
{
  g_return_val_if_fail (AID_IS_APPLICATION (application), NULL);

  return g_object_new (AID_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

AidDataset *
aid_window_get_dataset (AidWindow *self)
{
  g_return_val_if_fail (AID_IS_WINDOW (self), NULL);

  return self->dataset;
}

static gpointer
release_dataset_thread (gpointer data)
{
  g_object_unref (data);

  return NULL;
}

void
aid_window_set_dataset (AidWindow  *self,
                        AidDataset *dataset)
{
  AidDataset *previous;

  g_return_if_fail (AID_IS_WINDOW (self));
  g_return_if_fail (dataset == NULL || AID_IS_DATASET (dataset));

  if (self->dataset == dataset)
    return;

  previous = g_steal_pointer (&self->dataset);
  self->dataset = dataset != NULL ? g_object_ref (dataset) : NULL;
  aid_main_view_set_dataset (self->view, dataset);
  update_title (self);

  /* The pages have let go of the previous dataset: freeing a large one takes most of a
   * second (100k activities), which a thread of its own does. */
  if (previous != NULL)
    g_thread_unref (g_thread_new ("aid-release", release_dataset_thread, previous));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

/**
 * aid_window_get_view:
 *
 * Returns: (transfer none): what the window shows; it changes when the language does
 */
AidMainView *
aid_window_get_view (AidWindow *self)
{
  g_return_val_if_fail (AID_IS_WINDOW (self), NULL);

  return self->view;
}

/* Rebuilds what the window shows in the language now in use, where the user was. */
void
aid_window_reload (AidWindow *self)
{
  g_autoptr(GVariant) state = NULL;

  g_return_if_fail (AID_IS_WINDOW (self));

  state = aid_main_view_save_state (self->view);
  set_view (self, aid_main_view_new ());
  aid_main_view_restore_state (self->view, state);
  update_title (self);
}

/* Searches the projects for @text, as typing in the search bar does. */
void
aid_window_search (AidWindow  *self,
                   const char *text)
{
  g_return_if_fail (AID_IS_WINDOW (self));

  aid_main_view_search (self->view, text);
}

/**
 * aid_window_open_files:
 * @files: (array length=n_files): a dataset file, or IATI activity files (or folders of them)
 *
 * Loads a dataset in the background and shows it; if it has errors, they are listed and the
 * dataset that was open stays. A second load cancels the first. Several IATI files are one
 * dataset.
 */
void
aid_window_open_files (AidWindow  *self,
                       GFile     **files,
                       guint       n_files)
{
  LoadData *data;

  g_return_if_fail (AID_IS_WINDOW (self));
  g_return_if_fail (files != NULL && n_files > 0);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  if (self->loading_toast == NULL)
    {
      self->loading_toast = adw_toast_new (_("Loading…"));
      adw_toast_set_timeout (self->loading_toast, 0);
      adw_toast_set_button_label (self->loading_toast, _("_Cancel"));
      adw_toast_set_action_name (self->loading_toast, "win.cancel-load");
      adw_toast_overlay_add_toast (self->toasts, g_object_ref (self->loading_toast));
    }

  data = g_new0 (LoadData, 1);
  data->window = g_object_ref (self);
  data->file = g_object_ref (files[0]);
  data->n_files = n_files;
  aid_dataset_load_files_async (files, n_files, self->load_cancellable, load_progress_cb, g_object_ref (self),
                                g_object_unref, loaded_cb, data);
}

/**
 * aid_window_open_file:
 *
 * Loads a dataset file in the background and shows it; see aid_window_open_files().
 */
void
aid_window_open_file (AidWindow *self,
                      GFile     *file)
{
  g_return_if_fail (AID_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  aid_window_open_files (self, &file, 1);
}

/* Whether a dataset is being loaded, for tests. */
gboolean
aid_window_is_loading (AidWindow *self)
{
  g_return_val_if_fail (AID_IS_WINDOW (self), FALSE);

  return self->load_cancellable != NULL;
}
