/* aid-fixed-rates.c: currencies whose rate to the euro is fixed by law or treaty
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * IATI files state amounts in whatever currency was paid: CFA francs in the Sahel, escudos in
 * Cape Verde. A handful of currencies have a rate to the euro that no market sets: a treaty or
 * a law fixes it, so that converting at it is a statement of law, not an estimate. Only those
 * are converted, each rate tied to the act that fixes it; an amount in any other currency is
 * never converted, and every converted amount keeps its original beside it.
 */

#define G_LOG_DOMAIN "aid-fixed-rates"

#include "config.h"

#include "aid-dataset-builder.h"
#include "aid-model-private.h"

typedef struct
{
  const char *source;
  const char *title;
  const char *publisher;
  const char *url;
} Act;

static const Act acts[] = {
  { "fixed-rate:eu-2866-98",
    "Council Regulation (EC) No 2866/98 of 31 December 1998 on the conversion rates between the euro and the "
    "currencies of the Member States adopting the euro (as amended)",
    "Council of the European Union", "https://eur-lex.europa.eu/eli/reg/1998/2866/oj" },
  { "fixed-rate:eu-98-683",
    "Council Decision 98/683/EC of 23 November 1998 concerning exchange rate matters relating to the CFA Franc "
    "and the Comorian Franc",
    "Council of the European Union", "https://eur-lex.europa.eu/eli/dec/1998/683/oj" },
  { "fixed-rate:eu-98-744",
    "Council Decision 98/744/EC of 21 December 1998 concerning exchange rate matters relating to the Cape Verde "
    "escudo",
    "Council of the European Union", "https://eur-lex.europa.eu/eli/dec/1998/744/oj" },
  { "fixed-rate:cbbh",
    "Law on the Central Bank of Bosnia and Herzegovina (1997): the convertible mark is issued at par with the "
    "Deutsche Mark, and so at its conversion rate to the euro",
    "Central Bank of Bosnia and Herzegovina", NULL },
};

/* How each act gives the rate, in English and in French: data, as the codelists' names are. */
typedef struct
{
  const char *currency;
  double      rate;          /* per euro */
  guint       act;           /* in acts[] */
  const char *how[2];
} FixedRate;

#define CFA_EN "1 euro = 6.55957 French francs (Regulation 2866/98), and the CFA franc keeps its fixed parity " \
               "of 100 to the French franc (Decision 98/683/EC)"
#define CFA_FR "1 euro = 6,55957 francs français (règlement 2866/98), et le franc CFA garde sa parité fixe " \
               "de 100 pour un franc français (décision 98/683/CE)"

static const FixedRate rates[] = {
  { "XOF", 655.957, 1, { CFA_EN, CFA_FR } },
  { "XAF", 655.957, 1, { CFA_EN, CFA_FR } },
  { "KMF", 491.96775, 1,
    { "1 euro = 6.55957 French francs (Regulation 2866/98), and the Comorian franc keeps its fixed parity of 75 to "
      "the French franc (Decision 98/683/EC)",
      "1 euro = 6,55957 francs français (règlement 2866/98), et le franc comorien garde sa parité fixe de 75 pour "
      "un franc français (décision 98/683/CE)" } },
  { "CVE", 110.265, 2,
    { "1 euro = 200.482 Portuguese escudos (Regulation 2866/98), and the Cape Verde escudo keeps its fixed parity "
      "of 0.55 to the Portuguese escudo (Decision 98/744/EC)",
      "1 euro = 200,482 escudos portugais (règlement 2866/98), et l’escudo cap-verdien garde sa parité fixe de "
      "0,55 pour un escudo portugais (décision 98/744/CE)" } },
  { "BAM", 1.95583, 3,
    { "1 euro = 1.95583 Deutsche Marks (Regulation 2866/98), and the convertible mark is at par with the "
      "Deutsche Mark",
      "1 euro = 1,95583 marks allemands (règlement 2866/98), et le mark convertible est au pair avec le mark "
      "allemand" } },
  { "BGN", 1.95583, 0,
    { "The conversion rate of the Bulgarian lev, fixed when Bulgaria adopted the euro",
      "Le taux de conversion du lev bulgare, fixé lors du passage de la Bulgarie à l’euro" } },
  { "HRK", 7.53450, 0,
    { "The conversion rate of the Croatian kuna, fixed when Croatia adopted the euro",
      "Le taux de conversion de la kuna croate, fixé lors du passage de la Croatie à l’euro" } },
};

