/* driver.c: replays inputs through a fuzz target when it is not built with libFuzzer
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: fuzz-TARGET [--env-dir=VARIABLE]... PATH...
 *
 * Every PATH is a file, or a directory whose files (and subdirectories' files) are replayed in
 * name order. --env-dir=VARIABLE replays the directory named by that environment variable, and
 * notes it and goes on when the variable is unset or the directory missing: a corpus read in
 * place from outside the repository (AID_JSON_TEST_SUITE) may not be there. A crash, a failed
 * assertion, a sanitizer report or a GLib warning ends the run with the file's name on stderr.
 */

#include <string.h>

#include <glib.h>

#include "fuzz.h"

static guint n_inputs;

static void
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree unsigned char *data = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("%s: %s\n", path, error->message);
      exit (1);
    }

  /* A copy of the exact size, as libFuzzer gives, so that a read past the end is seen. */
  data = g_memdup2 (contents, length);
  g_printerr ("Running: %s\n", path);
  LLVMFuzzerTestOneInput (data, length);
  n_inputs++;
}

static void
replay (const char *path)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  GDir *dir;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      replay_file (path);
      return;
    }

  dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      exit (1);
    }

  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);
  g_ptr_array_sort_values (names, (GCompareFunc) strcmp);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = g_build_filename (path, g_ptr_array_index (names, i), NULL);

      replay (child);
    }
}

int
main (int   argc,
      char *argv[])
{
  guint n_paths = 0;

  if (argc < 2)
    {
      g_printerr ("Usage: %s [--env-dir=VARIABLE]... PATH...\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      const char *path = argv[i];

      if (g_str_has_prefix (argv[i], "--env-dir="))
        {
          const char *variable = argv[i] + strlen ("--env-dir=");

          path = g_getenv (variable);
          if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_DIR))
            {
              g_print ("%s: %s is %s, not replayed\n", argv[0], variable,
                       path == NULL ? "not set" : "not a directory");
              continue;
            }
        }

      replay (path);
      n_paths++;
    }

  g_print ("%s: %u inputs replayed from %u paths\n", argv[0], n_inputs, n_paths);

  return 0;
}
