/* test-datasets.h: small datasets that the model's tests make up
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "aid-dataset-loader.h"

G_BEGIN_DECLS

/* A valid dataset of @activities (JSON objects separated by commas), with @extra as more
 * members of the root, each followed by a comma. It has one source, "r", and one organisation,
 * "a". */
static inline AidDataset *
aid_test_load_generated (const char *extra,
                         const char *activities)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  AidDataset *dataset;

  g_string_append_printf (json,
                          "{\"format\": \"aid-explorer-dataset\", \"format_version\": 1, \"id\": \"x\",\n"
                          " \"title\": {\"en\": \"X\"}, \"default_language\": \"en\",\n"
                          " \"default_currency\": \"EUR\", \"licence\": {\"name\": \"CC BY 4.0\"},\n"
                          " \"sources\": [{\"id\": \"r\", \"title\": \"R\", \"publisher\": \"P\", \"language\": \"en\"}],\n"
                          " \"organisations\": [{\"id\": \"a\", \"name\": {\"en\": \"A\"}}],\n"
                          " %s\"activities\": [%s]}\n",
                          extra, activities);

  bytes = g_bytes_new (json->str, json->len);
  dataset = aid_dataset_load_bytes (bytes, NULL, &report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

G_END_DECLS
