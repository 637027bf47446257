/* aid-main-view.c: everything the window shows, rebuilt when the language changes
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-main-view"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-country-page.h"
#include "aid-humanitarian-page.h"
#include "aid-labels.h"
#include "aid-language.h"
#include "aid-main-view.h"
#include "aid-organisations-page.h"
#include "aid-overview-page.h"
#include "aid-places-page.h"
#include "aid-project-page.h"
#include "aid-projects-page.h"
#include "aid-sidebar-row.h"
#include "aid-sources-page.h"

struct _AidMainView
{
  AdwBreakpointBin       parent_instance;

  AidDataset            *dataset;
  AidProjectsPage       *projects_page;   /* the stack's, which search and filters drive */

  /* Template widgets */
  AdwNavigationSplitView *split_view;
  GtkListBox            *sidebar_list;
  AdwNavigationPage     *content_page;
  AdwNavigationView     *content_view;
  AdwNavigationPage     *section_page;
  AdwWindowTitle        *window_title;
  GtkSearchBar          *search_bar;
  GtkSearchEntry        *search_entry;
  GtkStack              *stack;
  GMenu                 *recent_menu;
  GtkMenuButton         *language_button;
};

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidMainView, aid_main_view, ADW_TYPE_BREAKPOINT_BIN)

static GParamSpec *properties[N_PROPS];

/* The sections, in the sidebar's order. A section is a page class with a "dataset" property,
 * and one line here: the stack and the sidebar are made from this list. */
static const struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  GType     (*get_type) (void);
} sections[] = {
  { "overview", N_("Overview"), "aid-overview-symbolic", aid_overview_page_get_type },
  { "projects", N_("Projects"), "view-grid-symbolic", aid_projects_page_get_type },
  { "organisations", N_("Organisations"), "system-users-symbolic", aid_organisations_page_get_type },
  { "places", N_("Regions and Sectors"), "mark-location-symbolic", aid_places_page_get_type },
  { "humanitarian", N_("Humanitarian Aid"), "aid-humanitarian-symbolic", aid_humanitarian_page_get_type },
  { "country", N_("Country"), "aid-country-symbolic", aid_country_page_get_type },
  { "sources", N_("Sources"), "aid-source-symbolic", aid_sources_page_get_type },
};

static void
show_section (AidMainView *self,
              const char  *name)
{
  guint index = 0;
  GtkListBoxRow *row;

  g_assert (AID_IS_MAIN_VIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (name, sections[i].name) == 0)
      index = i;

  /* The sidebar lists the sections in the same order; the stack first, so that selecting the
   * row finds the section shown already. */
  gtk_stack_set_visible_child_name (self->stack, sections[index].name);
  row = gtk_list_box_get_row_at_index (self->sidebar_list, (int)index);
  gtk_list_box_select_row (self->sidebar_list, row);
  adw_window_title_set_title (self->window_title, _(sections[index].title));
  adw_navigation_page_set_title (self->section_page, _(sections[index].title));
  adw_navigation_page_set_title (self->content_page, _(sections[index].title));

  /* A project page belongs to the section it was opened from. */
  adw_navigation_view_pop_to_tag (self->content_view, "section");
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static int
compare_recent (GtkRecentInfo *a,
                GtkRecentInfo *b)
{
  return g_date_time_compare (gtk_recent_info_get_modified (b), gtk_recent_info_get_modified (a));
}

/* The recent datasets, newest first, for the primary menu's submenu. */
static void
update_recent (AidMainView *self)
{
  g_autolist(GtkRecentInfo) items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) ours = g_ptr_array_new ();

  g_menu_remove_all (self->recent_menu);

  for (GList *l = items; l != NULL; l = l->next)
    if (gtk_recent_info_has_application (l->data, "aid-explorer") && gtk_recent_info_exists (l->data))
      g_ptr_array_add (ours, l->data);
  g_ptr_array_sort_values (ours, (GCompareFunc)compare_recent);

  for (guint i = 0; i < MIN (ours->len, 8); i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (ours, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target_value (item, "win.open-recent", g_variant_new_string (gtk_recent_info_get_uri (info)));
      g_menu_append_item (self->recent_menu, item);
    }
}

/* The stack's pages, one per section, each following the view's dataset. */
static void
add_sections (AidMainView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *page = g_object_new (sections[i].get_type (), NULL);
      GtkStackPage *stack_page = gtk_stack_add_titled (self->stack, page, sections[i].name, _(sections[i].title));

      gtk_stack_page_set_icon_name (stack_page, sections[i].icon_name);
      g_object_bind_property (self, "dataset", page, "dataset", G_BINDING_SYNC_CREATE);
    }

  self->projects_page = AID_PROJECTS_PAGE (gtk_stack_get_child_by_name (self->stack, "projects"));
}

