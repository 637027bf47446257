/* aid-projects-page.c: the activities as cards, with search and live totals
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-projects-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "aid-activity-view.h"
#include "aid-card-slots.h"
#include "aid-countries.h"
#include "aid-format.h"
#include "aid-labels.h"
#include "aid-language.h"
#include "aid-project-card.h"
#include "aid-projects-page.h"
#include "aid-search.h"
#include "aid-totals.h"

struct _AidProjectsPage
{
  GtkWidget           parent_instance;

  AidDataset         *dataset;
  char               *search_text;
  char               *folded_query;
  AidActivityView    *view;
  gboolean            stale;        /* the view is given the dataset when the page is shown */

  /* Filters and order, each a property with its stateful action for the menu. */
  char               *sort;
  char               *channel;
  char               *status;
  char               *region;
  char               *country;
  char               *organisation;
  gboolean            humanitarian_only;
  gboolean            focus_only;

  /* Template widgets */
  GtkLabel           *totals_label;
  GtkMenuButton      *sort_button;
  GtkMenuButton      *filter_button;
  GtkButton          *clear_filters_button;
  AdwButtonContent   *clear_filters_content;
  GtkStack           *stack;
  GtkGridView        *grid_view;
};

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SEARCH_TEXT,
  PROP_SORT,
  PROP_CHANNEL,
  PROP_STATUS,
  PROP_REGION,
  PROP_COUNTRY,
  PROP_ORGANISATION,
  PROP_HUMANITARIAN_ONLY,
  PROP_FOCUS_ONLY,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidProjectsPage, aid_projects_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static AidOrder
parse_order (const char *sort)
{
  if (g_strcmp0 (sort, "title") == 0)
    return AID_ORDER_TITLE;
  if (g_strcmp0 (sort, "amount") == 0)
    return AID_ORDER_BUDGET;
  if (g_strcmp0 (sort, "start") == 0)
    return AID_ORDER_START;
  if (g_strcmp0 (sort, "end") == 0)
    return AID_ORDER_END;

  return AID_ORDER_DOCUMENT;
}

static gboolean
is_set (const char *value)
{
  return value != NULL && value[0] != '\0';
}

static gboolean
has_filters (AidProjectsPage *self)
{
  return is_set (self->channel) || is_set (self->status) || is_set (self->region) ||
         is_set (self->country) || is_set (self->organisation) || self->humanitarian_only || self->focus_only;
}

/* The filters in use, by name, as "LuxDev, Bilateral". */
static char *
describe_filters (AidProjectsPage *self)
{
  const char *language = aid_language_get ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (is_set (self->organisation) && self->dataset != NULL)
    {
      AidOrganisation *organisation = aid_dataset_lookup_organisation (self->dataset, self->organisation);
      const char *name = self->organisation;

      /* "LuxDev" rather than its full name, where it has a short one. */
      if (organisation != NULL)
        name = aid_organisation_get_short_name (organisation, language) ?: aid_organisation_get_name (organisation, language, NULL);
      g_ptr_array_add (names, (gpointer)name);
    }
  for (guint c = 0; is_set (self->channel) && c < AID_N_CHANNELS; c++)
    if (g_str_equal (aid_channel_to_string (c), self->channel))
      g_ptr_array_add (names, (gpointer)aid_labels_channel (c));
  if (is_set (self->status))
    g_ptr_array_add (names, (gpointer)aid_labels_status (self->status));
  if (is_set (self->region) && self->dataset != NULL)
    g_ptr_array_add (names, (gpointer)aid_dataset_get_region_name (self->dataset, self->region, language));
  if (is_set (self->country))
    g_ptr_array_add (names, (gpointer)aid_country_get_label (self->country, language));
  if (self->humanitarian_only)
    g_ptr_array_add (names, (gpointer)_("Humanitarian"));
  if (self->focus_only)
    g_ptr_array_add (names, (gpointer)_("Focus Period"));
  g_ptr_array_add (names, NULL);

  return g_strjoinv (", ", (char **)names->pdata);
}

