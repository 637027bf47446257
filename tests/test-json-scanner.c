/* test-json-scanner.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "aid-json-locate.h"
#include "aid-json-scanner.h"
#include "aid-json-tree.h"

/* A dataset-like document; the tabs, the accents and the CR LF line ends are on purpose. */
static const char dataset[] =
  "{\r\n"
  "  \"version\": \"2.03\",\n"
  "  \"activities\": [\n"
  "    {\"id\": \"A-1\", \"title\": {\"fr\": \"Écoles\", \"en\": \"Schools\"},\n"
  "     \"budget\": {\"amount\": 1500.5, \"currency\": \"EUR\"},\n"
  "     \"sectors\": [{\"code\": \"110\"}, {\"code\": \"120\", \"name\": \"Santé\"}],\n"
  "     \"a.b\": {\"[x]\": true}, \"esc\\u0061ped\": -1e3},\n"
  "\t\t{\"id\": \"Ä-2\", \"tags\": []},  \"été\"  ,\n"
  "    [1, [2, {\"k\": null}]], 0, false\n"
  "  ],\n"
  "  \"meta\": {\"activities\": [1, 2, 3]}\n"
  "}\n";

/* Scans a copy of @data that ends exactly after @length bytes, so that AddressSanitizer notices
 * any read past the end. */
static gboolean
scan_bytes (const char          *data,
            gsize                length,
            const char          *collect_member,
            const AidJsonLimits *limits,
            AidJsonScan         *scan)
{
  g_autofree char *copy = g_memdup2 (data, length);

  return aid_json_scan (copy, length, collect_member, limits, scan);
}

static gboolean
scan_str (const char          *json,
          const char          *collect_member,
          const AidJsonLimits *limits,
          AidJsonScan         *scan)
{
  return scan_bytes (json, strlen (json), collect_member, limits, scan);
}

static gboolean
json_glib_accepts (const char *data,
                   gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *copy = g_memdup2 (data, length);

  json_parser_set_strict (parser, TRUE);
  /* json_parser_load_from_data() wants a non-NULL pointer, even for no data. */
  return json_parser_load_from_data (parser, copy != NULL ? copy : "", length, NULL);
}

/* Shows bytes in a message, whatever they are. */
static char *
escape_bytes (const char *data,
              gsize       length)
{
  GString *out = g_string_new (NULL);

  for (gsize i = 0; i < length; i++)
    {
      guchar c = data[i];

      if (c >= 0x20 && c < 0x7F && c != '\\')
        g_string_append_c (out, c);
      else
        g_string_append_printf (out, "\\x%02X", c);
    }

  return g_string_free (out, FALSE);
}

static void
init_widest_limits (AidJsonLimits *limits)
{
  limits->max_depth = G_MAXUINT;
  limits->max_string_length = G_MAXSIZE;
  limits->max_items = G_MAXUINT;
}

/* Counts the line and the column of @offset as a text editor does, independently of the
 * scanner: LF, CR LF and CR end lines, columns count characters, a leading BOM is not one. */
static void
expected_position (const char *data,
                   gsize       offset,
                   guint      *line,
                   guint      *column)
{
  gsize start = 0;

  if (offset >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    start = 3;

  *line = 1;
  *column = 1;
  for (gsize i = start; i < offset; i++)
    {
      if (data[i] == '\n' || (data[i] == '\r' && data[i + 1] != '\n'))
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        (*column)++;
    }
}

static void
assert_span (const char        *data,
             const AidJsonSpan *span,
             const char        *text)
{
  guint line;
  guint column;

  g_assert_cmpuint (span->length, ==, strlen (text));
  g_assert_cmpmem (data + span->offset, span->length, text, strlen (text));
  expected_position (data, span->offset, &line, &column);
  g_assert_cmpuint (span->line, ==, line);
  g_assert_cmpuint (span->column, ==, column);
}

/* Checks what holds for every result: a failure says where and why, a success has spans
 * inside the data, and each collected element is a JSON document of its own. */
static void
check_invariants (const char        *data,
                  gsize              length,
                  const AidJsonScan *scan)
{
  AidJsonSpan located;

  if (scan->status != AID_JSON_SCAN_OK)
    {
      g_assert_nonnull (scan->message);
      g_assert_cmpstr (scan->message, !=, "");
      g_assert_nonnull (scan->path);
      g_assert_cmpuint (scan->line, >=, 1);
      g_assert_cmpuint (scan->column, >=, 1);
      g_assert_cmpuint (scan->offset, <=, length);
      g_assert_false (scan->has_items);
      g_assert_null (scan->items);
      return;
    }

  g_assert_null (scan->message);
  g_assert_null (scan->path);
  g_assert_cmpuint (scan->root.length, >, 0);
  g_assert_cmpuint (scan->root.offset + scan->root.length, <=, length);
  g_assert_cmpint (scan->root_is_object, ==, data[scan->root.offset] == '{');

  g_assert_true (aid_json_locate (data, length, &scan->root, "", &located));
  g_assert_cmpmem (&located, sizeof located, &scan->root, sizeof scan->root);

  if (!scan->has_items)
    {
      g_assert_null (scan->items);
      return;
    }

  g_assert_true (scan->root_is_object);
  g_assert_cmpint (data[scan->items_member.offset], ==, '[');
  g_assert_cmpint (data[scan->items_member.offset + scan->items_member.length - 1], ==, ']');
  for (guint i = 0; i < scan->items->len; i++)
    {
      const AidJsonSpan *item = &g_array_index (scan->items, AidJsonSpan, i);
      guint line;
      guint column;

      g_assert_cmpuint (item->offset, >, scan->items_member.offset);
      g_assert_cmpuint (item->offset + item->length, <,
                        scan->items_member.offset + scan->items_member.length);
      g_assert_true (json_glib_accepts (data + item->offset, item->length));
      expected_position (data, item->offset, &line, &column);
      g_assert_cmpuint (item->line, ==, line);
      g_assert_cmpuint (item->column, ==, column);

      /* Locating the element from the root finds the same span, whatever comes before it. */
      if (scan->items->len <= 100)
        {
          g_autofree char *path = g_strdup_printf ("activities[%u]", i);

          g_assert_true (aid_json_locate (data, length, &scan->root, path, &located));
          g_assert_cmpmem (&located, sizeof located, item, sizeof *item);
        }
    }
}

/* Unit tests */

static void
test_valid_spans (void)
{
  AidJsonScan scan;
  const AidJsonSpan *item;
  g_autofree char *text = NULL;

  g_assert_true (scan_bytes (dataset, strlen (dataset), "activities", NULL, &scan));
  check_invariants (dataset, strlen (dataset), &scan);

  g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_OK);
  g_assert_true (scan.root_is_object);
  g_assert_cmpuint (scan.root.offset, ==, 0);
  g_assert_cmpuint (scan.root.length, ==, strlen (dataset) - 1);
  g_assert_cmpuint (scan.root.line, ==, 1);
  g_assert_cmpuint (scan.root.column, ==, 1);

  g_assert_true (scan.has_items);
  g_assert_cmpuint (scan.items_member.line, ==, 3);
  g_assert_cmpuint (scan.items_member.column, ==, 17);
  g_assert_cmpint (dataset[scan.items_member.offset], ==, '[');
  g_assert_cmpuint (scan.items->len, ==, 6);

  item = &g_array_index (scan.items, AidJsonSpan, 0);
  g_assert_cmpuint (item->offset, ==, strstr (dataset, "{\"id\": \"A-1\"") - dataset);
  g_assert_cmpuint (item->line, ==, 4);
  g_assert_cmpuint (item->column, ==, 5);
  text = g_strndup (dataset + item->offset, item->length);
  g_assert_true (g_str_has_prefix (text, "{\"id\": \"A-1\""));
  g_assert_true (g_str_has_suffix (text, "\"esc\\u0061ped\": -1e3}"));

  /* Tabs count as one column each; “Ä” is one character of two bytes. */
  assert_span (dataset, &g_array_index (scan.items, AidJsonSpan, 1),
               "{\"id\": \"Ä-2\", \"tags\": []}");
  g_assert_cmpuint (g_array_index (scan.items, AidJsonSpan, 1).line, ==, 8);
  g_assert_cmpuint (g_array_index (scan.items, AidJsonSpan, 1).column, ==, 3);

  /* After “Ä” and two tabs on the same line: the column counts characters, not bytes. */
  assert_span (dataset, &g_array_index (scan.items, AidJsonSpan, 2), "\"été\"");
  g_assert_cmpuint (g_array_index (scan.items, AidJsonSpan, 2).line, ==, 8);
  g_assert_cmpuint (g_array_index (scan.items, AidJsonSpan, 2).column, ==, 31);

  assert_span (dataset, &g_array_index (scan.items, AidJsonSpan, 3),
               "[1, [2, {\"k\": null}]]");
  assert_span (dataset, &g_array_index (scan.items, AidJsonSpan, 4), "0");
  g_assert_cmpuint (g_array_index (scan.items, AidJsonSpan, 4).column, ==, 28);
  assert_span (dataset, &g_array_index (scan.items, AidJsonSpan, 5), "false");
  g_assert_cmpuint (g_array_index (scan.items, AidJsonSpan, 5).line, ==, 9);
  g_assert_cmpuint (g_array_index (scan.items, AidJsonSpan, 5).column, ==, 31);

  aid_json_scan_clear (&scan);
  g_assert_null (scan.items);
  g_assert_null (scan.message);
}

