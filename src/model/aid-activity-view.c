/* aid-activity-view.c: a dataset's activities, filtered and sorted, as a list model
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK's filter and sort models ask for every item through GListModel and a closure, which at a
 * hundred thousand activities costs more than a keystroke may take. This view keeps what it
 * tests in one array, sorts it once per order, and after a keystroke looks again only at what
 * the change can affect: typing on narrows what is shown, deleting widens it. It reports one
 * change, the span between what stayed the same at either end.
 */

#define G_LOG_DOMAIN "aid-activity-view"

#include "config.h"

#include <string.h>

#include "aid-activity-view.h"
#include "aid-focus.h"
#include "aid-model-private.h"
#include "aid-search.h"

typedef struct
{
  AidActivity *activity;
  /* The activity's search keys, here so that a keystroke reads this array and the keys, each
   * in a stream, and never the activities themselves. */
  const char  *keys[AID_N_SEARCH_KEYS];
  guint32      key_lengths[AID_N_SEARCH_KEYS];
  const char  *channel;
  char        *title_key;       /* for AID_ORDER_TITLE, in title_language */
  AidDate      start;
  AidDate      end;
  guint        index;           /* in the document */
  guint        in_focus : 1;
  guint        shown : 1;
} Entry;

struct _AidActivityView
{
  GObject      parent_instance;

  AidDataset  *dataset;
  Entry       *entries;         /* in document order */
  Entry      **sorted;          /* in the order chosen */
  Entry      **visible;         /* those shown, in that order */
  Entry      **previous;        /* what was shown before a change */
  guint        n_entries;
  guint        n_visible;

  GPtrArray   *statuses;        /* the codes the activities have, in document order */
  GPtrArray   *regions;
  GPtrArray   *countries;       /* ISO 3166 codes of recipient countries */
  GHashTable  *counts[AID_N_FACETS]; /* code -> how many activities have it */

  AidOrder     order;
  char        *title_language;

  char        *channel;
  char        *status;
  char        *region;
  char        *country;
  char        *organisation;
  gboolean     humanitarian_only;
  gboolean     focus_only;
  char        *query;
  GStrv        words;           /* of the query */
  guint        description_key; /* the descriptions searched, in the language shown */
  gsize       *word_lengths;
};

static GType
aid_activity_view_get_item_type (GListModel *model)
{
  return AID_TYPE_ACTIVITY;
}

static guint
aid_activity_view_get_n_items (GListModel *model)
{
  return AID_ACTIVITY_VIEW (model)->n_visible;
}

