/* aid-project-page.c: one activity, every figure with its source
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-project-page"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-codelists.h"
#include "aid-countries.h"
#include "aid-disputes.h"
#include "aid-evidence.h"
#include "aid-format.h"
#include "aid-labels.h"
#include "aid-language.h"
#include "aid-project-page.h"
#include "aid-result.h"
#include "aid-rows.h"
#include "aid-totals.h"

/* What the page lays out of a description; the rest is one click away. */
#define MAX_DESCRIPTION_CHARS 5000

struct _AidProjectPage
{
  AdwNavigationPage    parent_instance;

  AidDataset          *dataset;
  AidActivity         *activity;
  gboolean             show_xof;

  /* Template widgets */
  AdwPreferencesPage  *preferences_page;
  GtkLabel            *title_label;
  GtkLabel            *description_label;
  GtkLabel            *fallback_label;
  GtkButton           *show_all_button;
  AdwPreferencesGroup *about_group;
};

G_DEFINE_FINAL_TYPE (AidProjectPage, aid_project_page, ADW_TYPE_NAVIGATION_PAGE)

static void
add_evidence (AidProjectPage    *self,
              GtkWidget         *row,
              const AidEvidence *evidence,
              const char        *disputed)
{
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), aid_evidence_button_new (self->dataset, evidence, disputed));
}

static AdwPreferencesGroup *
add_group (AidProjectPage *self,
           const char     *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_page_add (self->preferences_page, ADW_PREFERENCES_GROUP (group));

  return ADW_PREFERENCES_GROUP (group);
}

static const char *
organisation_name (AidProjectPage *self,
                   const char     *id)
{
  AidOrganisation *organisation = aid_dataset_lookup_organisation (self->dataset, id);

  return organisation != NULL ? aid_organisation_get_name (organisation, aid_language_get (), NULL) : id;
}

static void
add_money_row (AidProjectPage      *self,
               AdwPreferencesGroup *group,
               const char          *title,
               const char          *subtitle,
               const AidMoney      *money)
{
  const char *language = aid_language_get ();
  g_autofree char *amount = aid_format_amount (money->cents, money->currency, language);
  g_autofree char *disputed = aid_disputes_describe_money (self->dataset, money);
  g_autoptr(GString) details = g_string_new (subtitle);
  GtkWidget *row;

  /* An equivalent in another currency is the same figure as another source states it. */
  for (guint i = 0; money->equivalents != NULL && i < money->equivalents->len; i++)
    {
      AidMoney *equivalent = g_ptr_array_index (money->equivalents, i);
      g_autofree char *other = aid_format_amount (equivalent->cents, equivalent->currency, language);

      if (details->len > 0)
        g_string_append (details, " · ");
      /* Translators: the same amount in another currency, as a source states it */
      g_string_append_printf (details, _("= %s"), other);
    }
  if (disputed != NULL)
    {
      if (details->len > 0)
        g_string_append (details, " · ");
      g_string_append (details, _("Disputed"));
    }

  /* An amount in a currency with a fixed rate, as the totals count it; the original stays the
   * row's figure. */
  if (money->currency != NULL && g_strcmp0 (money->currency, aid_dataset_get_default_currency (self->dataset)) != 0)
    {
      const char *currency = aid_dataset_get_default_currency (self->dataset);
      gint64 cents;

      if (aid_dataset_convert (self->dataset, money->cents, money->currency, currency, &cents))
        {
          g_autofree char *converted = aid_format_amount (cents, currency, language);

          if (details->len > 0)
            g_string_append (details, " · ");
          /* Translators: an amount converted at a rate fixed by treaty, as totals count it: "≈ €1,000 at the fixed rate" */
          g_string_append_printf (details, _("≈ %s at the fixed rate"), converted);
        }
    }

  /* On request, the amount in CFA francs too, at the fixed rate, and said to be converted. */
  if (self->show_xof && g_strcmp0 (money->currency, "XOF") != 0)
    {
      gint64 xof;

      if (aid_dataset_convert (self->dataset, money->cents, money->currency, "XOF", &xof))
        {
          g_autofree char *converted = aid_format_amount (xof, "XOF", language);

          if (details->len > 0)
            g_string_append (details, " · ");
          /* Translators: an amount converted at the fixed rate: "≈ 10 495 312 000 FCFA, converted" */
          g_string_append_printf (details, _("≈ %s, converted"), converted);
        }
    }

  row = aid_fact_row_new_selectable (title, details->len > 0 ? details->str : NULL, amount);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             aid_evidence_button_new_for_figure (self->dataset, &money->evidence, disputed, amount));
  adw_preferences_group_add (group, row);
}

