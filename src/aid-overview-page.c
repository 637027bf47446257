/* aid-overview-page.c: headline figures, budgets by channel, and the envelope reconciled
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-bar.h"
#include "aid-envelope.h"
#include "aid-evidence.h"
#include "aid-focus.h"
#include "aid-format.h"
#include "aid-labels.h"
#include "aid-language.h"
#include "aid-overview-page.h"
#include "aid-reconciliation.h"
#include "aid-rows.h"
#include "aid-tile.h"
#include "aid-totals.h"

struct _AidOverviewPage
{
  GtkWidget             parent_instance;

  AidDataset           *dataset;
  GPtrArray            *reconciliation_rows;

  /* Template widgets */
  GtkLabel             *intro_label;
  GtkFlowBox           *tiles;
  AdwPreferencesGroup  *channel_group;
  GtkGrid              *channel_chart;
  AdwPreferencesGroup  *region_group;
  GtkGrid              *region_chart;
  AdwPreferencesGroup  *reconciliation_group;
};

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidOverviewPage, aid_overview_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* A tile: what the figure is, the figure in compact form (the exact amount one hover or focus
 * away), and a line of context; @evidence, a popover, opens from it. */
static void
add_tile (AidOverviewPage *self,
          const char      *title,
          const char      *figure,
          const char      *exact,
          const char      *caption,
          GtkWidget       *evidence)
{
  GtkWidget *tile = g_object_new (AID_TYPE_TILE,
                                  "title", title,
                                  "figure", figure,
                                  "exact", exact,
                                  "caption", caption,
                                  "popover", evidence,
                                  NULL);
  GtkWidget *cell;

  gtk_flow_box_append (self->tiles, tile);

  /* The flow box's cell reads as its tile, and leaves the focus to it. */
  cell = gtk_widget_get_parent (tile);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  aid_tile_get_description (AID_TILE (tile)), -1);
  gtk_widget_set_focusable (cell, FALSE);
}

static void
add_amount_tile (AidOverviewPage *self,
                 const char      *title,
                 gint64           cents,
                 const char      *currency,
                 const char      *caption,
                 GtkWidget       *evidence)
{
  const char *language = aid_language_get ();
  g_autofree char *compact = aid_format_amount_compact (cents, currency, language);
  g_autofree char *exact = aid_format_amount (cents, currency, language);

  add_tile (self, title, compact, exact, caption, evidence);
}

/* Evidence: how a total was added up */

/* A popover lists at most this many amounts, and says how many more it added. */
#define MAX_ITEMS 20

/* Whether @items has room for another line; if not, the line is counted in @n_more. */
static gboolean
has_room (GPtrArray *items,
          guint     *n_more)
{
  if (items->len < MAX_ITEMS)
    return TRUE;

  (*n_more)++;

  return FALSE;
}

/* What a sum's popover lists, worked out when it is first shown: each goes through every
 * activity in focus. */
typedef struct
{
  AidOverviewPage *self;
  AidAmountKind    kind;
  gboolean         in_chart;      /* a bar's: only its row's activities, those without budget too */
  AidDimension     dimension;
  const char      *key;           /* the breakdown row's key, the dataset's totals' */
  char            *explanation;
} SumEvidence;

static void
sum_evidence_free (gpointer  data,
                   GClosure *closure)
{
  SumEvidence *evidence = data;

  g_free (evidence->explanation);
  g_free (evidence);
}

/* How a total was obtained: the amounts of its kind of the activities in focus (of a bar's row
 * only, for a chart), one per line. */