static gpointer
aid_activity_view_get_item (GListModel *model,
                            guint       position)
{
  AidActivityView *self = AID_ACTIVITY_VIEW (model);

  if (position >= self->n_visible)
    return NULL;

  return g_object_ref (self->visible[position]->activity);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = aid_activity_view_get_item_type;
  iface->get_n_items = aid_activity_view_get_n_items;
  iface->get_item = aid_activity_view_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (AidActivityView, aid_activity_view, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* Matching */

static gboolean
is_set (const char *value)
{
  return value != NULL && value[0] != '\0';
}

static gboolean
in_region (AidActivity *activity,
           const char  *region)
{
  for (guint i = 0; i < activity->locations->len; i++)
    if (g_strcmp0 (((AidCodeFact *)g_ptr_array_index (activity->locations, i))->code, region) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
in_country (AidActivity *activity,
            const char  *country)
{
  for (guint i = 0; activity->countries != NULL && i < activity->countries->len; i++)
    if (g_strcmp0 (((AidCodeFact *)g_ptr_array_index (activity->countries, i))->code, country) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
has_organisation (AidActivity *activity,
                  const char  *organisation)
{
  for (guint i = 0; i < activity->participating_orgs->len; i++)
    if (g_strcmp0 (((AidParticipation *)g_ptr_array_index (activity->participating_orgs, i))->org, organisation) == 0)
      return TRUE;

  return FALSE;
}

/* Every word of the query is in the key, as aid_search_matches() has it, with the words split
 * once per query rather than once per activity. */
static gboolean
matches_query (AidActivityView *self,
               const Entry     *entry)
{
  guint description = self->description_key;

  if (self->words == NULL)
    return TRUE;

  for (guint w = 0; self->words[w] != NULL; w++)
    if (!aid_search_find (entry->keys[AID_SEARCH_KEY_NAMES], entry->key_lengths[AID_SEARCH_KEY_NAMES],
                          self->words[w], self->word_lengths[w]) &&
        !aid_search_find (entry->keys[description], entry->key_lengths[description],
                          self->words[w], self->word_lengths[w]))
      return FALSE;

  return TRUE;
}

static gboolean
matches (AidActivityView *self,
         const Entry     *entry)
{
  AidActivity *activity = entry->activity;

  if (is_set (self->channel) && g_strcmp0 (entry->channel, self->channel) != 0)
    return FALSE;
  if (is_set (self->status) && g_strcmp0 (activity->status != NULL ? activity->status->code : NULL, self->status) != 0)
    return FALSE;
  if (is_set (self->region) && !in_region (activity, self->region))
    return FALSE;
  if (is_set (self->country) && !in_country (activity, self->country))
    return FALSE;
  if (is_set (self->organisation) && !has_organisation (activity, self->organisation))
    return FALSE;
  if (self->humanitarian_only && !activity->humanitarian)
    return FALSE;
  if (self->focus_only && !entry->in_focus)
    return FALSE;

  return matches_query (self, entry);
}

/* Changes */

/* Tells the list what changed between previous and visible: one span, between what stayed the
 * same at the start and at the end. */
static void
emit_changes (AidActivityView *self,
              guint            n_previous)
{
  guint same_start = 0, same_end = 0;
  guint limit = MIN (n_previous, self->n_visible);

  while (same_start < limit && self->previous[same_start] == self->visible[same_start])
    same_start++;
  while (same_end < limit - same_start &&
         self->previous[n_previous - 1 - same_end] == self->visible[self->n_visible - 1 - same_end])
    same_end++;

  if (same_start + same_end == n_previous && n_previous == self->n_visible)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), same_start,
                              n_previous - same_start - same_end,
                              self->n_visible - same_start - same_end);
}

static void
start_change (AidActivityView *self,
              guint           *n_previous)
{
  Entry **swap = self->previous;

  self->previous = self->visible;
  self->visible = swap;
  *n_previous = self->n_visible;
  self->n_visible = 0;
}

typedef enum
{
  PASS_ALL,       /* test every activity */
  PASS_NARROWER,  /* only what is shown can stay */
  PASS_WIDER,     /* what is shown stays; test the rest */
  PASS_REORDER,   /* the same activities, in another order */
} Pass;

/* Testing the activities is the part of a keystroke that grows with the dataset: from this
 * many on, it is shared with a second thread. Each tests its own half of the entries. */
#define PARALLEL_FROM 20000

typedef struct
{
  AidActivityView *self;
  Entry          **entries;
  guint            n_entries;
  Pass             pass;
} Slice;

static void
test_slice (Slice *slice)
{
  for (guint i = 0; i < slice->n_entries; i++)
    {
      Entry *entry = slice->entries[i];

      if (slice->pass == PASS_NARROWER)
        entry->shown = matches_query (slice->self, entry);
      else if (slice->pass == PASS_ALL || (slice->pass == PASS_WIDER && !entry->shown))
        entry->shown = matches (slice->self, entry);
    }
}

static gpointer
test_slice_thread (gpointer data)
{
  test_slice (data);

  return NULL;
}

static void
test_entries (AidActivityView *self,
              Entry          **entries,
              guint            n_entries,
              Pass             pass)
{
  Slice first = { self, entries, n_entries, pass };

  if (n_entries >= PARALLEL_FROM && g_get_num_processors () > 1)
    {
      Slice second = { self, entries + n_entries / 2, n_entries - n_entries / 2, pass };
      GThread *thread;

      first.n_entries = n_entries / 2;
      thread = g_thread_new ("aid-filter", test_slice_thread, &second);
      test_slice (&first);
      g_thread_join (thread);
    }
  else
    {
      test_slice (&first);
    }
}

static void
refilter (AidActivityView *self,
          Pass             pass)
{
  guint n_previous;

  start_change (self, &n_previous);

  if (pass == PASS_NARROWER)
    {
      test_entries (self, self->previous, n_previous, pass);
      for (guint i = 0; i < n_previous; i++)
        if (self->previous[i]->shown)
          self->visible[self->n_visible++] = self->previous[i];
    }
  else
    {
      if (pass != PASS_REORDER)
        test_entries (self, self->sorted, self->n_entries, pass);
      for (guint i = 0; i < self->n_entries; i++)
        if (self->sorted[i]->shown)
          self->visible[self->n_visible++] = self->sorted[i];
    }

  emit_changes (self, n_previous);
}

/* Sorting */

/* Unknown dates sort last, whichever the order. */
static int
compare_dates (const AidDate *a,
               const AidDate *b)
{
  gboolean has_a = aid_date_is_set (a), has_b = aid_date_is_set (b);

  if (!has_a || !has_b)
    return (int)!has_a - (int)!has_b;

  return aid_date_compare (a, b);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const Entry *first = *(const Entry **)a;
  const Entry *second = *(const Entry **)b;
  AidOrder order = GPOINTER_TO_INT (user_data);
  int result = 0;

  switch (order)
    {
    case AID_ORDER_TITLE:
      result = strcmp (first->title_key, second->title_key);
      break;

    case AID_ORDER_BUDGET:
      {
        const AidMoney *budget_a = first->activity->budget;
        const AidMoney *budget_b = second->activity->budget;

        if (budget_a == NULL || budget_b == NULL)
          result = (int)(budget_a == NULL) - (int)(budget_b == NULL);
        else
          result = budget_a->cents < budget_b->cents ? 1 : budget_a->cents > budget_b->cents ? -1 : 0;
      }
      break;

    case AID_ORDER_START:
      result = compare_dates (&first->start, &second->start);
      break;

    case AID_ORDER_END:
      result = compare_dates (&first->end, &second->end);
      break;

    case AID_ORDER_DOCUMENT:
    default:
      break;
    }

  /* Equals keep the document's order. */
  if (result == 0)
    result = first->index < second->index ? -1 : first->index > second->index;

  return result;
}

static void
ensure_title_keys (AidActivityView *self,
                   const char      *language)
{
  g_autoptr(GString) key = g_string_new (NULL);

  if (g_strcmp0 (self->title_language, language) == 0)
    return;

  for (guint i = 0; i < self->n_entries; i++)
    {
      Entry *entry = &self->entries[i];

      g_string_truncate (key, 0);
      aid_search_fold (aid_activity_get_title (entry->activity, language, NULL), key);
      g_free (entry->title_key);
      entry->title_key = g_strdup (key->str);
    }
  g_set_str (&self->title_language, language);
}

static void
sort_entries (AidActivityView *self)
{
  /* Title keys are made by the callers, which know the language. */
  for (guint i = 0; i < self->n_entries; i++)
    self->sorted[i] = &self->entries[i];
  if (self->order != AID_ORDER_DOCUMENT)
    g_sort_array (self->sorted, self->n_entries, sizeof (Entry *), compare_entries, GINT_TO_POINTER (self->order));
}

/* GObject overrides */

static void
clear_entries (AidActivityView *self)
{
  for (guint i = 0; i < self->n_entries; i++)
    {
      g_object_unref (self->entries[i].activity);
      g_free (self->entries[i].title_key);
    }
  g_clear_pointer (&self->entries, g_free);
  g_clear_pointer (&self->sorted, g_free);
  g_clear_pointer (&self->visible, g_free);
  g_clear_pointer (&self->previous, g_free);
  g_ptr_array_set_size (self->statuses, 0);
  g_ptr_array_set_size (self->regions, 0);
  g_ptr_array_set_size (self->countries, 0);
  for (guint f = 0; f < AID_N_FACETS; f++)
    g_hash_table_remove_all (self->counts[f]);
  self->n_entries = 0;
  self->n_visible = 0;
}

static void
aid_activity_view_finalize (GObject *object)
{
  AidActivityView *self = (AidActivityView *)object;

  clear_entries (self);
  g_clear_pointer (&self->statuses, g_ptr_array_unref);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_pointer (&self->countries, g_ptr_array_unref);
  for (guint f = 0; f < AID_N_FACETS; f++)
    g_clear_pointer (&self->counts[f], g_hash_table_unref);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->title_language, g_free);
  g_clear_pointer (&self->channel, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->region, g_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->word_lengths, g_free);

  G_OBJECT_CLASS (aid_activity_view_parent_class)->finalize (object);
}

static void
aid_activity_view_class_init (AidActivityViewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aid_activity_view_finalize;
}

static void
aid_activity_view_init (AidActivityView *self)
{
  self->description_key = AID_SEARCH_KEY_ENGLISH;
  self->statuses = g_ptr_array_new ();
  self->regions = g_ptr_array_new ();
  self->countries = g_ptr_array_new ();
  for (guint f = 0; f < AID_N_FACETS; f++)
    self->counts[f] = g_hash_table_new (g_str_hash, g_str_equal);
}

/* One more activity has @code (the dataset's string, which outlives the table). */
static void
count (GHashTable *counts,
       const char *code)
{
  if (code != NULL)
    g_hash_table_insert (counts, (gpointer)code,
                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, code)) + 1));
}