/* A code of an IATI list the activity is classified by (its aid type, say), named in the
 * interface's language. */
static void
add_code_row (AidProjectPage    *self,
              const char        *title,
              AidCodelist        list,
              const AidCodeFact *fact)
{
  GtkWidget *row;

  if (fact == NULL)
    return;

  row = aid_fact_row_new_selectable (title, NULL, aid_codelist_get_label (list, fact->code, aid_language_get ()));
  add_evidence (self, row, &fact->evidence, NULL);
  adw_preferences_group_add (self->about_group, row);
}

/* The emergencies and appeals a humanitarian activity answers, with their codes (GLIDE, say). */
static void
fill_scopes (AidProjectPage *self)
{
  const char *language = aid_language_get ();
  GPtrArray *scopes = aid_activity_get_humanitarian_scopes (self->activity);

  for (guint i = 0; i < scopes->len; i++)
    {
      AidHumanitarianScope *scope = g_ptr_array_index (scopes, i);
      const char *name = scope->name != NULL ? aid_text_get (scope->name, language, NULL) : NULL;
      GtkWidget *row;

      row = aid_fact_row_new_selectable (g_str_equal (scope->type, "1") ? _("Emergency") : _("Appeal"),
                                         name != NULL ? name : scope->code, name != NULL ? scope->code : NULL);
      add_evidence (self, row, &scope->evidence, NULL);
      adw_preferences_group_add (self->about_group, row);
    }
}

/* Callbacks */

/* The whole title and description, in a text view: it lays out only what is on screen. */
static void
show_all_clicked_cb (AidProjectPage *self)
{
  const char *language = aid_language_get ();
  const char *title = aid_activity_get_title (self->activity, language, NULL);
  const char *description = aid_activity_get_description (self->activity, language, NULL);
  AdwDialog *dialog = adw_dialog_new ();
  GtkWidget *toolbar = adw_toolbar_view_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *text_view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
  g_autoptr(GString) text = g_string_new (title);

  if (description != NULL)
    g_string_append_printf (text, "\n\n%s", description);
  gtk_text_buffer_set_text (buffer, text->str, (int)text->len);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (text_view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), text_view);
  gtk_widget_set_vexpand (scrolled, TRUE);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), scrolled);
  adw_dialog_set_title (dialog, _("Title and Description"));
  adw_dialog_set_content_width (dialog, 640);
  adw_dialog_set_content_height (dialog, 560);
  adw_dialog_set_child (dialog, toolbar);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
