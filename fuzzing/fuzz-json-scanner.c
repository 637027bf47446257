/* fuzz-json-scanner.c: aid_json_scan(), and aid_json_locate() on the spans it returns
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is scanned three times: with the default limits, with the widest ones and with
 * tight ones taken from the input's first bytes, so that every limit is reached. Beyond not
 * crashing, every result must hold what the loader relies on: a failure says where and why,
 * a success has spans inside the data, and aid_json_locate() finds the root and every
 * collected element where the scan put them.
 */

#include "config.h"

#include "aid-json-locate.h"
#include "aid-json-scanner.h"
#include "fuzz.h"

/* aid_json_locate() walks from the root each time: keep the check linear on long arrays. */
#define MAX_ITEMS_LOCATED 64

static void
check_scan (const char        *data,
            gsize              length,
            const AidJsonScan *scan)
{
  AidJsonSpan located;

  if (scan->status != AID_JSON_SCAN_OK)
    {
      g_assert (scan->message != NULL && scan->message[0] != '\0');
      g_assert (g_utf8_validate (scan->message, -1, NULL));
      g_assert (scan->path != NULL);
      g_assert (g_utf8_validate (scan->path, -1, NULL));
      g_assert (scan->line >= 1 && scan->column >= 1);
      g_assert (scan->offset <= length);
      g_assert (!scan->has_items && scan->items == NULL);
      return;
    }

  g_assert (scan->message == NULL && scan->path == NULL);
  g_assert (scan->root.length > 0);
  g_assert (scan->root.offset + scan->root.length <= length);
  g_assert (scan->root_is_object == (data[scan->root.offset] == '{'));

  g_assert (aid_json_locate (data, length, &scan->root, "", &located));
  g_assert (memcmp (&located, &scan->root, sizeof located) == 0);

  if (!scan->has_items)
    {
      g_assert (scan->items == NULL);
      return;
    }

  g_assert (scan->root_is_object);
  g_assert (scan->items_member.offset + scan->items_member.length <= length);
  g_assert (data[scan->items_member.offset] == '[');
  g_assert (data[scan->items_member.offset + scan->items_member.length - 1] == ']');

  for (guint i = 0; i < scan->items->len; i++)
    {
      const AidJsonSpan *item = &g_array_index (scan->items, AidJsonSpan, i);

      g_assert (item->length > 0);
      g_assert (item->offset > scan->items_member.offset);
      g_assert (item->offset + item->length <
                scan->items_member.offset + scan->items_member.length);

      /* Each element is a value of its own, found again inside itself. */
      g_assert (aid_json_locate (data, length, item, "", &located));
      g_assert (memcmp (&located, item, sizeof located) == 0);

      if (i < MAX_ITEMS_LOCATED)
        {
          g_autofree char *path = g_strdup_printf ("activities[%u]", i);

          g_assert (aid_json_locate (data, length, &scan->root, path, &located));
          g_assert (memcmp (&located, item, sizeof located) == 0);
        }
    }
}

static void
scan_with (const char          *data,
           gsize                length,
           const AidJsonLimits *limits)
{
  AidJsonScan scan;
  gboolean ok;

  ok = aid_json_scan (data, length, "activities", limits, &scan);
  g_assert (ok == (scan.status == AID_JSON_SCAN_OK));
  check_scan (data, length, &scan);
  aid_json_scan_clear (&scan);
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autofree char *copy = NULL;
  AidJsonLimits widest = { G_MAXUINT, G_MAXSIZE, G_MAXUINT };
  AidJsonLimits tight;

  fuzz_init ();
  copy = fuzz_copy (data, size);

  scan_with (copy, size, NULL);
  scan_with (copy, size, &widest);

  /* Small limits from the first bytes, which are most often “{” or “[” and whitespace. */
  tight.max_depth = size > 0 ? 1 + data[0] % 8 : 1;
  tight.max_string_length = size > 1 ? data[1] % 16 : 0;
  tight.max_items = size > 2 ? data[2] % 8 : 0;
  scan_with (copy, size, &tight);

  return 0;
}
