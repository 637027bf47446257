/* aid-dataset-builder.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-dataset-builder"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "aid-dataset-builder.h"
#include "aid-focus.h"
#include "aid-totals.h"

/* Problems */

void
_aid_problems_init (AidProblems *problems,
                    int         *n_reported)
{
  memset (problems, 0, sizeof *problems);
  problems->diagnostics = g_ptr_array_new_with_free_func (g_object_unref);
  problems->n_reported = n_reported;
}

void
_aid_problems_clear (AidProblems *problems)
{
  g_clear_pointer (&problems->diagnostics, g_ptr_array_unref);
}

/* Counts a problem; TRUE when it is still to be described, FALSE past the cap. */
gboolean
_aid_problems_count (AidProblems *problems,
                     AidSeverity  severity)
{
  if (severity == AID_SEVERITY_ERROR)
    problems->n_errors++;
  else
    problems->n_warnings++;

  return g_atomic_int_add (problems->n_reported, 1) < AID_MAX_PROBLEMS;
}

/* TRUE once problems are no longer described: what only serves to describe them (finding a
 * value's text, its position) can be skipped. */
gboolean
_aid_problems_capped (AidProblems *problems)
{
  return g_atomic_int_get (problems->n_reported) >= AID_MAX_PROBLEMS;
}

/* Describes a problem already counted with _aid_problems_count(). */
void
_aid_problems_add (AidProblems *problems,
                   AidSeverity  severity,
                   guint        line,
                   guint        column,
                   const char  *path,
                   const char  *message)
{
  g_ptr_array_add (problems->diagnostics, aid_diagnostic_new (severity, line, column, path, message));
}

void
_aid_problems_merge (AidProblems *into,
                     AidProblems *from)
{
  into->n_errors += from->n_errors;
  into->n_warnings += from->n_warnings;
  for (guint i = 0; i < from->diagnostics->len; i++)
    g_ptr_array_add (into->diagnostics, g_object_ref (g_ptr_array_index (from->diagnostics, i)));
  g_ptr_array_set_size (from->diagnostics, 0);
  from->n_errors = 0;
  from->n_warnings = 0;
}

/* Rules every format shares */

/* Published percentages must add up to 100 where every share has one, and never exceed it;
 * shares without one (a negative percentage) are what cannot be attributed. */
static AidSharesCheck
check_percentages (const double *percentages,
                   guint         n_shares,
                   double       *sum)
{
  guint with_percentage = 0;

  *sum = 0;
  for (guint i = 0; i < n_shares; i++)
    if (percentages[i] >= 0)
      {
        *sum += percentages[i];
        with_percentage++;
      }

  if (with_percentage == 0)
    return AID_SHARES_OK;
  if (with_percentage == n_shares && fabs (*sum - 100) > 0.01)
    return AID_SHARES_NOT_100;
  if (*sum > 100.01)
    return AID_SHARES_OVER_100;

  return AID_SHARES_OK;
}

/* Characters that change how the text around them is drawn without showing themselves:
 * bidirectional overrides and isolates (a name that reads backwards, hiding what it says) and
 * zero-width characters (two names that look the same but differ). */
static gboolean
is_invisible_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
         c == 0x200F || c == 0x061C || (c >= 0x200B && c <= 0x200D) || c == 0x2060 ||
         c == 0xFEFF;
}

static inline gboolean
is_joiner (gunichar c)
{
  return c == 0x200C || c == 0x200D;
}

/* What draws something: not a space, a control, a format character or one of the above.
 * Combining marks count, since they belong to the letter before them (a virama before a
 * zero-width joiner, a variation selector in an emoji sequence). */
static gboolean
is_visible (gunichar c)
{
  GUnicodeType type;

  if (is_invisible_control (c) || g_unichar_isspace (c))
    return FALSE;
  type = g_unichar_type (c);
  return type != G_UNICODE_CONTROL && type != G_UNICODE_FORMAT && type != G_UNICODE_UNASSIGNED &&
         type != G_UNICODE_SPACE_SEPARATOR && type != G_UNICODE_LINE_SEPARATOR &&
         type != G_UNICODE_PARAGRAPH_SEPARATOR && c != 0x3164 && c != 0x115F && c != 0x1160 &&
         c != 0xFFA0;
}