static void
test_collect (void)
{
  AidJsonScan scan;

  /* Nothing asked, nothing collected. */
  g_assert_true (scan_bytes (dataset, strlen (dataset), NULL, NULL, &scan));
  g_assert_false (scan.has_items);
  g_assert_null (scan.items);
  aid_json_scan_clear (&scan);

  /* An empty array is collected, with no elements. */
  g_assert_true (scan_str ("{\"activities\": [ ]}", "activities", NULL, &scan));
  g_assert_true (scan.has_items);
  g_assert_cmpuint (scan.items->len, ==, 0);
  assert_span ("{\"activities\": [ ]}", &scan.items_member, "[ ]");
  aid_json_scan_clear (&scan);

  /* A member that is not an array, a nested member and a root array are not collected. */
  g_assert_true (scan_str ("{\"activities\": {}}", "activities", NULL, &scan));
  g_assert_false (scan.has_items);
  aid_json_scan_clear (&scan);
  g_assert_true (scan_str ("{\"x\": {\"activities\": [1]}}", "activities", NULL,
                                &scan));
  g_assert_false (scan.has_items);
  aid_json_scan_clear (&scan);
  g_assert_true (scan_str ("[{\"activities\": [1]}]", "activities", NULL, &scan));
  g_assert_false (scan.has_items);
  g_assert_false (scan.root_is_object);
  aid_json_scan_clear (&scan);

  /* The name is compared decoded. */
  g_assert_true (scan_str ("{\"\\u0061cts\": [true]}", "acts", NULL, &scan));
  g_assert_true (scan.has_items);
  g_assert_cmpuint (scan.items->len, ==, 1);
  assert_span ("{\"\\u0061cts\": [true]}", &g_array_index (scan.items, AidJsonSpan, 0),
               "true");
  aid_json_scan_clear (&scan);

  /* A scalar root. */
  g_assert_true (scan_str ("  \"x\" \n", "activities", NULL, &scan));
  g_assert_false (scan.root_is_object);
  assert_span ("  \"x\" \n", &scan.root, "\"x\"");
  aid_json_scan_clear (&scan);
}

typedef struct
{
  const char *json;
  gssize      length;   /* -1 for strlen () */
  guint       line;
  guint       column;
  const char *message;
  const char *path;
} SyntaxCase;

