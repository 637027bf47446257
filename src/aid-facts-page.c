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
#include "aid-rows.h"
#include "aid-totals.h"

struct _AidFactsPage
{
  GtkWidget           parent_instance;

  AidDataset         *dataset;
  char               *kind;
  GPtrArray          *groups;
  gboolean            stale;       /* built when next shown */

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

/* The roles @id has in @activity, as a list for reading, or NULL. */
static char *
describe_roles (AidActivity *activity,
                const char  *id)
{
  GPtrArray *participations = aid_activity_get_participations (activity);
  GString *roles = NULL;

  for (guint p = 0; p < participations->len; p++)
    {
      AidParticipation *participation = g_ptr_array_index (participations, p);

      if (g_strcmp0 (participation->org, id) != 0 || participation->role == NULL)
        continue;
      if (roles == NULL)
        roles = g_string_new (NULL);
      else
        g_string_append (roles, ", ");
      g_string_append (roles, aid_labels_role (participation->role));
    }

  return roles != NULL ? g_string_free (roles, FALSE) : NULL;
}

/* An organisation's activities become rows when it is first expanded. */
static void
organisation_expanded_cb (AdwExpanderRow *expander)
{
  GPtrArray *activities = g_object_get_data (G_OBJECT (expander), "aid-activities");
  const char *id = g_object_get_data (G_OBJECT (expander), "aid-organisation");
  guint n_rows;

  if (!adw_expander_row_get_expanded (expander) || activities == NULL)
    return;

  n_rows = activities->len > AID_MAX_ROWS ? AID_MAX_ROWS - 1 : activities->len;
  for (guint a = 0; a < n_rows; a++)
    {
      AidActivity *activity = g_ptr_array_index (activities, a);
      g_autofree char *roles = describe_roles (activity, id);

      adw_expander_row_add_row (expander, aid_activity_row_new (activity, roles));
    }
  if (n_rows < activities->len)
    adw_expander_row_add_row (expander, aid_show_all_row_new (activities->len - n_rows, "organisation", g_variant_new_string (id)));

  g_object_set_data (G_OBJECT (expander), "aid-activities", NULL);
}

typedef struct
{
  GPtrArray  *activities;   /* in document order, unowned: the dataset holds them */
  GHashTable *roles;        /* the roles it has in any of them */
  GString    *role_names;
} OrganisationEntry;

static void
organisation_entry_free (gpointer data)
{
  OrganisationEntry *entry = data;

  g_clear_pointer (&entry->activities, g_ptr_array_unref);
  g_clear_pointer (&entry->roles, g_hash_table_unref);
  g_string_free (entry->role_names, TRUE);
  g_free (entry);
}

static void
fill_organisations (AidFactsPage *self)
{
  const char *language = aid_language_get ();
  GListModel *organisations = aid_dataset_get_organisations (self->dataset);
  GListModel *activities = aid_dataset_get_activities (self->dataset);
  AdwPreferencesGroup *group = add_group (self, NULL, _("Who funds, who implements, and in which activities"));
  g_autoptr(GHashTable) entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, organisation_entry_free);

  /* One pass over the activities, however many organisations. */
  for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (activities, a);
      GPtrArray *participations = aid_activity_get_participations (activity);

      for (guint p = 0; p < participations->len; p++)
        {
          AidParticipation *participation = g_ptr_array_index (participations, p);
          OrganisationEntry *entry;

          if (participation->org == NULL || participation->role == NULL)
            continue;

          entry = g_hash_table_lookup (entries, participation->org);
          if (entry == NULL)
            {
              entry = g_new0 (OrganisationEntry, 1);
              entry->activities = g_ptr_array_new ();
              entry->roles = g_hash_table_new (g_str_hash, g_str_equal);
              entry->role_names = g_string_new (NULL);
              g_hash_table_insert (entries, (gpointer)participation->org, entry);
            }

          /* An organisation with two roles in one activity lists it once. */
          if (entry->activities->len == 0 || g_ptr_array_index (entry->activities, entry->activities->len - 1) != activity)
            g_ptr_array_add (entry->activities, activity);
          if (g_hash_table_add (entry->roles, (gpointer)participation->role))
            {
              if (entry->role_names->len > 0)
                g_string_append (entry->role_names, ", ");
              g_string_append (entry->role_names, aid_labels_role (participation->role));
            }
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(AidOrganisation) organisation = g_list_model_get_item (organisations, i);
      const char *id = aid_organisation_get_id (organisation);
      OrganisationEntry *entry = id != NULL ? g_hash_table_lookup (entries, id) : NULL;
      GtkWidget *expander = adw_expander_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), aid_organisation_get_name (organisation, language, NULL));
      gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      aid_organisation_get_name (organisation, language, NULL), -1);

      if (entry != NULL)
        {
          guint n = entry->activities->len;
          g_autofree char *subtitle =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u activity", "%s · %u activities", n),
                             entry->role_names->str, n);

          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
          g_object_set_data_full (G_OBJECT (expander), "aid-activities", g_ptr_array_ref (entry->activities),
                                  (GDestroyNotify)g_ptr_array_unref);
          g_object_set_data_full (G_OBJECT (expander), "aid-organisation", g_strdup (id), g_free);
          g_signal_connect (expander, "notify::expanded", G_CALLBACK (organisation_expanded_cb), NULL);
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
      adw_preferences_group_add (group, aid_fact_row_new (name, subtitle, amount != NULL ? amount : _("Budget not published")));
    }
}