static void
fill_sum_evidence (GtkPopover        *popover,
                   const SumEvidence *evidence)
{
  AidOverviewPage *self = evidence->self;
  const char *language = aid_language_get ();
  GListModel *focus = aid_dataset_get_focus_activities (self->dataset);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  guint n_more = 0;

  for (guint i = 0; i < g_list_model_get_n_items (focus); i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (focus, i);
      g_autofree char *title = aid_labels_activity_title (activity);
      const AidMoney *budget = aid_activity_get_budget (activity);

      if (evidence->in_chart && !aid_activity_counts_in_row (activity, evidence->dimension, evidence->key))
        continue;

      if (evidence->kind == AID_AMOUNT_CONTRIBUTION)
        {
          GPtrArray *contributions = aid_activity_get_contributions (activity);

          for (guint c = 0; c < contributions->len; c++)
            {
              AidContribution *contribution = g_ptr_array_index (contributions, c);
              AidOrganisation *funder = aid_dataset_lookup_organisation (self->dataset, contribution->funder);
              g_autofree char *amount = NULL;

              if (contribution->money == NULL || !has_room (items, &n_more))
                continue;
              amount = aid_format_amount (contribution->money->cents, contribution->money->currency, language);
              g_ptr_array_add (items, g_strdup_printf ("%s, %s: %s", title,
                                                       funder != NULL ? aid_organisation_get_name (funder, language, NULL) : contribution->funder,
                                                       amount));
            }
        }
      else if (evidence->kind == AID_AMOUNT_COMMITMENT || evidence->kind == AID_AMOUNT_DISBURSEMENT ||
               evidence->kind == AID_AMOUNT_EXPENDITURE)
        {
          GPtrArray *transactions = aid_activity_get_transactions (activity);
          const char *type = evidence->kind == AID_AMOUNT_COMMITMENT ? "2" :
                             evidence->kind == AID_AMOUNT_DISBURSEMENT ? "3" : "4";

          for (guint t = 0; t < transactions->len; t++)
            {
              AidTransaction *transaction = g_ptr_array_index (transactions, t);
              g_autofree char *amount = NULL;
              g_autofree char *date = NULL;

              if (g_strcmp0 (transaction->type, type) != 0 || transaction->money == NULL ||
                  transaction->money->too_large || !has_room (items, &n_more))
                continue;
              amount = aid_format_amount (transaction->money->cents, transaction->money->currency, language);
              if (aid_date_is_set (&transaction->date))
                date = aid_format_date (&transaction->date, language);
              if (date != NULL)
                g_ptr_array_add (items, g_strdup_printf ("%s, %s: %s", title, date, amount));
              else
                g_ptr_array_add (items, g_strdup_printf ("%s: %s", title, amount));
            }
        }
      else if (budget != NULL)
        {
          g_autofree char *amount = NULL;

          if (!has_room (items, &n_more))
            continue;
          amount = aid_format_amount (budget->cents, budget->currency, language);
          g_ptr_array_add (items, g_strdup_printf ("%s: %s", title, amount));
        }
      else if (evidence->in_chart && has_room (items, &n_more))
        {
          g_ptr_array_add (items, g_strdup_printf ("%s: %s", title, _("no published budget")));
        }
    }

  aid_evidence_sum_popover_set_items (popover, evidence->explanation, items, n_more);
}

static void
sum_evidence_show_cb (GtkPopover  *popover,
                      SumEvidence *evidence)
{
  if (gtk_popover_get_child (popover) == NULL)
    fill_sum_evidence (popover, evidence);
}

static GtkWidget *
popover_for (AidOverviewPage *self,
             SumEvidence     *evidence)
{
  GtkWidget *popover = gtk_popover_new ();

  evidence->self = self;
  g_signal_connect_data (popover, "show", G_CALLBACK (sum_evidence_show_cb), evidence,
                         sum_evidence_free, 0);

  return popover;
}

/* A popover that says how a tile's total of @kind was added up. */
static GtkWidget *
sum_evidence_new (AidOverviewPage *self,
                  AidAmountKind    kind,
                  const char      *explanation)
{
  SumEvidence *evidence = g_new0 (SumEvidence, 1);

  evidence->kind = kind;
  evidence->explanation = g_strdup (explanation);

  return popover_for (self, evidence);
}

/* Tiles */

static char *
join_channels (guint channels)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint c = 0; c < AID_N_CHANNELS; c++)
    {
      g_autofree char *lower = NULL;

      if ((channels & (1u << c)) == 0)
        continue;
      /* Within a sentence: "channels: bilateral, multilateral" */
      lower = g_utf8_strdown (aid_labels_channel (c), -1);
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, lower);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define MAX_TILE_LINES 3

/* How many of @n to list when @most fit: all of them when only one would be left over, since
 * "and 1 more" takes the place of the line it counts. */