static const SyntaxCase syntax_cases[] = {
  { "", -1, 1, 1, "the file is empty", "" },
  { "\xEF\xBB\xBF", -1, 1, 1, "the file is empty", "" },
  { " \n\t\r\n ", -1, 1, 1, "the file contains only whitespace", "" },
  { "{\"a\": 1 ]", -1, 1, 9, "expected “,” or “}” after an object member, found “]”", "" },
  { "{\"a\": 1 \"b\": 2}", -1, 1, 9,
    "expected “,” or “}” after an object member, found a string", "" },
  { "[true false]", -1, 1, 7, "expected “,” or “]” after an array element, found “false”", "" },
  { "[1, 2,]", -1, 1, 6, "trailing comma before “]”", "" },
  { "{\"a\": {\"b\": 1,\n}}", -1, 1, 14, "trailing comma before “}”", "a" },
  { "[\"abc", -1, 1, 2, "unterminated string", "[0]" },
  { "[\"ab\\", -1, 1, 2, "unterminated string", "[0]" },
  { "[\"a\nb\"]", -1, 1, 4, "unterminated string: line break before the closing quote", "[0]" },
  { "[\"a\\xb\"]", -1, 1, 4, "invalid escape “\\x” in a string", "[0]" },
  { "[\"a\\'\"]", -1, 1, 4, "invalid escape “\\'” in a string", "[0]" },
  { "[\"\\u12\"]", -1, 1, 3,
    "invalid escape in a string: “\\u” must be followed by four hexadecimal digits", "[0]" },
  { "[\"\\uD800\"]", -1, 1, 3, "unpaired surrogate “\\uD800” in a string", "[0]" },
  { "[\"\\uD800\\u0041\"]", -1, 1, 3, "unpaired surrogate “\\uD800” in a string", "[0]" },
  { "[\"\\uDC00\\uD800\"]", -1, 1, 3, "unpaired surrogate “\\uDC00” in a string", "[0]" },
  { "[\"é\xFF\"]", -1, 1, 4, "invalid UTF-8 in a string", "[0]" },
  { "[\"\xED\xA0\x80\"]", -1, 1, 3, "invalid UTF-8 in a string", "[0]" },
  { "[\"\xC0\xAF\"]", -1, 1, 3, "invalid UTF-8 in a string", "[0]" },
  { "[\"a\tb\"]", -1, 1, 4, "tab character in a string, write it as “\\t”", "[0]" },
  { "[\"a\fb\"]", -1, 1, 4, "control character U+000C in a string, write it as “\\u000C”",
    "[0]" },
  { "[\"a\0\"]", 6, 1, 4, "control character U+0000 in a string, write it as “\\u0000”",
    "[0]" },
  { "{\"a\": [1, 2] } x", -1, 1, 16, "unexpected text after the end of the document", "" },
  { "{} {}", -1, 1, 4, "unexpected text after the end of the document", "" },
  { "1 2", -1, 1, 3, "unexpected text after the end of the document", "" },
  { "{}\0", 3, 1, 3, "unexpected text after the end of the document", "" },
  { "[01]", -1, 1, 2, "number with a leading zero", "[0]" },
  { "[-01]", -1, 1, 3, "number with a leading zero", "[0]" },
  { "[1.]", -1, 1, 4, "expected a digit after the decimal point, found “]”", "[0]" },
  { "[.5]", -1, 1, 2, "expected a value, found “.”", "[0]" },
  { "[1e]", -1, 1, 4, "expected a digit in the exponent, found “]”", "[0]" },
  { "[1e+]", -1, 1, 5, "expected a digit in the exponent, found “]”", "[0]" },
  { "[- 1]", -1, 1, 3, "expected a digit after “-”, found a space", "[0]" },
  { "[+1]", -1, 1, 2, "expected a value, found “+”", "[0]" },
  { "[0x1F]", -1, 1, 3, "expected “,” or “]” after an array element, found “x1F”", "" },
  { "[True]", -1, 1, 2, "expected a value, found “True”", "[0]" },
  { "[truex]", -1, 1, 2, "expected a value, found “truex”", "[0]" },
  { "[nul]", -1, 1, 2, "expected a value, found “nul”", "[0]" },
  { "['a']", -1, 1, 2, "expected a value, found “'”", "[0]" },
  { "[1,,2]", -1, 1, 4, "expected a value, found “,”", "[1]" },
  { "[1,", -1, 1, 4, "expected a value, found the end of the file", "[1]" },
  { "[1", -1, 1, 3, "expected “,” or “]” after an array element, found the end of the file",
    "" },
  { "{\"a\" 1}", -1, 1, 6, "expected “:” after the member name, found “1”", "a" },
  { "{1: 2}", -1, 1, 2, "expected a member name in quotes or “}”, found “1”", "" },
  { "{\"a\": 1, 2}", -1, 1, 10, "expected a member name in quotes, found “2”", "" },
  { "{\"a\": }", -1, 1, 7, "expected a value, found “}”", "a" },
  { "{\"a\":{\"b\":[1,{\"c\":nul}]}}", -1, 1, 19, "expected a value, found “nul”",
    "a.b[1].c" },
  { "{\"a.b\": {\"c[0]\": [x]}}", -1, 1, 19, "expected a value, found “x”",
    "a\\.b.c\\[0\\][0]" },
  { "{\n\t\"é\": [tru]\n}", -1, 2, 8, "expected a value, found “tru”", "é[0]" },
  { "\xEF\xBB\xBF[1,]", -1, 1, 3, "trailing comma before “]”", "" },
  { "[\r\n1,\r\n]", -1, 2, 2, "trailing comma before “]”", "" },
  { "[\r1 2]", -1, 2, 3, "expected “,” or “]” after an array element, found “2”", "" },
  { "[\xC2\xA0]", -1, 1, 2, "expected a value, found U+00A0", "[0]" },
  { "[\xE2\x81\xA0]", -1, 1, 2, "expected a value, found U+2060", "[0]" },
  { "[\x01]", -1, 1, 2, "expected a value, found U+0001", "[0]" },
  { "[\xFF]", -1, 1, 2, "expected a value, found “\\xFF”", "[0]" },
  { "[\xC3\xA9]", -1, 1, 2, "expected a value, found “é”", "[0]" },
  { "\xEF\xBB\xBF\xEF\xBB\xBF{}", -1, 1, 1,
    "expected a value, found a byte order mark (U+FEFF)", "" },
  { "[\f1]", -1, 1, 2, "expected a value, found U+000C", "[0]" },
  /* Bytes after @length do not count, even when they would make the document valid. */
  { "[1,2]", 4, 1, 5, "expected “,” or “]” after an array element, found the end of the file",
    "" },
  { "true", 3, 1, 1, "expected a value, found “tru”", "" },
  { "\"abc\"", 4, 1, 1, "unterminated string", "" },
  { "[1.5e", 5, 1, 6, "expected a digit in the exponent, found the end of the file", "[0]" },
};

static void
test_syntax_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (syntax_cases); i++)
    {
      const SyntaxCase *c = &syntax_cases[i];
      gsize length = c->length >= 0 ? (gsize) c->length : strlen (c->json);
      g_autofree char *shown = escape_bytes (c->json, length);
      AidJsonScan scan;
      guint line;
      guint column;

      g_test_message ("case %u: %s", i, shown);
      g_assert_false (scan_bytes (c->json, length, "activities", NULL, &scan));
      check_invariants (c->json, length, &scan);
      g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_SYNTAX);
      g_assert_cmpstr (scan.message, ==, c->message);
      g_assert_cmpstr (scan.path, ==, c->path);
      g_assert_cmpuint (scan.line, ==, c->line);
      g_assert_cmpuint (scan.column, ==, c->column);
      expected_position (c->json, scan.offset, &line, &column);
      g_assert_cmpuint (scan.line, ==, line);
      g_assert_cmpuint (scan.column, ==, column);

      /* Every case here is one json-glib refuses too. */
      g_assert_false (json_glib_accepts (c->json, length));

      aid_json_scan_clear (&scan);
    }
}