/* Each code of @facts once, however many times the activity names it. */
static void
count_codes (GHashTable *counts,
             GPtrArray  *facts)
{
  for (guint i = 0; facts != NULL && i < facts->len; i++)
    {
      const char *code = ((AidCodeFact *)g_ptr_array_index (facts, i))->code;
      gboolean again = FALSE;

      for (guint j = 0; j < i && !again; j++)
        again = g_strcmp0 (((AidCodeFact *)g_ptr_array_index (facts, j))->code, code) == 0;
      if (!again)
        count (counts, code);
    }
}

static void
count_facets (AidActivityView *self,
              Entry           *entry)
{
  AidActivity *activity = entry->activity;
  GPtrArray *participations = activity->participating_orgs;

  count (self->counts[AID_FACET_CHANNEL], entry->channel);
  count (self->counts[AID_FACET_STATUS], activity->status != NULL ? activity->status->code : NULL);
  count_codes (self->counts[AID_FACET_REGION], activity->locations);
  count_codes (self->counts[AID_FACET_COUNTRY], activity->countries);
  for (guint i = 0; i < participations->len; i++)
    {
      const char *org = ((AidParticipation *)g_ptr_array_index (participations, i))->org;
      gboolean again = FALSE;

      /* A body in two roles is one organisation of the activity. */
      for (guint j = 0; j < i && !again; j++)
        again = g_strcmp0 (((AidParticipation *)g_ptr_array_index (participations, j))->org, org) == 0;
      if (!again)
        count (self->counts[AID_FACET_ORGANISATION], org);
    }
}