static void
refilter (AidProjectsPage *self)
{
  AidActivityFilter filter = {
    .channel = self->channel,
    .status = self->status,
    .region = self->region,
    .country = self->country,
    .organisation = self->organisation,
    .humanitarian_only = self->humanitarian_only,
    .focus_only = self->focus_only,
    .query = self->folded_query,
    .language = aid_language_get (),
  };

  aid_activity_view_set_filter (self->view, &filter);

  /* The filter button says when filters hide projects, and the button beside it which. */
  if (has_filters (self))
    {
      g_autofree char *names = describe_filters (self);

      gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
      adw_button_content_set_label (self->clear_filters_content, names);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_filters_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gtk_widget_get_tooltip_text (GTK_WIDGET (self->clear_filters_button)), -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_filters_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      names, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->clear_filters_button), has_filters (self));
}

/* Sets a filter's @field to @value, "" for none; refilters and notifies when it changes. */
static void
set_filter (AidProjectsPage  *self,
            char            **field,
            const char       *value,
            guint             prop_id)
{
  if (!g_set_str (field, value != NULL ? value : ""))
    return;

  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_flag (AidProjectsPage *self,
          gboolean        *field,
          gboolean         value,
          guint            prop_id)
{
  value = !!value;
  if (*field == value)
    return;

  *field = value;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

#define MAX_MENU_ITEM_CHARS 60

static void
append_radio (GMenu      *section,
              const char *text,
              const char *action,
              const char *value)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (text, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (value));
  g_menu_append_item (section, item);
}

static void
add_radio (GMenu      *section,
           const char *label,
           const char *action,
           const char *value)
{
  /* A menu is as wide as its widest item: an organisation's long name is cut. */
  g_autofree char *bounded = aid_labels_bound (label, MAX_MENU_ITEM_CHARS);

  append_radio (section, bounded, action, value);
}

/* A filter's choice with how many activities it has at most, "LuxDev (9)"; none is offered
 * that has none. */
static void
add_counted_radio (AidProjectsPage *self,
                   GMenu           *section,
                   AidFacet         facet,
                   const char      *label,
                   const char      *action,
                   const char      *value)
{
  guint n = aid_activity_view_count_activities (self->view, facet, value);
  g_autofree char *n_text = aid_language_format_count (n);
  g_autofree char *bounded = aid_labels_bound (label, MAX_MENU_ITEM_CHARS);
  g_autofree char *text = NULL;

  if (n == 0)
    return;

  /* Translators: a filter's choice and how many activities it has, as "LuxDev (9)" */
  text = g_strdup_printf (_("%s (%s)"), bounded, n_text);
  /* Bounded before the count is added, so that the count is never cut. */
  append_radio (section, text, action, value);
}

typedef struct
{
  const char *code;
  char       *key;       /* of the name, to sort by */
  const char *name;
} Choice;

static int
compare_choices (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (((const Choice *)a)->key, ((const Choice *)b)->key);
}

/* The choices @codes with @names, by name, each with its count. */
static void
add_choices_by_name (AidProjectsPage *self,
                     GMenu           *section,
                     AidFacet         facet,
                     const char      *action,
                     GPtrArray       *codes,
                     GPtrArray       *names)
{
  g_autofree Choice *choices = g_new (Choice, MAX (codes->len, 1));

  for (guint i = 0; i < codes->len; i++)
    {
      choices[i].code = g_ptr_array_index (codes, i);
      choices[i].name = g_ptr_array_index (names, i) != NULL ? g_ptr_array_index (names, i) : choices[i].code;
      choices[i].key = g_utf8_collate_key (choices[i].name, -1);
    }
  qsort (choices, codes->len, sizeof (Choice), compare_choices);
  for (guint i = 0; i < codes->len; i++)
    {
      add_counted_radio (self, section, facet, choices[i].name, action, choices[i].code);
      g_free (choices[i].key);
    }
}

/* The order, in a menu of its own so that it can be seen; the filters, each choice with its
 * count. Regions, countries, statuses and organisations come from the dataset. */
static void
build_menu (AidProjectsPage *self)
{
  const char *language = aid_language_get ();
  g_autoptr(GMenu) sort = g_menu_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) channels = g_menu_new ();
  g_autoptr(GMenu) statuses = g_menu_new ();
  g_autoptr(GMenu) regions = g_menu_new ();
  g_autoptr(GMenu) countries = g_menu_new ();
  g_autoptr(GMenu) organisations = g_menu_new ();
  g_autoptr(GMenu) toggles = g_menu_new ();

  add_radio (sort, _("Document Order"), "projects.sort", "");
  add_radio (sort, _("Title"), "projects.sort", "title");
  add_radio (sort, _("Largest Budget First"), "projects.sort", "amount");
  add_radio (sort, _("Start Date"), "projects.sort", "start");
  add_radio (sort, _("End Date"), "projects.sort", "end");
  gtk_menu_button_set_menu_model (self->sort_button, G_MENU_MODEL (sort));

  g_menu_append (toggles, _("Only in the Focus Period"), "projects.focus-only");
  g_menu_append (toggles, _("Only Humanitarian"), "projects.humanitarian-only");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (toggles));

  add_radio (channels, _("All Channels"), "projects.channel", "");
  add_radio (statuses, _("Any Status"), "projects.status", "");
  add_radio (regions, _("All Places"), "projects.region", "");
  add_radio (countries, _("All Countries"), "projects.country", "");
  add_radio (organisations, _("All Organisations"), "projects.organisation", "");
  if (self->dataset != NULL)
    {
      GPtrArray *codes = aid_activity_view_get_statuses (self->view);
      GListModel *list = aid_dataset_get_organisations (self->dataset);
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      for (guint c = 0; c < AID_N_CHANNELS; c++)
        add_counted_radio (self, channels, AID_FACET_CHANNEL, aid_labels_channel (c), "projects.channel",
                           aid_channel_to_string (c));

      for (guint i = 0; i < codes->len; i++)
        add_counted_radio (self, statuses, AID_FACET_STATUS, aid_labels_status (g_ptr_array_index (codes, i)),
                           "projects.status", g_ptr_array_index (codes, i));

      codes = aid_activity_view_get_regions (self->view);
      for (guint i = 0; i < codes->len; i++)
        add_counted_radio (self, regions, AID_FACET_REGION,
                           aid_dataset_get_region_name (self->dataset, g_ptr_array_index (codes, i), language),
                           "projects.region", g_ptr_array_index (codes, i));

      codes = aid_activity_view_get_countries (self->view);
      for (guint i = 0; i < codes->len; i++)
        g_ptr_array_add (names, (gpointer)aid_country_get_label (g_ptr_array_index (codes, i), language));
      add_choices_by_name (self, countries, AID_FACET_COUNTRY, "projects.country", codes, names);

      g_ptr_array_set_size (names, 0);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(AidOrganisation) organisation = g_list_model_get_item (list, i);

          g_ptr_array_add (ids, (gpointer)aid_organisation_get_id (organisation));
          g_ptr_array_add (names, (gpointer)aid_organisation_get_name (organisation, language, NULL));
        }
      add_choices_by_name (self, organisations, AID_FACET_ORGANISATION, "projects.organisation", ids, names);
    }
  g_menu_append_submenu (menu, _("Channel"), G_MENU_MODEL (channels));
  g_menu_append_submenu (menu, _("Status"), G_MENU_MODEL (statuses));
  g_menu_append_submenu (menu, _("Place"), G_MENU_MODEL (regions));
  /* Countries where the activities name several (IATI files do). */
  if (g_menu_model_get_n_items (G_MENU_MODEL (countries)) > 2)
    g_menu_append_submenu (menu, _("Country"), G_MENU_MODEL (countries));
  g_menu_append_submenu (menu, _("Organisation"), G_MENU_MODEL (organisations));

  gtk_menu_button_set_menu_model (self->filter_button, G_MENU_MODEL (menu));
}