static guint
n_to_list (guint n,
           guint most)
{
  return n <= most + 1 ? n : most;
}

/* Humanitarian aid in the last year of the period: each contribution shown on its own, since
 * the sources state them apart (the 2024 floods response came on top of the 4.1 M€). */
static void
add_humanitarian_tile (AidOverviewPage *self,
                       guint            year)
{
  const char *language = aid_language_get ();
  GListModel *humanitarian = aid_dataset_get_humanitarian_activities (self->dataset);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) caption = g_string_new (NULL);
  g_autofree char *title = NULL;
  AidActivity *main_activity = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (humanitarian); i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (humanitarian, i);
      AidDate start, end;

      /* The cheap tests first: the focus takes dates apart. */
      if (aid_activity_get_channel (activity) != AID_CHANNEL_HUMANITARIAN ||
          aid_activity_get_budget (activity) == NULL ||
          !aid_activity_get_period (activity, &start, &end) ||
          start.year != year || end.year != year ||
          !aid_dataset_is_in_focus (self->dataset, activity))
        continue;

      if (main_activity == NULL ||
          aid_activity_get_budget (activity)->cents > aid_activity_get_budget (main_activity)->cents)
        main_activity = activity;
      g_ptr_array_add (found, g_steal_pointer (&activity));
    }

  if (main_activity == NULL)
    return;

  for (guint i = 0, n_listed = 0, n_shown = n_to_list (found->len - 1, MAX_TILE_LINES); i < found->len; i++)
    {
      AidActivity *activity = g_ptr_array_index (found, i);
      const AidMoney *budget = aid_activity_get_budget (activity);
      g_autofree char *amount = NULL;

      if (activity == main_activity)
        continue;

      /* A tile is no list: a few, then how many more. */
      if (n_listed == n_shown)
        {
          guint n_more = found->len - 1 - n_listed;
          g_autofree char *n_text = aid_language_format_count (n_more);

          g_string_append (caption, "\n");
          g_string_append_printf (caption, g_dngettext (GETTEXT_PACKAGE, "And %s more", "And %s more", n_more), n_text);
          break;
        }
      n_listed++;

      amount = aid_format_amount (budget->cents, budget->currency, language);
      if (caption->len > 0)
        g_string_append (caption, "\n");
      /* Translators: another humanitarian contribution, stated apart: "+ 250 000 € — Response to the 2024 floods" */
      {
        g_autofree char *marked = aid_labels_activity_title (activity);

        g_string_append_printf (caption, _("+ %s — %s"), amount, marked);
      }
    }

  if (caption->len > 0)
    {
      g_string_append (caption, "\n");
      g_string_append (caption, _("Stated apart by the sources, so not added together"));
    }

  /* Translators: %u is a year */
  title = g_strdup_printf (_("Humanitarian Aid in %u"), year);
  {
    const AidMoney *budget = aid_activity_get_budget (main_activity);
    g_autofree char *compact = aid_format_amount_compact (budget->cents, budget->currency, language);

    add_amount_tile (self, title, budget->cents, budget->currency, caption->str,
                     aid_evidence_popover_new (self->dataset, &budget->evidence, NULL, compact));
  }
}

/* Amounts in currencies that have no rate to the dataset's are never added to its total: the
 * caption says what they are, "… · also US$300,000 and ¥1,000,000"; and how much of the total
 * was converted at fixed rates. Takes @caption. */
static char *
append_others (char         *caption,
               const AidSum *sum,
               const char   *currency)
{
  const char *language = aid_language_get ();
  g_autoptr(GString) others = g_string_new (NULL);
  guint n = sum->others != NULL ? sum->others->len : 0;

  if (sum->n_converted > 0)
    {
      g_autofree char *converted = aid_format_amount_compact (sum->converted_cents, currency, language);
      char *longer;

      /* Translators: a tile's caption, then how much of its sum was converted from currencies whose
       * rate to the euro a treaty fixes (CFA francs, say): "… · of which 1.2 M converted at fixed rates" */
      longer = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · of which %s converted at a fixed rate",
                                             "%s · of which %s converted at fixed rates", sum->n_converted),
                                caption, converted);
      g_free (caption);
      caption = longer;
    }

  if (n == 0)
    return caption;

  for (guint i = 0; i < n; i++)
    {
      const AidCurrencyAmount *other = &g_array_index (sum->others, AidCurrencyAmount, i);
      g_autofree char *amount = aid_format_amount (other->cents, other->currency, language);

      if (i > 0)
        g_string_append (others, i + 1 == n ? _(" and ") : ", ");
      g_string_append (others, amount);
    }

  {
    /* Translators: a tile's caption, then the amounts in other currencies that it does not add */
    char *longer = g_strdup_printf (_("%s · also %s"), caption, others->str);

    g_free (caption);
    return longer;
  }
}