/* Public API */

AidActivityView *
aid_activity_view_new (void)
{
  return g_object_new (AID_TYPE_ACTIVITY_VIEW, NULL);
}

/**
 * aid_activity_view_set_dataset:
 * @dataset: (nullable): the dataset whose activities are shown
 *
 * The activities are taken as they are now: a dataset's activities do not change once loaded.
 */
void
aid_activity_view_set_dataset (AidActivityView *self,
                               AidDataset      *dataset)
{
  g_autoptr(GHashTable) seen_statuses = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) seen_regions = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) seen_countries = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *activities;
  guint n_previous;

  g_return_if_fail (AID_IS_ACTIVITY_VIEW (self));
  g_return_if_fail (dataset == NULL || AID_IS_DATASET (dataset));

  if (self->dataset == dataset)
    return;

  n_previous = self->n_visible;
  clear_entries (self);
  g_set_object (&self->dataset, dataset);
  /* Title keys are made again for the new titles when next needed. */
  if (self->order != AID_ORDER_TITLE)
    g_clear_pointer (&self->title_language, g_free);

  activities = dataset != NULL ? aid_dataset_get_activities (dataset) : NULL;
  self->n_entries = activities != NULL ? g_list_model_get_n_items (activities) : 0;
  self->entries = g_new0 (Entry, self->n_entries);
  self->sorted = g_new (Entry *, self->n_entries);
  self->visible = g_new (Entry *, self->n_entries);
  self->previous = g_new (Entry *, self->n_entries);
  for (guint i = 0; i < self->n_entries; i++)
    {
      Entry *entry = &self->entries[i];

      entry->activity = g_list_model_get_item (activities, i);
      entry->index = i;
      for (guint k = 0; k < AID_N_SEARCH_KEYS; k++)
        {
          entry->keys[k] = entry->activity->search_keys[k];
          entry->key_lengths[k] = (guint32)MIN (entry->activity->search_key_lengths[k], G_MAXUINT32);
        }
      entry->channel = aid_channel_to_string (entry->activity->channel);
      entry->in_focus = aid_dataset_is_in_focus (dataset, entry->activity);
      count_facets (self, entry);
      aid_activity_get_period (entry->activity, &entry->start, &entry->end);

      /* Codes are the dataset's strings, one per code: compared as pointers. */
      if (entry->activity->status != NULL && entry->activity->status->code != NULL &&
          g_hash_table_add (seen_statuses, (gpointer)entry->activity->status->code))
        g_ptr_array_add (self->statuses, (gpointer)entry->activity->status->code);
      for (guint l = 0; l < entry->activity->locations->len; l++)
        {
          const char *region = ((AidCodeFact *)g_ptr_array_index (entry->activity->locations, l))->code;

          if (region != NULL && g_hash_table_add (seen_regions, (gpointer)region))
            g_ptr_array_add (self->regions, (gpointer)region);
        }
      for (guint c = 0; entry->activity->countries != NULL && c < entry->activity->countries->len; c++)
        {
          const char *country = ((AidCodeFact *)g_ptr_array_index (entry->activity->countries, c))->code;

          if (country != NULL && g_hash_table_add (seen_countries, (gpointer)country))
            g_ptr_array_add (self->countries, (gpointer)country);
        }
    }

  if (self->order == AID_ORDER_TITLE)
    {
      g_autofree char *language = g_steal_pointer (&self->title_language);

      ensure_title_keys (self, language);
    }
  sort_entries (self);

  for (guint i = 0; i < self->n_entries; i++)
    {
      Entry *entry = self->sorted[i];

      entry->shown = matches (self, entry);
      if (entry->shown)
        self->visible[self->n_visible++] = entry;
    }

  if (n_previous > 0 || self->n_visible > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n_previous, self->n_visible);
}

