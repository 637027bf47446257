/* aid-csv.c: the activities as a spreadsheet reads them
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RFC 4180, in UTF-8 with a byte-order mark (so that a spreadsheet reads accents right), comma
 * separated, lines ending in CR LF. One row per activity, with stable column names. Amounts are
 * exact numbers with a decimal point and no grouping, as published; an amount not published is
 * an empty cell, never 0. Each row has a currency, its budget's or else the dataset's: amounts
 * in another currency are never added to it but go to a column of their own, such as
 * "disbursements_USD". A text cell that a spreadsheet would run as a formula (starting with =,
 * +, -, @, a tab or a carriage return) is escaped with a leading apostrophe.
 */

#define G_LOG_DOMAIN "aid-csv"

#include "config.h"

#include <string.h>

#include "aid-codelists.h"
#include "aid-csv.h"
#include "aid-decimal.h"
#include "aid-model-private.h"

/* The amount columns: what each sums, transactions by type or the funders' contributions. */
typedef enum
{
  KIND_COMMITMENTS,
  KIND_DISBURSEMENTS,
  KIND_EXPENDITURES,
  KIND_CONTRIBUTIONS,
  N_KINDS,
} Kind;

static const char * const kind_names[N_KINDS] = {
  "commitments", "disbursements", "expenditures", "contributions",
};

/* IATI TransactionType codes of the three transaction columns. */
static const char * const kind_types[N_KINDS] = { "2", "3", "4", NULL };

static const struct {
  AidDisputed flag;
  const char *name;
} disputed_names[] = {
  { AID_DISPUTED_BUDGET, "budget" },
  { AID_DISPUTED_FUNDING, "contributions" },
  { AID_DISPUTED_TRANSACTIONS, "transactions" },
  { AID_DISPUTED_STATUS, "status" },
  { AID_DISPUTED_DATES, "dates" },
  { AID_DISPUTED_ORGANISATIONS, "organisations" },
  { AID_DISPUTED_PLACES, "places" },
  { AID_DISPUTED_SECTORS, "sectors" },
  { AID_DISPUTED_RESULTS, "results" },
};

static void
append_cell (GString    *out,
             const char *text,
             gboolean    numeric)
{
  gboolean formula;

  if (out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, ',');
  if (text == NULL || text[0] == '\0')
    return;

  formula = !numeric && strchr ("=+-@\t\r", text[0]) != NULL;
  if (!formula && strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_joined (GString   *out,
               GPtrArray *items)
{
  g_ptr_array_add (items, NULL);
  {
    g_autofree char *joined = g_strjoinv ("; ", (char **)items->pdata);

    append_cell (out, joined, FALSE);
  }
}

static void
end_row (GString *out)
{
  g_string_append (out, "\r\n");
}

static const char *
organisation_name (AidDataset *dataset,
                   const char *id,
                   const char *language)
{
  AidOrganisation *organisation = id != NULL ? aid_dataset_lookup_organisation (dataset, id) : NULL;

  return organisation != NULL ? aid_organisation_get_name (organisation, language, NULL) : id;
}

static void
append_organisations (GString     *out,
                      AidDataset  *dataset,
                      AidActivity *activity,
                      const char  *role,
                      const char  *language)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < activity->participating_orgs->len; i++)
    {
      AidParticipation *participation = g_ptr_array_index (activity->participating_orgs, i);
      const char *name = organisation_name (dataset, participation->org, language);

      if (g_strcmp0 (participation->role, role) == 0 && name != NULL &&
          !g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, (gpointer)name);
    }
  append_joined (out, names);
}

static void
append_date (GString       *out,
             const AidDate *date)
{
  g_autofree char *text = aid_date_is_set (date) ? aid_date_to_string (date) : NULL;

  append_cell (out, text, TRUE);
}

/* The currency of @activity's row: its budget's (none, where the budget states none), else the
 * dataset's. */
static const char *
row_currency (AidDataset  *dataset,
              AidActivity *activity)
{
  if (activity->budget != NULL)
    return activity->budget->currency;

  return aid_dataset_get_default_currency (dataset);
}


/* Calls @func for each amount of @kind that @activity publishes. */
typedef void (*MoneyFunc) (const AidMoney *money,
                           gpointer        user_data);

static void
foreach_money (AidActivity *activity,
               Kind         kind,
               MoneyFunc    func,
               gpointer     user_data)
{
  if (kind == KIND_CONTRIBUTIONS)
    {
      for (guint i = 0; i < activity->contributions->len; i++)
        {
          AidContribution *contribution = g_ptr_array_index (activity->contributions, i);

          if (contribution->money != NULL)
            func (contribution->money, user_data);
        }
      return;
    }

  for (guint i = 0; i < activity->transactions->len; i++)
    {
      AidTransaction *transaction = g_ptr_array_index (activity->transactions, i);

      if (transaction->money != NULL && g_strcmp0 (transaction->type, kind_types[kind]) == 0)
        func (transaction->money, user_data);
    }
}