/* Commitments, disbursements or expenditures: the transactions IATI files publish. */
static void
add_transaction_tile (AidOverviewPage *self,
                      AidAmountKind    kind)
{
  AidTotals *totals = aid_dataset_get_totals (self->dataset);
  const AidSum *sum = aid_totals_get_sum (totals, kind);
  guint n = sum->n_amounts + (sum->others != NULL ? sum->others->len : 0);
  g_autofree char *n_text = aid_language_format_count (sum->n_amounts);
  const char *title;
  char *caption;

  if (n == 0)
    return;

  switch (kind)
    {
    case AID_AMOUNT_COMMITMENT:
      title = _("Commitments");
      caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Sum of %s commitment",
                                              "Sum of %s commitments", sum->n_amounts),
                                 n_text);
      break;

    case AID_AMOUNT_DISBURSEMENT:
      title = _("Disbursements");
      caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Sum of %s disbursement",
                                              "Sum of %s disbursements", sum->n_amounts),
                                 n_text);
      break;

    case AID_AMOUNT_EXPENDITURE:
    default:
      title = _("Expenditures");
      caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Sum of %s expenditure",
                                              "Sum of %s expenditures", sum->n_amounts),
                                 n_text);
      break;
    }

  caption = append_others (caption, sum, aid_dataset_get_default_currency (self->dataset));
  add_amount_tile (self, title, sum->cents, aid_dataset_get_default_currency (self->dataset), caption,
                   sum_evidence_new (self, kind, caption));
  g_free (caption);
}