/**
 * aid_activity_view_set_order:
 * @language: the language of the titles, for %AID_ORDER_TITLE
 */
void
aid_activity_view_set_order (AidActivityView *self,
                             AidOrder         order,
                             const char      *language)
{
  g_return_if_fail (AID_IS_ACTIVITY_VIEW (self));
  g_return_if_fail (order <= AID_ORDER_END);

  if (order == self->order && (order != AID_ORDER_TITLE || g_strcmp0 (language, self->title_language) == 0))
    return;

  self->order = order;
  if (order == AID_ORDER_TITLE)
    ensure_title_keys (self, language);
  sort_entries (self);
  refilter (self, PASS_REORDER);
}

static gboolean
set_condition (char       **field,
               const char  *value)
{
  return g_set_str (field, is_set (value) ? value : NULL);
}

void
aid_activity_view_set_filter (AidActivityView         *self,
                              const AidActivityFilter *filter)
{
  const char *query;
  gboolean others_changed = FALSE;
  Pass pass;

  g_return_if_fail (AID_IS_ACTIVITY_VIEW (self));
  g_return_if_fail (filter != NULL);

  others_changed |= set_condition (&self->channel, filter->channel);
  others_changed |= set_condition (&self->status, filter->status);
  others_changed |= set_condition (&self->region, filter->region);
  others_changed |= set_condition (&self->country, filter->country);
  others_changed |= set_condition (&self->organisation, filter->organisation);
  if (self->humanitarian_only != filter->humanitarian_only || self->focus_only != filter->focus_only)
    others_changed = TRUE;
  if (self->description_key != (g_strcmp0 (filter->language, "fr") == 0 ? AID_SEARCH_KEY_FRENCH : AID_SEARCH_KEY_ENGLISH))
    {
      self->description_key = g_strcmp0 (filter->language, "fr") == 0 ? AID_SEARCH_KEY_FRENCH : AID_SEARCH_KEY_ENGLISH;
      others_changed = TRUE;
    }
  self->humanitarian_only = filter->humanitarian_only;
  self->focus_only = filter->focus_only;

  /* Every word of a longer query must match where the shorter one's did: typing on narrows, and
   * deleting widens. */
  query = is_set (filter->query) ? filter->query : "";
  if (others_changed)
    pass = PASS_ALL;
  else if (g_strcmp0 (query, self->query != NULL ? self->query : "") == 0)
    return;
  else if (self->query == NULL || g_str_has_prefix (query, self->query))
    pass = PASS_NARROWER;
  else if (g_str_has_prefix (self->query, query))
    pass = PASS_WIDER;
  else
    pass = PASS_ALL;

  set_condition (&self->query, query);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->word_lengths, g_free);
  if (self->query != NULL)
    {
      /* Folded queries have single spaces, and an empty word would match anything anyway. */
      self->words = g_strsplit (self->query, " ", -1);
      self->word_lengths = g_new (gsize, g_strv_length (self->words));
      for (guint w = 0; self->words[w] != NULL; w++)
        self->word_lengths[w] = strlen (self->words[w]);
    }

  refilter (self, pass);
}

