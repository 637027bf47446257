/* aid-places-page.c: budgets by region, by recipient country and by sector
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only what the sources attribute to one region or sector; the rest is a row of its own,
 * never split by guess.
 */

#define G_LOG_DOMAIN "aid-places-page"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-codelists.h"
#include "aid-countries.h"
#include "aid-focus.h"
#include "aid-format.h"
#include "aid-language.h"
#include "aid-places-page.h"
#include "aid-rows.h"
#include "aid-totals.h"

struct _AidPlacesPage
{
  AdwPreferencesPage   parent_instance;

  AidDataset          *dataset;
  GPtrArray           *added;          /* the groups and rows of the dataset shown */
  gboolean             stale;          /* built when next shown */

  /* Template widgets */
  AdwPreferencesGroup *regions_group;
  AdwPreferencesGroup *countries_group;
  AdwPreferencesGroup *sectors_group;
  AdwPreferencesGroup *empty_group;
};

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidPlacesPage, aid_places_page, ADW_TYPE_PREFERENCES_PAGE)

static GParamSpec *properties[N_PROPS];

static void
fill_breakdown (AidPlacesPage       *self,
                AdwPreferencesGroup *group,
                AidDimension         dimension,
                const char          *rest_title)
{
  const char *language = aid_language_get ();
  const char *currency = aid_dataset_get_default_currency (self->dataset);
  AidTotals *totals = aid_dataset_get_totals (self->dataset);
  guint n_rows = aid_totals_get_n_rows (totals, dimension);

  /* A list of only what cannot be attributed says nothing the overview does not: a dataset
   * that names no recipient country (the bundled one, of one country) shows no such group.
   * The row of what cannot be attributed comes last. */
  if (n_rows == 0 || aid_totals_get_row (totals, dimension, 0)->key == NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (group), TRUE);

  for (guint i = 0; i < n_rows; i++)
    {
      const AidBreakdownRow *row = aid_totals_get_row (totals, dimension, i);
      const AidSum *budget = &row->sums[AID_AMOUNT_BUDGET];
      g_autofree char *amount = budget->n_amounts > 0 ? aid_format_amount (budget->cents, currency, language) : NULL;
      g_autofree char *n_text = aid_language_format_count (row->n_activities);
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s activity", "%s activities", row->n_activities),
                                                n_text);
      g_autofree char *subtitle = NULL;
      GtkWidget *fact;
      const char *name;

      if (row->key == NULL)
        name = rest_title;
      else if (dimension == AID_DIMENSION_REGION)
        name = aid_dataset_get_region_name (self->dataset, row->key, language);
      else if (dimension == AID_DIMENSION_COUNTRY)
        name = aid_country_get_label (row->key, language);
      else
        name = aid_codelist_get_label (AID_CODELIST_SECTOR, row->key, language);

      subtitle = dimension == AID_DIMENSION_SECTOR && row->key != NULL ? g_strdup_printf ("%s · %s", row->key, count)
                                                                       : g_strdup (count);
      fact = aid_fact_row_new (name, subtitle, amount != NULL ? amount : _("Budget not published"));
      /* A place leads on to its projects (the projects page has no sector filter yet). */
      if (row->key != NULL && dimension != AID_DIMENSION_SECTOR)
        aid_row_open_projects (fact, dimension == AID_DIMENSION_REGION ? "region" : "country",
                               g_variant_new_string (row->key));
      aid_rows_add (group, self->added, fact);
    }
}

static void
fill (AidPlacesPage *self)
{
  fill_breakdown (self, self->regions_group, AID_DIMENSION_REGION, _("Not attributable to one region"));
  fill_breakdown (self, self->countries_group, AID_DIMENSION_COUNTRY, _("Not attributable to one country"));
  fill_breakdown (self, self->sectors_group, AID_DIMENSION_SECTOR, _("Not attributable to one sector"));

  gtk_widget_set_visible (GTK_WIDGET (self->empty_group),
                          !gtk_widget_get_visible (GTK_WIDGET (self->regions_group)) &&
                          !gtk_widget_get_visible (GTK_WIDGET (self->countries_group)) &&
                          !gtk_widget_get_visible (GTK_WIDGET (self->sectors_group)));
}

static void
build (AidPlacesPage *self)
{
  self->stale = FALSE;
  aid_rows_remove_all (self->added);
  gtk_widget_set_visible (GTK_WIDGET (self->regions_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->countries_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->sectors_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_group), FALSE);

  if (self->dataset != NULL)
    fill (self);
}

/* GtkWidget overrides */

/* A page is built when it is shown: at a hundred thousand activities, building every page when
 * a dataset opens would block the window for as long again as the one it shows. */
static void
aid_places_page_map (GtkWidget *widget)
{
  AidPlacesPage *self = AID_PLACES_PAGE (widget);

  if (self->stale)
    build (self);

  GTK_WIDGET_CLASS (aid_places_page_parent_class)->map (widget);
}

/* GObject overrides */

static void
aid_places_page_dispose (GObject *object)
{
  AidPlacesPage *self = (AidPlacesPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_PLACES_PAGE);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->added, g_ptr_array_unref);

  G_OBJECT_CLASS (aid_places_page_parent_class)->dispose (object);
}

static void
aid_places_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AidPlacesPage *self = AID_PLACES_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, aid_places_page_get_dataset (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_places_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AidPlacesPage *self = AID_PLACES_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      aid_places_page_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_places_page_class_init (AidPlacesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = aid_places_page_dispose;
  object_class->get_property = aid_places_page_get_property;
  object_class->set_property = aid_places_page_set_property;

  widget_class->map = aid_places_page_map;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, AID_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-places-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AidPlacesPage, regions_group);
  gtk_widget_class_bind_template_child (widget_class, AidPlacesPage, countries_group);
  gtk_widget_class_bind_template_child (widget_class, AidPlacesPage, sectors_group);
  gtk_widget_class_bind_template_child (widget_class, AidPlacesPage, empty_group);
}

static void
aid_places_page_init (AidPlacesPage *self)
{
  self->added = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

AidDataset *
aid_places_page_get_dataset (AidPlacesPage *self)
{
  g_return_val_if_fail (AID_IS_PLACES_PAGE (self), NULL);

  return self->dataset;
}

void
aid_places_page_set_dataset (AidPlacesPage *self,
                             AidDataset    *dataset)
{
  g_return_if_fail (AID_IS_PLACES_PAGE (self));
  g_return_if_fail (dataset == NULL || AID_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    build (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}
