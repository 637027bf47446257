/* aid-facts-page.c: the dataset seen by organisation, place, humanitarian aid, country, source
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One page class, five kinds: each is a list of facts with their sources, built from the
 * dataset whenever it changes.
 */

#define G_LOG_DOMAIN "aid-facts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-codelists.h"
#include "aid-envelope.h"
#include "aid-evidence.h"
#include "aid-facts-page.h"
#include "aid-format.h"
#include "aid-indicator.h"
#include "aid-labels.h"
#include "aid-language.h"
#include "aid-totals.h"

struct _AidFactsPage
{
  GtkWidget           parent_instance;

  AidDataset         *dataset;
  char               *kind;
  GPtrArray          *groups;

  /* Template widgets */
  AdwPreferencesPage *preferences_page;
};

enum {
  PROP_0,
  PROP_DATASET,
  PROP_KIND,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidFactsPage, aid_facts_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static AdwPreferencesGroup *
add_group (AidFactsPage *self,
           const char   *title,
           const char   *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (self->preferences_page, ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (self->groups, group);

  return ADW_PREFERENCES_GROUP (group);
}

static GtkWidget *
fact_row (const char *title,
          const char *subtitle,
          const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL && subtitle[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (value != NULL)
    {
      GtkWidget *label = gtk_label_new (value);

      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  return row;
}

/* A row that opens its activity, as a card does. */
static GtkWidget *
activity_row (AidActivity *activity,
              const char  *subtitle)
{
  const char *language = aid_language_get ();
  const AidMoney *budget = aid_activity_get_budget (activity);
  g_autofree char *amount = budget != NULL ? aid_format_amount (budget->cents, budget->currency, language) : NULL;
  GtkWidget *row = fact_row (aid_activity_get_title (activity, language, NULL), subtitle,
                             amount != NULL ? amount : _("Not published"));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-project");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", aid_activity_get_id (activity));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  return row;
}

/* Organisations */

static void
fill_organisations (AidFactsPage *self)
{
  const char *language = aid_language_get ();
  GListModel *organisations = aid_dataset_get_organisations (self->dataset);
  GListModel *activities = aid_dataset_get_activities (self->dataset);
  AdwPreferencesGroup *group = add_group (self, NULL, _("Who funds, who implements, and in which activities"));

  for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(AidOrganisation) organisation = g_list_model_get_item (organisations, i);
      const char *id = aid_organisation_get_id (organisation);
      g_autoptr(GString) roles = g_string_new (NULL);
      g_autoptr(GHashTable) seen_roles = g_hash_table_new (g_str_hash, g_str_equal);
      GtkWidget *expander = adw_expander_row_new ();
      guint n = 0;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), aid_organisation_get_name (organisation, language, NULL));
      gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      aid_organisation_get_name (organisation, language, NULL), -1);

      for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
        {
          g_autoptr(AidActivity) activity = g_list_model_get_item (activities, a);
          GPtrArray *participations = aid_activity_get_participations (activity);
          g_autoptr(GString) activity_roles = g_string_new (NULL);

          for (guint p = 0; p < participations->len; p++)
            {
              AidParticipation *participation = g_ptr_array_index (participations, p);

              if (g_strcmp0 (participation->org, id) != 0 || participation->role == NULL)
                continue;
              if (activity_roles->len > 0)
                g_string_append (activity_roles, ", ");
              g_string_append (activity_roles, aid_labels_role (participation->role));
              if (g_hash_table_add (seen_roles, (gpointer)participation->role))
                {
                  if (roles->len > 0)
                    g_string_append (roles, ", ");
                  g_string_append (roles, aid_labels_role (participation->role));
                }
            }

          if (activity_roles->len > 0)
            {
              adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), activity_row (activity, activity_roles->str));
              n++;
            }
        }

      if (n > 0)
        {
          g_autofree char *subtitle =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u activity", "%s · %u activities", n),
                             roles->str, n);

          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
        }
      else
        {
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), _("Named by the sources, in no activity listed"));
          adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (expander), FALSE);
        }

      adw_preferences_group_add (group, expander);
    }
}

/* Regions and sectors: only what is attributable, the rest in a row of its own. */

static void
fill_breakdown (AidFactsPage  *self,
                AidDimension   dimension,
                const char    *title,
                const char    *rest_title)
{
  const char *language = aid_language_get ();
  const char *currency = aid_dataset_get_default_currency (self->dataset);
  AidTotals *totals = aid_dataset_get_totals (self->dataset);
  AdwPreferencesGroup *group = add_group (self, title,
                                          _("Budgets of the activities under way in the period; an activity in several places or sectors counts only where the sources give a split"));

  for (guint i = 0; i < aid_totals_get_n_rows (totals, dimension); i++)
    {
      const AidBreakdownRow *row = aid_totals_get_row (totals, dimension, i);
      const AidSum *budget = &row->sums[AID_AMOUNT_BUDGET];
      g_autofree char *amount = budget->n_amounts > 0 ? aid_format_amount (budget->cents, currency, language) : NULL;
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity", "%u activities", row->n_activities),
                                                row->n_activities);
      g_autofree char *subtitle = NULL;
      const char *name;

      if (row->key == NULL)
        name = rest_title;
      else if (dimension == AID_DIMENSION_REGION)
        name = aid_dataset_get_region_name (self->dataset, row->key, language);
      else
        name = aid_codelist_get_label (AID_CODELIST_SECTOR, row->key, language);

      subtitle = dimension == AID_DIMENSION_SECTOR && row->key != NULL ? g_strdup_printf ("%s · %s", row->key, count)
                                                                       : g_strdup (count);
      adw_preferences_group_add (group, fact_row (name, subtitle, amount != NULL ? amount : _("Budget not published")));
    }
}