/* What json-glib's strict parser lets through that RFC 8259 does not: the scanner agrees. */
static void
test_json_glib_quirks (void)
{
  static const char * const accepted[] = {
    "[\"a\x01" "b\"]",
    "[\"\x0B\"]",
    "[\"\x1F\"]",
    "[\"\x7F\"]",
    "[\"\\u0000\"]",
    "{\"\\u0000\": 1}",
    "[1e999, -1e-999, 123456789012345678901234567890]",
    "\xEF\xBB\xBF {}",
    "-0",
    "\"\"",
    "null",
    "[\"\xEF\xBF\xBE\xF4\x8F\xBF\xBF\"]",
    "[\"\\uD834\\uDD1E\"]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autofree char *shown = escape_bytes (accepted[i], strlen (accepted[i]));
      AidJsonScan scan;

      g_test_message ("accepted %u: %s", i, shown);
      g_assert_true (json_glib_accepts (accepted[i], strlen (accepted[i])));
      g_assert_true (scan_bytes (accepted[i], strlen (accepted[i]), NULL, NULL, &scan));
      aid_json_scan_clear (&scan);
    }
}

static void
test_duplicate_keys (void)
{
  static const struct
  {
    const char *json;
    guint       line;
    guint       column;
    const char *message;
    const char *path;
  } cases[] = {
    { "{\"amount\": 1, \"amount\": 2}", 1, 15,
      "the member “amount” appears twice in this object (first at line 1, column 2)",
      "amount" },
    { "{\"a\":1,\"\\u0061\":2}", 1, 8,
      "the member “a” appears twice in this object (first at line 1, column 2)", "a" },
    { "{\"\\u00e9\":1,\"é\":2}", 1, 13,
      "the member “é” appears twice in this object (first at line 1, column 2)", "é" },
    { "{\"a/\":1,\"a\\/\":2}", 1, 9,
      "the member “a/” appears twice in this object (first at line 1, column 2)", "a/" },
    { "{\"activities\": [{}, {\"budget\": {\n"
      "\t\"amount\": 1,\n"
      "\t\"currency\": \"EUR\",\n"
      "\t\"amount\": 2}}]}", 4, 2,
      "the member “amount” appears twice in this object (first at line 2, column 2)",
      "activities[1].budget.amount" },
    { "{\"a.b\": 1, \"a.b\": 2}", 1, 12,
      "the member “a.b” appears twice in this object (first at line 1, column 2)", "a\\.b" },
    { "{\"t\\tab\": 1, \"t\\u0009ab\": 2}", 1, 14,
      "the member “t\\x09ab” appears twice in this object (first at line 1, column 2)",
      "t\tab" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AidJsonScan scan;

      g_test_message ("case %u: %s", i, cases[i].json);
      g_assert_false (scan_bytes (cases[i].json, strlen (cases[i].json), "activities", NULL,
                                  &scan));
      check_invariants (cases[i].json, strlen (cases[i].json), &scan);
      g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_DUPLICATE_KEY);
      g_assert_cmpuint (scan.line, ==, cases[i].line);
      g_assert_cmpuint (scan.column, ==, cases[i].column);
      g_assert_cmpint (cases[i].json[scan.offset], ==, '"');
      g_assert_cmpstr (scan.message, ==, cases[i].message);
      g_assert_cmpstr (scan.path, ==, cases[i].path);
      aid_json_scan_clear (&scan);
    }
}

static void
test_duplicate_keys_not (void)
{
  static const char * const cases[] = {
    "[{\"a\": 1}, {\"a\": 2}]",
    "{\"a\": {\"a\": {\"a\": 1}}, \"b\": {\"a\": 2}}",
    "{\"a\": 1, \"A\": 2, \"a \": 3, \"\": 4}",
    /* Different names to JSON, though json-glib would cut both at the NUL. */
    "{\"a\\u0000b\": 1, \"a\\u0000c\": 2}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AidJsonScan scan;

      g_assert_true (scan_bytes (cases[i], strlen (cases[i]), NULL, NULL, &scan));
      aid_json_scan_clear (&scan);
    }
}

/* Builds an object of @n members named k0, k1…, followed by @extra. */
static GString *
build_large_object (guint       n,
                    const char *extra)
{
  GString *json = g_string_new ("{");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s\"k%u\": %u", i > 0 ? ", " : "", i, i);
  g_string_append (json, extra);
  g_string_append_c (json, '}');

  return json;
}

static void
test_duplicate_keys_large (void)
{
  g_autoptr(GString) unique = build_large_object (5000, "");
  g_autoptr(GString) repeated = build_large_object (5000, ", \"k4321\": 0");
  g_autoptr(GString) escaped = build_large_object (5000, ", \"\\u006b17\": 0");
  g_autoptr(GString) siblings = g_string_new ("[");
  g_autoptr(GString) nested = build_large_object (3000, ", \"inner\": ");
  g_autofree char *message = NULL;
  AidJsonScan scan;

  g_assert_true (scan_bytes (unique->str, unique->len, NULL, NULL, &scan));
  aid_json_scan_clear (&scan);

  g_assert_false (scan_bytes (repeated->str, repeated->len, NULL, NULL, &scan));
  g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_DUPLICATE_KEY);
  g_assert_cmpuint (scan.offset, ==, repeated->len - 11);
  g_assert_cmpstr (scan.path, ==, "k4321");
  message = g_strdup_printf ("the member “k4321” appears twice in this object "
                             "(first at line 1, column %u)",
                             (guint) (strstr (repeated->str, "\"k4321\"") - repeated->str + 1));
  g_assert_cmpstr (scan.message, ==, message);
  aid_json_scan_clear (&scan);

  g_assert_false (scan_bytes (escaped->str, escaped->len, NULL, NULL, &scan));
  g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_DUPLICATE_KEY);
  g_assert_cmpstr (scan.path, ==, "k17");
  aid_json_scan_clear (&scan);

  /* Large objects one after the other at the same depth, and one inside another: each object
   * has its own names. */
  for (guint i = 0; i < 3; i++)
    g_string_append_printf (siblings, "%s%s", i > 0 ? "," : "", unique->str);
  g_string_append (siblings, ", {\"k1\": 1, \"k2\": 2}]");
  g_assert_true (scan_bytes (siblings->str, siblings->len, NULL, NULL, &scan));
  aid_json_scan_clear (&scan);

  /* A repeated name in a large object while a large object inside it uses its own table. */
  g_string_truncate (nested, nested->len - 1);
  g_string_append (nested, unique->str);
  g_string_append (nested, ", \"k77\": 0}");
  g_assert_false (scan_str (nested->str, NULL, NULL, &scan));
  g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_DUPLICATE_KEY);
  g_assert_cmpstr (scan.path, ==, "k77");
  g_assert_cmpuint (scan.offset, ==, nested->len - 9);
  aid_json_scan_clear (&scan);
}

static GString *
build_nested_arrays (guint depth)
{
  GString *json = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, ']');

  return json;
}

