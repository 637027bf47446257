/* aid-json-scanner.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A single pass over the bytes of a JSON document, before json-glib sees any of it.
 *
 * It accepts and rejects exactly what json-glib's strict parser (json_parser_set_strict) does on
 * every document within the limits, and it also rejects what json-glib would accept silently or
 * slowly: a repeated member name in an object (json-glib keeps the last value, and its handling is
 * quadratic), nesting deeper than the limit, a string longer than the limit. It records where the
 * elements of one top-level array member start and end (the dataset's "activities"), so that each
 * can be parsed on its own, and it never recurses: its stack is a heap array bounded by the depth
 * limit. Lines and columns are 1-based; columns count characters (UTF-8 code points), as text
 * editors show them.
 *
 * Agreeing with json-glib means two departures from RFC 8259: a leading UTF-8 byte order mark is
 * skipped (it does not count as a column), and strings may hold raw control characters other
 * than U+0000, backspace, tab, line feed, form feed and carriage return. */

typedef struct
{
  gsize offset;   /* of the value's first byte */
  gsize length;   /* of the value's text, in bytes */
  guint line;
  guint column;
} AidJsonSpan;

typedef enum
{
  AID_JSON_SCAN_OK,
  AID_JSON_SCAN_SYNTAX,           /* not JSON */
  AID_JSON_SCAN_DUPLICATE_KEY,    /* valid JSON, but a member name repeats in one object */
  AID_JSON_SCAN_TOO_DEEP,         /* over AidJsonLimits.max_depth */
  AID_JSON_SCAN_STRING_TOO_LONG,  /* over AidJsonLimits.max_string_length */
  AID_JSON_SCAN_TOO_MANY_ITEMS,   /* over AidJsonLimits.max_items in the collected array */
} AidJsonScanStatus;

/* A max_depth above 1024 acts as 1024, json-glib's own limit, so that the verdicts still agree.
 * aid_json_scan() takes NULL for the defaults. */
typedef struct
{
  guint max_depth;           /* arrays and objects nested in each other, the root counting 1 */
  gsize max_string_length;   /* bytes of one string's text between its quotes, escapes included */
  guint max_items;           /* elements of the collected array */
} AidJsonLimits;

#define AID_JSON_DEFAULT_MAX_DEPTH         32
#define AID_JSON_DEFAULT_MAX_STRING_LENGTH (1024 * 1024)
#define AID_JSON_DEFAULT_MAX_ITEMS         2000000

typedef struct
{
  AidJsonScanStatus status;

  /* Where scanning stopped when status is not OK, and why, in a translated sentence such as
   * "expected “,” or “}” after an object member, found “]”". path is the JSON path of the
   * innermost value being read, as "activities[3].title.fr" ("" for the root); member names
   * escape “.”, “[”, “]” and “\” with a backslash. For a repeated member name, the position is
   * that of the second name and path leads to it. */
  guint     line;
  guint     column;
  gsize     offset;
  char     *message;
  char     *path;

  /* Filled when status is OK. */
  AidJsonSpan root;
  gboolean    root_is_object;
  gboolean    has_items;        /* the root is an object with the collected member, an array */
  AidJsonSpan items_member;     /* that array */
  GArray     *items;            /* of AidJsonSpan, one per element of that array; NULL
                                 * unless has_items */
} AidJsonScan;

void     aid_json_limits_init_default (AidJsonLimits       *limits);

gboolean aid_json_scan                (const char          *data,
                                       gsize                length,
                                       const char          *collect_member,
                                       const AidJsonLimits *limits,
                                       AidJsonScan         *scan);
void     aid_json_scan_clear          (AidJsonScan         *scan);

G_END_DECLS