static void
fill_places (AidFactsPage *self)
{
  fill_breakdown (self, AID_DIMENSION_REGION, _("Regions"), _("Not attributable to one region"));
  fill_breakdown (self, AID_DIMENSION_SECTOR, _("Sectors"), _("Not attributable to one sector"));
}

/* Humanitarian aid, year by year, each contribution as the sources state it, never summed. */

static void
fill_humanitarian (AidFactsPage *self)
{
  const char *language = aid_language_get ();
  GListModel *activities = aid_dataset_get_activities (self->dataset);
  g_autoptr(GHashTable) groups = g_hash_table_new (g_direct_hash, g_direct_equal);
  AdwPreferencesGroup *undated = NULL;

  /* Newest year first. */
  for (int year = 9999; year >= 0; )
    {
      int next = -1;

      for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
        {
          g_autoptr(AidActivity) activity = g_list_model_get_item (activities, i);
          AidDate start, end;

          if (aid_activity_get_channel (activity) != AID_CHANNEL_HUMANITARIAN && !aid_activity_get_humanitarian (activity))
            continue;

          if (!aid_activity_get_period (activity, &start, &end) || end.year == 0)
            {
              if (year == 9999)
                {
                  if (undated == NULL)
                    undated = add_group (self, _("Undated"), NULL);
                  adw_preferences_group_add (undated, activity_row (activity, aid_activity_get_implementers (activity, language)));
                }
              continue;
            }

          if ((int)end.year == year)
            {
              AdwPreferencesGroup *group = g_hash_table_lookup (groups, GINT_TO_POINTER (year));

              if (group == NULL)
                {
                  g_autofree char *title = g_strdup_printf ("%d", year);

                  group = add_group (self, title, NULL);
                  g_hash_table_insert (groups, GINT_TO_POINTER (year), group);
                }
              adw_preferences_group_add (group, activity_row (activity, aid_activity_get_implementers (activity, language)));
            }
          else if ((int)end.year < year && (int)end.year > next)
            {
              next = end.year;
            }
        }

      year = next;
    }

  if (g_hash_table_size (groups) == 0 && undated == NULL)
    add_group (self, _("No humanitarian aid in this dataset"), NULL);
}

/* The country: indicators, what is counted without itemising, envelopes, context. */

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

static void
fill_country (AidFactsPage *self)
{
  const char *language = aid_language_get ();
  GListModel *indicators = aid_dataset_get_indicators (self->dataset);
  GListModel *envelopes = aid_dataset_get_envelopes (self->dataset);
  GPtrArray *counts = aid_dataset_get_counts (self->dataset);
  GPtrArray *notes = aid_dataset_get_notes (self->dataset);
  AdwPreferencesGroup *group;
  guint latest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(AidIndicator) indicator = g_list_model_get_item (indicators, i);

      latest = MAX (latest, aid_indicator_get_year (indicator));
    }

  if (latest > 0)
    {
      GtkWidget *earlier = adw_expander_row_new ();

      group = add_group (self, _("Indicators"), _("As published in the annual reports, with the report’s year"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (earlier), _("In earlier reports"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (earlier), GTK_ACCESSIBLE_PROPERTY_LABEL, _("In earlier reports"), -1);

      for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
        {
          g_autoptr(AidIndicator) indicator = g_list_model_get_item (indicators, i);
          g_autofree char *number = aid_format_number (aid_indicator_get_value (indicator), 2, language);
          g_autofree char *value = NULL;
          g_autofree char *year = g_strdup_printf ("%u", aid_indicator_get_year (indicator));
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

          row = fact_row (indicator_label (indicator), year, value);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     aid_evidence_button_new (self->dataset, aid_indicator_get_evidence (indicator),
                                                              aid_indicator_get_disputes (indicator) != NULL ? _("Other values are given for other years or by other sources") : NULL));
          if (aid_indicator_get_year (indicator) == latest)
            adw_preferences_group_add (group, row);
          else
            adw_expander_row_add_row (ADW_EXPANDER_ROW (earlier), row);
        }
      adw_preferences_group_add (group, earlier);
    }

  if (counts->len > 0)
    {
      group = add_group (self, _("Counted but Not Listed"), _("Numbers the sources give without listing each one"));
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

          row = fact_row (aid_text_get (count->label, language, NULL), themes->str, number);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), aid_evidence_button_new (self->dataset, &count->evidence, NULL));
          adw_preferences_group_add (group, row);
        }
    }

  if (g_list_model_get_n_items (envelopes) > 0)
    {
      group = add_group (self, _("Envelopes"), NULL);
      for (guint i = 0; i < g_list_model_get_n_items (envelopes); i++)
        {
          g_autoptr(AidEnvelope) envelope = g_list_model_get_item (envelopes, i);
          const AidMoney *money = aid_envelope_get_money (envelope);
          g_autofree char *amount = money != NULL ? aid_format_amount (money->cents, money->currency, language) : NULL;
          g_autofree char *period = aid_format_period (&aid_envelope_get_period (envelope)->start,
                                                       &aid_envelope_get_period (envelope)->end, language);
          GtkWidget *row = fact_row (aid_envelope_get_title (envelope, language), period, amount);

          if (money != NULL)
            adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                       aid_evidence_button_new (self->dataset, &money->evidence,
                                                                money->disputes != NULL && money->disputes->len > 0 ? _("Sources give other amounts") : NULL));
          adw_preferences_group_add (group, row);
        }
    }

  if (notes->len > 0)
    {
      group = add_group (self, _("Context"), _("What the sources say beyond the figures"));
      for (guint i = 0; i < notes->len; i++)
        {
          AidNote *note = g_ptr_array_index (notes, i);
          GtkWidget *row = fact_row (aid_text_get (note->text, language, NULL), NULL, NULL);

          adw_action_row_add_suffix (ADW_ACTION_ROW (row), aid_evidence_button_new (self->dataset, &note->evidence, NULL));
          adw_preferences_group_add (group, row);
        }
    }
}