/* Every such character is encoded in UTF-8 from one of these lead bytes, which French text
 * meets mostly in its apostrophes (U+2019, E2 80 99): a text without them is looked at no
 * further. */
static gboolean
has_invisible_control (const char *text)
{
  for (const char *p = text; (p = strpbrk (p, "\xD8\xE2\xEF")) != NULL; p++)
    if (is_invisible_control (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* Whether the invisible character at @p, after the last character kept, @before (0 for none),
 * stays: a joiner or non-joiner between two visible characters shapes them (Persian words,
 * Indic conjuncts, emoji sequences); everything else only hides or spoofs. */
static gboolean
keeps_joiner (gunichar    before,
              const char *p)
{
  const char *next = g_utf8_next_char (p);

  return is_joiner (g_utf8_get_char (p)) && before != 0 && is_visible (before) && *next != '\0' &&
         is_visible (g_utf8_get_char (next));
}

/* Returns @text without its invisible control characters, or NULL when it has none to remove;
 * @removed is the first one removed. Joiners between two visible characters are kept. */
char *
_aid_builder_strip_invisible (const char *text,
                              gunichar   *removed)
{
  g_autoptr(GString) clean = NULL;
  gunichar before = 0;

  if (!has_invisible_control (text))
    return NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_invisible_control (c) || keeps_joiner (before, p))
        {
          if (clean != NULL)
            g_string_append_unichar (clean, c);
          before = c;
          continue;
        }

      if (clean == NULL)
        {
          clean = g_string_new_len (text, p - text);
          *removed = c;
        }
    }

  return clean != NULL ? g_string_free (g_steal_pointer (&clean), FALSE) : NULL;
}

/* Whether @text, not empty, shows nothing: only spaces, controls and invisible characters. */
gboolean
_aid_builder_is_invisible_only (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (is_visible (g_utf8_get_char (p)))
      return FALSE;

  return *text != '\0';
}

/* Returns @id without what does not show in it (invisible controls, joiners, format
 * characters), or NULL when it shows all of it; @hidden is the first character left out. Such
 * an id looks the same as the id returned, which may be another one. */
char *
_aid_builder_find_look_alike_id (const char *id,
                                 gunichar   *hidden)
{
  g_autoptr(GString) shown = NULL;

  for (const char *p = id; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_visible (c) || c == ' ')
        {
          if (shown != NULL)
            g_string_append_unichar (shown, c);
        }
      else if (shown == NULL)
        {
          shown = g_string_new_len (id, p - id);
          *hidden = c;
        }
    }

  return shown != NULL ? g_string_free (g_steal_pointer (&shown), FALSE) : NULL;
}

/* What is wrong with @n_shares percentages (negative where a share has none) of the shares
 * @name ("sectors") of an activity, in words, or NULL. */
char *
_aid_builder_describe_percentages (const double *percentages,
                                   guint         n_shares,
                                   const char   *name)
{
  double sum;

  switch (check_percentages (percentages, n_shares, &sum))
    {
    case AID_SHARES_NOT_100:
      return g_strdup_printf (_("the percentages of “%s” add up to %g, not 100"), name, sum);

    case AID_SHARES_OVER_100:
      return g_strdup_printf (_("the percentages of “%s” add up to %g, more than 100"), name, sum);

    case AID_SHARES_OK:
    default:
      return NULL;
    }
}

/* What is wrong with the shares @name (an array of AidCodeFact) of an activity, or NULL. */
char *
_aid_builder_describe_shares (GPtrArray  *shares,
                              const char *name)
{
  g_autofree double *percentages = g_new (double, MAX (shares->len, 1));

  for (guint i = 0; i < shares->len; i++)
    percentages[i] = ((AidCodeFact *)g_ptr_array_index (shares, i))->percentage;

  return _aid_builder_describe_percentages (percentages, shares->len, name);
}

