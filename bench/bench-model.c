/* bench-model.c: the model's costs, without a window.
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   aid-bench-model load FILE          one load through aid_dataset_load_file_async, as the window
 *                                      loads, until every activity is in the store with its
 *                                      search key and aid_dataset_get_totals() has returned; run
 *                                      it in a process of its own, since it reports the peak RSS
 *   aid-bench-model totals FILE RUNS   aid_totals_new() over all the activities, RUNS times
 *   aid-bench-model search FILE RUNS   the filter's share of a keystroke: typing into the app's
 *                                      AidActivityView, and over the keys without the
 *                                      descriptions, and the live totals
 *
 * Each prints one line of KEY=VALUE pairs; a list of samples is comma-separated.
 */

#include "config.h"

#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "aid-activity-view.h"
#include "aid-dataset-loader.h"
#include "aid-focus.h"
#include "aid-model-private.h"
#include "aid-search.h"
#include "aid-totals.h"
#include "bench-util.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static long
peak_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);

  return usage.ru_maxrss;
}

static gsize
current_rss (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, resident = 0;

  if (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    sscanf (statm, "%lu %lu", &size, &resident);

  return (gsize)resident * (gsize)sysconf (_SC_PAGESIZE);
}

static gsize
xml_size (const char *from,
          const char *tag)
{
  const char *p = strstr (from, tag);

  if (p == NULL || (p = strstr (p, "size=\"")) == NULL)
    return 0;

  return (gsize)g_ascii_strtoull (p + strlen ("size=\""), NULL, 10);
}

/* The bytes that malloc has handed out and not had back, in every arena: the loader's threads
 * allocate in arenas of their own, which mallinfo2() does not count. */
static gsize
heap_in_use (void)
{
  char *xml = NULL;
  size_t length = 0;
  FILE *stream = open_memstream (&xml, &length);
  const char *totals;
  gsize in_use;

  malloc_info (0, stream);
  fclose (stream);

  /* The totals over all arenas follow the last heap. */
  totals = g_strrstr (xml, "</heap>");
  totals = totals != NULL ? totals : xml;
  in_use = xml_size (totals, "<system type=\"current\"") -
           xml_size (totals, "<total type=\"fast\"") -
           xml_size (totals, "<total type=\"rest\"") +
           xml_size (totals, "<total type=\"mmap\"");
  free (xml);

  return in_use;
}

static AidDataset *
load_sync (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  AidDataset *dataset = aid_dataset_load_file (file, NULL, NULL, &error);

  if (dataset == NULL)
    g_error ("%s: %s", path, error->message);

  return dataset;
}

/* load: how the main loop fares during the load is measured too, by timing every stretch
 * between two polls, when the loop cannot answer. */

static GPollFunc real_poll;
static gint64 left_poll_at;
static gint64 longest_step;

static gint
timing_poll (GPollFD *fds,
             guint    n_fds,
             gint     timeout)
{
  gint64 entered = g_get_monotonic_time ();
  gint result;

  if (left_poll_at != 0)
    longest_step = MAX (longest_step, entered - left_poll_at);
  result = real_poll (fds, n_fds, timeout);
  left_poll_at = g_get_monotonic_time ();

  return result;
}

typedef struct
{
  GMainLoop  *loop;
  AidDataset *dataset;
  GError     *error;
  guint       n_progress;
  double      totals_ms;
} Load;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Load *load = user_data;

  load->n_progress++;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Load *load = user_data;
  gint64 start;

  load->dataset = aid_dataset_load_file_finish (result, NULL, &load->error);
  if (load->dataset != NULL)
    {
      start = g_get_monotonic_time ();
      aid_dataset_get_totals (load->dataset);
      load->totals_ms = ms_since (start);
    }
  g_main_loop_quit (load->loop);
}

