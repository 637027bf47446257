/* bench-window.c: what a user waits for in the real window, on a file of the benchmarks.
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: aid-bench-window [--page] FILE RUNS, on a display (the bench runs it under Xvfb).
 *
 * 1. Opening FILE as the window does (aid_window_open_file): the time until the frame that shows
 *    it, and the longest stretch in which the main loop could not answer, measured between its
 *    polls.
 * 2. Search keystrokes, with the entry's search delay at 0 and the search bar open: three
 *    queries typed letter by letter from an empty entry, RUNS times; each keystroke is timed from
 *    the letter's insertion into the entry to the end of the frame (the frame clock's
 *    after-paint) that shows the final card count and the live totals.
 * 3. Filter changes: the channel set and cleared in turn, timed the same way.
 *
 * With --page, the same on the projects page alone (the app's AidProjectsPage, the only thing in
 * an AdwApplicationWindow of the app's size): the dataset is loaded first, then given to the
 * page, and the search text set on the page, as the window's entry sets it. This is what the
 * search costs by itself, when the whole window cannot be measured or to tell the two apart.
 *
 * It prints one line of KEY=VALUE pairs; a list of samples is comma-separated. A run that takes
 * more than AID_BENCH_OPEN_LIMIT_S seconds to show the file, or more memory than the machine can
 * spare (bench-guard.h), prints "aborted=…" instead and ends with a status of 3.
 *
 * To see where the time goes: built where valgrind/callgrind.h is found, and run under
 * `valgrind --tool=callgrind --instr-atstart=no` with AID_BENCH_PROFILE=open, keystrokes or
 * filters, only that phase is instrumented (the keystrokes and filter changes from the change to
 * the frame, without the pauses between them).
 */

#include "config.h"

#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

#ifdef HAVE_CALLGRIND_H
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION G_STMT_START { } G_STMT_END
#define CALLGRIND_STOP_INSTRUMENTATION G_STMT_START { } G_STMT_END
#endif

#include "aid-application.h"
#include "aid-dataset-loader.h"
#include "aid-projects-page.h"
#include "aid-resources.h"
#include "aid-window.h"
#include "bench-guard.h"
#include "bench-util.h"

typedef struct
{
  const char      *path;
  guint            runs;
  gboolean         page_only;

  GtkWindow       *window;
  AidProjectsPage *page;
  GtkEditable     *entry;       /* NULL on the page alone */
  const char      *expected;    /* the search text that the change leads to, or NULL */
  gboolean         armed;
  gboolean         applied;
  gint64           applied_at;
  gint64           painted_at;
  guint            n_frames;
} Bench;

static Bench bench;

/* Instruments @phase, if it is the one AID_BENCH_PROFILE names, under callgrind. */
static void
profile_start (const char *phase)
{
  if (g_strcmp0 (g_getenv ("AID_BENCH_PROFILE"), phase) == 0)
    CALLGRIND_START_INSTRUMENTATION;
}

static void
profile_stop (const char *phase)
{
  if (g_strcmp0 (g_getenv ("AID_BENCH_PROFILE"), phase) == 0)
    CALLGRIND_STOP_INSTRUMENTATION;
}

static GPollFunc real_poll;
static gint64 left_poll_at;
static gint64 longest_step;
static guint n_long_steps;

static gint
timing_poll (GPollFD *fds,
             guint    n_fds,
             gint     timeout)
{
  gint64 entered = g_get_monotonic_time ();
  gint result;

  if (left_poll_at != 0)
    {
      longest_step = MAX (longest_step, entered - left_poll_at);
      if (entered - left_poll_at > 50000)
        n_long_steps++;
    }
  result = real_poll (fds, n_fds, timeout);
  left_poll_at = g_get_monotonic_time ();

  return result;
}

