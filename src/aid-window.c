/* aid-window.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-window"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-language.h"
#include "aid-overview-page.h"
#include "aid-project-page.h"
#include "aid-projects-page.h"
#include "aid-window.h"

struct _AidWindow
{
  AdwApplicationWindow   parent_instance;

  GSettings             *settings;
  AidDataset            *dataset;

  /* Template widgets */
  AdwNavigationSplitView *split_view;
  GtkListBox            *sidebar_list;
  GtkListBoxRow         *overview_row;
  GtkListBoxRow         *projects_row;
  AdwNavigationPage     *content_page;
  AdwNavigationView     *content_view;
  AdwNavigationPage     *section_page;
  AdwWindowTitle        *window_title;
  GtkSearchBar          *search_bar;
  GtkSearchEntry        *search_entry;
  GtkStack              *stack;
  AidOverviewPage       *overview_page;
  AidProjectsPage       *projects_page;
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
show_section (AidWindow  *self,
              const char *name)
{
  const char *title;

  g_assert (AID_IS_WINDOW (self));

  if (g_str_equal (name, "projects"))
    {
      title = _("Projects");
      gtk_list_box_select_row (self->sidebar_list, self->projects_row);
    }
  else
    {
      name = "overview";
      title = _("Overview");
      gtk_list_box_select_row (self->sidebar_list, self->overview_row);
    }

  gtk_stack_set_visible_child_name (self->stack, name);
  adw_window_title_set_title (self->window_title, title);
  adw_navigation_page_set_title (self->section_page, title);
  adw_navigation_page_set_title (self->content_page, title);

  /* A project page belongs to the section it was opened from. */
  adw_navigation_view_pop_to_tag (self->content_view, "section");
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
update_title (AidWindow *self)
{
  const char *title = NULL;

  if (self->dataset != NULL)
    title = aid_dataset_get_title (self->dataset, aid_language_get (), NULL);

  /* The window names the open dataset; the app's name stays in the sidebar. */
  gtk_window_set_title (GTK_WINDOW (self), title != NULL ? title : _("Aid Explorer"));
  adw_window_title_set_subtitle (self->window_title, title);
}

/* Callbacks */

static void
sidebar_row_activated_cb (AidWindow     *self,
                          GtkListBoxRow *row)
{
  show_section (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
search_changed_cb (AidWindow      *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  aid_projects_page_set_search_text (self->projects_page, text);

  /* Search always filters the projects: typing elsewhere brings them up. */
  if (text[0] != '\0' && !g_str_equal (gtk_stack_get_visible_child_name (self->stack), "projects"))
    show_section (self, "projects");
}

static void
stop_search_cb (AidWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/* Actions */

static void
show_project_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AidWindow *self = AID_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  GListModel *activities;

  if (self->dataset == NULL)
    return;

  activities = aid_dataset_get_activities (self->dataset);
  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (activities, i);

      if (g_strcmp0 (aid_activity_get_id (activity), id) == 0)
        {
          adw_navigation_view_push (self->content_view,
                                    ADW_NAVIGATION_PAGE (aid_project_page_new (self->dataset, activity)));
          adw_navigation_split_view_set_show_content (self->split_view, TRUE);
          return;
        }
    }
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  show_section (AID_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AidWindow *self = AID_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
clear_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AidWindow *self = AID_WINDOW (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  aid_projects_page_set_search_text (self->projects_page, "");
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

  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_WINDOW);
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

  g_type_ensure (AID_TYPE_OVERVIEW_PAGE);
  g_type_ensure (AID_TYPE_PROJECTS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AidWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, AidWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, AidWindow, overview_row);
  gtk_widget_class_bind_template_child (widget_class, AidWindow, projects_row);
  gtk_widget_class_bind_template_child (widget_class, AidWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, AidWindow, content_view);
  gtk_widget_class_bind_template_child (widget_class, AidWindow, section_page);
  gtk_widget_class_bind_template_child (widget_class, AidWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, AidWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, AidWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AidWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, AidWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, AidWindow, projects_page);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_install_action (widget_class, "win.show-project", "s", show_project_action);
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.clear-search", NULL, clear_search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
}

static void
aid_window_init (AidWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (SCHEMA_ID);
  restore_window_state (self);

  /* Type anywhere to search. */
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  show_section (self, "overview");
  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
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

void
aid_window_set_dataset (AidWindow  *self,
                        AidDataset *dataset)
{
  g_return_if_fail (AID_IS_WINDOW (self));
  g_return_if_fail (dataset == NULL || AID_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  aid_overview_page_set_dataset (self->overview_page, dataset);
  aid_projects_page_set_dataset (self->projects_page, dataset);
  update_title (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

/* Searches the projects for @text, as typing in the search bar does. */
void
aid_window_search (AidWindow  *self,
                   const char *text)
{
  g_return_if_fail (AID_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  gtk_search_bar_set_search_mode (self->search_bar, text[0] != '\0');
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  search_changed_cb (self, self->search_entry);
}