fill_about (AidProjectPage *self)
{
  const char *language = aid_language_get ();
  const AidCodeFact *status = aid_activity_get_status_fact (self->activity);
  g_autofree char *period = NULL;
  g_autoptr(GString) ids = g_string_new (aid_activity_get_id (self->activity));
  GPtrArray *identifiers = aid_activity_get_identifiers (self->activity);
  gboolean fell_back = FALSE;
  gboolean title_fell_back = FALSE;
  g_autofree char *bounded_title = NULL;
  g_autofree char *bounded_description = NULL;
  const char *description = aid_activity_get_description (self->activity, language, &fell_back);
  const char *title = aid_activity_get_title (self->activity, language, &title_fell_back);
  AidDate start, end;
  GtkWidget *row;

  /* The header bar cuts a long title in a narrow window: it is whole at the top of the page. */
  bounded_title = aid_labels_bound (title, AID_MAX_LABEL_CHARS);
  gtk_label_set_text (self->title_label, bounded_title);
  /* A long description (legal texts run to 500 kB) shows its start, never blank, and the
   * whole of it, with the title, in a text view one click away. */
  bounded_description = aid_labels_bound (description, MAX_DESCRIPTION_CHARS);
  gtk_label_set_text (self->description_label, bounded_description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->show_all_button),
                          g_strcmp0 (bounded_description, description) != 0 || g_strcmp0 (bounded_title, title) != 0);
  /* Text in another language than the interface's is said to be, under it, not in a tooltip. */
  gtk_label_set_text (self->fallback_label, aid_labels_fallback_note ());
  gtk_widget_set_visible (GTK_WIDGET (self->fallback_label), fell_back || title_fell_back);

  row = aid_fact_row_new_selectable (_("Channel"), NULL, aid_labels_channel (aid_activity_get_channel (self->activity)));
  adw_preferences_group_add (self->about_group, row);

  if (status != NULL)
    {
      const char *status_name = aid_codelist_get_label (AID_CODELIST_ACTIVITY_STATUS, status->code, language);
      g_autofree char *disputed = aid_disputes_describe_code (self->dataset, status, AID_DISPUTE_STATUS);
      g_autofree char *subtitle = disputed != NULL ? aid_disputes_mark_subtitle (status_name) : g_strdup (status_name);

      row = aid_fact_row_new_selectable (_("Status"), subtitle, aid_labels_status (status->code));
      add_evidence (self, row, &status->evidence, disputed);
      adw_preferences_group_add (self->about_group, row);
    }

  if (aid_activity_get_period (self->activity, &start, &end))
    period = aid_format_period (&start, &end, language);
  row = aid_fact_row_new_selectable (_("Period"), NULL, period != NULL ? period : _("Not published"));
  adw_preferences_group_add (self->about_group, row);

  add_code_row (self, _("Collaboration Type"), AID_CODELIST_COLLABORATION_TYPE, aid_activity_get_collaboration_type (self->activity));
  add_code_row (self, _("Aid Type"), AID_CODELIST_AID_TYPE, aid_activity_get_aid_type (self->activity));
  add_code_row (self, _("Flow Type"), AID_CODELIST_FLOW_TYPE, aid_activity_get_flow_type (self->activity));
  add_code_row (self, _("Finance Type"), AID_CODELIST_FINANCE_TYPE, aid_activity_get_finance_type (self->activity));
  fill_scopes (self);

  /* An IATI activity's id is its identifier: said once. */
  if (aid_activity_get_iati_identifier (self->activity) != NULL &&
      g_strcmp0 (aid_activity_get_iati_identifier (self->activity), aid_activity_get_id (self->activity)) != 0)
    g_string_append_printf (ids, " · %s", aid_activity_get_iati_identifier (self->activity));
  for (guint i = 0; i < identifiers->len; i++)
    g_string_append_printf (ids, " · %s", ((AidIdentifier *)g_ptr_array_index (identifiers, i))->ref);
  adw_preferences_group_add (self->about_group, aid_fact_row_new_selectable (_("Identifiers"), ids->str, NULL));
}

static void
fill_dates (AidProjectPage *self)
{
  static const char *titles[AID_N_DATE_KINDS] = {
    N_("Planned start"), N_("Actual start"), N_("Planned end"), N_("Actual end"),
  };
  const char *language = aid_language_get ();
  AdwPreferencesGroup *group = NULL;

  for (guint kind = 0; kind < AID_N_DATE_KINDS; kind++)
    {
      const AidDateFact *fact = aid_activity_get_date (self->activity, kind);
      g_autofree char *date = NULL;
      g_autofree char *disputed = NULL;
      GtkWidget *row;

      if (fact == NULL)
        continue;

      if (group == NULL)
        group = add_group (self, _("Dates"));

      disputed = aid_disputes_describe_date (self->dataset, fact);
      date = aid_format_date (&fact->date, language);
      row = aid_fact_row_new_selectable (_(titles[kind]), disputed != NULL ? _("Disputed") : NULL, date);
      add_evidence (self, row, &fact->evidence, disputed);
      adw_preferences_group_add (group, row);
    }
}

