/* probe.c: times a GTK program's first frames from the outside, loaded with LD_PRELOAD.
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The program runs unchanged (the installed aid-explorer, or the empty window it is compared
 * with). The probe wraps gtk_window_present() to watch the first window's frame clock, and
 * prints, in milliseconds from AID_BENCH_T0 (the wall-clock time just before the exec, as
 * bash's $EPOCHREALTIME gives it):
 *
 *   first_frame_ms  the end of the first frame painted with the window mapped
 *   figures_ms      the end of the first frame with the overview mapped and showing a dataset
 *                   (only for aid-explorer, whose AidOverviewPage fills its figures when its
 *                   dataset is set)
 *   file_ms         the end of the first frame after the window's title changed, when
 *                   aid-explorer shows a file given on its command line
 *
 * Then it ends the process: at once, or with AID_BENCH_UNTIL=file once the file is shown. A
 * program that never gets there is ended after half an hour, and one that takes more memory than
 * the machine can spare at once (bench-guard.h), so that a bench can neither hang nor swamp it.
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <gtk/gtk.h>

#include "bench-guard.h"
#include "bench-util.h"

static gint64 start_time;
static gboolean until_file;
static gboolean hooked;
static gboolean first_frame_done;
static gboolean figures_done;
static char *initial_title;

static void
report (const char *name)
{
  printf ("%s=%.3f\n", name, (g_get_real_time () - start_time) / 1000.0);
  fflush (stdout);
}

/* Whether the overview is on screen with a dataset: its figures are filled when it gets one. */
static gboolean
shows_figures (GtkWidget *window)
{
  GType type = g_type_from_name ("AidOverviewPage");
  GtkWidget *overview;
  g_autoptr(GObject) dataset = NULL;

  if (type == 0 || (overview = bench_find_widget (window, type)) == NULL || !gtk_widget_get_mapped (overview))
    return FALSE;

  g_object_get (overview, "dataset", &dataset, NULL);

  return dataset != NULL;
}

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  if (!gtk_widget_get_mapped (window))
    return;

  if (!first_frame_done)
    {
      first_frame_done = TRUE;
      initial_title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
      report ("first_frame_ms");
    }

  if (!figures_done && shows_figures (window))
    {
      figures_done = TRUE;
      report ("figures_ms");
    }

  if (until_file && g_strcmp0 (gtk_window_get_title (GTK_WINDOW (window)), initial_title) != 0)
    {
      report ("file_ms");
      _exit (0);
    }

  if (!until_file && (figures_done || g_type_from_name ("AidOverviewPage") == 0))
    _exit (0);
}

static void
watch (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), window);
}

__attribute__ ((constructor)) static void
arm_watchdog (void)
{
  alarm (1800);
  bench_guard_start ();
}

void
gtk_window_present (GtkWindow *window)
{
  static void (*real_present) (GtkWindow *) = NULL;

  if (real_present == NULL)
    {
      const char *t0 = g_getenv ("AID_BENCH_T0");

      real_present = (void (*) (GtkWindow *))dlsym (RTLD_NEXT, "gtk_window_present");
      start_time = t0 != NULL ? (gint64)(g_ascii_strtod (t0, NULL) * G_USEC_PER_SEC) : g_get_real_time ();
      until_file = g_strcmp0 (g_getenv ("AID_BENCH_UNTIL"), "file") == 0;
    }

  real_present (window);

  if (hooked)
    return;
  hooked = TRUE;

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    watch (GTK_WIDGET (window));
  else
    g_signal_connect (window, "realize", G_CALLBACK (watch), NULL);
}
