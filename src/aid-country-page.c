/* aid-country-page.c: the country: its indicators, what is counted, the envelopes and the context
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each group shows only when the dataset has something for it.
 */

#define G_LOG_DOMAIN "aid-country-page"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-country-page.h"
#include "aid-envelope.h"
#include "aid-evidence.h"
#include "aid-format.h"
#include "aid-indicator.h"
#include "aid-language.h"
#include "aid-rows.h"

struct _AidCountryPage
{
  AdwPreferencesPage   parent_instance;

  AidDataset          *dataset;
  GPtrArray           *added;          /* the groups and rows of the dataset shown */
  gboolean             stale;          /* built when next shown */

  /* Template widgets */
  AdwPreferencesGroup *indicators_group;
  AdwPreferencesGroup *counts_group;
  AdwPreferencesGroup *envelopes_group;
  AdwPreferencesGroup *context_group;
};

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidCountryPage, aid_country_page, ADW_TYPE_PREFERENCES_PAGE)

static GParamSpec *properties[N_PROPS];

static const char *
indicator_label (AidIndicator *indicator)
{
  const char *kind = aid_indicator_get_kind (indicator);

  if (g_strcmp0 (kind, "population") == 0)
    return _("Population");
  if (g_strcmp0 (kind, "gni_per_capita_ppp") == 0)
    return _("Income per person (PPP dollars)");
  if (g_strcmp0 (kind, "hdi_rank") == 0)
    return _("Human Development Index rank");
  if (g_strcmp0 (kind, "life_expectancy") == 0)
    return _("Life expectancy");

  return aid_indicator_get_label (indicator, aid_language_get ());
}

/* The latest report's indicators, and the earlier ones in a row that opens. */
static void
fill_indicators (AidCountryPage *self)
{
  const char *language = aid_language_get ();
  GListModel *indicators = aid_dataset_get_indicators (self->dataset);
  GtkWidget *earlier;
  guint latest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(AidIndicator) indicator = g_list_model_get_item (indicators, i);

      latest = MAX (latest, aid_indicator_get_year (indicator));
    }

  if (latest == 0)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->indicators_group), TRUE);
  earlier = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (earlier), _("In earlier reports"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (earlier), GTK_ACCESSIBLE_PROPERTY_LABEL, _("In earlier reports"), -1);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(AidIndicator) indicator = g_list_model_get_item (indicators, i);
      g_autofree char *number = aid_format_number (aid_indicator_get_value (indicator), 2, language);
      g_autofree char *value = NULL;
      g_autofree char *year = g_strdup_printf ("%04u", aid_indicator_get_year (indicator));
      const char *unit = aid_indicator_get_unit (indicator, language);
      GtkWidget *row;

      if (aid_indicator_get_out_of (indicator) > 0)
        {
          g_autofree char *out_of = aid_format_integer (aid_indicator_get_out_of (indicator), language);

          /* Translators: a rank, "186 of 191" */
          value = g_strdup_printf (_("%s of %s"), number, out_of);
        }
      else
        {
          value = unit != NULL ? g_strdup_printf ("%s %s", number, unit) : g_strdup (number);
        }

      row = aid_fact_row_new (indicator_label (indicator), year, value);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 aid_evidence_button_new (self->dataset, aid_indicator_get_evidence (indicator),
                                                          aid_indicator_get_disputes (indicator) != NULL ? _("Other values are given for other years or by other sources") : NULL));
      if (aid_indicator_get_year (indicator) == latest)
        aid_rows_add (self->indicators_group, self->added, row);
      else
        adw_expander_row_add_row (ADW_EXPANDER_ROW (earlier), row);
    }
  aid_rows_add (self->indicators_group, self->added, earlier);
}

/* What the sources count without itemising ("five NGOs"). */
static void
fill_counts (AidCountryPage *self)
{
  const char *language = aid_language_get ();
  GPtrArray *counts = aid_dataset_get_counts (self->dataset);

  gtk_widget_set_visible (GTK_WIDGET (self->counts_group), counts->len > 0);
  for (guint i = 0; i < counts->len; i++)
    {
      AidCount *count = g_ptr_array_index (counts, i);
      g_autoptr(GString) themes = g_string_new (NULL);
      g_autofree char *number = aid_format_integer (count->count, language);
      GtkWidget *row;

      for (guint t = 0; count->themes != NULL && t < count->themes->len; t++)
        {
          if (themes->len > 0)
            g_string_append (themes, ", ");
          g_string_append (themes, aid_text_get (g_ptr_array_index (count->themes, t), language, NULL));
        }

      row = aid_fact_row_new (aid_text_get (count->label, language, NULL), themes->str, number);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), aid_evidence_button_new (self->dataset, &count->evidence, NULL));
      aid_rows_add (self->counts_group, self->added, row);
    }
}