static void
fill_organisations (AidProjectPage *self)
{
  GPtrArray *participations = aid_activity_get_participations (self->activity);
  AdwPreferencesGroup *group;

  if (participations->len == 0)
    return;

  group = add_group (self, _("Organisations"));
  for (guint i = 0; i < participations->len; i++)
    {
      AidParticipation *participation = g_ptr_array_index (participations, i);
      g_autofree char *disputed = aid_disputes_describe_participation (self->dataset, participation);
      g_autofree char *subtitle = disputed != NULL ? aid_disputes_mark_subtitle (aid_labels_role (participation->role))
                                                   : g_strdup (aid_labels_role (participation->role));
      GtkWidget *row = aid_fact_row_new_selectable (organisation_name (self, participation->org), subtitle, NULL);

      add_evidence (self, row, &participation->evidence, disputed);
      adw_preferences_group_add (group, row);
    }
}

/* The activities it is part of, that are part of it, and the others it names: each opens where
 * it is in the dataset; one that is not is named by its identifier. */
static void
fill_related (AidProjectPage *self)
{
  AidActivity *parent = aid_activity_get_parent (self->activity);
  GPtrArray *children = aid_activity_get_children (self->activity);
  GPtrArray *related = aid_activity_get_related (self->activity);
  g_autoptr(GHashTable) shown = g_hash_table_new (NULL, NULL);
  AdwPreferencesGroup *group;

  if (parent == NULL && children == NULL && related->len == 0)
    return;

  group = add_group (self, _("Related Activities"));
  if (children != NULL)
    adw_preferences_group_set_description (group, _("Where this activity and its sub-activities are added up "
                                                    "together, only the sub-activities’ amounts of each kind "
                                                    "are counted, so that no amount counts twice."));

  if (parent != NULL)
    {
      adw_preferences_group_add (group, aid_activity_row_new (parent, aid_labels_relation ("1")));
      g_hash_table_add (shown, parent);
    }
  for (guint i = 0; children != NULL && i < children->len; i++)
    {
      AidActivity *child = g_ptr_array_index (children, i);

      adw_preferences_group_add (group, aid_activity_row_new (child, aid_labels_relation ("2")));
      g_hash_table_add (shown, child);
    }

  for (guint i = 0; i < related->len; i++)
    {
      AidRelation *relation = g_ptr_array_index (related, i);
      GtkWidget *row;

      if (relation->activity != NULL && g_hash_table_contains (shown, relation->activity))
        continue;

      if (relation->activity != NULL)
        {
          row = aid_activity_row_new (relation->activity, aid_labels_relation (relation->type));
          g_hash_table_add (shown, relation->activity);
        }
      else
        {
          /* Translators: a related activity that the open files do not hold: "Sub-activity · not in this dataset" */
          g_autofree char *subtitle = g_strdup_printf (_("%s · not in this dataset"), aid_labels_relation (relation->type));

          row = aid_fact_row_new_selectable (relation->ref, subtitle, NULL);
        }
      add_evidence (self, row, &relation->evidence, NULL);
      adw_preferences_group_add (group, row);
    }
}

static void
fill_funding (AidProjectPage *self)
{
  const char *language = aid_language_get ();
  const AidMoney *budget = aid_activity_get_budget (self->activity);
  g_autoptr(GArray) shares = aid_activity_compute_shares (self->activity);
  GPtrArray *contributions = aid_activity_get_contributions (self->activity);
  AdwPreferencesGroup *group = add_group (self, _("Funding"));

  if (budget != NULL)
    add_money_row (self, group, _("Lifetime budget"), NULL, budget);
  else
    adw_preferences_group_add (group, aid_fact_row_new_selectable (_("Lifetime budget"), NULL, _("Not published")));

  for (guint i = 0; i < contributions->len; i++)
    {
      AidContribution *contribution = g_ptr_array_index (contributions, i);
      const AidShare *share = &g_array_index (shares, AidShare, i);
      g_autofree char *subtitle = NULL;

      if (contribution->money == NULL)
        continue;

      if (share->share >= 0)
        {
          g_autofree char *percentage = aid_format_percentage (share->share, language);

          /* Translators: a funder's share: "50 % of the total" */
          subtitle = g_strdup_printf (_("%s of the total"), percentage);
        }
      add_money_row (self, group, organisation_name (self, contribution->funder), subtitle, contribution->money);
    }
}