static void
fill_tiles (AidOverviewPage *self)
{
  const char *language = aid_language_get ();
  const char *currency = aid_dataset_get_default_currency (self->dataset);
  AidTotals *totals = aid_dataset_get_totals (self->dataset);
  const AidSum *budget = aid_totals_get_sum (totals, AID_AMOUNT_BUDGET);
  const AidSum *contributions = aid_totals_get_sum (totals, AID_AMOUNT_CONTRIBUTION);
  guint n_focus = aid_totals_get_n_activities (totals);
  guint n_all = g_list_model_get_n_items (aid_dataset_get_activities (self->dataset));
  guint n_organisations = g_list_model_get_n_items (aid_dataset_get_organisations (self->dataset));
  g_autofree char *count = NULL;
  g_autofree char *caption = NULL;
  gboolean has_focus;
  AidPeriod focus;

  if (aid_dataset_get_n_envelopes (self->dataset) > 0)
    {
      g_autoptr(AidReconciliation) reconciliation = aid_dataset_reconcile_envelope (self->dataset, 0);
      g_autofree char *covers = join_channels (aid_reconciliation_get_envelope_covers (reconciliation));
      g_autofree char *envelope_caption = NULL;

      /* Translators: %s lists channels in lower case, such as "bilateral, multilateral, humanitarian" */
      envelope_caption = g_strdup_printf (_("Published envelope · channels: %s"), covers);
      if (aid_reconciliation_get_envelope_cents (reconciliation) >= 0)
        {
          g_autoptr(AidEnvelope) envelope = g_list_model_get_item (aid_dataset_get_envelopes (self->dataset), 0);
          const AidMoney *money = aid_envelope_get_money (envelope);
          g_autofree char *compact = aid_format_amount_compact (money->cents, money->currency, language);

          add_amount_tile (self, aid_reconciliation_get_envelope_title (reconciliation, language),
                           aid_reconciliation_get_envelope_cents (reconciliation), currency, envelope_caption,
                           aid_evidence_popover_new (self->dataset, &money->evidence, NULL, compact));
        }
    }

  has_focus = aid_dataset_get_focus_period (self->dataset, &focus);
  if (budget->n_amounts > 0)
    {
      g_autofree char *n_budgets = aid_language_format_count (budget->n_amounts);

      if (has_focus)
        caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Lifetime budget of %s activity under way in the period",
                                                "Lifetime budgets of %s activities under way in the period",
                                                budget->n_amounts),
                                   n_budgets);
      else
        caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Lifetime budget of %s activity",
                                                "Lifetime budgets of %s activities",
                                                budget->n_amounts),
                                   n_budgets);
      caption = append_others (caption, budget, currency);
      add_amount_tile (self, _("Activity Budgets"), budget->cents, currency, caption,
                       sum_evidence_new (self, AID_AMOUNT_BUDGET, caption));
      g_clear_pointer (&caption, g_free);
    }

  if (contributions->n_amounts > 0)
    {
      g_autofree char *n_text = aid_language_format_count (contributions->n_amounts);

      caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s published contribution to a co-financed budget",
                                              "%s published contributions to co-financed budgets",
                                              contributions->n_amounts),
                                 n_text);
      caption = append_others (caption, contributions, currency);
      add_amount_tile (self, _("Funders’ Contributions"), contributions->cents, currency, caption,
                       sum_evidence_new (self, AID_AMOUNT_CONTRIBUTION, caption));
      g_clear_pointer (&caption, g_free);
    }

  add_transaction_tile (self, AID_AMOUNT_COMMITMENT);
  add_transaction_tile (self, AID_AMOUNT_DISBURSEMENT);
  add_transaction_tile (self, AID_AMOUNT_EXPENDITURE);

  if (has_focus)
    add_humanitarian_tile (self, focus.end.year);

  count = aid_language_format_count (n_focus);
  if (n_all > n_focus)
    {
      g_autofree char *n_text = aid_language_format_count (n_all - n_focus);

      caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Under way in the period; %s more before or after it",
                                              "Under way in the period; %s more before or after it",
                                              n_all - n_focus),
                                 n_text);
    }
  add_tile (self, _("Activities"), count, NULL, caption, NULL);
  g_clear_pointer (&caption, g_free);
  g_clear_pointer (&count, g_free);

  count = aid_language_format_count (n_organisations);
  add_tile (self, _("Organisations"), count, NULL, _("Funders, implementers and partners"), NULL);
}

typedef struct
{
  const char   *label;
  gint64        cents;
  gboolean      contributions_only;
  gboolean      rest;             /* what cannot be attributed, drawn last and dimmed */
  AidDimension  dimension;
  const char   *key;              /* the breakdown row's key, NULL for the rest */
} ChartRow;

/* A popover that says what a bar adds up: the budgets of its row's activities. */
static GtkWidget *
bar_evidence_new (AidOverviewPage *self,
                  const ChartRow  *row)
{
  SumEvidence *evidence = g_new0 (SumEvidence, 1);

  evidence->kind = AID_AMOUNT_BUDGET;
  /* The label is the page's for this fill only; the key is the dataset's totals'. */
  evidence->explanation = g_strdup (row->label);
  evidence->in_chart = TRUE;
  evidence->dimension = row->dimension;
  evidence->key = row->key;

  return popover_for (self, evidence);
}

/* A chart as a grid: each bar has its label and its figure beside it, so that colour is never
 * the only cue, and the grid reads as a table to a screen reader. */