static void
update_title (AidMainView *self)
{
  g_autofree char *title = NULL;

  if (self->dataset != NULL)
    title = aid_labels_bound (aid_dataset_get_title (self->dataset, aid_language_get (), NULL), AID_MAX_LABEL_CHARS);

  adw_window_title_set_subtitle (self->window_title, title);
}

static const char *
row_section (GtkListBoxRow *row)
{
  return gtk_stack_page_get_name (aid_sidebar_row_get_page (AID_SIDEBAR_ROW (row)));
}

/* Callbacks */

static GtkWidget *
create_sidebar_row_cb (gpointer item,
                       gpointer user_data)
{
  return aid_sidebar_row_new (GTK_STACK_PAGE (item));
}

static void
sidebar_row_activated_cb (AidMainView   *self,
                          GtkListBoxRow *row)
{
  show_section (self, row_section (row));
}

/* Moving through the sidebar with the keyboard, or selecting from a screen reader, shows the
 * section too, as in GNOME Settings. */
static void
sidebar_row_selected_cb (AidMainView   *self,
                         GtkListBoxRow *row)
{
  /* In one pane, moving through the sidebar must not leave it: there, only activation does. */
  if (row != NULL && !adw_navigation_split_view_get_collapsed (self->split_view) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), row_section (row)) != 0)
    show_section (self, row_section (row));
}

static void
search_changed_cb (AidMainView      *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  aid_projects_page_set_search_text (self->projects_page, text);

  /* Search always filters the projects: typing elsewhere brings them up. */
  if (text[0] != '\0' && !g_str_equal (gtk_stack_get_visible_child_name (self->stack), "projects"))
    show_section (self, "projects");
}

static void
stop_search_cb (AidMainView *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/* Actions */

static void
show_project_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AidMainView *self = AID_MAIN_VIEW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  AdwNavigationPage *visible;
  GListModel *activities;

  if (self->dataset == NULL)
    return;

  /* A project page carries no navigation tag: an identifier is the dataset's text, which may
   * be "section", and a page just popped keeps its tag until its animation ends. The page on
   * screen already is not pushed twice. */
  visible = adw_navigation_view_get_visible_page (self->content_view);
  if (AID_IS_PROJECT_PAGE (visible) &&
      aid_project_page_get_dataset (AID_PROJECT_PAGE (visible)) == self->dataset &&
      g_strcmp0 (aid_activity_get_id (aid_project_page_get_activity (AID_PROJECT_PAGE (visible))), id) == 0)
    {
      adw_navigation_split_view_set_show_content (self->split_view, TRUE);
      return;
    }

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

/* Alt+Left goes back wherever the focus is: the navigation view only hears it from within,
 * and not from the sidebar or a header bar. */
static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AidMainView *self = AID_MAIN_VIEW (widget);

  if (adw_navigation_view_get_visible_page (self->content_view) != self->section_page)
    adw_navigation_view_pop (self->content_view);
  else if (adw_navigation_split_view_get_collapsed (self->split_view))
    adw_navigation_split_view_set_show_content (self->split_view, FALSE);
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  show_section (AID_MAIN_VIEW (widget), g_variant_get_string (parameter, NULL));
}

/* The projects page with only the filters given ({"organisation": <"lux-dev">}, say). */
static void
show_projects_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AidMainView *self = AID_MAIN_VIEW (widget);
  GVariantIter iter;
  const char *name;
  GVariant *value;

  aid_projects_page_clear_filters (self->projects_page);
  g_variant_iter_init (&iter, parameter);
  while (g_variant_iter_loop (&iter, "{&sv}", &name, &value))
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self->projects_page), name);
      g_auto(GValue) gvalue = G_VALUE_INIT;

      /* Only the filters, each with a value of its type. */
      if (pspec == NULL || g_str_equal (name, "dataset") || g_str_equal (name, "search-text"))
        continue;
      g_dbus_gvariant_to_gvalue (value, &gvalue);
      if (G_VALUE_HOLDS (&gvalue, pspec->value_type))
        g_object_set_property (G_OBJECT (self->projects_page), name, &gvalue);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  aid_projects_page_set_search_text (self->projects_page, "");
  show_section (self, "projects");
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AidMainView *self = AID_MAIN_VIEW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
clear_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AidMainView *self = AID_MAIN_VIEW (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  aid_projects_page_set_search_text (self->projects_page, "");
}