/* A project page lists at most this many transactions: a few large activities publish
 * hundreds, which a page of rows would take seconds to lay out. */
#define MAX_TRANSACTIONS 100

/* Budgets by period and transactions, as an IATI file publishes them. */
static void
fill_budgets_and_transactions (AidProjectPage *self)
{
  const char *language = aid_language_get ();
  GPtrArray *budgets = aid_activity_get_budgets (self->activity);
  GPtrArray *transactions = aid_activity_get_transactions (self->activity);

  if (budgets->len > 0)
    {
      AdwPreferencesGroup *group = add_group (self, _("Budgets by Period"));

      for (guint i = 0; i < budgets->len; i++)
        {
          AidBudget *budget = g_ptr_array_index (budgets, i);
          g_autofree char *period = NULL;

          if (budget->money == NULL || budget->money->too_large)
            continue;
          if (aid_date_is_set (&budget->period.start) && aid_date_is_set (&budget->period.end))
            period = aid_format_period (&budget->period.start, &budget->period.end, language);
          add_money_row (self, group, period != NULL ? period : _("Period not published"), NULL, budget->money);
        }
    }

  if (transactions->len > 0)
    {
      AdwPreferencesGroup *group = add_group (self, _("Transactions"));
      guint n_shown = 0;

      for (guint i = 0; i < transactions->len; i++)
        {
          AidTransaction *transaction = g_ptr_array_index (transactions, i);
          const char *type = transaction->type != NULL
            ? aid_codelist_get_label (AID_CODELIST_TRANSACTION_TYPE, transaction->type, language) : NULL;
          g_autoptr(GString) details = g_string_new (NULL);

          if (transaction->money == NULL || transaction->money->too_large)
            continue;
          if (n_shown++ == MAX_TRANSACTIONS)
            {
              g_autofree char *n_text = aid_language_format_count (transactions->len - MAX_TRANSACTIONS);
              g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %s more transaction",
                                                                    "And %s more transactions",
                                                                    transactions->len - MAX_TRANSACTIONS),
                                                       n_text);

              adw_preferences_group_add (group, aid_fact_row_new (more, NULL, NULL));
              break;
            }

          if (aid_date_is_set (&transaction->date))
            {
              g_autofree char *date = aid_format_date (&transaction->date, language);

              g_string_append (details, date);
            }
          if (transaction->provider != NULL || transaction->receiver != NULL)
            {
              if (details->len > 0)
                g_string_append (details, " · ");
              /* Translators: who pays whom in a transaction: "LuxDev → UNFPA" */
              g_string_append_printf (details, _("%s → %s"),
                                      transaction->provider != NULL ? organisation_name (self, transaction->provider) : _("not stated"),
                                      transaction->receiver != NULL ? organisation_name (self, transaction->receiver) : _("not stated"));
            }
          add_money_row (self, group, type != NULL ? type : (transaction->type != NULL ? transaction->type : _("Type not stated")),
                         details->len > 0 ? details->str : NULL, transaction->money);
        }
    }
}

/* A row of a share of the activity: a country, a region, a sector. */
static void
add_share_row (AidProjectPage      *self,
               AdwPreferencesGroup *group,
               const char          *title,
               const char          *subtitle,
               double               percentage,
               const AidEvidence   *evidence,
               const char          *disputed)
{
  const char *language = aid_language_get ();
  g_autofree char *share = percentage >= 0 ? aid_format_percentage (percentage / 100, language) : NULL;
  g_autofree char *marked = disputed != NULL ? aid_disputes_mark_subtitle (subtitle) : NULL;
  GtkWidget *row = aid_fact_row_new_selectable (title, marked != NULL ? marked : subtitle, share);

  add_evidence (self, row, evidence, disputed);
  adw_preferences_group_add (group, row);
}

