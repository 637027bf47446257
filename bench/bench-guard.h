/* bench-guard.h: keeps a benchmarked process from taking the machine's memory.
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window that would hold more than the machine can spare is given up rather than measured:
 * the process prints "aborted=memory limit_mib=N" and ends with status 3. The limit is
 * AID_BENCH_MAX_RSS_MIB, or 80 % of the memory available when the process starts.
 */

#pragma once

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static unsigned long bench_guard_limit_mib;

static unsigned long
bench_guard_rss_mib (void)
{
  unsigned long size = 0, resident = 0;
  FILE *statm = fopen ("/proc/self/statm", "r");

  if (statm == NULL)
    return 0;
  if (fscanf (statm, "%lu %lu", &size, &resident) != 2)
    resident = 0;
  fclose (statm);

  return resident * (unsigned long)sysconf (_SC_PAGESIZE) / (1024 * 1024);
}

static unsigned long
bench_guard_available_mib (void)
{
  char line[256];
  unsigned long kib = 0;
  FILE *meminfo = fopen ("/proc/meminfo", "r");

  if (meminfo == NULL)
    return 0;
  while (fgets (line, sizeof line, meminfo) != NULL)
    if (sscanf (line, "MemAvailable: %lu kB", &kib) == 1)
      break;
  fclose (meminfo);

  return kib / 1024;
}

static void *
bench_guard_thread (void *data)
{
  (void)data;

  for (;;)
    {
      if (bench_guard_rss_mib () > bench_guard_limit_mib)
        {
          printf ("aborted=memory limit_mib=%lu\n", bench_guard_limit_mib);
          fflush (stdout);
          _exit (3);
        }
      usleep (100000);
    }

  return NULL;
}

static inline void
bench_guard_start (void)
{
  const char *limit = getenv ("AID_BENCH_MAX_RSS_MIB");
  pthread_t thread;

  bench_guard_limit_mib = limit != NULL ? strtoul (limit, NULL, 10) : bench_guard_available_mib () / 5 * 4;
  if (bench_guard_limit_mib == 0 || pthread_create (&thread, NULL, bench_guard_thread, NULL) != 0)
    return;
  pthread_detach (thread);
}
