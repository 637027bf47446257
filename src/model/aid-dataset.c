/* aid-dataset.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-dataset"

#include "config.h"

#include <math.h>

#include "aid-model-private.h"

enum {
  PROP_0,
  PROP_ID,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidDataset, aid_dataset, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* The dataset's own parts */

void
_aid_region_free (gpointer data)
{
  AidRegion *region = data;

  aid_text_free (region->name);
  g_free (region);
}

void
_aid_exchange_rate_free (gpointer data)
{
  AidExchangeRate *rate = data;

  aid_evidence_clear (&rate->evidence);
  g_clear_pointer (&rate->disputes, g_ptr_array_unref);
  g_free (rate);
}

void
_aid_count_free (gpointer data)
{
  AidCount *count = data;

  aid_text_free (count->label);
  g_clear_pointer (&count->themes, g_ptr_array_unref);
  aid_evidence_clear (&count->evidence);
  g_clear_pointer (&count->disputes, g_ptr_array_unref);
  g_free (count);
}

/* GObject overrides */

static void
aid_dataset_finalize (GObject *object)
{
  AidDataset *self = (AidDataset *)object;

  g_clear_pointer (&self->filename, g_free);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->title, aid_text_free);
  g_clear_pointer (&self->description, aid_text_free);
  g_clear_pointer (&self->licence_name, g_free);
  g_clear_pointer (&self->licence_url, g_free);
  g_clear_pointer (&self->licence_note, aid_text_free);
  g_clear_object (&self->sources);
  g_clear_object (&self->organisations);
  g_clear_object (&self->activities);
  g_clear_object (&self->focus_activities);
  g_clear_object (&self->humanitarian_activities);
  g_clear_object (&self->totals);
  g_clear_pointer (&self->citations, g_hash_table_unref);
  g_clear_pointer (&self->sources_by_id, g_hash_table_unref);
  g_clear_pointer (&self->organisations_by_id, g_hash_table_unref);
  g_clear_pointer (&self->regions_by_id, g_hash_table_unref);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_pointer (&self->exchange_rates, g_ptr_array_unref);
  g_clear_object (&self->envelopes);
  g_clear_object (&self->indicators);
  g_clear_pointer (&self->counts, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);

  G_OBJECT_CLASS (aid_dataset_parent_class)->finalize (object);
}

