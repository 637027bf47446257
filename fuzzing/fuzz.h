/* fuzz.h: what every fuzz target shares
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

typedef struct _AidDataset AidDataset;
typedef struct _AidLoadReport AidLoadReport;

/* The entry point libFuzzer calls, and driver.c when it replays files. */
int LLVMFuzzerTestOneInput (const unsigned char *data,
                            size_t               size);

/* fuzz-dataset.c, for the targets that load datasets. */
void fuzz_check_report (AidLoadReport *report);
void fuzz_use_dataset  (AidDataset    *dataset);

/* A warning or a critical is a bug that hostile input found, however the program would have
 * gone on: it aborts, so that libFuzzer keeps the input as a crash and the replay fails. Debug
 * and informational messages are dropped, so that a run's output stays readable. */
static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  if ((log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) == 0)
    return G_LOG_WRITER_HANDLED;

  g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
  fflush (stderr);
  abort ();

  return G_LOG_WRITER_HANDLED;
}

/* Call first in every LLVMFuzzerTestOneInput(). */
static inline void
fuzz_init (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
      g_once_init_leave (&initialised, 1);
    }
}

/* A copy of the input that ends exactly where it does (so that AddressSanitizer sees any read
 * past the end) and is never NULL, for APIs that want a pointer even to no data. */
static inline char *
fuzz_copy (const unsigned char *data,
           size_t               size)
{
  char *copy = g_malloc (MAX (size, 1));

  if (size > 0)
    memcpy (copy, data, size);

  return copy;
}

/* The same, with a NUL after it, for APIs that take a C string. */
static inline char *
fuzz_copy_string (const unsigned char *data,
                  size_t               size)
{
  char *copy = g_malloc (size + 1);

  if (size > 0)
    memcpy (copy, data, size);
  copy[size] = '\0';

  return copy;
}

G_END_DECLS
