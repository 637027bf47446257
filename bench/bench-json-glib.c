/* bench-json-glib.c: the json-glib reference, JsonParser over the whole file in strict mode.
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: aid-bench-json-glib FILE, in a process of its own (it reports the peak RSS). The time
 * runs from reading the file to the whole tree in memory, as python3's json.load() does.
 */

#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

#include <json-glib/json-glib.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  gint64 start;
  double ms;

  if (argc != 2)
    {
      g_printerr ("Usage: aid-bench-json-glib FILE\n");
      return 2;
    }

  parser = json_parser_new ();
  json_parser_set_strict (parser, TRUE);

  start = g_get_monotonic_time ();
  if (!json_parser_load_from_file (parser, argv[1], &error))
    {
      g_printerr ("aid-bench-json-glib: %s: %s\n", argv[1], error->message);
      return 1;
    }
  ms = (g_get_monotonic_time () - start) / 1000.0;

  getrusage (RUSAGE_SELF, &usage);
  printf ("parse_ms=%.3f peak_rss_kib=%ld\n", ms, usage.ru_maxrss);
  fflush (stdout);

  /* Freeing the tree is not part of the reference. */
  _exit (0);
}