static void
aid_dataset_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AidDataset *self = AID_DATASET (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, aid_dataset_get_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_dataset_class_init (AidDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aid_dataset_finalize;
  object_class->get_property = aid_dataset_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aid_dataset_init (AidDataset *self)
{
  self->sources = g_list_store_new (AID_TYPE_SOURCE);
  self->organisations = g_list_store_new (AID_TYPE_ORGANISATION);
  self->activities = g_list_store_new (AID_TYPE_ACTIVITY);
  self->strings = g_string_chunk_new (4096);
  /* Keys are ids in self->strings; the stores and arrays own the values. */
  self->sources_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->organisations_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->regions_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->regions = g_ptr_array_new_with_free_func (_aid_region_free);
  self->exchange_rates = g_ptr_array_new_with_free_func (_aid_exchange_rate_free);
  self->envelopes = g_list_store_new (AID_TYPE_ENVELOPE);
  self->indicators = g_list_store_new (AID_TYPE_INDICATOR);
  self->counts = g_ptr_array_new_with_free_func (_aid_count_free);
  self->notes = g_ptr_array_new_with_free_func (_aid_note_free);
}

AidDataset *
_aid_dataset_new (void)
{
  return g_object_new (AID_TYPE_DATASET, NULL);
}

/* Public API */

const char *
aid_dataset_get_id (AidDataset *self)
{
  g_return_val_if_fail (AID_IS_DATASET (self), NULL);

  return self->id;
}

const char *
aid_dataset_get_title (AidDataset *self,
                       const char *language,
                       gboolean   *fell_back)
{
  g_return_val_if_fail (AID_IS_DATASET (self), NULL);

  return aid_text_get (self->title, language, fell_back);
}

const char *
aid_dataset_get_default_language (AidDataset *self)
{
  g_return_val_if_fail (AID_IS_DATASET (self), NULL);

  return self->default_language;
}

const char *
aid_dataset_get_default_currency (AidDataset *self)
{
  g_return_val_if_fail (AID_IS_DATASET (self), NULL);

  return self->default_currency;
}

const char *
aid_dataset_get_description (AidDataset *self,
                             const char *language)
{
  g_return_val_if_fail (AID_IS_DATASET (self), NULL);

  return aid_text_get (self->description, language, NULL);
}

gboolean
aid_dataset_get_focus_period (AidDataset *self,
                              AidPeriod  *period)
{
  g_return_val_if_fail (AID_IS_DATASET (self), FALSE);

  if (period != NULL)
    *period = self->focus_period;

  return self->has_focus_period;
}

GListModel *
aid_dataset_get_activities (AidDataset *self)
{
  g_return_val_if_fail (AID_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->activities);
}

GListModel *
aid_dataset_get_organisations (AidDataset *self)
{
  g_return_val_if_fail (AID_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->organisations);
}

GListModel *
aid_dataset_get_sources (AidDataset *self)
{
  g_return_val_if_fail (AID_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->sources);
}

AidOrganisation *
aid_dataset_lookup_organisation (AidDataset *self,
                                 const char *id)
{
  g_return_val_if_fail (AID_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->organisations_by_id, id) : NULL;
}

AidSource *
aid_dataset_lookup_source (AidDataset *self,
                           const char *id)
{
  g_return_val_if_fail (AID_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->sources_by_id, id) : NULL;
}

const char *
aid_dataset_get_region_name (AidDataset *self,
                             const char *id,
                             const char *language)
{
  AidRegion *region;

  g_return_val_if_fail (AID_IS_DATASET (self), NULL);

  if (id == NULL || (region = g_hash_table_lookup (self->regions_by_id, id)) == NULL)
    return NULL;

  return aid_text_get (region->name, language, NULL);
}

/**
 * aid_dataset_get_envelopes:
 *
 * Returns: (transfer none): the published envelopes, as #AidEnvelope
 */
GListModel *
aid_dataset_get_envelopes (AidDataset *self)
{
  g_return_val_if_fail (AID_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->envelopes);
}

/**
 * aid_dataset_get_indicators:
 *
 * Returns: (transfer none): the country indicators, as #AidIndicator
 */
GListModel *
aid_dataset_get_indicators (AidDataset *self)
{
  g_return_val_if_fail (AID_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->indicators);
}

/**
 * aid_dataset_convert:
 *
 * Converts at one of the fixed rates the dataset publishes (655.957 XOF per EUR), in either
 * direction, rounding to the cent. Returns FALSE when the dataset has no such rate: other
 * currencies are never converted.
 */
gboolean
aid_dataset_convert (AidDataset *self,
                     gint64      cents,
                     const char *from,
                     const char *to,
                     gint64     *converted)
{
  g_return_val_if_fail (AID_IS_DATASET (self), FALSE);
  g_return_val_if_fail (from != NULL && to != NULL, FALSE);

  for (guint i = 0; i < self->exchange_rates->len; i++)
    {
      AidExchangeRate *rate = g_ptr_array_index (self->exchange_rates, i);

      if (rate->rate <= 0)
        continue;
      if (g_strcmp0 (rate->base, from) == 0 && g_strcmp0 (rate->currency, to) == 0)
        {
          *converted = (gint64)llround ((double)cents * rate->rate);
          return TRUE;
        }
      if (g_strcmp0 (rate->currency, from) == 0 && g_strcmp0 (rate->base, to) == 0)
        {
          *converted = (gint64)llround ((double)cents / rate->rate);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * aid_dataset_get_counts:
 *
 * Returns: (transfer none) (element-type AidCount): what the sources count without itemising
 */
GPtrArray *
aid_dataset_get_counts (AidDataset *self)
{
  g_return_val_if_fail (AID_IS_DATASET (self), NULL);

  return self->counts;
}

/**
 * aid_dataset_get_notes:
 *
 * Returns: (transfer none) (element-type AidNote): context that is not a figure
 */
GPtrArray *
aid_dataset_get_notes (AidDataset *self)
{
  g_return_val_if_fail (AID_IS_DATASET (self), NULL);

  return self->notes;
}

/* Citations: every figure, code and note counts once for each source it cites. */

static void tally_evidence (const AidEvidence *evidence,
                            GHashTable        *counts);

static void
tally_money (const AidMoney *money,
             GHashTable     *counts)
{
  if (money == NULL)
    return;

  tally_evidence (&money->evidence, counts);
  for (guint i = 0; money->equivalents != NULL && i < money->equivalents->len; i++)
    tally_money (g_ptr_array_index (money->equivalents, i), counts);
  for (guint i = 0; money->disputes != NULL && i < money->disputes->len; i++)
    tally_money (g_ptr_array_index (money->disputes, i), counts);
}

static void
tally_evidence (const AidEvidence *evidence,
                GHashTable        *counts)
{
  /* References are the dataset's own id strings, one per id: counted by address. */
  if (evidence->source != NULL)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, evidence->source));

      g_hash_table_insert (counts, (gpointer)evidence->source, GUINT_TO_POINTER (n + 1));
    }

  for (guint i = 0; evidence->also != NULL && i < evidence->also->len; i++)
    tally_evidence (g_ptr_array_index (evidence->also, i), counts);
}

static void
tally_code_facts (GPtrArray  *facts,
                  GHashTable *counts)
{
  for (guint i = 0; facts != NULL && i < facts->len; i++)
    {
      AidCodeFact *fact = g_ptr_array_index (facts, i);

      tally_evidence (&fact->evidence, counts);
      tally_code_facts (fact->disputes, counts);
    }
}

static void
tally_activity (AidActivity *activity,
                GHashTable  *counts)
{
  tally_money (activity->budget, counts);
  if (activity->status != NULL)
    tally_evidence (&activity->status->evidence, counts);
  for (guint i = 0; i < AID_N_DATE_KINDS; i++)
    if (activity->dates[i] != NULL)
      tally_evidence (&activity->dates[i]->evidence, counts);
  for (guint i = 0; i < activity->participating_orgs->len; i++)
    tally_evidence (&((AidParticipation *)g_ptr_array_index (activity->participating_orgs, i))->evidence, counts);
  tally_code_facts (activity->sectors, counts);
  tally_code_facts (activity->locations, counts);
  for (guint i = 0; i < activity->contributions->len; i++)
    tally_money (((AidContribution *)g_ptr_array_index (activity->contributions, i))->money, counts);
  for (guint i = 0; i < activity->budgets->len; i++)
    tally_money (((AidBudget *)g_ptr_array_index (activity->budgets, i))->money, counts);
  for (guint i = 0; i < activity->transactions->len; i++)
    tally_money (((AidTransaction *)g_ptr_array_index (activity->transactions, i))->money, counts);
  for (guint i = 0; i < activity->results->len; i++)
    tally_evidence (&((AidResult *)g_ptr_array_index (activity->results, i))->evidence, counts);
  for (guint i = 0; i < activity->notes->len; i++)
    tally_evidence (&((AidNote *)g_ptr_array_index (activity->notes, i))->evidence, counts);
}

/* Every source's citations, counted in one pass on first use (the loader does it, off the main
 * thread). */
void
_aid_dataset_ensure_citations (AidDataset *self)
{
  GListModel *activities = G_LIST_MODEL (self->activities);
  g_autoptr(GHashTable) by_address = NULL;
  GHashTableIter iter;
  gpointer source, n;

  if (self->citations != NULL)
    return;

  by_address = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (activities, i);

      tally_activity (activity, by_address);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->envelopes)); i++)
    {
      g_autoptr(AidEnvelope) envelope = g_list_model_get_item (G_LIST_MODEL (self->envelopes), i);

      tally_money (envelope->money, by_address);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->indicators)); i++)
    {
      g_autoptr(AidIndicator) indicator = g_list_model_get_item (G_LIST_MODEL (self->indicators), i);

      tally_evidence (&indicator->evidence, by_address);
    }
  for (guint i = 0; i < self->counts->len; i++)
    tally_evidence (&((AidCount *)g_ptr_array_index (self->counts, i))->evidence, by_address);
  for (guint i = 0; i < self->notes->len; i++)
    tally_evidence (&((AidNote *)g_ptr_array_index (self->notes, i))->evidence, by_address);
  for (guint i = 0; i < self->exchange_rates->len; i++)
    tally_evidence (&((AidExchangeRate *)g_ptr_array_index (self->exchange_rates, i))->evidence, by_address);

  /* Looked up by any copy of the id; two copies, were there any, add up. */
  self->citations = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_iter_init (&iter, by_address);
  while (g_hash_table_iter_next (&iter, &source, &n))
    {
      guint sum = GPOINTER_TO_UINT (g_hash_table_lookup (self->citations, source)) + GPOINTER_TO_UINT (n);

      g_hash_table_insert (self->citations, source, GUINT_TO_POINTER (sum));
    }
}

/* How many figures, codes and notes cite @source, for the sources page. */
guint
aid_dataset_count_citations (AidDataset *self,
                             const char *source)
{
  g_return_val_if_fail (AID_IS_DATASET (self), 0);
  g_return_val_if_fail (source != NULL, 0);

  _aid_dataset_ensure_citations (self);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->citations, source));
}