static int
bench_load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
  Load load = { 0 };
  gsize heap_before, heap_after, rss_before, rss_after;
  gint64 start;
  double load_ms;
  double free_ms;
  guint n;

  /* The types and the resources, which any run of the app has, are set up before measuring. */
  g_type_ensure (AID_TYPE_DATASET);
  g_type_ensure (AID_TYPE_ACTIVITY);
  g_type_ensure (AID_TYPE_TOTALS);
  malloc_trim (0);
  heap_before = heap_in_use ();
  rss_before = current_rss ();

  load.loop = g_main_loop_new (NULL, FALSE);
  real_poll = g_main_context_get_poll_func (NULL);
  g_main_context_set_poll_func (NULL, timing_poll);

  start = g_get_monotonic_time ();
  aid_dataset_load_file_async (file, NULL, progress_cb, &load, NULL, loaded_cb, &load);
  g_main_loop_run (load.loop);
  load_ms = ms_since (start);
  longest_step = MAX (longest_step, g_get_monotonic_time () - left_poll_at);

  g_main_context_set_poll_func (NULL, real_poll);
  if (load.dataset == NULL)
    g_error ("%s: %s", path, load.error->message);

  /* What the model keeps: the file's text and the parse trees are gone by now. */
  malloc_trim (0);
  heap_after = heap_in_use ();
  rss_after = current_rss ();
  n = g_list_model_get_n_items (aid_dataset_get_activities (load.dataset));

  /* What freeing the dataset would block a thread for, when another replaces it. */
  start = g_get_monotonic_time ();
  g_clear_object (&load.dataset);
  free_ms = ms_since (start);

  printf ("n=%u file_bytes=%" G_GUINT64_FORMAT " load_ms=%.3f peak_rss_kib=%ld model_heap_bytes=%" G_GSIZE_FORMAT
          " model_rss_bytes=%" G_GSIZE_FORMAT " longest_step_ms=%.3f totals_in_callback_ms=%.3f progress_calls=%u"
          " free_ms=%.3f\n",
          n, info != NULL ? (guint64)g_file_info_get_size (info) : 0, load_ms, peak_rss_kib (),
          heap_after - heap_before, rss_after > rss_before ? rss_after - rss_before : 0,
          longest_step / 1000.0, load.totals_ms, load.n_progress, free_ms);

  g_main_loop_unref (load.loop);
  /* The process ends here. */
  fflush (stdout);
  _exit (0);
}

static int
bench_totals (const char *path,
              guint       runs)
{
  g_autoptr(AidDataset) dataset = load_sync (path);
  GListModel *activities = aid_dataset_get_activities (dataset);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < runs; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(AidTotals) totals = aid_totals_new (dataset, activities);
      double ms = ms_since (start);

      g_assert (aid_totals_get_n_activities (totals) == g_list_model_get_n_items (activities));
      g_array_append_val (samples, ms);
    }

  printf ("n=%u", g_list_model_get_n_items (activities));
  bench_print_samples ("totals_ms", samples);
  printf ("\n");
  fflush (stdout);
  _exit (0);
}

/* search */


static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static double
median (GArray *samples)
{
  g_autoptr(GArray) sorted = g_array_copy (samples);

  if (sorted->len == 0)
    return 0;
  g_array_sort (sorted, compare_doubles);
  if (sorted->len % 2 == 1)
    return g_array_index (sorted, double, sorted->len / 2);

  return (g_array_index (sorted, double, sorted->len / 2 - 1) + g_array_index (sorted, double, sorted->len / 2)) / 2;
}

/* Typing QUERY letter by letter from an empty entry, with GtkFilterListModel's hints: a longer
 * query only looks again at what matched the shorter one. Returns the times of each keystroke's
 * pass in @samples, and of the live totals over what matches in @totals_samples. */
/* Types @query letter by letter into the app's view of the activities (AidActivityView, as
 * the projects page does), timing each keystroke's filtering and, apart, its live totals. */
static void
type_query (AidDataset  *dataset,
            const char  *query,
            GArray      *samples,
            GArray      *totals_samples,
            guint       *n_matched)
{
  g_autoptr(AidActivityView) view = aid_activity_view_new ();
  const char *end = query;

  aid_activity_view_set_dataset (view, dataset);
  while (*end != '\0')
    {
      g_autofree char *prefix = NULL;
      g_autofree char *folded = NULL;
      g_autoptr(AidTotals) totals = NULL;
      AidActivityFilter filter = { .language = "en" };
      gint64 start;
      double ms;

      end = g_utf8_next_char (end);
      prefix = g_strndup (query, (gsize)(end - query));

      start = g_get_monotonic_time ();
      folded = aid_search_fold_query (prefix);
      filter.query = folded;
      aid_activity_view_set_filter (view, &filter);
      ms = ms_since (start);
      g_array_append_val (samples, ms);

      start = g_get_monotonic_time ();
      totals = aid_activity_view_get_totals (view);
      ms = ms_since (start);
      if (totals_samples != NULL)
        g_array_append_val (totals_samples, ms);
    }

  *n_matched = g_list_model_get_n_items (G_LIST_MODEL (view));
}