static guint
fill_chart (AidOverviewPage *self,
            GtkGrid         *grid,
            GArray          *rows)
{
  const char *language = aid_language_get ();
  const char *currency = aid_dataset_get_default_currency (self->dataset);
  gint64 largest = 0;
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    largest = MAX (largest, g_array_index (rows, ChartRow, i).cents);

  for (guint i = 0; i < rows->len; i++)
    {
      const ChartRow *row = &g_array_index (rows, ChartRow, i);
      g_autofree char *compact = NULL;
      g_autofree char *exact = NULL;
      g_autofree char *text = NULL;
      g_autofree char *accessible = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GtkBuilder) builder = NULL;
      GtkWidget *name;
      GtkWidget *bar;
      GtkWidget *figure;

      if (row->cents == 0 || largest == 0)
        continue;

      compact = aid_format_amount_compact (row->cents, currency, language);
      exact = aid_format_amount (row->cents, currency, language);
      /* Translators: "7.3 M€ in contributions", where no budget is published */
      text = row->contributions_only ? g_strdup_printf (_("%s in contributions"), compact) : g_strdup (compact);

      builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/aid-chart-row.ui");
      name = GTK_WIDGET (gtk_builder_get_object (builder, "name_label"));
      bar = GTK_WIDGET (gtk_builder_get_object (builder, "bar"));
      figure = GTK_WIDGET (gtk_builder_get_object (builder, "figure_button"));

      /* Ellipsized or not, a label shapes all of its text: a hostile name is cut first. */
      label = aid_labels_bound (row->label, AID_MAX_LABEL_CHARS);
      gtk_label_set_label (GTK_LABEL (name), label);
      gtk_widget_set_tooltip_text (name, label);
      aid_bar_set_fraction (AID_BAR (bar), (double)row->cents / (double)largest);
      aid_bar_set_colour (AID_BAR (bar), row->rest ? AID_BAR_COLOUR_REST : n);
      gtk_menu_button_set_label (GTK_MENU_BUTTON (figure), text);
      gtk_menu_button_set_popover (GTK_MENU_BUTTON (figure), bar_evidence_new (self, row));
      gtk_widget_set_tooltip_text (figure, exact);
      accessible = g_strdup_printf ("%s, %s", row->label, exact);
      gtk_accessible_update_property (GTK_ACCESSIBLE (figure), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      if (row->rest)
        {
          gtk_widget_add_css_class (name, "dim-label");
          gtk_widget_add_css_class (figure, "dim-label");
        }

      gtk_grid_attach (grid, name, 0, n, 1, 1);
      gtk_grid_attach (grid, bar, 1, n, 1, 1);
      gtk_grid_attach (grid, figure, 2, n, 1, 1);
      n++;
    }

  return n;
}

static gint64
row_value (const AidBreakdownRow *row,
           gboolean              *contributions_only)
{
  *contributions_only = row->sums[AID_AMOUNT_BUDGET].n_amounts == 0;

  return *contributions_only ? row->sums[AID_AMOUNT_CONTRIBUTION].cents : row->sums[AID_AMOUNT_BUDGET].cents;
}

static void
fill_channel_chart (AidOverviewPage *self)
{
  AidTotals *totals = aid_dataset_get_totals (self->dataset);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (ChartRow));

  for (guint c = 0; c < AID_N_CHANNELS; c++)
    {
      const AidBreakdownRow *breakdown = aid_totals_lookup_row (totals, AID_DIMENSION_CHANNEL, aid_channel_to_string (c));
      ChartRow row = { aid_labels_channel (c), 0, FALSE, FALSE, AID_DIMENSION_CHANNEL, aid_channel_to_string (c) };

      if (breakdown == NULL)
        continue;
      row.cents = row_value (breakdown, &row.contributions_only);
      g_array_append_val (rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->channel_group), fill_chart (self, self->channel_chart, rows) > 0);
}

static int
compare_chart_rows (gconstpointer a,
                    gconstpointer b)
{
  const ChartRow *ra = a;
  const ChartRow *rb = b;

  if (ra->rest != rb->rest)
    return ra->rest - rb->rest;

  return ra->cents < rb->cents ? 1 : ra->cents > rb->cents ? -1 : 0;
}

/* Regions get only what is attributable to them: an activity in a single region, or published
 * percentages. The rest is one row of its own, never split by guess. */
