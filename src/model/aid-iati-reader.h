/* aid-iati-reader.h: the reader of IATI activity XML
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "aid-dataset-builder.h"
#include "aid-dataset-loader.h"

G_BEGIN_DECLS

/* The most activities one load reads, as for the app's own format. */
#define AID_IATI_MAX_ACTIVITIES 2000000

typedef struct _AidIatiReader AidIatiReader;

gboolean       _aid_iati_sniff       (const char          *data,
                                      gsize                length);

AidIatiReader *_aid_iati_reader_new  (AidDataset          *dataset,
                                      AidProblems         *problems,
                                      GCancellable        *cancellable);
gboolean       _aid_iati_reader_read (AidIatiReader       *reader,
                                      const char          *data,
                                      gsize                length,
                                      const char          *name,
                                      AidLoadProgressFunc  progress,
                                      gpointer             progress_data);
gboolean       _aid_iati_reader_read_fd (AidIatiReader       *reader,
                                         const char          *head,
                                         gsize                head_length,
                                         int                  fd,
                                         guint64              size,
                                         const char          *name,
                                         AidLoadProgressFunc  progress,
                                         gpointer             progress_data);
void           _aid_iati_reader_finish (AidIatiReader     *reader);
void           _aid_iati_reader_free (AidIatiReader       *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AidIatiReader, _aid_iati_reader_free)

G_END_DECLS