/* GObject overrides */

static void
aid_main_view_dispose (GObject *object)
{
  AidMainView *self = (AidMainView *)object;

  /* The bin owns its child, which the template also names: let the bin drop it first. */
  adw_breakpoint_bin_set_child (ADW_BREAKPOINT_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_MAIN_VIEW);
  self->projects_page = NULL;
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (aid_main_view_parent_class)->dispose (object);
}

static void
aid_main_view_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AidMainView *self = AID_MAIN_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, aid_main_view_get_dataset (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_main_view_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AidMainView *self = AID_MAIN_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      aid_main_view_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_main_view_class_init (AidMainViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = aid_main_view_dispose;
  object_class->get_property = aid_main_view_get_property;
  object_class->set_property = aid_main_view_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, AID_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-main-view.ui");
  gtk_widget_class_bind_template_child (widget_class, AidMainView, split_view);
  gtk_widget_class_bind_template_child (widget_class, AidMainView, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, AidMainView, content_page);
  gtk_widget_class_bind_template_child (widget_class, AidMainView, content_view);
  gtk_widget_class_bind_template_child (widget_class, AidMainView, section_page);
  gtk_widget_class_bind_template_child (widget_class, AidMainView, window_title);
  gtk_widget_class_bind_template_child (widget_class, AidMainView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, AidMainView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AidMainView, stack);
  gtk_widget_class_bind_template_child (widget_class, AidMainView, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, AidMainView, language_button);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_install_action (widget_class, "win.show-project", "s", show_project_action);
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-projects", "a{sv}", show_projects_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.clear-search", NULL, clear_search_action);

  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.go-back", NULL);
}

static void
aid_main_view_init (AidMainView *self)
{
  g_autoptr(GtkSelectionModel) pages = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  add_sections (self);
  pages = gtk_stack_get_pages (self->stack);
  gtk_list_box_bind_model (self->sidebar_list, G_LIST_MODEL (pages), create_sidebar_row_cb, NULL, NULL);

  /* Type anywhere to search. */
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  /* The language button names the language in use, as its own speakers write it. */
  gtk_menu_button_set_label (self->language_button, g_str_equal (aid_language_get (), "fr") ? "FR" : "EN");

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed", G_CALLBACK (update_recent),
                           self, G_CONNECT_SWAPPED);
  update_recent (self);

  show_section (self, "overview");
  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
  update_title (self);
}

/* Public API */

AidMainView *
aid_main_view_new (void)
{
  return g_object_new (AID_TYPE_MAIN_VIEW, NULL);
}

AidDataset *
aid_main_view_get_dataset (AidMainView *self)
{
  g_return_val_if_fail (AID_IS_MAIN_VIEW (self), NULL);

  return self->dataset;
}

