/* aid-screenshot.c: renders the main window to PNG files, for `build-aux/dev screenshots`.
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is drawn by GTK itself (its snapshot rendered by the window's own renderer), so no
 * window manager or screen grabber is involved. The language comes from the environment
 * (LANGUAGE, LC_ALL), set by the caller for each run.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "aid-application.h"
#include "aid-window.h"

typedef struct
{
  const char    *name;
  AdwColorScheme scheme;
  int            width;
  int            height;
} Variant;

static const Variant variants[] = {
  { "light-wide", ADW_COLOR_SCHEME_FORCE_LIGHT, 1200, 780 },
  { "dark-wide", ADW_COLOR_SCHEME_FORCE_DARK, 1200, 780 },
  { "light-narrow", ADW_COLOR_SCHEME_FORCE_LIGHT, 360, 720 },
  { "dark-narrow", ADW_COLOR_SCHEME_FORCE_DARK, 360, 720 },
  { "dark-tall", ADW_COLOR_SCHEME_FORCE_DARK, 1200, 1500 },
};

/* The pages, each reached the way a user would. */
typedef struct
{
  const char *name;
  const char *section;
  const char *search;
  const char *project;
  const char *open;
} Page;

static const Page pages[] = {
  { "overview", "overview", "", NULL },
  { "projects", "projects", "", NULL },
  { "search", "projects", "sikasso", NULL },
  { "project", "projects", "", "MLI/026" },
  { "organisations", "organisations", "", NULL, NULL },
  { "places", "places", "", NULL, NULL },
  { "humanitarian", "humanitarian", "", NULL, NULL },
  { "country", "country", "", NULL, NULL },
  { "sources", "sources", "", NULL, NULL },
  { "problems", "overview", "", NULL, "tests/data/check/semantic-percentages.json" },
};

typedef struct
{
  GApplication *app;
  const char   *out_dir;
  const char   *lang;
  const char   *dataset;       /* a file to open first, or NULL for the bundled dataset */
  guint         next;
  gboolean      failed;
} Shooter;

/* Saves the window's content area. */
static gboolean
save_window (GtkWindow   *window,
             const char  *path,
             GError     **error)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (content, GTK_WIDGET (window), &bounds))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the window has no content");
      return FALSE;
    }

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (GTK_WIDGET (window)),
                          gtk_widget_get_height (GTK_WIDGET (window)));
  node = gtk_snapshot_to_node (snapshot);
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the window drew nothing");
      return FALSE;
    }

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, &bounds);
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "could not write %s", path);
      return FALSE;
    }

  return TRUE;
}

static void
apply (GtkWindow     *window,
       const Variant *variant,
       const Page    *page)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), variant->scheme);
  /* Without a compositor, X11 windows get a solid frame instead of the rounded corners users see. */
  gtk_widget_remove_css_class (GTK_WIDGET (window), "solid-csd");
  gtk_window_set_default_size (window, variant->width, variant->height);

  gtk_widget_activate_action (GTK_WIDGET (aid_window_get_view (AID_WINDOW (window))), "win.show-section", "s", page->section);
  aid_window_search (AID_WINDOW (window), page->search);
  /* With another dataset open, AID_SCREENSHOT_PROJECT names the project to show. */
  if (page->project != NULL && g_strcmp0 (g_getenv ("AID_SCREENSHOT_PROJECT"), "") != 0)
    gtk_widget_activate_action (GTK_WIDGET (aid_window_get_view (AID_WINDOW (window))), "win.show-project", "s",
                                g_getenv ("AID_SCREENSHOT_PROJECT"));
  else if (page->project != NULL)
    gtk_widget_activate_action (GTK_WIDGET (aid_window_get_view (AID_WINDOW (window))), "win.show-project", "s", page->project);

  /* A dialog from the previous shot goes; a file to open shows its problems. */
  if (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)) != NULL)
    adw_dialog_force_close (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  if (page->open != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (page->open);

      aid_window_open_file (AID_WINDOW (window), file);
    }
}

/* Each tick saves the shot set up at the previous one, leaving time for the resize and the
 * style change to be laid out and drawn. */
static gboolean
shoot_next_cb (gpointer user_data)
{
  Shooter *shooter = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (shooter->app));
  const Page *page = &pages[shooter->next / G_N_ELEMENTS (variants)];
  const Variant *variant = &variants[shooter->next % G_N_ELEMENTS (variants)];
  g_autofree char *file = g_strdup_printf ("%s-%s-%s.png", page->name, shooter->lang, variant->name);
  g_autofree char *path = g_build_filename (shooter->out_dir, file, NULL);
  g_autoptr(GError) error = NULL;

  if (!save_window (window, path, &error))
    {
      g_printerr ("aid-screenshot: %s\n", error->message);
      shooter->failed = TRUE;
    }

  if (++shooter->next == G_N_ELEMENTS (variants) * G_N_ELEMENTS (pages))
    {
      g_application_quit (shooter->app);
      return G_SOURCE_REMOVE;
    }

  apply (window, &variants[shooter->next % G_N_ELEMENTS (variants)],
         &pages[shooter->next / G_N_ELEMENTS (variants)]);
  return G_SOURCE_CONTINUE;
}

static gboolean
start_cb (gpointer user_data)
{
  Shooter *shooter = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (shooter->app));

  if (aid_window_is_loading (AID_WINDOW (window)))
    return G_SOURCE_CONTINUE;

  apply (window, &variants[0], &pages[0]);
  g_timeout_add (700, shoot_next_cb, shooter);

  return G_SOURCE_REMOVE;
}

static void
activated_cb (GApplication *app,
              Shooter      *shooter)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  /* Every shot shows a settled page, not a transition. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  if (shooter->dataset != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (shooter->dataset);

      aid_window_open_file (AID_WINDOW (window), file);
    }
  g_timeout_add (100, start_cb, shooter);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AidApplication) app = NULL;
  Shooter shooter = { 0 };

  if (argc != 3 && argc != 4)
    {
      g_printerr ("Usage: aid-screenshot OUT-DIR LANGUAGE-TAG [DATASET]\n");
      return 2;
    }

  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = aid_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  shooter.app = G_APPLICATION (app);
  shooter.out_dir = argv[1];
  shooter.lang = argv[2];
  shooter.dataset = argc == 4 ? argv[3] : NULL;
  g_signal_connect_after (app, "activate", G_CALLBACK (activated_cb), &shooter);

  g_application_run (G_APPLICATION (app), 1, argv);

  return shooter.failed ? 1 : 0;
}
