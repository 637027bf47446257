/* aid-dataset-reader.h: the reader of the app's own JSON format
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "aid-dataset-builder.h"
#include "aid-dataset-loader.h"
#include "aid-json-values.h"

G_BEGIN_DECLS

gboolean     _aid_reader_read_header   (AidReader           *reader,
                                        JsonNode            *root);
AidActivity *_aid_reader_read_activity (AidReader           *reader,
                                        JsonNode            *node);

gboolean     _aid_json_read_dataset    (AidDataset          *dataset,
                                        const char          *data,
                                        gsize                length,
                                        GCancellable        *cancellable,
                                        AidLoadProgressFunc  progress,
                                        gpointer             progress_data,
                                        AidProblems         *problems);

G_END_DECLS