#define WAIT_UNTIL(condition)                                                 \
  G_STMT_START {                                                              \
    gint64 deadline_ = g_get_monotonic_time () + G_GINT64_CONSTANT (3600000000); \
    while (!(condition))                                                      \
      {                                                                       \
        if (g_get_monotonic_time () > deadline_)                              \
          g_error ("timed out waiting for " #condition);                      \
        g_main_context_iteration (NULL, TRUE);                                \
      }                                                                       \
  } G_STMT_END

static gboolean
set_flag_cb (gpointer user_data)
{
  *(gboolean *)user_data = TRUE;

  return G_SOURCE_REMOVE;
}

/* Lets everything pending run, then leaves the frame clock a frame's time, so that the next
 * change is not held back to the refresh rate by the previous frame: a typist's keystrokes are
 * further apart than that. */
static void
settle (void)
{
  gboolean idle = FALSE, waited = FALSE;

  g_idle_add_full (G_PRIORITY_LOW, set_flag_cb, &idle, NULL);
  WAIT_UNTIL (idle);
  g_timeout_add (40, set_flag_cb, &waited);
  WAIT_UNTIL (waited);
  idle = FALSE;
  g_idle_add_full (G_PRIORITY_LOW, set_flag_cb, &idle, NULL);
  WAIT_UNTIL (idle);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  bench.n_frames++;
  if (bench.armed && bench.applied)
    {
      bench.painted_at = g_get_monotonic_time ();
      bench.armed = FALSE;
    }
}

static void
search_text_cb (AidProjectsPage *page)
{
  if (bench.armed && bench.expected != NULL &&
      g_strcmp0 (aid_projects_page_get_search_text (page), bench.expected) == 0)
    {
      bench.applied = TRUE;
      bench.applied_at = g_get_monotonic_time ();
    }
}

static void
watch_frames (void)
{
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (bench.window)));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (bench.window)), "after-paint",
                    G_CALLBACK (after_paint_cb), NULL);
  settle ();
}

/* From now on, the main loop's steps are timed. */
static void
start_timing_poll (void)
{
  real_poll = g_main_context_get_poll_func (NULL);
  g_main_context_set_poll_func (NULL, timing_poll);
}

/* Waits for the frame that shows a change. On the page alone, a change that alters nothing on
 * screen (the same cards, the same count) needs no frame, and GTK draws none: what the user
 * sees is final once the page has it. In the window, the entry itself always changes. */
static void
wait_for_frame (void)
{
  gboolean waited = FALSE;
  guint timeout_id;

  WAIT_UNTIL (!bench.armed || bench.applied);
  timeout_id = g_timeout_add (200, set_flag_cb, &waited);
  WAIT_UNTIL (!bench.armed || (bench.entry == NULL && waited));
  if (bench.armed)
    {
      bench.armed = FALSE;
      bench.painted_at = bench.applied_at;
    }
  else if (!waited)
    {
      g_source_remove (timeout_id);
    }
}

/* One keystroke: @letter typed at the end of the entry, as a key press inserts it (setting the
 * whole text would empty the entry first, and an empty search entry reports at once); on the
 * page alone, the text set on the page. Returns the time to the frame, and in @filtered_ms the
 * part until the page had filtered, sorted and summed up (it does so at once). */
static double
type_letter (const char *letter,
             gsize       length,
             double     *filtered_ms)
{
  g_autofree char *expected = NULL;
  gint64 start;

  settle ();
  expected = g_strdup_printf ("%s%.*s", aid_projects_page_get_search_text (bench.page) ?: "", (int)length, letter);

  bench.expected = expected;
  bench.applied = FALSE;
  bench.armed = TRUE;
  profile_start ("keystrokes");
  start = g_get_monotonic_time ();
  if (bench.entry != NULL)
    {
      int position = (int)g_utf8_strlen (gtk_editable_get_text (bench.entry), -1);

      gtk_editable_insert_text (bench.entry, letter, (int)length, &position);
    }
  else
    {
      aid_projects_page_set_search_text (bench.page, expected);
    }
  wait_for_frame ();
  profile_stop ("keystrokes");
  bench.expected = NULL;
  *filtered_ms = (bench.applied_at - start) / 1000.0;

  return (bench.painted_at - start) / 1000.0;
}