/* A start after the matching end is a typo in one of them: finds the first such pair. */
gboolean
_aid_builder_find_late_start (AidActivity *activity,
                              AidDateKind *start,
                              AidDateKind *end)
{
  for (guint s = AID_DATE_PLANNED_START; s <= AID_DATE_ACTUAL_START; s++)
    {
      guint e = s + 2;

      if (activity->dates[s] != NULL && activity->dates[e] != NULL)
        {
          g_autoptr(GDate) first = aid_date_first_day (&activity->dates[s]->date);
          g_autoptr(GDate) last = aid_date_last_day (&activity->dates[e]->date);

          if (g_date_compare (first, last) > 0)
            {
              *start = s;
              *end = e;
              return TRUE;
            }
        }
    }

  return FALSE;
}

/* Finishing an activity */

/* Joins the names in both languages: "LuxDev, Caritas Suisse". */
static void
append_name (GString       *names[2],
             const AidText *name,
             const AidText *short_name)
{
  static const char *languages[2] = { "fr", "en" };

  for (guint l = 0; l < 2; l++)
    {
      const char *text = aid_text_get (short_name, languages[l], NULL) ?: aid_text_get (name, languages[l], NULL);

      if (text == NULL)
        continue;
      if (names[l]->len > 0)
        g_string_append (names[l], ", ");
      g_string_append (names[l], text);
    }
}

static AidText *
names_to_text (GString *names[2])
{
  AidText *text = NULL;

  if (names[0]->len > 0 || names[1]->len > 0)
    {
      text = aid_text_new ();
      aid_text_set (text, "fr", names[0]->str);
      aid_text_set (text, "en", names[1]->str);
    }
  g_string_free (names[0], TRUE);
  g_string_free (names[1], TRUE);

  return text;
}

/* An activity's empty lists are one shared empty list: most activities have no results, notes,
 * other identifiers or contributions, and four empty arrays are 200 bytes an activity. The
 * model is not changed once loaded, so none is ever added to. */
static void
share_if_empty (GPtrArray **array)
{
  static GPtrArray *empty;

  if ((*array)->len > 0)
    return;

  if (g_once_init_enter_pointer (&empty))
    g_once_init_leave_pointer (&empty, g_ptr_array_new ());
  g_ptr_array_unref (*array);
  *array = g_ptr_array_ref (empty);
}

/* What lists and search need, worked out once on the loader's threads rather than on every
 * keystroke or scroll: the joined names, the search keys and the count of amounts. The
 * dataset's organisations and regions are only read, so activities can be finished on
 * several threads at once. */
void
_aid_builder_finish_activity (AidDataset  *dataset,
                              AidActivity *activity)
{
  GString *implementers[2] = { g_string_new (NULL), g_string_new (NULL) };
  GString *places[2] = { g_string_new (NULL), g_string_new (NULL) };

  for (guint i = 0; i < activity->participating_orgs->len; i++)
    {
      AidParticipation *participation = g_ptr_array_index (activity->participating_orgs, i);
      AidOrganisation *organisation;

      if (g_strcmp0 (participation->role, "4") != 0 || participation->org == NULL ||
          (organisation = g_hash_table_lookup (dataset->organisations_by_id, participation->org)) == NULL)
        continue;

      append_name (implementers, organisation->name, organisation->short_name);
    }

  for (guint i = 0; i < activity->locations->len; i++)
    {
      AidCodeFact *location = g_ptr_array_index (activity->locations, i);
      AidRegion *region;

      if (location->code == NULL ||
          (region = g_hash_table_lookup (dataset->regions_by_id, location->code)) == NULL)
        continue;

      append_name (places, region->name, NULL);
    }

  _aid_search_build_keys (dataset, activity);
  activity->n_amounts = _aid_totals_count_amounts (activity, &activity->amount_kinds);
  if (activity->related == NULL)
    activity->related = g_ptr_array_new_with_free_func (_aid_relation_free);
  activity->implementers = names_to_text (implementers);
  activity->places = names_to_text (places);

  share_if_empty (&activity->other_identifiers);
  share_if_empty (&activity->participating_orgs);
  share_if_empty (&activity->locations);
  share_if_empty (&activity->sectors);
  share_if_empty (&activity->contributions);
  share_if_empty (&activity->budgets);
  share_if_empty (&activity->transactions);
  share_if_empty (&activity->results);
  share_if_empty (&activity->notes);
  share_if_empty (&activity->related);
}