static void
test_limit_depth (void)
{
  AidJsonLimits limits;
  AidJsonScan scan;
  g_autoptr(GString) at_cap = build_nested_arrays (1024);
  g_autoptr(GString) over_cap = build_nested_arrays (1025);
  g_autoptr(GString) over_default = build_nested_arrays (33);

  aid_json_limits_init_default (&limits);
  limits.max_depth = 3;

  g_assert_true (scan_str ("[[[1]]]", NULL, &limits, &scan));
  aid_json_scan_clear (&scan);
  g_assert_true (scan_str ("{\"a\": [{\"b\": 1}]}", NULL, &limits, &scan));
  aid_json_scan_clear (&scan);

  g_assert_false (scan_str ("[[[[1]]]]", NULL, &limits, &scan));
  g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_TOO_DEEP);
  g_assert_cmpuint (scan.line, ==, 1);
  g_assert_cmpuint (scan.column, ==, 4);
  g_assert_cmpstr (scan.message, ==, "nesting deeper than 3 levels");
  g_assert_cmpstr (scan.path, ==, "[0][0][0]");
  aid_json_scan_clear (&scan);

  g_assert_false (scan_str ("{\"a\": [\n  {\"b\": {}}]}", NULL, &limits, &scan));
  g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_TOO_DEEP);
  g_assert_cmpuint (scan.line, ==, 2);
  g_assert_cmpuint (scan.column, ==, 9);
  g_assert_cmpstr (scan.path, ==, "a[0].b");
  aid_json_scan_clear (&scan);

  /* The default. */
  g_assert_false (scan_bytes (over_default->str, over_default->len, NULL, NULL, &scan));
  g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_TOO_DEEP);
  g_assert_cmpstr (scan.message, ==, "nesting deeper than 32 levels");
  g_assert_cmpuint (scan.column, ==, 33);
  aid_json_scan_clear (&scan);

  /* No containers at all. */
  limits.max_depth = 0;
  g_assert_true (scan_str ("1", NULL, &limits, &scan));
  aid_json_scan_clear (&scan);
  g_assert_false (scan_str ("[]", NULL, &limits, &scan));
  g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_TOO_DEEP);
  g_assert_cmpstr (scan.message, ==, "nesting deeper than 0 levels");
  aid_json_scan_clear (&scan);

  /* Past json-glib's own limit, the limit is json-glib's. */
  init_widest_limits (&limits);
  g_assert_true (json_glib_accepts (at_cap->str, at_cap->len));
  g_assert_true (scan_bytes (at_cap->str, at_cap->len, NULL, &limits, &scan));
  aid_json_scan_clear (&scan);
  g_assert_false (json_glib_accepts (over_cap->str, over_cap->len));
  g_assert_false (scan_bytes (over_cap->str, over_cap->len, NULL, &limits, &scan));
  g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_TOO_DEEP);
  g_assert_cmpstr (scan.message, ==, "nesting deeper than 1024 levels");
  g_assert_cmpuint (scan.column, ==, 1025);
  aid_json_scan_clear (&scan);
}

static void
test_limit_string_length (void)
{
  AidJsonLimits limits;
  AidJsonScan scan;
  g_autoptr(GString) longest = g_string_new ("[\"");
  g_autoptr(GString) too_long = NULL;

  aid_json_limits_init_default (&limits);
  limits.max_string_length = 5;

  g_assert_true (scan_str ("[\"12345\", \"\", \"\\n\\t\"]", NULL, &limits, &scan));
  aid_json_scan_clear (&scan);

  g_assert_false (scan_str ("[\"ok\", \"123456\"]", NULL, &limits, &scan));
  g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_STRING_TOO_LONG);
  g_assert_cmpuint (scan.column, ==, 8);
  g_assert_cmpstr (scan.message, ==, "string longer than 5 bytes");
  g_assert_cmpstr (scan.path, ==, "[1]");
  aid_json_scan_clear (&scan);

  /* Escapes count as they are written, and names are strings too. */
  g_assert_false (scan_str ("[\"\\u00e9\"]", NULL, &limits, &scan));
  g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_STRING_TOO_LONG);
  aid_json_scan_clear (&scan);
  g_assert_false (scan_str ("{\"a\": {\"123456\": 1}}", NULL, &limits, &scan));
  g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_STRING_TOO_LONG);
  g_assert_cmpuint (scan.column, ==, 8);
  g_assert_cmpstr (scan.path, ==, "a");
  aid_json_scan_clear (&scan);

  limits.max_string_length = 0;
  g_assert_true (scan_str ("{\"\": \"\"}", NULL, &limits, &scan));
  aid_json_scan_clear (&scan);
  g_assert_false (scan_str ("\"a\"", NULL, &limits, &scan));
  g_assert_cmpstr (scan.message, ==, "string longer than 0 bytes");
  aid_json_scan_clear (&scan);

  /* The default. */
  for (guint i = 0; i < AID_JSON_DEFAULT_MAX_STRING_LENGTH / 8; i++)
    g_string_append (longest, "abcdéfg");
  g_string_append (longest, "\"]");
  g_assert_cmpuint (longest->len - 4, ==, AID_JSON_DEFAULT_MAX_STRING_LENGTH);
  g_assert_true (scan_bytes (longest->str, longest->len, NULL, NULL, &scan));
  aid_json_scan_clear (&scan);
  too_long = g_string_new (longest->str);
  g_string_insert_c (too_long, 2, 'x');
  g_assert_false (scan_bytes (too_long->str, too_long->len, NULL, NULL, &scan));
  g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_STRING_TOO_LONG);
  g_assert_cmpstr (scan.message, ==, "string longer than 1048576 bytes");
  aid_json_scan_clear (&scan);
}

static void
test_limit_items (void)
{
  AidJsonLimits limits;
  AidJsonScan scan;

  aid_json_limits_init_default (&limits);
  limits.max_items = 2;

  g_assert_true (scan_str ("{\"activities\": [1, 2], \"other\": [1, 2, 3]}", "activities",
                           &limits, &scan));
  g_assert_cmpuint (scan.items->len, ==, 2);
  aid_json_scan_clear (&scan);

  g_assert_false (scan_str ("{\"activities\": [1, {\"a\": 2},\n {}]}", "activities",
                              &limits, &scan));
  g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_TOO_MANY_ITEMS);
  g_assert_cmpuint (scan.line, ==, 2);
  g_assert_cmpuint (scan.column, ==, 2);
  g_assert_cmpstr (scan.message, ==, "the array “activities” has more than 2 elements");
  g_assert_cmpstr (scan.path, ==, "activities[2]");
  aid_json_scan_clear (&scan);

  /* Only the collected array is limited. */
  g_assert_true (scan_str ("{\"activities\": [1, 2, 3]}", NULL, &limits, &scan));
  aid_json_scan_clear (&scan);
  g_assert_true (scan_str ("[1, 2, 3]", "activities", &limits, &scan));
  aid_json_scan_clear (&scan);

  limits.max_items = 1;
  g_assert_false (scan_str ("{\"activities\": [1, 2]}", "activities", &limits, &scan));
  g_assert_cmpstr (scan.message, ==, "the array “activities” has more than 1 element");
  aid_json_scan_clear (&scan);

  limits.max_items = 0;
  g_assert_true (scan_str ("{\"activities\": []}", "activities", &limits, &scan));
  aid_json_scan_clear (&scan);
}