/* "7 activities · €31.2M budget · 3 without amount", for what is shown. */
static void
update_totals (AidProjectsPage *self)
{
  const char *language = aid_language_get ();
  g_autoptr(AidTotals) totals = NULL;
  g_autoptr(GString) text = NULL;
  g_autofree char *n_text = NULL;
  const AidSum *budget;
  guint n;

  if (self->dataset == NULL || self->stale)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->view));
  /* A dataset without activities has nothing to search for: no search hint, no example. */
  if (g_list_model_get_n_items (aid_dataset_get_activities (self->dataset)) == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-activities");
  else
    gtk_stack_set_visible_child_name (self->stack, n > 0 ? "grid" : "empty");

  totals = aid_activity_view_get_totals (self->view);
  budget = aid_totals_get_sum (totals, AID_AMOUNT_BUDGET);

  text = g_string_new (NULL);
  n_text = aid_language_format_count (n);
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s activity", "%s activities", n), n_text);
  if (budget->n_amounts > 0)
    {
      g_autofree char *amount = aid_format_amount_compact (budget->cents, aid_dataset_get_default_currency (self->dataset), language);

      g_string_append (text, " · ");
      /* Translators: the sum of the budgets shown, such as "€31.2M budget" */
      g_string_append_printf (text, _("%s budget"), amount);
    }
  if (aid_totals_get_n_without_amount (totals) > 0)
    {
      guint without = aid_totals_get_n_without_amount (totals);
      g_autofree char *without_text = aid_language_format_count (without);

      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s without amount", "%s without amount", without), without_text);
    }

  gtk_label_set_text (self->totals_label, text->str);
}