static void
clear_search (void)
{
  settle ();
  if (bench.entry != NULL)
    gtk_editable_set_text (bench.entry, "");
  else
    aid_projects_page_set_search_text (bench.page, "");
  WAIT_UNTIL (g_strcmp0 (aid_projects_page_get_search_text (bench.page), "") == 0);
}

static double
set_channel (const char *channel)
{
  gint64 start;

  settle ();
  bench.expected = NULL;
  bench.applied = FALSE;
  bench.armed = TRUE;
  profile_start ("filters");
  start = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (bench.page), "projects.channel", "s", channel);
  /* The filter runs at once: what follows is the frame. */
  bench.applied = TRUE;
  bench.applied_at = g_get_monotonic_time ();
  wait_for_frame ();
  profile_stop ("filters");

  return (bench.painted_at - start) / 1000.0;
}

/* Opening, in the window or on the page alone, is timed with every main-loop step watched and
 * the time guard set: from the returned start until the frame that shows what was opened. */
static gint64
start_opening (void)
{
  start_timing_poll ();
  profile_start ("open");
  bench_guard_set_deadline ("open");

  return g_get_monotonic_time ();
}

static double
finish_opening (gint64 start)
{
  bench.applied = TRUE;
  bench.armed = TRUE;
  WAIT_UNTIL (!bench.armed);
  bench_guard_clear_deadline ();
  profile_stop ("open");
  g_main_context_set_poll_func (NULL, real_poll);

  return (bench.painted_at - start) / 1000.0;
}

/* 1. Opening the file in the app's window, as the window does. Returns the time to the frame. */
static double
open_in_window (void)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (bench.path);
  AidWindow *window = AID_WINDOW (bench.window);
  AidDataset *bundled = aid_window_get_dataset (window);
  GtkWidget *view;
  gint64 start;
  double ms;

  start = start_opening ();
  aid_window_open_file (window, file);
  WAIT_UNTIL (aid_window_get_dataset (window) != bundled || !aid_window_is_loading (window));
  if (aid_window_get_dataset (window) == bundled)
    g_error ("%s did not open", bench.path);
  ms = finish_opening (start);

  /* Then to the projects, the search bar open and the entry focused, as Ctrl+F leaves them. */
  view = GTK_WIDGET (aid_window_get_view (window));
  gtk_widget_activate_action (view, "win.show-section", "s", "projects");
  bench.page = AID_PROJECTS_PAGE (bench_find_widget (view, AID_TYPE_PROJECTS_PAGE));
  bench.entry = GTK_EDITABLE (bench_find_widget (view, GTK_TYPE_SEARCH_ENTRY));
  g_assert (bench.page != NULL && bench.entry != NULL);
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (bench.entry), 0);
  gtk_widget_activate_action (view, "win.search", NULL);

  return ms;
}

/* 1. On the page alone: the dataset, loaded beforehand, given to the page. */
static double
open_in_page (void)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (bench.path);
  g_autoptr(AidDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  dataset = aid_dataset_load_file (file, NULL, NULL, &error);
  if (dataset == NULL)
    g_error ("%s: %s", bench.path, error->message);

  start = start_opening ();
  aid_projects_page_set_dataset (bench.page, dataset);

  return finish_opening (start);
}