/* The same without the descriptions: each word looked for in the ids, titles, organisations
 * and places only, over the activities the previous keystroke kept. */
static void
type_query_names (char       **keys,
                  guint        n,
                  const char  *query,
                  GArray      *samples,
                  guint       *n_matched)
{
  g_autofree guint *matched = g_new (guint, n);
  g_autofree gsize *lengths = g_new (gsize, n);
  guint n_matches = n;
  const char *end = query;

  for (guint i = 0; i < n; i++)
    {
      matched[i] = i;
      lengths[i] = strlen (keys[i]);
    }

  while (*end != '\0')
    {
      g_autofree char *prefix = NULL;
      g_autofree char *folded = NULL;
      g_auto(GStrv) words = NULL;
      gint64 start;
      guint kept = 0;
      double ms;

      end = g_utf8_next_char (end);
      prefix = g_strndup (query, (gsize)(end - query));

      start = g_get_monotonic_time ();
      folded = aid_search_fold_query (prefix);
      words = g_strsplit (folded, " ", -1);
      for (guint i = 0; i < n_matches; i++)
        {
          gboolean all = TRUE;

          for (guint w = 0; all && words[w] != NULL; w++)
            all = aid_search_find (keys[matched[i]], lengths[matched[i]], words[w], strlen (words[w]));
          if (all)
            matched[kept++] = matched[i];
        }
      n_matches = kept;
      ms = ms_since (start);
      g_array_append_val (samples, ms);
    }

  *n_matched = n_matches;
}

static int
bench_search (const char *path,
              guint       runs)
{
  static const char * const queries[] = { "eau", "maraîchage", "MLI/021" };
  g_autoptr(AidDataset) dataset = load_sync (path);
  GListModel *model = aid_dataset_get_activities (dataset);
  guint n = g_list_model_get_n_items (model);
  g_autofree char **names_keys = g_new (char *, n);
  g_autoptr(GArray) full = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) brief = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (double));
  guint64 names_bytes = 0, description_bytes = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (model, i);

      names_keys[i] = (char *)aid_activity_get_search_key (activity);
      names_bytes += strlen (names_keys[i]);
      description_bytes += strlen (aid_activity_get_description_key (activity, "en"));
    }

  printf ("n=%u names_key_bytes=%.0f description_key_bytes=%.0f", n,
          (double)names_bytes / MAX (n, 1), (double)description_bytes / MAX (n, 1));
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      guint matched_full = 0, matched_short = 0;

      for (guint r = 0; r < runs; r++)
        {
          type_query (dataset, queries[q], full, r == 0 ? totals : NULL, &matched_full);
          type_query_names (names_keys, n, queries[q], brief, &matched_short);
        }
      printf (" matches_%u=%u/%u", q, matched_full, matched_short);
    }
  printf (" filter_full_ms=%.3f filter_short_ms=%.3f totals_of_matches_ms=%.3f", median (full), median (brief),
          median (totals));
  bench_print_samples ("filter_full_samples", full);
  bench_print_samples ("filter_short_samples", brief);
  printf ("\n");
  fflush (stdout);
  _exit (0);
}

int
main (int   argc,
      char *argv[])
{
  guint runs = argc > 3 ? (guint)g_ascii_strtoull (argv[3], NULL, 10) : 5;

  if (argc < 3)
    {
      g_printerr ("Usage: aid-bench-model load|totals|search FILE [RUNS]\n");
      return 2;
    }

  runs = MAX (runs, 1);
  if (g_str_equal (argv[1], "load"))
    return bench_load (argv[2]);
  if (g_str_equal (argv[1], "totals"))
    return bench_totals (argv[2], runs);
  if (g_str_equal (argv[1], "search"))
    return bench_search (argv[2], runs);

  g_printerr ("aid-bench-model: unknown mode %s\n", argv[1]);
  return 2;
}