/* A row of a code fact of the activity that is its share: a country, a region, a place, a
 * sector, with what other sources give for it. */
static void
add_code_share_row (AidProjectPage      *self,
                    AdwPreferencesGroup *group,
                    const char          *title,
                    const char          *subtitle,
                    const AidCodeFact   *fact,
                    AidDisputeKind       kind)
{
  g_autofree char *disputed = aid_disputes_describe_code (self->dataset, fact, kind);

  add_share_row (self, group, title, subtitle, fact->percentage, &fact->evidence, disputed);
}

/* Countries and regions of the OECD DAC list, as an IATI file names them: a region is never
 * taken for a country. */
static void
fill_countries (AidProjectPage *self)
{
  const char *language = aid_language_get ();
  GPtrArray *countries = aid_activity_get_countries (self->activity);
  GPtrArray *regions = aid_activity_get_recipient_regions (self->activity);
  AdwPreferencesGroup *group;

  if (countries->len == 0 && regions->len == 0)
    return;

  group = add_group (self, _("Recipient Countries and Regions"));
  for (guint i = 0; i < countries->len; i++)
    {
      AidCodeFact *country = g_ptr_array_index (countries, i);
      const char *name = aid_country_get_label (country->code, language);
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), C_("recipient", "Country"), country->code);

      add_code_share_row (self, group, name, subtitle, country, AID_DISPUTE_COUNTRY);
    }
  for (guint i = 0; i < regions->len; i++)
    {
      AidCodeFact *region = g_ptr_array_index (regions, i);

      add_code_share_row (self, group, aid_codelist_get_label (AID_CODELIST_REGION, region->code, language),
                          C_("recipient", "Region"), region, AID_DISPUTE_REGION);
    }
}

/* Classifications of other lists than the DAC 5-digit sectors, each under its list's name. */
static void
fill_classifications (AidProjectPage *self)
{
  const char *language = aid_language_get ();
  GPtrArray *classifications = aid_activity_get_classifications (self->activity);
  AdwPreferencesGroup *group;

  if (classifications->len == 0)
    return;

  group = add_group (self, _("Other Classifications"));
  adw_preferences_group_set_description (group, _("Codes of other lists than the DAC purpose codes, counted apart from them"));
  for (guint i = 0; i < classifications->len; i++)
    {
      AidClassification *classification = g_ptr_array_index (classifications, i);
      const char *name = classification->name != NULL ? aid_text_get (classification->name, language, NULL) : NULL;
      const char *list = aid_codelist_get_label (AID_CODELIST_SECTOR_VOCABULARY, classification->vocabulary, language);
      g_autofree char *subtitle = NULL;

      if (name == NULL && g_str_equal (classification->vocabulary, "2"))
        name = aid_codelist_get_label (AID_CODELIST_SECTOR_CATEGORY, classification->code, language);
      /* Translators: a code and the list it is from: "3.2 · UN Sustainable Development Goals (SDG) Targets" */
      subtitle = g_strdup_printf (_("%s · %s"), classification->code, list != NULL ? list : classification->vocabulary);
      add_share_row (self, group, name != NULL ? name : classification->code, subtitle, classification->percentage,
                     &classification->evidence, NULL);
    }
}

static void
fill_places_and_sectors (AidProjectPage *self)
{
  const char *language = aid_language_get ();
  GPtrArray *locations = aid_activity_get_locations (self->activity);
  GPtrArray *sectors = aid_activity_get_sectors (self->activity);

  fill_countries (self);

  if (locations->len > 0)
    {
      AdwPreferencesGroup *group = add_group (self, _("Places"));

      for (guint i = 0; i < locations->len; i++)
        {
          AidCodeFact *location = g_ptr_array_index (locations, i);

          add_code_share_row (self, group, aid_dataset_get_region_name (self->dataset, location->code, language), NULL,
                              location, AID_DISPUTE_PLACE);
        }
    }

  if (sectors->len > 0)
    {
      AdwPreferencesGroup *group = add_group (self, _("Sectors"));

      adw_preferences_group_set_description (group, _("DAC purpose codes, labels from the IATI Standard"));
      for (guint i = 0; i < sectors->len; i++)
        {
          AidCodeFact *sector = g_ptr_array_index (sectors, i);

          add_code_share_row (self, group, aid_codelist_get_label (AID_CODELIST_SECTOR, sector->code, language),
                              sector->code, sector, AID_DISPUTE_SECTOR);
        }
    }

  fill_classifications (self);
}