static void
fill_region_chart (AidOverviewPage *self)
{
  const char *language = aid_language_get ();
  AidTotals *totals = aid_dataset_get_totals (self->dataset);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (ChartRow));

  for (guint i = 0; i < aid_totals_get_n_rows (totals, AID_DIMENSION_REGION); i++)
    {
      const AidBreakdownRow *breakdown = aid_totals_get_row (totals, AID_DIMENSION_REGION, i);
      ChartRow row = { NULL, 0, FALSE, breakdown->key == NULL, AID_DIMENSION_REGION, breakdown->key };

      row.label = breakdown->key != NULL ? aid_dataset_get_region_name (self->dataset, breakdown->key, language)
                                         : _("Not attributable to one region");
      row.cents = row_value (breakdown, &row.contributions_only);
      g_array_append_val (rows, row);
    }
  g_array_sort (rows, compare_chart_rows);

  gtk_widget_set_visible (GTK_WIDGET (self->region_group), fill_chart (self, self->region_chart, rows) > 0);
}

/* The group stays; its rows are the dataset's. */
static void
add_reconciliation_row (AidOverviewPage *self,
                        GtkWidget       *row)
{
  aid_rows_add (self->reconciliation_group, self->reconciliation_rows, row);
}

static void
fill_reconciliation (AidOverviewPage *self)
{
  const char *language = aid_language_get ();
  const char *currency = aid_dataset_get_default_currency (self->dataset);
  g_autoptr(AidReconciliation) reconciliation = NULL;
  g_autoptr(GString) inside = g_string_new (NULL);
  g_autofree char *envelope = NULL;
  g_autofree char *itemised = NULL;
  g_autofree char *unitemised = NULL;
  g_autofree char *period = NULL;
  g_autofree char *description = NULL;
  g_autofree char *straddling_title = NULL;
  g_autofree char *n_straddling_text = NULL;
  GtkWidget *expander;
  guint n_inside;
  guint n_straddling;
  gint64 rest;

  if (aid_dataset_get_n_envelopes (self->dataset) == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->reconciliation_group), FALSE);
      return;
    }

  reconciliation = aid_dataset_reconcile_envelope (self->dataset, 0);
  period = aid_format_period (&aid_reconciliation_get_envelope_period (reconciliation)->start,
                              &aid_reconciliation_get_envelope_period (reconciliation)->end, language);
  description = g_strdup_printf (_("Amounts count against the envelope only if they lie within %s; "
                                   "programmes that run longer are listed apart, never pro-rated."),
                                 period);
  adw_preferences_group_set_description (self->reconciliation_group, description);

  envelope = aid_format_amount (aid_reconciliation_get_envelope_cents (reconciliation), currency, language);
  add_reconciliation_row (self, aid_fact_row_new (aid_reconciliation_get_envelope_title (reconciliation, language),
                                            _("As published"), envelope));

  /* A few titles, then how many more: a large dataset has thousands. */
  n_inside = n_to_list (aid_reconciliation_get_n_inside (reconciliation), MAX_TILE_LINES);
  for (guint i = 0; i < n_inside; i++)
    {
      const AidItemisedAmount *item = aid_reconciliation_get_inside (reconciliation, i);
      g_autofree char *marked = aid_labels_activity_title (item->activity);

      if (inside->len > 0)
        g_string_append (inside, ", ");

      g_string_append (inside, marked);
    }
  if (aid_reconciliation_get_n_inside (reconciliation) > n_inside)
    {
      guint n_more = aid_reconciliation_get_n_inside (reconciliation) - n_inside;
      g_autofree char *listed = g_string_free (g_steal_pointer (&inside), FALSE);

      inside = g_string_new (NULL);
      /* Translators: a list of activity titles, then how many more there are */
      g_autofree char *n_text = aid_language_format_count (n_more);

      g_string_printf (inside, g_dngettext (GETTEXT_PACKAGE, "%s and %s more", "%s and %s more", n_more), listed, n_text);
    }
  itemised = aid_format_amount (aid_reconciliation_get_itemised (reconciliation)->cents, currency, language);
  add_reconciliation_row (self, aid_fact_row_new (_("Itemised by activity for the period"), inside->str, itemised));

  rest = aid_reconciliation_get_unitemised_cents (reconciliation);
  unitemised = aid_format_amount (ABS (rest), currency, language);
  add_reconciliation_row (self, aid_fact_row_new (rest >= 0 ? _("Not itemised by any activity") : _("Itemised beyond the envelope"),
                                            rest >= 0 ? _("The sources do not say which activities this part of the envelope went to") : NULL,
                                            unitemised));

  expander = adw_expander_row_new ();
  n_straddling_text = aid_language_format_count (aid_reconciliation_get_n_straddling (reconciliation));
  straddling_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%s programme straddles the period",
                                                   "%s programmes straddle the period",
                                                   aid_reconciliation_get_n_straddling (reconciliation)),
                                      n_straddling_text);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), straddling_title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL, straddling_title, -1);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), _("They run before or after the period: not counted"));
  n_straddling = n_to_list (aid_reconciliation_get_n_straddling (reconciliation), MAX_ITEMS);
  for (guint i = 0; i < n_straddling; i++)
    {
      const AidItemisedAmount *item = aid_reconciliation_get_straddling (reconciliation, i);
      g_autofree char *amount = aid_format_amount (item->money->cents, item->money->currency, language);
      g_autofree char *item_period = NULL;
      g_autofree char *title = aid_labels_activity_title (item->activity);
      AidDate start, end;

      if (aid_activity_get_period (item->activity, &start, &end))
        item_period = aid_format_period (&start, &end, language);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                aid_fact_row_new (title, item_period, amount));
    }
  if (aid_reconciliation_get_n_straddling (reconciliation) > n_straddling)
    {
      guint n_more = aid_reconciliation_get_n_straddling (reconciliation) - n_straddling;
      g_autofree char *n_text = aid_language_format_count (n_more);
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %s more", "And %s more", n_more), n_text);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), aid_fact_row_new (more, NULL, NULL));
    }
  add_reconciliation_row (self, expander);
}

