/* empty-window.c: the floor of the stack, an empty AdwApplicationWindow started as the app is.
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same kind of application (an AdwApplication that registers on the session bus and opens
 * files), the same window size as the app's default, and nothing in it. The bench times its
 * first frame with probe.c, as it times aid-explorer's.
 */

#include <adwaita.h>
#include <locale.h>

static void
present_window (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  /* The app's default size (io.github.aidexplorer.AidExplorer.gschema.xml). */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
}

static void
open_cb (GApplication  *app,
         GFile        **files,
         int            n_files,
         const char    *hint)
{
  present_window (app);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  setlocale (LC_ALL, "");

  app = adw_application_new ("io.github.aidexplorer.AidExplorer.BenchEmptyWindow", G_APPLICATION_HANDLES_OPEN);
  g_signal_connect (app, "activate", G_CALLBACK (present_window), NULL);
  g_signal_connect (app, "open", G_CALLBACK (open_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