typedef struct
{
  const char *currency;       /* the one summed, NULL for amounts that state none */
  AidDecimal  sum;
  guint       n;
  GHashTable *others;         /* the other currencies found, or NULL */
} Summing;

static void
sum_cb (const AidMoney *money,
        gpointer        user_data)
{
  Summing *summing = user_data;
  /* Where a value states no currency, none is assumed (IATI files may have such). */
  const char *currency = money->currency;

  if (g_strcmp0 (currency, summing->currency) == 0)
    {
      _aid_decimal_add_money (&summing->sum, money);
      summing->n++;
    }
  else if (summing->others != NULL)
    {
      g_hash_table_add (summing->others, (gpointer)(currency != NULL ? currency : "none"));
    }
}

/* The exact sum of @activity's amounts of @kind in @currency ("none" for those without one), or
 * NULL where it publishes none. */
static char *
sum_amounts (AidActivity *activity,
             Kind         kind,
             const char  *currency)
{
  Summing summing = { g_strcmp0 (currency, "none") == 0 ? NULL : currency };
  GString *text;

  _aid_decimal_init (&summing.sum);
  foreach_money (activity, kind, sum_cb, &summing);
  if (summing.n == 0)
    {
      _aid_decimal_clear (&summing.sum);
      return NULL;
    }

  text = g_string_new (NULL);
  _aid_decimal_append (text, &summing.sum);
  _aid_decimal_clear (&summing.sum);

  return g_string_free (text, FALSE);
}

static void
add_source (GPtrArray         *ids,
            const AidEvidence *evidence)
{
  if (evidence->source != NULL && !g_ptr_array_find (ids, evidence->source, NULL))
    g_ptr_array_add (ids, (gpointer)evidence->source);
}

/* The titles of the sources that @activity's figures cite, the file it was read from first. */
static void
append_sources (GString     *out,
                AidDataset  *dataset,
                AidActivity *activity)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  if (activity->source != NULL)
    g_ptr_array_add (ids, (gpointer)activity->source);
  if (activity->budget != NULL)
    add_source (ids, &activity->budget->evidence);
  for (guint i = 0; i < activity->contributions->len; i++)
    {
      AidContribution *contribution = g_ptr_array_index (activity->contributions, i);

      if (contribution->money != NULL)
        add_source (ids, &contribution->money->evidence);
    }
  for (guint i = 0; i < activity->transactions->len; i++)
    {
      AidTransaction *transaction = g_ptr_array_index (activity->transactions, i);

      if (transaction->money != NULL)
        add_source (ids, &transaction->money->evidence);
    }

  for (guint i = 0; i < ids->len; i++)
    {
      AidSource *source = aid_dataset_lookup_source (dataset, g_ptr_array_index (ids, i));

      g_ptr_array_add (titles, source != NULL ? (gpointer)aid_source_get_title (source) : g_ptr_array_index (ids, i));
    }
  append_joined (out, titles);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **)a, *(const char **)b);
}

typedef struct
{
  Kind        kind;
  const char *currency;
} Extra;

/* The columns of amounts in other currencies than their rows', by kind, then by currency. */
static GArray *
find_extra_columns (AidDataset  *dataset,
                    AidActivity **activities,
                    guint        n_activities)
{
  GArray *extras = g_array_new (FALSE, FALSE, sizeof (Extra));

  for (Kind kind = 0; kind < N_KINDS; kind++)
    {
      g_autoptr(GHashTable) others = g_hash_table_new (g_str_hash, g_str_equal);
      g_autofree gpointer *currencies = NULL;
      guint n = 0;

      for (guint i = 0; i < n_activities; i++)
        {
          Summing summing = { row_currency (dataset, activities[i]), { { NULL } }, 0, others };

          _aid_decimal_init (&summing.sum);
          foreach_money (activities[i], kind, sum_cb, &summing);
          _aid_decimal_clear (&summing.sum);
        }

      currencies = g_hash_table_get_keys_as_array (others, &n);
      qsort (currencies, n, sizeof (gpointer), compare_strings);
      for (guint c = 0; c < n; c++)
        {
          Extra extra = { kind, currencies[c] };

          g_array_append_val (extras, extra);
        }
    }

  return extras;
}