/* Scans @at, which passes, and @past, which stops with @status, with @limits. */
static void
assert_limit (const GString       *at,
              const GString       *past,
              const char          *collect_member,
              const AidJsonLimits *limits,
              AidJsonScanStatus    status)
{
  AidJsonScan scan;

  g_assert_true (scan_bytes (at->str, at->len, collect_member, limits, &scan));
  aid_json_scan_clear (&scan);
  g_assert_false (scan_bytes (past->str, past->len, collect_member, limits, &scan));
  g_assert_cmpint (scan.status, ==, status);
  aid_json_scan_clear (&scan);
}

/* The limits aid_json_limits_init_default() fills are the ones a scan without limits applies,
 * and each is exact: a document at it passes and one a step past it stops there, whether the
 * scan is given the defaults or NULL. */
static void
test_limits_default (void)
{
  AidJsonLimits defaults;
  g_autoptr(GString) deepest = build_nested_arrays (AID_JSON_DEFAULT_MAX_DEPTH);
  g_autoptr(GString) too_deep = build_nested_arrays (AID_JSON_DEFAULT_MAX_DEPTH + 1);
  g_autoptr(GString) longest = g_string_new ("[\"");
  g_autoptr(GString) too_long = NULL;
  g_autoptr(GString) most_items = g_string_new ("{\"activities\": [0");
  g_autoptr(GString) too_many = NULL;

  g_string_set_size (longest, 2 + AID_JSON_DEFAULT_MAX_STRING_LENGTH);
  memset (longest->str + 2, 'a', AID_JSON_DEFAULT_MAX_STRING_LENGTH);
  g_string_append (longest, "\"]");
  too_long = g_string_new (longest->str);
  g_string_insert_c (too_long, 2, 'a');

  for (guint i = 1; i < AID_JSON_DEFAULT_MAX_ITEMS; i++)
    g_string_append (most_items, ",0");
  too_many = g_string_new (most_items->str);
  g_string_append (most_items, "]}");
  g_string_append (too_many, ",0]}");

  aid_json_limits_init_default (&defaults);
  for (guint i = 0; i < 2; i++)
    {
      const AidJsonLimits *limits = i == 0 ? &defaults : NULL;

      assert_limit (deepest, too_deep, NULL, limits, AID_JSON_SCAN_TOO_DEEP);
      assert_limit (longest, too_long, NULL, limits, AID_JSON_SCAN_STRING_TOO_LONG);
      assert_limit (most_items, too_many, "activities", limits, AID_JSON_SCAN_TOO_MANY_ITEMS);
    }
}

static void
test_empty (void)
{
  static const char * const cases[] = { "", " ", "\n\n", "\t \r\n", "\xEF\xBB\xBF",
                                        "\xEF\xBB\xBF  \n" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AidJsonScan scan;

      g_assert_false (scan_bytes (cases[i], strlen (cases[i]), "activities", NULL, &scan));
      g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_SYNTAX);
      g_assert_cmpuint (scan.line, ==, 1);
      g_assert_cmpuint (scan.column, ==, 1);
      g_assert_cmpstr (scan.path, ==, "");
      g_assert_cmpstr (scan.message, ==,
                       i == 0 || i == 4 ? "the file is empty"
                                        : "the file contains only whitespace");
      g_assert_false (json_glib_accepts (cases[i], strlen (cases[i])));
      aid_json_scan_clear (&scan);
    }

  /* NULL is fine for no data. */
  {
    AidJsonScan scan;

    g_assert_false (aid_json_scan (NULL, 0, NULL, NULL, &scan));
    g_assert_cmpstr (scan.message, ==, "the file is empty");
    aid_json_scan_clear (&scan);
  }
}

static void
test_clear (void)
{
  AidJsonScan scan;

  /* A failure in the middle of open objects with names to free, then a clear, twice. */
  g_assert_false (scan_str ("{\"\\u0061\": {\"b\\u0062\": [{\"c\": x", NULL, NULL, &scan));
  g_assert_cmpstr (scan.path, ==, "a.bb[0].c");
  aid_json_scan_clear (&scan);
  aid_json_scan_clear (&scan);
  g_assert_null (scan.path);
  g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_OK);
}