static void
ensure_view (AidProjectsPage *self)
{
  if (!self->stale)
    return;

  self->stale = FALSE;
  aid_activity_view_set_dataset (self->view, self->dataset);
  build_menu (self);
  update_totals (self);
}

/* Callbacks */

static char *
card_accessible_label (GtkListItem *item,
                       AidActivity *activity)
{
  return aid_project_card_describe (activity);
}

static void
view_items_changed_cb (AidProjectsPage *self)
{
  update_totals (self);
}

static void
grid_view_activated_cb (AidProjectsPage *self,
                        guint            position)
{
  g_autoptr(AidActivity) activity = g_list_model_get_item (G_LIST_MODEL (self->view), position);

  if (activity != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-project", "s", aid_activity_get_id (activity));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  aid_projects_page_clear_filters (AID_PROJECTS_PAGE (widget));
}

/* The way out of an empty result: no search, no filter. */
static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  aid_projects_page_clear_filters (AID_PROJECTS_PAGE (widget));
  gtk_widget_activate_action (widget, "win.clear-search", NULL);
}

/* GtkWidget overrides */

static void
aid_projects_page_map (GtkWidget *widget)
{
  ensure_view (AID_PROJECTS_PAGE (widget));

  GTK_WIDGET_CLASS (aid_projects_page_parent_class)->map (widget);
}

/* GObject overrides */