/* Documents the activity links to: a web address opens, anything else is shown as text. */
static void
fill_documents (AidProjectPage *self)
{
  const char *language = aid_language_get ();
  GPtrArray *documents = aid_activity_get_documents (self->activity);
  AdwPreferencesGroup *group;

  if (documents->len == 0)
    return;

  group = add_group (self, _("Documents"));
  for (guint i = 0; i < documents->len; i++)
    {
      AidDocument *document = g_ptr_array_index (documents, i);
      const char *title = document->title != NULL ? aid_text_get (document->title, language, NULL) : NULL;
      const char *category = document->category != NULL
        ? aid_codelist_get_label (AID_CODELIST_DOCUMENT_CATEGORY, document->category, language) : NULL;
      g_autofree char *date = aid_date_is_set (&document->date) ? aid_format_date (&document->date, language) : NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *link = aid_web_link_new (document->url);
      GtkWidget *row;

      if (category != NULL && date != NULL)
        subtitle = g_strdup_printf (_("%s · %s"), category, date);
      else
        subtitle = g_strdup (category != NULL ? category : date);
      row = aid_fact_row_new_selectable (title != NULL ? title : document->url, subtitle, NULL);
      if (link != NULL)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), link);
      add_evidence (self, row, &document->evidence, NULL);
      adw_preferences_group_add (group, row);
    }
}

static void
append_part (GString    *text,
             const char *part)
{
  if (part == NULL || part[0] == '\0')
    return;
  if (text->len > 0)
    g_string_append (text, "\n");
  g_string_append (text, part);
}

/* Whom to ask, as published. */
static void
fill_contacts (AidProjectPage *self)
{
  const char *language = aid_language_get ();
  GPtrArray *contacts = aid_activity_get_contacts (self->activity);
  AdwPreferencesGroup *group;

  if (contacts->len == 0)
    return;

  group = add_group (self, _("Contacts"));
  for (guint i = 0; i < contacts->len; i++)
    {
      AidContact *contact = g_ptr_array_index (contacts, i);
      const char *organisation = contact->organisation != NULL ? aid_text_get (contact->organisation, language, NULL) : NULL;
      const char *person = contact->person != NULL ? aid_text_get (contact->person, language, NULL) : NULL;
      g_autoptr(GString) details = g_string_new (NULL);
      GtkWidget *link = aid_web_link_new (contact->website);
      GtkWidget *row;

      /* Named by the person where there is one, the organisation under it. */
      if (person != NULL)
        append_part (details, organisation);
      append_part (details, contact->job_title != NULL ? aid_text_get (contact->job_title, language, NULL) : NULL);
      append_part (details, contact->email);
      append_part (details, contact->telephone);
      append_part (details, contact->address != NULL ? aid_text_get (contact->address, language, NULL) : NULL);
      if (link == NULL)
        append_part (details, contact->website);
      row = aid_fact_row_new_selectable (person ?: organisation ?: _("Contact"), details->len > 0 ? details->str : NULL, NULL);
      if (link != NULL)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), link);
      add_evidence (self, row, &contact->evidence, NULL);
      adw_preferences_group_add (group, row);
    }
}