static void
append_row (GString     *out,
            AidDataset  *dataset,
            AidActivity *activity,
            GArray      *extras,
            const char  *language)
{
  const char *currency = row_currency (dataset, activity);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  AidDate start = { 0 }, end = { 0 };
  AidDisputed disputed = aid_activity_get_disputed (activity);

  append_cell (out, activity->id, FALSE);
  append_cell (out, aid_activity_get_title (activity, language, NULL), FALSE);
  append_cell (out, organisation_name (dataset, activity->reporting_org, language), FALSE);
  append_organisations (out, dataset, activity, "1", language);
  append_organisations (out, dataset, activity, "4", language);
  append_cell (out, aid_channel_to_string (activity->channel), FALSE);
  append_cell (out, activity->status != NULL ? aid_codelist_get_label (AID_CODELIST_ACTIVITY_STATUS, activity->status->code, language)
                                            : NULL, FALSE);
  aid_activity_get_period (activity, &start, &end);
  append_date (out, &start);
  append_date (out, &end);

  for (guint i = 0; i < activity->locations->len; i++)
    g_ptr_array_add (items, (gpointer)aid_dataset_get_region_name (dataset, ((AidCodeFact *)g_ptr_array_index (activity->locations, i))->code, language));
  append_joined (out, items);
  g_ptr_array_set_size (items, 0);
  for (guint i = 0; activity->countries != NULL && i < activity->countries->len; i++)
    g_ptr_array_add (items, (gpointer)((AidCodeFact *)g_ptr_array_index (activity->countries, i))->code);
  append_joined (out, items);
  g_ptr_array_set_size (items, 0);
  for (guint i = 0; i < activity->sectors->len; i++)
    g_ptr_array_add (items, (gpointer)((AidCodeFact *)g_ptr_array_index (activity->sectors, i))->code);
  append_joined (out, items);

  append_cell (out, activity->humanitarian ? "true" : "false", FALSE);
  append_cell (out, currency, FALSE);

  /* The row is in the budget's currency, by its definition. */
  if (activity->budget != NULL)
    {
      g_autoptr(GString) budget = g_string_new (NULL);
      AidDecimal sum;

      _aid_decimal_init (&sum);
      _aid_decimal_add_money (&sum, activity->budget);
      _aid_decimal_append (budget, &sum);
      _aid_decimal_clear (&sum);
      append_cell (out, budget->str, TRUE);
    }
  else
    {
      append_cell (out, NULL, TRUE);
    }

  for (Kind kind = 0; kind < N_KINDS; kind++)
    {
      g_autofree char *sum = sum_amounts (activity, kind, currency);

      append_cell (out, sum, TRUE);
    }

  g_ptr_array_set_size (items, 0);
  for (guint i = 0; i < G_N_ELEMENTS (disputed_names); i++)
    if ((disputed & disputed_names[i].flag) != 0)
      g_ptr_array_add (items, (gpointer)disputed_names[i].name);
  append_joined (out, items);
  append_sources (out, dataset, activity);

  for (guint i = 0; i < extras->len; i++)
    {
      const Extra *extra = &g_array_index (extras, Extra, i);
      g_autofree char *sum = g_strcmp0 (extra->currency, currency) != 0
                             ? sum_amounts (activity, extra->kind, extra->currency) : NULL;

      append_cell (out, sum, TRUE);
    }

  end_row (out);
}

/**
 * aid_csv_format_activities:
 * @activities: (array length=n_activities): the activities to write, in that order
 * @language: the language of the texts ("fr" or "en")
 *
 * Returns: (transfer full): the CSV text of @activities, one row each, as the file comment
 *   above describes
 */
char *
aid_csv_format_activities (AidDataset   *dataset,
                           AidActivity **activities,
                           guint         n_activities,
                           const char   *language)
{
  static const char * const columns[] = {
    "identifier", "title", "reporting_org", "funders", "implementers", "channel", "status",
    "start", "end", "regions", "countries", "sectors", "humanitarian", "currency", "budget",
    "commitments", "disbursements", "expenditures", "contributions", "disputed", "sources",
  };
  g_autoptr(GArray) extras = NULL;
  GString *out;

  g_return_val_if_fail (AID_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (activities != NULL || n_activities == 0, NULL);

  extras = find_extra_columns (dataset, activities, n_activities);

  out = g_string_new ("\xEF\xBB\xBF");
  /* The mark is no cell: the first one starts the line. */
  g_string_append (out, columns[0]);
  for (guint i = 1; i < G_N_ELEMENTS (columns); i++)
    {
      g_string_append_c (out, ',');
      g_string_append (out, columns[i]);
    }
  for (guint i = 0; i < extras->len; i++)
    {
      const Extra *extra = &g_array_index (extras, Extra, i);

      g_string_append_printf (out, ",%s_%s", kind_names[extra->kind], extra->currency);
    }
  end_row (out);

  for (guint i = 0; i < n_activities; i++)
    append_row (out, dataset, activities[i], extras, language);

  return g_string_free (out, FALSE);
}