static void
test_preconditions (void)
{
  AidJsonScan scan;
  AidJsonSpan within = { 0, 2, 1, 1 };
  AidJsonSpan located;

  g_test_expect_message ("aid-json-scanner", G_LOG_LEVEL_CRITICAL, "*data != NULL*");
  g_assert_false (aid_json_scan (NULL, 3, NULL, NULL, &scan));
  g_test_assert_expected_messages ();
  g_assert_cmpint (scan.status, !=, AID_JSON_SCAN_OK);
  aid_json_scan_clear (&scan);

  g_test_expect_message ("aid-json-scanner", G_LOG_LEVEL_CRITICAL, "*scan != NULL*");
  g_assert_false (aid_json_scan ("{}", 2, NULL, NULL, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("aid-json-locate", G_LOG_LEVEL_CRITICAL, "*within->length*");
  g_assert_false (aid_json_locate ("{}", 1, &within, "", &located));
  g_test_assert_expected_messages ();

  g_test_expect_message ("aid-json-locate", G_LOG_LEVEL_CRITICAL, "*path != NULL*");
  g_assert_false (aid_json_locate ("{}", 2, &within, NULL, &located));
  g_test_assert_expected_messages ();
}

static void
test_locate (void)
{
  static const struct
  {
    guint       item;
    const char *path;
    const char *text;   /* NULL when the path leads nowhere */
  } cases[] = {
    { 0, "", NULL },
    { 0, "id", "\"A-1\"" },
    { 0, "budget.amount", "1500.5" },
    { 0, "budget", "{\"amount\": 1500.5, \"currency\": \"EUR\"}" },
    { 0, "title.fr", "\"Écoles\"" },
    { 0, "title.en", "\"Schools\"" },
    { 0, "sectors[0]", "{\"code\": \"110\"}" },
    { 0, "sectors[1].code", "\"120\"" },
    { 0, "sectors[1].name", "\"Santé\"" },
    { 0, "a\\.b.\\[x\\]", "true" },
    { 0, "escaped", "-1e3" },
    { 1, "id", "\"Ä-2\"" },
    { 1, "tags", "[]" },
    { 3, "[1][1].k", "null" },
    { 3, "[0]", "1" },
    { 5, "", "false" },
    /* Missing members, indices out of range, the wrong type of container. */
    { 0, "budget.nope", NULL },
    { 0, "Budget", NULL },
    { 0, "sectors[2]", NULL },
    { 0, "sectors[1].code.x", NULL },
    { 0, "title[0]", NULL },
    { 0, "id.x", NULL },
    { 0, "a.b", NULL },
    { 0, "[0]", NULL },
    { 1, "tags[0]", NULL },
    { 2, "x", NULL },
    { 3, "[2]", NULL },
    { 3, "[1][1].j", NULL },
    /* Malformed paths. */
    { 0, "sectors[", NULL },
    { 0, "sectors[x]", NULL },
    { 0, "sectors[1]code", NULL },
    { 0, "sectors[99999999999999999999999]", NULL },
  };
  AidJsonScan scan;

  g_assert_true (scan_bytes (dataset, strlen (dataset), "activities", NULL, &scan));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const AidJsonSpan *within = &g_array_index (scan.items, AidJsonSpan, cases[i].item);
      AidJsonSpan located = { 0, };
      gboolean found;

      g_test_message ("case %u: %s", i, cases[i].path);
      found = aid_json_locate (dataset, strlen (dataset), within, cases[i].path, &located);

      if (cases[i].path[0] == '\0')
        {
          g_assert_true (found);
          g_assert_cmpmem (&located, sizeof located, within, sizeof *within);
        }
      else if (cases[i].text == NULL)
        g_assert_false (found);
      else
        {
          g_assert_true (found);
          assert_span (dataset, &located, cases[i].text);
        }
    }

  /* From the root, and from a value located before. */
  {
    AidJsonSpan members;
    AidJsonSpan located;

    g_assert_true (aid_json_locate (dataset, strlen (dataset), &scan.root, "meta.activities",
                                    &members));
    assert_span (dataset, &members, "[1, 2, 3]");
    g_assert_true (aid_json_locate (dataset, strlen (dataset), &members, "[2]", &located));
    assert_span (dataset, &located, "3");
    g_assert_true (aid_json_locate (dataset, strlen (dataset), &scan.root,
                                    "activities[0].sectors[1].name", &located));
    assert_span (dataset, &located, "\"Santé\"");
    g_assert_true (aid_json_locate (dataset, strlen (dataset), &scan.root, "version",
                                    &located));
    assert_span (dataset, &located, "\"2.03\"");
  }

  aid_json_scan_clear (&scan);
}

/* The JSONTestSuite corpus */

static const char *
get_corpus_dir (void)
{
  const char *dir = g_getenv ("AID_JSON_TEST_SUITE");

  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      if (g_strcmp0 (g_getenv ("CI"), "true") == 0)
        g_test_fail_printf ("the JSONTestSuite corpus is missing (AID_JSON_TEST_SUITE=%s)",
                            dir != NULL ? dir : "");
      else
        g_test_skip ("the JSONTestSuite corpus is missing; set AID_JSON_TEST_SUITE");
      return NULL;
    }

  return dir;
}

static GPtrArray *
list_corpus (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort_values (names, (GCompareFunc) g_strcmp0);

  return names;
}

/* aid_json_tree_build() makes json-glib's tree of what the scanner accepted, or gives up. */
static gboolean
check_tree (const char        *data,
            gsize              length,
            const AidJsonScan *scan)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  /* A copy with nothing after the value, as in the middle of a file: nothing past it is read. */
  g_autofree char *alone = g_memdup2 (data + scan->root.offset, scan->root.length);
  g_autoptr(JsonNode) built = aid_json_tree_build (alone, scan->root.length);
  g_autoptr(GError) error = NULL;

  json_parser_set_strict (parser, TRUE);
  g_assert_true (json_parser_load_from_data (parser, data, (gssize)length, &error));
  g_assert_no_error (error);
  if (built == NULL)
    return FALSE;
  g_assert_true (aid_json_tree_equal (built, json_parser_get_root (parser)));

  return TRUE;
}

/* A value is read up to its length, never past it: here the bytes after it would make another
 * number (found by the fuzz target's replay, where the copy has nothing after the text). */
static void
test_tree_bounded (void)
{
  static const char text[] = "-0.1599 42000 [1e3]7";
  g_autoptr(JsonNode) real = aid_json_tree_build (text, 4);
  g_autoptr(JsonNode) integer = aid_json_tree_build (text + 8, 2);
  g_autoptr(JsonNode) array = aid_json_tree_build (text + 14, 5);

  g_assert_cmpfloat (json_node_get_double (real), ==, -0.1);
  g_assert_cmpint (json_node_get_int (integer), ==, 42);
  g_assert_cmpfloat (json_node_get_double (json_array_get_element (json_node_get_array (array), 0)), ==, 1000.0);
}

static gboolean
is_limit_or_duplicate (AidJsonScanStatus status)
{
  return status != AID_JSON_SCAN_OK && status != AID_JSON_SCAN_SYNTAX;
}

static void
test_corpus (void)
{
  const char *dir = get_corpus_dir ();
  g_autoptr(GPtrArray) names = NULL;
  AidJsonLimits widest;
  guint n_checked = 0;
  guint n_trees = 0;
  guint n_accepted = 0;

  if (dir == NULL)
    return;

  init_widest_limits (&widest);
  names = list_corpus (dir);
  g_assert_cmpuint (names->len, >, 300);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;
      AidJsonScan scan;
      AidJsonScan wide;
      gboolean json_glib_ok;

      g_assert_true (g_file_get_contents (path, &data, &length, &error));
      g_assert_no_error (error);

      scan_bytes (data, length, "activities", NULL, &scan);
      scan_bytes (data, length, "activities", &widest, &wide);
      check_invariants (data, length, &scan);
      check_invariants (data, length, &wide);
      json_glib_ok = json_glib_accepts (data, length);

      g_test_message ("%s: json-glib %s, scanner %d (%u:%u %s)", name,
                      json_glib_ok ? "accepts" : "rejects", scan.status, scan.line,
                      scan.column, scan.message != NULL ? scan.message : "");

      /* Agreement with json-glib, unless the scanner stopped at what json-glib lets through. */
      if (!is_limit_or_duplicate (scan.status))
        g_assert_cmpint (json_glib_ok, ==, scan.status == AID_JSON_SCAN_OK);
      if (!is_limit_or_duplicate (wide.status))
        g_assert_cmpint (json_glib_ok, ==, wide.status == AID_JSON_SCAN_OK);

      if (g_str_has_prefix (name, "n_"))
        {
          /* Two files nest deeper than any limit (json-glib's own included): their verdict
           * is “too deep”, which json-glib shares. */
          if (scan.status == AID_JSON_SCAN_TOO_DEEP)
            {
              g_assert_cmpint (wide.status, ==, AID_JSON_SCAN_TOO_DEEP);
              g_assert_false (json_glib_ok);
            }
          else
            g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_SYNTAX);
        }
      else if (g_str_has_prefix (name, "y_"))
        {
          if (g_str_has_prefix (name, "y_object_duplicated_key"))
            {
              g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_DUPLICATE_KEY);
              g_assert_true (json_glib_ok);
            }
          else if (!json_glib_ok)
            {
              /* Never the case with json-glib 1.10.6; the agreement rule above applies. */
              g_test_message ("%s: a y_ file that json-glib's strict parser rejects", name);
              g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_SYNTAX);
            }
          else
            g_assert_cmpint (scan.status, ==, AID_JSON_SCAN_OK);
        }

      if (scan.status == AID_JSON_SCAN_OK && json_glib_ok)
        {
          n_accepted++;
          n_trees += check_tree (data, length, &scan);
        }

      aid_json_scan_clear (&scan);
      aid_json_scan_clear (&wide);
      n_checked++;
    }

  g_assert_cmpuint (n_checked, ==, names->len);
  /* All but those with integers past a gint64, left to json-glib. */
  g_test_message ("%u of %u trees built as json-glib builds them", n_trees, n_accepted);
  g_assert_cmpuint (n_trees, >, 90);
  g_assert_cmpuint (n_accepted - n_trees, <=, 5);
}

