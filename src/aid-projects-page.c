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

#include "aid-format.h"
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
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;

  /* Template widgets */
  GtkLabel           *totals_label;
  GtkStack           *stack;
  GtkGridView        *grid_view;
};

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SEARCH_TEXT,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidProjectsPage, aid_projects_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static gboolean
match_activity (gpointer item,
                gpointer user_data)
{
  AidProjectsPage *self = user_data;

  if (self->folded_query == NULL || self->folded_query[0] == '\0')
    return TRUE;

  return aid_search_matches (aid_activity_get_search_key (item), self->folded_query);
}

/* "7 activities · €31.2M budget · 3 without amount", for what is shown. */
static void
update_totals (AidProjectsPage *self)
{
  const char *language = aid_language_get ();
  g_autoptr(AidTotals) totals = NULL;
  g_autoptr(GString) text = NULL;
  const AidSum *budget;
  guint n;

  if (self->dataset == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "grid" : "empty");

  totals = aid_totals_new (self->dataset, G_LIST_MODEL (self->filtered));
  budget = aid_totals_get_sum (totals, AID_AMOUNT_BUDGET);

  text = g_string_new (NULL);
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u activity", "%u activities", n), n);
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

      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u without amount", "%u without amount", without), without);
    }

  gtk_label_set_text (self->totals_label, text->str);
}

/* Callbacks */

static void
filtered_items_changed_cb (AidProjectsPage *self)
{
  update_totals (self);
}

static void
grid_view_activated_cb (AidProjectsPage *self,
                        guint            position)
{
  g_autoptr(AidActivity) activity = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (activity != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-project", "s", aid_activity_get_id (activity));
}

static void
clear_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "win.clear-search", NULL);
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
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
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

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, AID_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (AID_TYPE_PROJECT_CARD);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-projects-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, AidProjectsPage, totals_label);
  gtk_widget_class_bind_template_child (widget_class, AidProjectsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, AidProjectsPage, grid_view);
  gtk_widget_class_bind_template_callback (widget_class, grid_view_activated_cb);

  gtk_widget_class_install_action (widget_class, "projects.clear-search", NULL, clear_search_action);
}

static void
aid_projects_page_init (AidProjectsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (match_activity, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (filtered_items_changed_cb), self);
  gtk_grid_view_set_model (self->grid_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)))));
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

  gtk_filter_list_model_set_model (self->filtered, dataset != NULL ? aid_dataset_get_activities (dataset) : NULL);
  update_totals (self);
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
  g_autofree char *folded = NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_return_if_fail (AID_IS_PROJECTS_PAGE (self));

  if (!g_set_str (&self->search_text, search_text))
    return;

  folded = aid_search_fold_query (search_text != NULL ? search_text : "");

  /* Typing on narrows the list and deleting widens it, so the filter need not look again at
   * every item: every word must match, and a longer word matches less. */
  if (self->folded_query != NULL && g_str_has_prefix (folded, self->folded_query))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->folded_query != NULL && g_str_has_prefix (self->folded_query, folded))
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  g_free (self->folded_query);
  self->folded_query = g_steal_pointer (&folded);
  gtk_filter_changed (GTK_FILTER (self->filter), change);

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

  return G_LIST_MODEL (self->filtered);
}
