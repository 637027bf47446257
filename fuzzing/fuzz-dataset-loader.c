/* fuzz-dataset-loader.c: aid_dataset_load_bytes(), the loader and the validator end to end
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever the bytes, loading must not crash, leak, hang or emit a GLib warning or critical
 * (fuzz.h makes them abort). Its verdict must be consistent: a dataset and no error exactly when
 * the report has no error, every diagnostic well formed. A dataset that loads then goes through
 * what the window computes from it at once (fuzz-dataset.c).
 */

#include "config.h"

#include "aid-dataset-loader.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AidDataset) dataset = NULL;

  fuzz_init ();
  bytes = g_bytes_new_take (fuzz_copy (data, size), size);

  dataset = aid_dataset_load_bytes (bytes, NULL, &report, &error);

  g_assert (report != NULL);
  fuzz_check_report (report);
  if (dataset != NULL)
    {
      g_assert (error == NULL);
      g_assert (aid_load_report_get_n_errors (report) == 0);
      fuzz_use_dataset (dataset);
    }
  else
    {
      g_assert (error != NULL && g_error_matches (error, AID_DATASET_ERROR,
                                                  AID_DATASET_ERROR_INVALID));
      g_assert (aid_load_report_get_n_errors (report) >= 1);
    }

  return 0;
}