/* Mutations */

static const char * const mutation_documents[] = {
  dataset,
  "{\"activities\": [{\"id\": \"X\", \"v\": [1.5e-3, -0, true, null],\n"
  "  \"t\": {\"fr\": \"\\u00e9t\\u00E9 \\uD83D\\uDE00\", \"es\": \"ñ\"}}, {}], \"n\": 10}",
  "[{\"a\":{\"b\":[\"c\\\"\\\\\\/\\b\\f\\n\\r\\t\",0.0,1E+2,2e-1]}},\"\\u0000\",\"\x01\"]",
};

static const char substitutes[] = {
  '"', '\\', ',', ':', '[', ']', '{', '}', '0', '-', '.', 'e', '+', ' ', '\n', '\r', '\t',
  '\f', 'x', 'u', '/', '\x01', '\0', '\x7F', (char) 0x80, (char) 0xC3, (char) 0xEF,
};

static guint
check_agreement (const char *data,
                 gsize       length)
{
  AidJsonLimits widest;
  AidJsonScan scan;

  init_widest_limits (&widest);
  scan_bytes (data, length, "activities", &widest, &scan);
  check_invariants (data, length, &scan);

  if (scan.status != AID_JSON_SCAN_DUPLICATE_KEY &&
      json_glib_accepts (data, length) != (scan.status == AID_JSON_SCAN_OK))
    {
      g_autofree char *escaped = escape_bytes (data, length);

      g_test_fail_printf ("json-glib and the scanner (%d: %s) disagree on “%s”", scan.status,
                          scan.message, escaped);
    }

  aid_json_scan_clear (&scan);

  return 1;
}

static void
mutate (const char *data,
        gsize       length,
        gboolean    all_substitutes,
        guint      *n_checked)
{
  g_autofree char *buffer = g_malloc (length + 1);

  for (gsize i = 0; i < length; i++)
    {
      /* Deleting the byte. */
      memcpy (buffer, data, i);
      memcpy (buffer + i, data + i + 1, length - i - 1);
      *n_checked += check_agreement (buffer, length - 1);

      /* Replacing it. */
      memcpy (buffer, data, length);
      for (guint k = 0; k < G_N_ELEMENTS (substitutes); k++)
        {
          /* Only a rotating few per byte for the longer documents. */
          if (!all_substitutes && (k + i) % 3 != 0)
            continue;
          if (substitutes[k] == data[i])
            continue;
          buffer[i] = substitutes[k];
          *n_checked += check_agreement (buffer, length);
        }

      /* Doubling it. */
      memcpy (buffer, data, i + 1);
      memcpy (buffer + i + 1, data + i, length - i);
      *n_checked += check_agreement (buffer, length + 1);
    }
}

static void
test_mutations (void)
{
  const char *dir = get_corpus_dir ();
  g_autoptr(GPtrArray) names = NULL;
  guint n_checked = 0;

  for (guint i = 0; i < G_N_ELEMENTS (mutation_documents); i++)
    mutate (mutation_documents[i], strlen (mutation_documents[i]), FALSE, &n_checked);

  if (dir != NULL)
    {
      names = list_corpus (dir);
      for (guint i = 0; i < names->len; i++)
        {
          const char *name = g_ptr_array_index (names, i);
          g_autofree char *path = NULL;
          g_autofree char *data = NULL;
          gsize length;

          if (!g_str_has_prefix (name, "y_"))
            continue;
          path = g_build_filename (dir, name, NULL);
          g_assert_true (g_file_get_contents (path, &data, &length, NULL));
          mutate (data, length, TRUE, &n_checked);
        }
    }

  g_test_message ("%u mutations checked", n_checked);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aid/json-scanner/limits-default", test_limits_default);
  g_test_add_func ("/aid/json-scanner/valid-spans", test_valid_spans);
  g_test_add_func ("/aid/json-scanner/collect", test_collect);
  g_test_add_func ("/aid/json-scanner/syntax-errors", test_syntax_errors);
  g_test_add_func ("/aid/json-scanner/json-glib-quirks", test_json_glib_quirks);
  g_test_add_func ("/aid/json-scanner/duplicate-keys", test_duplicate_keys);
  g_test_add_func ("/aid/json-scanner/duplicate-keys/not", test_duplicate_keys_not);
  g_test_add_func ("/aid/json-scanner/duplicate-keys/large", test_duplicate_keys_large);
  g_test_add_func ("/aid/json-scanner/limit/depth", test_limit_depth);
  g_test_add_func ("/aid/json-scanner/limit/string-length", test_limit_string_length);
  g_test_add_func ("/aid/json-scanner/limit/items", test_limit_items);
  g_test_add_func ("/aid/json-scanner/empty", test_empty);
  g_test_add_func ("/aid/json-scanner/clear", test_clear);
  g_test_add_func ("/aid/json-scanner/preconditions", test_preconditions);
  g_test_add_func ("/aid/json-scanner/locate", test_locate);
  g_test_add_func ("/aid/json-scanner/corpus", test_corpus);
  g_test_add_func ("/aid/json-scanner/tree-bounded", test_tree_bounded);
  g_test_add_func ("/aid/json-scanner/mutations", test_mutations);

  return g_test_run ();
}