/**
 * aid_activity_view_get_statuses:
 *
 * Returns: (transfer none) (element-type utf8): the status codes the dataset's activities
 *   have, in the order they first appear
 */
GPtrArray *
aid_activity_view_get_statuses (AidActivityView *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY_VIEW (self), NULL);

  return self->statuses;
}

/**
 * aid_activity_view_count_activities:
 * @code: a channel ("bilateral"), a status code, a region or organisation id, or a country code
 *
 * Returns: how many of the dataset's activities have @code, whatever the filter: what a filter
 *   choice gives at most
 */
guint
aid_activity_view_count_activities (AidActivityView *self,
                                    AidFacet         facet,
                                    const char      *code)
{
  g_return_val_if_fail (AID_IS_ACTIVITY_VIEW (self), 0);
  g_return_val_if_fail (facet < AID_N_FACETS, 0);

  return code != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (self->counts[facet], code)) : 0;
}

/**
 * aid_activity_view_get_countries:
 *
 * Returns: (transfer none) (element-type utf8): the ISO 3166 codes of the recipient countries
 *   of the dataset's activities, in the order they first appear
 */
GPtrArray *
aid_activity_view_get_countries (AidActivityView *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY_VIEW (self), NULL);

  return self->countries;
}

/**
 * aid_activity_view_get_regions:
 *
 * Returns: (transfer none) (element-type utf8): the region ids the dataset's activities are
 *   in, in the order they first appear
 */
GPtrArray *
aid_activity_view_get_regions (AidActivityView *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY_VIEW (self), NULL);

  return self->regions;
}

/**
 * aid_activity_view_get_totals:
 *
 * Returns: (transfer full): the summary totals of what is shown (aid_totals_new_summary())
 */
AidTotals *
aid_activity_view_get_totals (AidActivityView *self)
{
  g_autofree AidActivity **activities = NULL;

  g_return_val_if_fail (AID_IS_ACTIVITY_VIEW (self), NULL);
  g_return_val_if_fail (self->dataset != NULL, NULL);

  activities = g_new (AidActivity *, self->n_visible + 1);
  for (guint i = 0; i < self->n_visible; i++)
    activities[i] = self->visible[i]->activity;

  return aid_totals_new_summary (self->dataset, activities, self->n_visible);
}
