/* fuzz-iati-reader.c: IATI activity XML through the loader, the totals and the ledger
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input is read as XML (one that does not look like XML gets a "<" in front), so that
 * every mutation exercises the IATI reader rather than the JSON scanner. Beyond what
 * fuzz-dataset.c checks, the --summary ledger of a dataset that loads must be valid JSON.
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "aid-dataset-loader.h"
#include "aid-summary.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AidDataset) dataset = NULL;
  char *copy;

  fuzz_init ();
  if (size > 0 && data[0] == '<')
    {
      bytes = g_bytes_new_take (fuzz_copy (data, size), size);
    }
  else
    {
      copy = g_malloc (size + 1);
      copy[0] = '<';
      if (size > 0)
        memcpy (copy + 1, data, size);
      bytes = g_bytes_new_take (copy, size + 1);
    }

  dataset = aid_dataset_load_bytes (bytes, NULL, &report, &error);

  g_assert (report != NULL);
  fuzz_check_report (report);
  if (dataset != NULL)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autofree char *summary = aid_dataset_summarize (dataset);

      g_assert (error == NULL);
      fuzz_use_dataset (dataset);
      g_assert (json_parser_load_from_data (parser, summary, -1, NULL));
      g_assert (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
    }
  else
    {
      g_assert (error != NULL && g_error_matches (error, AID_DATASET_ERROR, AID_DATASET_ERROR_INVALID));
      g_assert (aid_load_report_get_n_errors (report) >= 1);
    }

  return 0;
}
