/* bench-guard.h: keeps a benchmarked process from taking the machine's memory.
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window that would hold more than the machine can spare is given up rather than measured:
 * the process prints "aborted=memory limit_mib=N" and ends with status 3. The limit is
 * AID_BENCH_MAX_RSS_MIB, or 80 % of the memory available when the process starts.
 *
 * So is a step that takes longer than AID_BENCH_OPEN_LIMIT_S seconds (no limit by default),
 * between bench_guard_set_deadline() and bench_guard_clear_deadline(): the main loop may be
 * blocked all that time, so the guard runs on a thread of its own. The process then prints
 * "aborted=time what=WHAT limit_s=N".
 */

#pragma once

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static unsigned long bench_guard_limit_mib;
static const char * volatile bench_guard_what;
static volatile double bench_guard_deadline;

static double
bench_guard_now (void)
{
  struct timespec now;

  clock_gettime (CLOCK_MONOTONIC, &now);

  return now.tv_sec + now.tv_nsec / 1e9;
}

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
      const char *what = bench_guard_what;

      if (bench_guard_limit_mib > 0 && bench_guard_rss_mib () > bench_guard_limit_mib)
        {
          printf ("aborted=memory limit_mib=%lu\n", bench_guard_limit_mib);
          fflush (stdout);
          _exit (3);
        }
      if (what != NULL && bench_guard_now () > bench_guard_deadline)
        {
          printf ("aborted=time what=%s limit_s=%s\n", what, getenv ("AID_BENCH_OPEN_LIMIT_S"));
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
  if (pthread_create (&thread, NULL, bench_guard_thread, NULL) != 0)
    return;
  pthread_detach (thread);
}

/* Gives up if what follows takes longer than AID_BENCH_OPEN_LIMIT_S, when it is set. */
static inline void
bench_guard_set_deadline (const char *what)
{
  const char *limit = getenv ("AID_BENCH_OPEN_LIMIT_S");

  if (limit == NULL || strtod (limit, NULL) <= 0)
    return;
  bench_guard_deadline = bench_guard_now () + strtod (limit, NULL);
  bench_guard_what = what;
}

static inline void
bench_guard_clear_deadline (void)
{
  bench_guard_what = NULL;
}