static void
run (void)
{
  static const char * const queries[] = { "eau", "maraîchage", "MLI/021" };
  static const char * const channels[] = { "bilateral", "multilateral", "humanitarian", "ngo", "micro-project" };
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *per_query[G_N_ELEMENTS (queries)] = { NULL };
  g_autoptr(GArray) first_keys = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) filtered = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) filters = g_array_new (FALSE, FALSE, sizeof (double));
  guint matches[G_N_ELEMENTS (queries)] = { 0 };
  g_autofree char *summary = NULL;
  struct rusage usage;
  double open_ms;

  watch_frames ();
  open_ms = bench.page_only ? open_in_page () : open_in_window ();
  g_signal_connect (bench.page, "notify::search-text", G_CALLBACK (search_text_cb), NULL);

  /* 2. Searching. */
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    per_query[q] = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < bench.runs; r++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      {
        const char *end = queries[q];

        clear_search ();
        while (*end != '\0')
          {
            const char *letter = end;
            double ms, filtered_ms;

            end = g_utf8_next_char (end);
            ms = type_letter (letter, (gsize)(end - letter), &filtered_ms);
            g_array_append_val (keystrokes, ms);
            g_array_append_val (filtered, filtered_ms);
            g_array_append_val (per_query[q], ms);
            if (letter == queries[q])
              g_array_append_val (first_keys, ms);
          }
        matches[q] = g_list_model_get_n_items (aid_projects_page_get_shown (bench.page));
        if (q == G_N_ELEMENTS (queries) - 1)
          g_set_str (&summary, aid_projects_page_get_summary (bench.page));
      }

  /* 3. Filtering by channel, the search empty. */
  clear_search ();
  for (guint r = 0; r < bench.runs; r++)
    for (guint c = 0; c < G_N_ELEMENTS (channels); c++)
      {
        double ms = set_channel (channels[c]);

        g_array_append_val (filters, ms);
        ms = set_channel ("");
        g_array_append_val (filters, ms);
      }

  getrusage (RUSAGE_SELF, &usage);
  printf ("n=%u open_ms=%.3f longest_step_ms=%.3f steps_over_50ms=%u",
          g_list_model_get_n_items (aid_dataset_get_activities (aid_projects_page_get_dataset (bench.page))),
          open_ms, longest_step / 1000.0, n_long_steps);
  printf (" matches=%u/%u/%u", matches[0], matches[1], matches[2]);
  bench_print_samples ("keystroke_ms", keystrokes);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *name = g_strdup_printf ("query%u_ms", q);

      bench_print_samples (name, per_query[q]);
    }
  bench_print_samples ("first_key_ms", first_keys);
  bench_print_samples ("filtered_ms", filtered);
  bench_print_samples ("filter_ms", filters);
  printf (" frames=%u peak_rss_kib=%ld\n", bench.n_frames, usage.ru_maxrss);
  printf ("summary=%s\n", summary != NULL ? summary : "");
  fflush (stdout);

  /* Closing a window of a hundred thousand cards would only add to the run's time. */
  _exit (0);
}

static void
app_activated_cb (GApplication *app)
{
  g_signal_handlers_disconnect_by_func (app, app_activated_cb, NULL);
  bench.window = gtk_application_get_active_window (GTK_APPLICATION (app));
  run ();
}

/* The page alone, in a window of the app's default size. */
static void
page_activated_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  bench.page = g_object_new (AID_TYPE_PROJECTS_PAGE, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), GTK_WIDGET (bench.page));
  gtk_window_present (GTK_WINDOW (window));
  bench.window = GTK_WINDOW (window);
  run ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = NULL;
  int first = 1;

  if (argc > 1 && g_str_equal (argv[1], "--page"))
    {
      bench.page_only = TRUE;
      first++;
    }
  if (argc != first + 2)
    {
      g_printerr ("Usage: aid-bench-window [--page] FILE RUNS\n");
      return 2;
    }

  bench_guard_start ();
  bench.path = argv[first];
  bench.runs = MAX ((guint)g_ascii_strtoull (argv[first + 1], NULL, 10), 1);

  if (bench.page_only)
    {
      /* The app's templates and style sheet, without its window. */
      aid_register_resource ();
      app = G_APPLICATION (g_object_new (ADW_TYPE_APPLICATION,
                                         "application-id", APP_ID ".BenchPage",
                                         "flags", G_APPLICATION_NON_UNIQUE,
                                         "resource-base-path", RESOURCE_BASE,
                                         NULL));
      g_signal_connect (app, "activate", G_CALLBACK (page_activated_cb), NULL);
    }
  else
    {
      app = G_APPLICATION (aid_application_new (APP_ID, G_APPLICATION_NON_UNIQUE));
      g_signal_connect_after (app, "activate", G_CALLBACK (app_activated_cb), NULL);
    }

  return g_application_run (app, 1, argv);
}