static void
aid_projects_page_dispose (GObject *object)
{
  AidProjectsPage *self = (AidProjectsPage *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_PROJECTS_PAGE);
  /* The template's unnamed root child is ours to unparent, as with any child of a plain
   * GtkWidget. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->view);
  g_clear_pointer (&self->sort, g_free);
  g_clear_pointer (&self->channel, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->region, g_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->folded_query, g_free);

  G_OBJECT_CLASS (aid_projects_page_parent_class)->dispose (object);
}

static void
aid_projects_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AidProjectsPage *self = AID_PROJECTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, aid_projects_page_get_dataset (self));
      break;

    case PROP_SEARCH_TEXT:
      g_value_set_string (value, aid_projects_page_get_search_text (self));
      break;

    case PROP_SORT:
      g_value_set_string (value, aid_projects_page_get_sort (self));
      break;

    case PROP_CHANNEL:
      g_value_set_string (value, aid_projects_page_get_channel (self));
      break;

    case PROP_STATUS:
      g_value_set_string (value, aid_projects_page_get_status (self));
      break;

    case PROP_REGION:
      g_value_set_string (value, aid_projects_page_get_region (self));
      break;

    case PROP_COUNTRY:
      g_value_set_string (value, aid_projects_page_get_country (self));
      break;

    case PROP_ORGANISATION:
      g_value_set_string (value, aid_projects_page_get_organisation (self));
      break;

    case PROP_HUMANITARIAN_ONLY:
      g_value_set_boolean (value, aid_projects_page_get_humanitarian_only (self));
      break;

    case PROP_FOCUS_ONLY:
      g_value_set_boolean (value, aid_projects_page_get_focus_only (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_projects_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AidProjectsPage *self = AID_PROJECTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      aid_projects_page_set_dataset (self, g_value_get_object (value));
      break;

    case PROP_SEARCH_TEXT:
      aid_projects_page_set_search_text (self, g_value_get_string (value));
      break;

    case PROP_SORT:
      aid_projects_page_set_sort (self, g_value_get_string (value));
      break;

    case PROP_CHANNEL:
      aid_projects_page_set_channel (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      aid_projects_page_set_status (self, g_value_get_string (value));
      break;

    case PROP_REGION:
      aid_projects_page_set_region (self, g_value_get_string (value));
      break;

    case PROP_COUNTRY:
      aid_projects_page_set_country (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION:
      aid_projects_page_set_organisation (self, g_value_get_string (value));
      break;

    case PROP_HUMANITARIAN_ONLY:
      aid_projects_page_set_humanitarian_only (self, g_value_get_boolean (value));
      break;

    case PROP_FOCUS_ONLY:
      aid_projects_page_set_focus_only (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_projects_page_class_init (AidProjectsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = aid_projects_page_dispose;
  object_class->get_property = aid_projects_page_get_property;
  object_class->set_property = aid_projects_page_set_property;

  widget_class->map = aid_projects_page_map;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, AID_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SORT] =
    g_param_spec_string ("sort", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CHANNEL] =
    g_param_spec_string ("channel", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_HUMANITARIAN_ONLY] =
    g_param_spec_boolean ("humanitarian-only", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FOCUS_ONLY] =
    g_param_spec_boolean ("focus-only", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (AID_TYPE_PROJECT_CARD);
  g_type_ensure (AID_TYPE_CARD_SLOT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-projects-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, AidProjectsPage, totals_label);
  gtk_widget_class_bind_template_child (widget_class, AidProjectsPage, sort_button);
  gtk_widget_class_bind_template_child (widget_class, AidProjectsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, AidProjectsPage, clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, AidProjectsPage, clear_filters_content);
  gtk_widget_class_bind_template_child (widget_class, AidProjectsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, AidProjectsPage, grid_view);
  gtk_widget_class_bind_template_callback (widget_class, grid_view_activated_cb);

  gtk_widget_class_install_action (widget_class, "projects.show-all", NULL, show_all_action);
  gtk_widget_class_install_action (widget_class, "projects.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_property_action (widget_class, "projects.sort", "sort");
  gtk_widget_class_install_property_action (widget_class, "projects.channel", "channel");
  gtk_widget_class_install_property_action (widget_class, "projects.status", "status");
  gtk_widget_class_install_property_action (widget_class, "projects.region", "region");
  gtk_widget_class_install_property_action (widget_class, "projects.country", "country");
  gtk_widget_class_install_property_action (widget_class, "projects.organisation", "organisation");
  gtk_widget_class_install_property_action (widget_class, "projects.humanitarian-only", "humanitarian-only");
  gtk_widget_class_install_property_action (widget_class, "projects.focus-only", "focus-only");
}

static void
aid_projects_page_init (AidProjectsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* No order, no filter: "" is each one's "none", which NULL never stands in for. */
  self->sort = g_strdup ("");
  self->channel = g_strdup ("");
  self->status = g_strdup ("");
  self->region = g_strdup ("");
  self->country = g_strdup ("");
  self->organisation = g_strdup ("");
  self->view = aid_activity_view_new ();
  g_signal_connect_swapped (self->view, "items-changed", G_CALLBACK (view_items_changed_cb), self);
  /* The grid shows slots that follow the view, so that its cards are kept across changes. */
  gtk_grid_view_set_model (self->grid_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (aid_card_slots_new (G_LIST_MODEL (self->view))))));

  /* Each grid cell reads as its card does; the template's closure finds the function here. */
  {
    g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
    g_autoptr(GtkListItemFactory) factory = NULL;

    gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "card_accessible_label",
                                            G_CALLBACK (card_accessible_label));
    factory = gtk_builder_list_item_factory_new_from_resource (scope, RESOURCE_BASE "/ui/aid-project-card-item.ui");
    gtk_grid_view_set_factory (self->grid_view, factory);
  }
  build_menu (self);
}

/* Public API */

AidDataset *
aid_projects_page_get_dataset (AidProjectsPage *self)
{
  g_return_val_if_fail (AID_IS_PROJECTS_PAGE (self), NULL);

  return self->dataset;
}