void
aid_main_view_set_dataset (AidMainView  *self,
                        AidDataset *dataset)
{
  g_return_if_fail (AID_IS_MAIN_VIEW (self));
  g_return_if_fail (dataset == NULL || AID_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  update_title (self);

  /* A project page shows the dataset it was opened from, which is no longer the one open. */
  adw_navigation_view_pop_to_tag (self->content_view, "section");

  /* Every section follows, through its binding. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}


/**
 * aid_main_view_save_state:
 *
 * Returns: (transfer full): where the user is (section, open project, search, filters and
 *   scroll position), for a view rebuilt in another language
 */
GVariant *
aid_main_view_save_state (AidMainView *self)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);
  AdwNavigationPage *visible;
  GtkAdjustment *scroll;

  g_return_val_if_fail (AID_IS_MAIN_VIEW (self), NULL);

  g_variant_builder_add (&builder, "{sv}", "section",
                         g_variant_new_string (gtk_stack_get_visible_child_name (self->stack)));
  visible = adw_navigation_view_get_visible_page (self->content_view);
  if (AID_IS_PROJECT_PAGE (visible))
    g_variant_builder_add (&builder, "{sv}", "project",
                           g_variant_new_string (aid_activity_get_id (aid_project_page_get_activity (AID_PROJECT_PAGE (visible)))));
  g_variant_builder_add (&builder, "{sv}", "search",
                         g_variant_new_string (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  g_variant_builder_add (&builder, "{sv}", "search-mode",
                         g_variant_new_boolean (gtk_search_bar_get_search_mode (self->search_bar)));

  /* The projects' order and every filter. */
  g_variant_builder_add (&builder, "{sv}", "sort",
                         g_variant_new_string (aid_projects_page_get_sort (self->projects_page)));
  g_variant_builder_add (&builder, "{sv}", "channel",
                         g_variant_new_string (aid_projects_page_get_channel (self->projects_page)));
  g_variant_builder_add (&builder, "{sv}", "status",
                         g_variant_new_string (aid_projects_page_get_status (self->projects_page)));
  g_variant_builder_add (&builder, "{sv}", "region",
                         g_variant_new_string (aid_projects_page_get_region (self->projects_page)));
  g_variant_builder_add (&builder, "{sv}", "country",
                         g_variant_new_string (aid_projects_page_get_country (self->projects_page)));
  g_variant_builder_add (&builder, "{sv}", "organisation",
                         g_variant_new_string (aid_projects_page_get_organisation (self->projects_page)));
  g_variant_builder_add (&builder, "{sv}", "humanitarian-only",
                         g_variant_new_boolean (aid_projects_page_get_humanitarian_only (self->projects_page)));
  g_variant_builder_add (&builder, "{sv}", "focus-only",
                         g_variant_new_boolean (aid_projects_page_get_focus_only (self->projects_page)));

  scroll = aid_projects_page_get_vadjustment (self->projects_page);
  if (scroll != NULL)
    g_variant_builder_add (&builder, "{sv}", "scroll", g_variant_new_double (gtk_adjustment_get_value (scroll)));

  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

void
aid_main_view_restore_state (AidMainView *self,
                             GVariant    *state)
{
  g_autoptr(GVariantDict) dict = NULL;
  const char *section = "overview";
  const char *project = NULL;
  const char *search = "";
  const char *text;
  gboolean flag;
  double scroll;

  g_return_if_fail (AID_IS_MAIN_VIEW (self));
  g_return_if_fail (state != NULL);

  dict = g_variant_dict_new (state);

  if (g_variant_dict_lookup (dict, "sort", "&s", &text))
    aid_projects_page_set_sort (self->projects_page, text);
  if (g_variant_dict_lookup (dict, "channel", "&s", &text))
    aid_projects_page_set_channel (self->projects_page, text);
  if (g_variant_dict_lookup (dict, "status", "&s", &text))
    aid_projects_page_set_status (self->projects_page, text);
  if (g_variant_dict_lookup (dict, "region", "&s", &text))
    aid_projects_page_set_region (self->projects_page, text);
  if (g_variant_dict_lookup (dict, "country", "&s", &text))
    aid_projects_page_set_country (self->projects_page, text);
  if (g_variant_dict_lookup (dict, "organisation", "&s", &text))
    aid_projects_page_set_organisation (self->projects_page, text);
  if (g_variant_dict_lookup (dict, "humanitarian-only", "b", &flag))
    aid_projects_page_set_humanitarian_only (self->projects_page, flag);
  if (g_variant_dict_lookup (dict, "focus-only", "b", &flag))
    aid_projects_page_set_focus_only (self->projects_page, flag);

  g_variant_dict_lookup (dict, "search", "&s", &search);
  g_variant_dict_lookup (dict, "section", "&s", &section);
  g_variant_dict_lookup (dict, "project", "&s", &project);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search);
  aid_projects_page_set_search_text (self->projects_page, search);
  if (g_variant_dict_lookup (dict, "search-mode", "b", &flag))
    gtk_search_bar_set_search_mode (self->search_bar, flag);

  show_section (self, section);
  if (project != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-project", "s", project);

  if (g_variant_dict_lookup (dict, "scroll", "d", &scroll))
    aid_projects_page_scroll_to (self->projects_page, scroll);
}

/* Searches the projects for @text, as typing in the search bar does. */
void
aid_main_view_search (AidMainView *self,
                      const char  *text)
{
  g_return_if_fail (AID_IS_MAIN_VIEW (self));
  g_return_if_fail (text != NULL);

  gtk_search_bar_set_search_mode (self->search_bar, text[0] != '\0');
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  search_changed_cb (self, self->search_entry);
}