static void
clear (AidOverviewPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tiles))) != NULL)
    gtk_flow_box_remove (self->tiles, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->channel_chart))) != NULL)
    gtk_grid_remove (self->channel_chart, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->region_chart))) != NULL)
    gtk_grid_remove (self->region_chart, child);
  aid_rows_remove_all (self->reconciliation_rows);
}

static void
update (AidOverviewPage *self)
{
  clear (self);

  if (self->dataset == NULL)
    return;

  gtk_label_set_text (self->intro_label, aid_dataset_get_description (self->dataset, aid_language_get ()));
  fill_tiles (self);
  fill_channel_chart (self);
  fill_region_chart (self);
  fill_reconciliation (self);
}

/* GObject overrides */

static void
aid_overview_page_dispose (GObject *object)
{
  AidOverviewPage *self = (AidOverviewPage *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_OVERVIEW_PAGE);
  /* The template's unnamed root child is ours to unparent, as with any child of a plain
   * GtkWidget. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->reconciliation_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (aid_overview_page_parent_class)->dispose (object);
}

static void
aid_overview_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AidOverviewPage *self = AID_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, aid_overview_page_get_dataset (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_overview_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AidOverviewPage *self = AID_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      aid_overview_page_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_overview_page_class_init (AidOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = aid_overview_page_dispose;
  object_class->get_property = aid_overview_page_get_property;
  object_class->set_property = aid_overview_page_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, AID_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The charts' rows are built from aid-chart-row.ui. */
  g_type_ensure (AID_TYPE_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-overview-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, AidOverviewPage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, AidOverviewPage, tiles);
  gtk_widget_class_bind_template_child (widget_class, AidOverviewPage, channel_group);
  gtk_widget_class_bind_template_child (widget_class, AidOverviewPage, channel_chart);
  gtk_widget_class_bind_template_child (widget_class, AidOverviewPage, region_group);
  gtk_widget_class_bind_template_child (widget_class, AidOverviewPage, region_chart);
  gtk_widget_class_bind_template_child (widget_class, AidOverviewPage, reconciliation_group);
}

static void
aid_overview_page_init (AidOverviewPage *self)
{
  self->reconciliation_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

AidDataset *
aid_overview_page_get_dataset (AidOverviewPage *self)
{
  g_return_val_if_fail (AID_IS_OVERVIEW_PAGE (self), NULL);

  return self->dataset;
}

void
aid_overview_page_set_dataset (AidOverviewPage *self,
                               AidDataset      *dataset)
{
  g_return_if_fail (AID_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (dataset == NULL || AID_IS_DATASET (dataset));

  if (g_set_object (&self->dataset, dataset))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
    }
}