/* Moves the search keys of some activities (a worker's chunk) next to each other, each kind
 * in document order: a search then reads memory in a stream rather than from wherever each
 * key was allocated, which at a hundred thousand activities is most of a keystroke's time. */
void
_aid_builder_pack_search_keys (AidActivity **activities,
                               guint         n_activities)
{
  gsize size = 0;
  char *block, *p;
  GBytes *bytes;

  for (guint i = 0; i < n_activities; i++)
    for (guint k = 0; activities[i] != NULL && k < AID_N_SEARCH_KEYS; k++)
      if (activities[i]->search_keys[k] != NULL)
        size += activities[i]->search_key_lengths[k] + 1;
  if (size == 0)
    return;

  p = block = g_malloc (size);
  bytes = g_bytes_new_take (block, size);
  for (guint k = 0; k < AID_N_SEARCH_KEYS; k++)
    for (guint i = 0; i < n_activities; i++)
      {
        AidActivity *activity = activities[i];

        if (activity == NULL || activity->search_keys[k] == NULL)
          continue;

        memcpy (p, activity->search_keys[k], activity->search_key_lengths[k] + 1);
        g_free (activity->search_keys[k]);
        activity->search_keys[k] = p;
        p += activity->search_key_lengths[k] + 1;
      }
  for (guint i = 0; i < n_activities; i++)
    if (activities[i] != NULL)
      activities[i]->search_key_block = g_bytes_ref (bytes);
  g_bytes_unref (bytes);
}

/* The activities (NULL slots skipped) whose id an earlier activity has, in document order, so
 * that the second use of an id is the one reported. Returns an array of AidRepeatedId. */
GArray *
_aid_builder_find_repeated_ids (AidActivity **activities,
                                guint         n_activities)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *repeated = g_array_new (FALSE, FALSE, sizeof (AidRepeatedId));

  for (guint i = 0; i < n_activities; i++)
    {
      AidActivity *activity = activities[i];
      gpointer first;

      if (activity == NULL || activity->id == NULL)
        continue;

      if (g_hash_table_lookup_extended (ids, activity->id, NULL, &first))
        {
          AidRepeatedId id = { i, GPOINTER_TO_UINT (first) };

          g_array_append_val (repeated, id);
          continue;
        }

      g_hash_table_insert (ids, activity->id, GUINT_TO_POINTER (i));
    }

  return repeated;
}

/* Adds the activities (NULL slots skipped) in their order, taking their references. */
void
_aid_builder_add_activities (AidDataset   *dataset,
                             AidActivity **activities,
                             guint         n_activities)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new_full (n_activities, g_object_unref);

  for (guint i = 0; i < n_activities; i++)
    if (activities[i] != NULL)
      g_ptr_array_add (added, activities[i]);
  g_list_store_splice (dataset->activities, g_list_model_get_n_items (G_LIST_MODEL (dataset->activities)),
                       0, added->pdata, added->len);
}

/* Hierarchy */

/* The activity at @position, borrowed: the store keeps it alive. */
static AidActivity *
activity_at (GListModel *activities,
             guint       position)
{
  AidActivity *activity = g_list_model_get_item (activities, position);

  g_object_unref (activity);

  return activity;
}

#define IN_PROGRESS G_MAXUINT

/* Keeps the parent links that make a tree: a link that would close a loop, or put an activity
 * deeper than AID_MAX_HIERARCHY_DEPTH, is dropped. Each activity is walked once. */
