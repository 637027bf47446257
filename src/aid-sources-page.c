/* aid-sources-page.c: every source, with what it supports and its address
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A source's address opens in the browser only if it is a web address; any other shows as
 * text.
 */

#define G_LOG_DOMAIN "aid-sources-page"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-format.h"
#include "aid-language.h"
#include "aid-rows.h"
#include "aid-sources-page.h"

struct _AidSourcesPage
{
  AdwPreferencesPage   parent_instance;

  AidDataset          *dataset;
  GPtrArray           *added;          /* the groups and rows of the dataset shown */
  gboolean             stale;          /* built when next shown */

  /* Template widgets */
  AdwPreferencesGroup *group;
};

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidSourcesPage, aid_sources_page, ADW_TYPE_PREFERENCES_PAGE)

static GParamSpec *properties[N_PROPS];

static void
fill (AidSourcesPage *self)
{
  const char *language = aid_language_get ();
  GListModel *sources = aid_dataset_get_sources (self->dataset);

  gtk_widget_set_visible (GTK_WIDGET (self->group), TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(AidSource) source = g_list_model_get_item (sources, i);
      guint citations = aid_dataset_count_citations (self->dataset, aid_source_get_id (source));
      g_autofree char *published = aid_date_is_set (aid_source_get_published (source)) ?
                                   aid_format_date (aid_source_get_published (source), language) : NULL;
      g_autofree char *n_text = aid_language_format_count (citations);
      g_autofree char *cited = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "cited once", "cited %s times", citations), n_text);
      g_autofree char *subtitle = published != NULL ? g_strdup_printf ("%s · %s · %s", aid_source_get_publisher (source), published, cited)
                                                    : g_strdup_printf ("%s · %s", aid_source_get_publisher (source), cited);
      GtkWidget *row = aid_fact_row_new (aid_source_get_title (source), subtitle, NULL);
      const char *url = aid_source_get_url (source);
      GtkWidget *link = aid_web_link_new (url);

      /* Only web addresses open, in the browser, with their host shown; others stay text. */
      if (link != NULL)
        {
          gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), link);
        }
      else if (url != NULL)
        {
          /* The address goes under the publisher line, never in its place. */
          g_autofree char *with_url = g_strdup_printf ("%s\n%s", subtitle, url);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), with_url);
        }

      aid_rows_add (self->group, self->added, row);
    }
}

static void
build (AidSourcesPage *self)
{
  self->stale = FALSE;
  aid_rows_remove_all (self->added);
  gtk_widget_set_visible (GTK_WIDGET (self->group), FALSE);

  if (self->dataset != NULL)
    fill (self);
}

/* GtkWidget overrides */

/* A page is built when it is shown: at a hundred thousand activities, building every page when
 * a dataset opens would block the window for as long again as the one it shows. */
static void
aid_sources_page_map (GtkWidget *widget)
{
  AidSourcesPage *self = AID_SOURCES_PAGE (widget);

  if (self->stale)
    build (self);

  GTK_WIDGET_CLASS (aid_sources_page_parent_class)->map (widget);
}

/* GObject overrides */

static void
aid_sources_page_dispose (GObject *object)
{
  AidSourcesPage *self = (AidSourcesPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_SOURCES_PAGE);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->added, g_ptr_array_unref);

  G_OBJECT_CLASS (aid_sources_page_parent_class)->dispose (object);
}

static void
aid_sources_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AidSourcesPage *self = AID_SOURCES_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, aid_sources_page_get_dataset (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_sources_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AidSourcesPage *self = AID_SOURCES_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      aid_sources_page_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_sources_page_class_init (AidSourcesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = aid_sources_page_dispose;
  object_class->get_property = aid_sources_page_get_property;
  object_class->set_property = aid_sources_page_set_property;

  widget_class->map = aid_sources_page_map;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, AID_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-sources-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AidSourcesPage, group);
}

static void
aid_sources_page_init (AidSourcesPage *self)
{
  self->added = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

AidDataset *
aid_sources_page_get_dataset (AidSourcesPage *self)
{
  g_return_val_if_fail (AID_IS_SOURCES_PAGE (self), NULL);

  return self->dataset;
}

void
aid_sources_page_set_dataset (AidSourcesPage *self,
                              AidDataset     *dataset)
{
  g_return_if_fail (AID_IS_SOURCES_PAGE (self));
  g_return_if_fail (dataset == NULL || AID_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    build (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}