/* Sources: every one, with what it supports and its address. */

static gboolean
is_web_address (const char *url)
{
  g_autofree char *scheme = url != NULL ? g_uri_parse_scheme (url) : NULL;

  return g_strcmp0 (scheme, "https") == 0 || g_strcmp0 (scheme, "http") == 0;
}

static void
fill_sources (AidFactsPage *self)
{
  const char *language = aid_language_get ();
  GListModel *sources = aid_dataset_get_sources (self->dataset);
  AdwPreferencesGroup *group = add_group (self, NULL, _("Every source the dataset cites, with how many of its figures, codes and notes each one supports"));

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(AidSource) source = g_list_model_get_item (sources, i);
      guint citations = aid_dataset_count_citations (self->dataset, aid_source_get_id (source));
      g_autofree char *published = aid_date_is_set (aid_source_get_published (source)) ?
                                   aid_format_date (aid_source_get_published (source), language) : NULL;
      g_autofree char *cited = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "cited once", "cited %u times", citations), citations);
      g_autofree char *subtitle = published != NULL ? g_strdup_printf ("%s · %s · %s", aid_source_get_publisher (source), published, cited)
                                                    : g_strdup_printf ("%s · %s", aid_source_get_publisher (source), cited);
      GtkWidget *row = fact_row (aid_source_get_title (source), subtitle, NULL);
      const char *url = aid_source_get_url (source);

      /* Only web addresses open, in the browser, with their host shown; others stay text. */
      if (is_web_address (url))
        {
          g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
          GtkWidget *link = gtk_link_button_new_with_label (url, uri != NULL ? g_uri_get_host (uri) : url);

          gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (link, url);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), link);
        }
      else if (url != NULL)
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), url);
        }

      adw_preferences_group_add (group, row);
    }
}

static void
update (AidFactsPage *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->preferences_page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);

  if (self->dataset == NULL || self->kind == NULL)
    return;

  if (g_str_equal (self->kind, "organisations"))
    fill_organisations (self);
  else if (g_str_equal (self->kind, "places"))
    fill_places (self);
  else if (g_str_equal (self->kind, "humanitarian"))
    fill_humanitarian (self);
  else if (g_str_equal (self->kind, "country"))
    fill_country (self);
  else if (g_str_equal (self->kind, "sources"))
    fill_sources (self);
}

/* GObject overrides */

static void
aid_facts_page_dispose (GObject *object)
{
  AidFactsPage *self = (AidFactsPage *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_FACTS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (aid_facts_page_parent_class)->dispose (object);
}

static void
aid_facts_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AidFactsPage *self = AID_FACTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_facts_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AidFactsPage *self = AID_FACTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      aid_facts_page_set_dataset (self, g_value_get_object (value));
      break;

    case PROP_KIND:
      if (g_set_str (&self->kind, g_value_get_string (value)))
        {
          update (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_facts_page_class_init (AidFactsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = aid_facts_page_dispose;
  object_class->get_property = aid_facts_page_get_property;
  object_class->set_property = aid_facts_page_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, AID_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-facts-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, AidFactsPage, preferences_page);
}

static void
aid_facts_page_init (AidFactsPage *self)
{
  self->groups = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

void
aid_facts_page_set_dataset (AidFactsPage *self,
                            AidDataset   *dataset)
{
  g_return_if_fail (AID_IS_FACTS_PAGE (self));
  g_return_if_fail (dataset == NULL || AID_IS_DATASET (dataset));

  if (g_set_object (&self->dataset, dataset))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
    }
}
