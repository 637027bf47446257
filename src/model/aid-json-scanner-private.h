/* aid-json-scanner-private.h: what the scanner shares with aid_json_locate()
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Steps over one byte of a line break: LF, the CR of CR LF, or a lone CR. Text views break
 * lines on all three. Returns whether a new line starts after @p. Inline: the scanner calls it
 * on every line break of the document. */
static inline gboolean
_aid_json_ends_line (const guchar *p,
                     const guchar *end)
{
  return *p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n'));
}

gboolean _aid_json_decode_string (const guchar *p,
                                  const guchar *end,
                                  GString      *out);

G_END_DECLS
