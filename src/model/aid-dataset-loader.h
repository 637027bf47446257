/* aid-dataset-loader.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "aid-dataset.h"
#include "aid-diagnostic.h"

G_BEGIN_DECLS

#define AID_DATASET_ERROR (aid_dataset_error_quark ())

typedef enum
{
  AID_DATASET_ERROR_UNREADABLE,   /* the file itself: missing, not a regular file, too large */
  AID_DATASET_ERROR_INVALID,      /* its content: see the report's diagnostics */
} AidDatasetError;

/* The dataset that ships with the app: Luxembourg's cooperation with Mali. */
#define AID_BUNDLED_DATASET "mali.aid.json"

/* The largest file the loader reads (it reads files whole into memory). */
#define AID_MAX_FILE_SIZE (G_GUINT64_CONSTANT (4) << 30)

/* Called in the caller's thread (the main context of the async call), with 0 to 1. */
typedef void (*AidLoadProgressFunc) (double   fraction,
                                     gpointer user_data);

#define AID_TYPE_LOAD_REPORT (aid_load_report_get_type ())
G_DECLARE_FINAL_TYPE (AidLoadReport, aid_load_report, AID, LOAD_REPORT, GObject)

GListModel *aid_load_report_get_diagnostics (AidLoadReport *self);
guint       aid_load_report_get_n_errors    (AidLoadReport *self);
guint       aid_load_report_get_n_warnings  (AidLoadReport *self);

GQuark      aid_dataset_error_quark         (void);

AidDataset *aid_dataset_load_bytes          (GBytes               *bytes,
                                             GCancellable         *cancellable,
                                             AidLoadReport       **report,
                                             GError              **error);
AidDataset *aid_dataset_load_bundled        (AidLoadReport       **report,
                                             GError              **error);
AidDataset *aid_dataset_load_file           (GFile                *file,
                                             GCancellable         *cancellable,
                                             AidLoadReport       **report,
                                             GError              **error);
AidDataset *aid_dataset_load_files          (GFile               **files,
                                             guint                 n_files,
                                             GCancellable         *cancellable,
                                             AidLoadReport       **report,
                                             GError              **error);
void        aid_dataset_load_files_async    (GFile               **files,
                                             guint                 n_files,
                                             GCancellable         *cancellable,
                                             AidLoadProgressFunc   progress,
                                             gpointer              progress_data,
                                             GDestroyNotify        progress_data_destroy,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
void        aid_dataset_load_file_async     (GFile                *file,
                                             GCancellable         *cancellable,
                                             AidLoadProgressFunc   progress,
                                             gpointer              progress_data,
                                             GDestroyNotify        progress_data_destroy,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
AidDataset *aid_dataset_load_file_finish    (GAsyncResult         *result,
                                             AidLoadReport       **report,
                                             GError              **error);

G_END_DECLS