void
aid_projects_page_set_dataset (AidProjectsPage *self,
                               AidDataset      *dataset)
{
  g_return_if_fail (AID_IS_PROJECTS_PAGE (self));
  g_return_if_fail (dataset == NULL || AID_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  /* At a hundred thousand activities the cards' view takes a few hundred milliseconds to make:
   * not while a dataset opens on another page. Until then the previous one's cards go, and
   * the totals wait. */
  self->stale = dataset != NULL;
  aid_activity_view_set_dataset (self->view, NULL);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_view (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

const char *
aid_projects_page_get_search_text (AidProjectsPage *self)
{
  g_return_val_if_fail (AID_IS_PROJECTS_PAGE (self), NULL);

  return self->search_text;
}

void
aid_projects_page_set_search_text (AidProjectsPage *self,
                                   const char      *search_text)
{
  g_return_if_fail (AID_IS_PROJECTS_PAGE (self));

  if (!g_set_str (&self->search_text, search_text))
    return;

  /* The view looks again only at what a longer or shorter query can change. */
  g_free (self->folded_query);
  self->folded_query = aid_search_fold_query (search_text != NULL ? search_text : "");
  refilter (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

/**
 * aid_projects_page_get_shown:
 *
 * Returns: (transfer none): the activities shown, after search
 */
GListModel *
aid_projects_page_get_shown (AidProjectsPage *self)
{
  g_return_val_if_fail (AID_IS_PROJECTS_PAGE (self), NULL);

  ensure_view (self);

  return G_LIST_MODEL (self->view);
}

/* The line of totals for what is shown, as the page displays it. */
const char *
aid_projects_page_get_summary (AidProjectsPage *self)
{
  g_return_val_if_fail (AID_IS_PROJECTS_PAGE (self), NULL);

  ensure_view (self);

  return gtk_label_get_text (self->totals_label);
}

/**
 * aid_projects_page_get_vadjustment:
 *
 * Returns: (transfer none): the grid's vertical scrolling
 */
GtkAdjustment *
aid_projects_page_get_vadjustment (AidProjectsPage *self)
{
  g_return_val_if_fail (AID_IS_PROJECTS_PAGE (self), NULL);

  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->grid_view));
}

typedef struct
{
  double value;
  gint64 deadline;
} ScrollTarget;

/* Scrolls once the grid is laid out far enough to reach the value, or, after five seconds of
 * being shown (a busy machine draws few frames), as far as it can. */
static gboolean
scroll_when_ready_cb (GtkWidget     *widget,
                      GdkFrameClock *frame_clock,
                      gpointer       user_data)
{
  AidProjectsPage *self = AID_PROJECTS_PAGE (widget);
  GtkAdjustment *adjustment = aid_projects_page_get_vadjustment (self);
  ScrollTarget *target = user_data;

  if (target->deadline == 0)
    target->deadline = gdk_frame_clock_get_frame_time (frame_clock) + 5 * G_USEC_PER_SEC;

  if (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) < target->value &&
      gdk_frame_clock_get_frame_time (frame_clock) < target->deadline)
    return G_SOURCE_CONTINUE;

  gtk_adjustment_set_value (adjustment, target->value);

  return G_SOURCE_REMOVE;
}

void
aid_projects_page_scroll_to (AidProjectsPage *self,
                             double           value)
{
  g_return_if_fail (AID_IS_PROJECTS_PAGE (self));

  if (value <= 0)
    return;

  gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_when_ready_cb,
                                g_memdup2 (&(ScrollTarget) { value, 0 }, sizeof (ScrollTarget)), g_free);
}

/* Order and filters */

const char *
aid_projects_page_get_sort (AidProjectsPage *self)
{
  g_return_val_if_fail (AID_IS_PROJECTS_PAGE (self), NULL);

  return self->sort;
}

/**
 * aid_projects_page_set_sort:
 * @sort: (nullable): "title", "amount", "start", "end", or "" (or %NULL) for the document's order
 */
void
aid_projects_page_set_sort (AidProjectsPage *self,
                            const char      *sort)
{
  g_return_if_fail (AID_IS_PROJECTS_PAGE (self));

  if (!g_set_str (&self->sort, sort != NULL ? sort : ""))
    return;

  aid_activity_view_set_order (self->view, parse_order (self->sort), aid_language_get ());
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

const char *
aid_projects_page_get_channel (AidProjectsPage *self)
{
  g_return_val_if_fail (AID_IS_PROJECTS_PAGE (self), NULL);

  return self->channel;
}

/**
 * aid_projects_page_set_channel:
 * @channel: (nullable): a channel ("bilateral"), or "" (or %NULL) for all
 */
void
aid_projects_page_set_channel (AidProjectsPage *self,
                               const char      *channel)
{
  g_return_if_fail (AID_IS_PROJECTS_PAGE (self));

  set_filter (self, &self->channel, channel, PROP_CHANNEL);
}

const char *
aid_projects_page_get_status (AidProjectsPage *self)
{
  g_return_val_if_fail (AID_IS_PROJECTS_PAGE (self), NULL);

  return self->status;
}

/**
 * aid_projects_page_set_status:
 * @status: (nullable): an IATI ActivityStatus code, or "" (or %NULL) for any
 */
void
aid_projects_page_set_status (AidProjectsPage *self,
                              const char      *status)
{
  g_return_if_fail (AID_IS_PROJECTS_PAGE (self));

  set_filter (self, &self->status, status, PROP_STATUS);
}

const char *
aid_projects_page_get_region (AidProjectsPage *self)
{
  g_return_val_if_fail (AID_IS_PROJECTS_PAGE (self), NULL);

  return self->region;
}

/**
 * aid_projects_page_set_region:
 * @region: (nullable): a region id of the dataset, or "" (or %NULL) for all places
 */
void
aid_projects_page_set_region (AidProjectsPage *self,
                              const char      *region)
{
  g_return_if_fail (AID_IS_PROJECTS_PAGE (self));

  set_filter (self, &self->region, region, PROP_REGION);
}

const char *
aid_projects_page_get_country (AidProjectsPage *self)
{
  g_return_val_if_fail (AID_IS_PROJECTS_PAGE (self), NULL);

  return self->country;
}

/**
 * aid_projects_page_set_country:
 * @country: (nullable): the ISO 3166 code of a recipient country, or "" (or %NULL) for all
 */
void
aid_projects_page_set_country (AidProjectsPage *self,
                               const char      *country)
{
  g_return_if_fail (AID_IS_PROJECTS_PAGE (self));

  set_filter (self, &self->country, country, PROP_COUNTRY);
}

const char *
aid_projects_page_get_organisation (AidProjectsPage *self)
{
  g_return_val_if_fail (AID_IS_PROJECTS_PAGE (self), NULL);

  return self->organisation;
}

/**
 * aid_projects_page_set_organisation:
 * @organisation: (nullable): an organisation id of the dataset, or "" (or %NULL) for all
 */
void
aid_projects_page_set_organisation (AidProjectsPage *self,
                                    const char      *organisation)
{
  g_return_if_fail (AID_IS_PROJECTS_PAGE (self));

  set_filter (self, &self->organisation, organisation, PROP_ORGANISATION);
}

gboolean
aid_projects_page_get_humanitarian_only (AidProjectsPage *self)
{
  g_return_val_if_fail (AID_IS_PROJECTS_PAGE (self), FALSE);

  return self->humanitarian_only;
}

void
aid_projects_page_set_humanitarian_only (AidProjectsPage *self,
                                         gboolean         humanitarian_only)
{
  g_return_if_fail (AID_IS_PROJECTS_PAGE (self));

  set_flag (self, &self->humanitarian_only, humanitarian_only, PROP_HUMANITARIAN_ONLY);
}

gboolean
aid_projects_page_get_focus_only (AidProjectsPage *self)
{
  g_return_val_if_fail (AID_IS_PROJECTS_PAGE (self), FALSE);

  return self->focus_only;
}

void
aid_projects_page_set_focus_only (AidProjectsPage *self,
                                  gboolean         focus_only)
{
  g_return_if_fail (AID_IS_PROJECTS_PAGE (self));

  set_flag (self, &self->focus_only, focus_only, PROP_FOCUS_ONLY);
}

/* Lets every filter go; the order and the search stay. */
void
aid_projects_page_clear_filters (AidProjectsPage *self)
{
  g_return_if_fail (AID_IS_PROJECTS_PAGE (self));

  g_object_freeze_notify (G_OBJECT (self));
  aid_projects_page_set_channel (self, "");
  aid_projects_page_set_status (self, "");
  aid_projects_page_set_region (self, "");
  aid_projects_page_set_country (self, "");
  aid_projects_page_set_organisation (self, "");
  aid_projects_page_set_humanitarian_only (self, FALSE);
  aid_projects_page_set_focus_only (self, FALSE);
  g_object_thaw_notify (G_OBJECT (self));
}