static void
fill_envelopes (AidCountryPage *self)
{
  const char *language = aid_language_get ();
  GListModel *envelopes = aid_dataset_get_envelopes (self->dataset);

  gtk_widget_set_visible (GTK_WIDGET (self->envelopes_group), g_list_model_get_n_items (envelopes) > 0);
  for (guint i = 0; i < g_list_model_get_n_items (envelopes); i++)
    {
      g_autoptr(AidEnvelope) envelope = g_list_model_get_item (envelopes, i);
      const AidMoney *money = aid_envelope_get_money (envelope);
      g_autofree char *amount = money != NULL ? aid_format_amount (money->cents, money->currency, language) : NULL;
      g_autofree char *period = aid_format_period (&aid_envelope_get_period (envelope)->start,
                                                   &aid_envelope_get_period (envelope)->end, language);
      GtkWidget *row = aid_fact_row_new (aid_envelope_get_title (envelope, language), period, amount);

      if (money != NULL)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   aid_evidence_button_new (self->dataset, &money->evidence,
                                                            money->disputes != NULL && money->disputes->len > 0 ? _("Sources give other amounts") : NULL));
      aid_rows_add (self->envelopes_group, self->added, row);
    }
}

/* What the sources say beyond the figures. */
static void
fill_context (AidCountryPage *self)
{
  const char *language = aid_language_get ();
  GPtrArray *notes = aid_dataset_get_notes (self->dataset);

  gtk_widget_set_visible (GTK_WIDGET (self->context_group), notes->len > 0);
  for (guint i = 0; i < notes->len; i++)
    {
      AidNote *note = g_ptr_array_index (notes, i);
      GtkWidget *row = aid_fact_row_new (aid_text_get (note->text, language, NULL), NULL, NULL);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), aid_evidence_button_new (self->dataset, &note->evidence, NULL));
      aid_rows_add (self->context_group, self->added, row);
    }
}

static void
fill (AidCountryPage *self)
{
  fill_indicators (self);
  fill_counts (self);
  fill_envelopes (self);
  fill_context (self);
}

static void
build (AidCountryPage *self)
{
  self->stale = FALSE;
  aid_rows_remove_all (self->added);
  gtk_widget_set_visible (GTK_WIDGET (self->indicators_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->counts_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->envelopes_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->context_group), FALSE);

  if (self->dataset != NULL)
    fill (self);
}

/* GtkWidget overrides */

/* A page is built when it is shown: at a hundred thousand activities, building every page when
 * a dataset opens would block the window for as long again as the one it shows. */
static void
aid_country_page_map (GtkWidget *widget)
{
  AidCountryPage *self = AID_COUNTRY_PAGE (widget);

  if (self->stale)
    build (self);

  GTK_WIDGET_CLASS (aid_country_page_parent_class)->map (widget);
}

/* GObject overrides */

static void
aid_country_page_dispose (GObject *object)
{
  AidCountryPage *self = (AidCountryPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_COUNTRY_PAGE);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->added, g_ptr_array_unref);

  G_OBJECT_CLASS (aid_country_page_parent_class)->dispose (object);
}

static void
aid_country_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AidCountryPage *self = AID_COUNTRY_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, aid_country_page_get_dataset (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_country_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AidCountryPage *self = AID_COUNTRY_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      aid_country_page_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_country_page_class_init (AidCountryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = aid_country_page_dispose;
  object_class->get_property = aid_country_page_get_property;
  object_class->set_property = aid_country_page_set_property;

  widget_class->map = aid_country_page_map;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, AID_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-country-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AidCountryPage, indicators_group);
  gtk_widget_class_bind_template_child (widget_class, AidCountryPage, counts_group);
  gtk_widget_class_bind_template_child (widget_class, AidCountryPage, envelopes_group);
  gtk_widget_class_bind_template_child (widget_class, AidCountryPage, context_group);
}

static void
aid_country_page_init (AidCountryPage *self)
{
  self->added = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

AidDataset *
aid_country_page_get_dataset (AidCountryPage *self)
{
  g_return_val_if_fail (AID_IS_COUNTRY_PAGE (self), NULL);

  return self->dataset;
}

void
aid_country_page_set_dataset (AidCountryPage *self,
                              AidDataset     *dataset)
{
  g_return_if_fail (AID_IS_COUNTRY_PAGE (self));
  g_return_if_fail (dataset == NULL || AID_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    build (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}