static void
fill_places (AidFactsPage *self)
{
  fill_breakdown (self, AID_DIMENSION_REGION, _("Regions"), _("Not attributable to one region"));
  fill_breakdown (self, AID_DIMENSION_SECTOR, _("Sectors"), _("Not attributable to one sector"));
}

/* Humanitarian aid, year by year, each contribution as the sources state it, never summed. */

static int
compare_years_newest_first (gconstpointer a,
                            gconstpointer b)
{
  int year_a = GPOINTER_TO_INT (*(gpointer *)a);
  int year_b = GPOINTER_TO_INT (*(gpointer *)b);

  return year_b - year_a;
}

static void
add_activity_rows (AdwPreferencesGroup *group,
                   GPtrArray           *activities)
{
  const char *language = aid_language_get ();
  guint n_rows = activities->len > AID_MAX_ROWS ? AID_MAX_ROWS - 1 : activities->len;

  for (guint i = 0; i < n_rows; i++)
    {
      AidActivity *activity = g_ptr_array_index (activities, i);

      adw_preferences_group_add (group, aid_activity_row_new (activity, aid_activity_get_implementers (activity, language)));
    }
  if (n_rows < activities->len)
    adw_preferences_group_add (group, aid_show_all_row_new (activities->len - n_rows, "humanitarian-only", g_variant_new_boolean (TRUE)));
}

static void
fill_humanitarian (AidFactsPage *self)
{
  GListModel *activities = aid_dataset_get_humanitarian_activities (self->dataset);
  g_autoptr(GHashTable) by_year = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) undated = g_ptr_array_new ();
  g_autoptr(GPtrArray) years = NULL;

  /* Each activity under the year it ends, in one pass. */
  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (activities, i);
      AidDate start, end;
      GPtrArray *group;

      if (!aid_activity_get_period (activity, &start, &end) || end.year == 0)
        {
          g_ptr_array_add (undated, activity);
          continue;
        }

      group = g_hash_table_lookup (by_year, GUINT_TO_POINTER (end.year));
      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (by_year, GUINT_TO_POINTER (end.year), group);
        }
      g_ptr_array_add (group, activity);
    }

  years = g_hash_table_get_keys_as_ptr_array (by_year);
  g_ptr_array_sort (years, compare_years_newest_first);
  for (guint i = 0; i < years->len; i++)
    {
      gpointer year = g_ptr_array_index (years, i);
      g_autofree char *title = g_strdup_printf ("%d", GPOINTER_TO_INT (year));

      add_activity_rows (add_group (self, title, NULL), g_hash_table_lookup (by_year, year));
    }
  if (undated->len > 0)
    add_activity_rows (add_group (self, _("Undated"), NULL), undated);

  if (years->len == 0 && undated->len == 0)
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

          row = aid_fact_row_new (indicator_label (indicator), year, value);
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

          row = aid_fact_row_new (aid_text_get (count->label, language, NULL), themes->str, number);
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
          GtkWidget *row = aid_fact_row_new (aid_envelope_get_title (envelope, language), period, amount);

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
          GtkWidget *row = aid_fact_row_new (aid_text_get (note->text, language, NULL), NULL, NULL);

          adw_action_row_add_suffix (ADW_ACTION_ROW (row), aid_evidence_button_new (self->dataset, &note->evidence, NULL));
          adw_preferences_group_add (group, row);
        }
    }
}

/* Sources: every one, with what it supports and its address. */

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
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), url);
        }

      adw_preferences_group_add (group, row);
    }
}

static void
build (AidFactsPage *self)
{
  self->stale = FALSE;

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

/* A page is built when it is shown: at a hundred thousand activities, building all five when a
 * dataset opens would block the window for as long again as the one it shows. */
static void
update (AidFactsPage *self)
{
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    build (self);
}

static void
aid_facts_page_map (GtkWidget *widget)
{
  AidFactsPage *self = AID_FACTS_PAGE (widget);

  if (self->stale)
    build (self);

  GTK_WIDGET_CLASS (aid_facts_page_parent_class)->map (widget);
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

  widget_class->map = aid_facts_page_map;

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