static gboolean
has_rate (AidDataset *dataset,
          const char *currency)
{
  for (guint i = 0; i < dataset->exchange_rates->len; i++)
    {
      AidExchangeRate *rate = g_ptr_array_index (dataset->exchange_rates, i);

      if (rate->currency == currency && rate->base == dataset->default_currency)
        return TRUE;
    }

  return FALSE;
}

static void
note_currency (GHashTable     *used,
               const AidMoney *money)
{
  if (money != NULL && money->currency != NULL)
    g_hash_table_add (used, (gpointer)money->currency);
}

/* The currencies the activities state amounts in. */
static GHashTable *
find_currencies (AidDataset *dataset)
{
  GListModel *activities = G_LIST_MODEL (dataset->activities);
  GHashTable *used = g_hash_table_new (NULL, NULL);
  guint n = g_list_model_get_n_items (activities);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (activities, i);

      note_currency (used, activity->budget);
      for (guint j = 0; j < activity->contributions->len; j++)
        note_currency (used, ((AidContribution *)g_ptr_array_index (activity->contributions, j))->money);
      for (guint j = 0; j < activity->budgets->len; j++)
        note_currency (used, ((AidBudget *)g_ptr_array_index (activity->budgets, j))->money);
      for (guint j = 0; j < activity->transactions->len; j++)
        note_currency (used, ((AidTransaction *)g_ptr_array_index (activity->transactions, j))->money);
    }

  return used;
}

static const char *
add_act (AidDataset *dataset,
         const Act  *act)
{
  AidSource *known = g_hash_table_lookup (dataset->sources_by_id, act->source);
  g_autoptr(AidSource) source = NULL;

  if (known != NULL)
    return known->id;

  source = _aid_source_new ();
  source->id = g_string_chunk_insert (dataset->strings, act->source);
  source->title = g_strdup (act->title);
  source->publisher = g_strdup (act->publisher);
  source->url = g_strdup (act->url);
  source->language = g_intern_static_string ("en");
  g_hash_table_insert (dataset->sources_by_id, (gpointer)source->id, source);
  g_list_store_append (dataset->sources, source);

  return source->id;
}

/* Where the dataset's amounts are in euros, gives each currency it uses that has a rate fixed
 * by law or treaty, and no rate of the dataset's own, that rate, with the act as its source. */
void
_aid_builder_add_fixed_rates (AidDataset *dataset)
{
  g_autoptr(GHashTable) used = NULL;

  if (g_strcmp0 (dataset->default_currency, "EUR") != 0)
    return;

  used = find_currencies (dataset);
  for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
    {
      const char *currency = g_intern_static_string (rates[i].currency);
      AidExchangeRate *rate;
      AidText *note;

      if (!g_hash_table_contains (used, currency) || has_rate (dataset, currency))
        continue;

      rate = g_new0 (AidExchangeRate, 1);
      rate->currency = currency;
      rate->base = dataset->default_currency;
      rate->rate = rates[i].rate;
      rate->evidence.source = add_act (dataset, &acts[rates[i].act]);
      rate->evidence.method = AID_METHOD_PUBLISHED;
      note = aid_text_new ();
      aid_text_set (note, "en", rates[i].how[0]);
      aid_text_set (note, "fr", rates[i].how[1]);
      rate->evidence.note = note;
      g_ptr_array_add (dataset->exchange_rates, rate);
    }
}