static void
fill_results (AidProjectPage *self)
{
  const char *language = aid_language_get ();
  GPtrArray *results = aid_activity_get_results (self->activity);
  AdwPreferencesGroup *group;

  if (results->len == 0)
    return;

  group = add_group (self, _("Results"));
  for (guint i = 0; i < results->len; i++)
    {
      AidResult *result = g_ptr_array_index (results, i);
      guint year = aid_result_get_year (result);
      g_autofree char *value = NULL;
      g_autofree char *year_text = NULL;
      g_autofree char *disputed = NULL;
      double number_value;
      GtkWidget *row;

      if (aid_result_get_value (result, &number_value))
        {
          g_autofree char *number = aid_format_number (number_value, 2, language);
          const char *unit = aid_result_get_unit (result, language);

          value = unit != NULL ? g_strdup_printf ("%s %s", number, unit) : g_steal_pointer (&number);
        }

      if (year != 0)
        {
          AidDate date = { .year = (guint16) MIN (year, G_MAXUINT16) };

          year_text = aid_format_date (&date, language);
        }
      disputed = aid_disputes_describe_result (self->dataset, result);
      if (disputed != NULL)
        {
          g_autofree char *marked = aid_disputes_mark_subtitle (year_text);

          g_set_str (&year_text, marked);
        }

      row = aid_fact_row_new_selectable (aid_result_get_title (result, language), year_text, value != NULL ? value : _("Not published"));
      add_evidence (self, row, aid_result_get_evidence (result), disputed);
      adw_preferences_group_add (group, row);
    }
}

static void
fill_notes (AidProjectPage *self)
{
  const char *language = aid_language_get ();
  GPtrArray *notes = aid_activity_get_notes (self->activity);
  AdwPreferencesGroup *group;

  if (notes->len == 0)
    return;

  group = add_group (self, _("Notes"));
  for (guint i = 0; i < notes->len; i++)
    {
      AidNote *note = g_ptr_array_index (notes, i);
      GtkWidget *row = aid_fact_row_new_selectable (aid_text_get (note->text, language, NULL), NULL, NULL);

      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      add_evidence (self, row, &note->evidence, NULL);
      adw_preferences_group_add (group, row);
    }
}

/* GObject overrides */

static void
aid_project_page_dispose (GObject *object)
{
  AidProjectPage *self = (AidProjectPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_PROJECT_PAGE);
  g_clear_object (&self->dataset);
  g_clear_object (&self->activity);

  G_OBJECT_CLASS (aid_project_page_parent_class)->dispose (object);
}

static void
aid_project_page_class_init (AidProjectPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = aid_project_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-project-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AidProjectPage, preferences_page);
  gtk_widget_class_bind_template_child (widget_class, AidProjectPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, AidProjectPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, AidProjectPage, fallback_label);
  gtk_widget_class_bind_template_child (widget_class, AidProjectPage, show_all_button);
  gtk_widget_class_bind_template_callback (widget_class, show_all_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, AidProjectPage, about_group);
}

static void
aid_project_page_init (AidProjectPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

AidProjectPage *
aid_project_page_new (AidDataset  *dataset,
                      AidActivity *activity)
{
  AidProjectPage *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (AID_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (AID_IS_ACTIVITY (activity), NULL);

  /* The header bar lays out its title however long: the page's own heading is whole. */
  title = aid_labels_bound (aid_activity_get_title (activity, aid_language_get (), NULL), AID_MAX_LABEL_CHARS);
  self = g_object_new (AID_TYPE_PROJECT_PAGE,
                       "title", title,
                       NULL);
  self->dataset = g_object_ref (dataset);
  self->activity = g_object_ref (activity);
  {
    g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);

    self->show_xof = g_settings_get_boolean (settings, "show-xof");
  }

  fill_about (self);
  fill_dates (self);
  fill_organisations (self);
  fill_related (self);
  fill_funding (self);
  fill_budgets_and_transactions (self);
  fill_places_and_sectors (self);
  fill_results (self);
  fill_documents (self);
  fill_contacts (self);
  fill_notes (self);

  return self;
}

AidActivity *
aid_project_page_get_activity (AidProjectPage *self)
{
  g_return_val_if_fail (AID_IS_PROJECT_PAGE (self), NULL);

  return self->activity;
}

AidDataset *
aid_project_page_get_dataset (AidProjectPage *self)
{
  g_return_val_if_fail (AID_IS_PROJECT_PAGE (self), NULL);

  return self->dataset;
}