static void
check_parents (GListModel *activities,
               guint       n)
{
  g_autoptr(GHashTable) depths = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) path = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      AidActivity *activity = activity_at (activities, i);
      guint depth;

      g_ptr_array_set_size (path, 0);
      while (activity != NULL && !g_hash_table_contains (depths, activity))
        {
          g_hash_table_insert (depths, activity, GUINT_TO_POINTER (IN_PROGRESS));
          g_ptr_array_add (path, activity);
          activity = activity->parent;
        }

      depth = activity != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (depths, activity)) : 0;
      if (depth == IN_PROGRESS)
        {
          /* A loop: the last of the path names one before it. */
          ((AidActivity *)g_ptr_array_index (path, path->len - 1))->parent = NULL;
          depth = 0;
        }

      for (guint j = path->len; j-- > 0;)
        {
          AidActivity *step = g_ptr_array_index (path, j);

          if (step->parent != NULL && depth >= AID_MAX_HIERARCHY_DEPTH)
            {
              step->parent = NULL;
              depth = 0;
            }
          g_hash_table_insert (depths, step, GUINT_TO_POINTER (++depth));
        }
    }
}

/* Finds the activities that related-activity links name, across every file read, and links
 * parents and children both ways, whichever side published the link: one parent an activity,
 * the first named. The first activity with an identifier is the one links to it reach. */
static void
link_activities (AidDataset *dataset)
{
  GListModel *activities = G_LIST_MODEL (dataset->activities);
  guint n = g_list_model_get_n_items (activities);
  g_autoptr(GHashTable) by_identifier = NULL;

  for (guint i = 0; i < n && by_identifier == NULL; i++)
    if (activity_at (activities, i)->related->len > 0)
      by_identifier = g_hash_table_new (g_str_hash, g_str_equal);
  if (by_identifier == NULL)
    return;

  for (guint i = 0; i < n; i++)
    {
      AidActivity *activity = activity_at (activities, i);
      const char *key = activity->iati_identifier ?: activity->id;

      if (key != NULL && !g_hash_table_contains (by_identifier, key))
        g_hash_table_insert (by_identifier, (gpointer)key, activity);
    }

  for (guint i = 0; i < n; i++)
    {
      AidActivity *activity = activity_at (activities, i);

      for (guint r = 0; r < activity->related->len; r++)
        {
          AidRelation *relation = g_ptr_array_index (activity->related, r);
          AidActivity *other = g_hash_table_lookup (by_identifier, relation->ref);

          if (other == activity)
            continue;
          relation->activity = other;
          if (other == NULL)
            continue;
          if (g_str_equal (relation->type, "1") && activity->parent == NULL)
            activity->parent = other;
          else if (g_str_equal (relation->type, "2") && other->parent == NULL)
            other->parent = activity;
        }
    }

  check_parents (activities, n);

  for (guint i = 0; i < n; i++)
    {
      AidActivity *activity = activity_at (activities, i);

      if (activity->parent == NULL)
        continue;
      if (activity->parent->children == NULL)
        activity->parent->children = g_ptr_array_new ();
      g_ptr_array_add (activity->parent->children, activity);
      dataset->has_hierarchy = TRUE;
    }
}

static gpointer
count_citations_thread (gpointer data)
{
  _aid_dataset_ensure_citations (data);

  return NULL;
}

/* What every window computes first, computed here: off the main thread when loading
 * asynchronously, where a large dataset would block it for seconds. The totals go through
 * the activities in focus and the citations through all of them, each on a core (a
 * GListStore is not to be read from two threads at once). */
void
_aid_builder_finish (AidDataset *dataset)
{
  GThread *citations;

  link_activities (dataset);
  _aid_builder_add_fixed_rates (dataset);
  aid_dataset_get_focus_activities (dataset);
  aid_dataset_get_humanitarian_activities (dataset);
  citations = g_thread_new ("aid-citations", count_citations_thread, dataset);
  aid_dataset_get_totals (dataset);
  g_thread_join (citations);
}
