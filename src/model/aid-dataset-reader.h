/* aid-dataset-reader.h: turns parsed JSON into the model, checking every member on the way
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "aid-diagnostic.h"
#include "aid-json-scanner.h"
#include "aid-model-private.h"

G_BEGIN_DECLS

#define AID_MAX_PROBLEMS 100

/* The amounts the format accepts: 10 000 000 000 000 in whole cents. */
#define AID_MAX_AMOUNT_CENTS G_GINT64_CONSTANT (1000000000000000)

/* What one reader (the header, or one worker's activities) needs. The document is read-only and
 * shared; diagnostics are the reader's own until the loader merges them. */
typedef struct
{
  const char  *data;
  gsize        length;
  AidJsonSpan  base;            /* the span of the value being read */
  GString     *path;            /* the JSON path of the value being read */
  gsize        base_path_len;   /* the length of base's own path in path */
  GPtrArray   *diagnostics;     /* of AidDiagnostic */
  guint        n_errors;
  guint        n_warnings;
  int         *n_reported;      /* shared by all readers of one document, for the cap */
  AidDataset  *dataset;         /* read-only while activities are read */
} AidReader;

void         _aid_reader_init          (AidReader         *reader,
                                        const char        *data,
                                        gsize              length,
                                        int               *n_reported,
                                        AidDataset        *dataset);
void         _aid_reader_clear         (AidReader         *reader);
void         _aid_reader_set_base      (AidReader         *reader,
                                        const AidJsonSpan *base,
                                        const char        *base_path);
void         _aid_reader_report        (AidReader         *reader,
                                        AidSeverity        severity,
                                        const char        *member,
                                        const char        *format,
                                        ...) G_GNUC_PRINTF (4, 5);

gboolean     _aid_reader_read_header   (AidReader         *reader,
                                        JsonNode          *root);
AidActivity *_aid_reader_read_activity (AidReader         *reader,
                                        JsonNode          *node);

G_END_DECLS
