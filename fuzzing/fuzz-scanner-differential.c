/* fuzz-scanner-differential.c: aid_json_scan() against json-glib's strict parser
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scanner must accept exactly what json_parser_set_strict() accepts, on every document
 * within its limits. Inputs it rejects for a repeated member name or a limit are skipped (that
 * is where it is stricter on purpose), and so are inputs with many repeated member names in one
 * object, whatever the scanner says: json-glib's handling of those is quadratic, and not ours to
 * fuzz. When both accept, what the loader relies on is checked too: json-glib accepts each
 * collected element on its own, and aid_json_locate() finds every value of the tree (up to
 * MAX_LOCATED of them) at its place, with its line and column.
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "aid-json-locate.h"
#include "aid-json-scanner.h"
#include "aid-json-tree.h"
#include "fuzz.h"

/* json-glib keeps repeated names, quadratically: past this many in one object, skip. */
#define MAX_REPEATED_NAMES 200

/* Deeper than json-glib goes: the scanner says “too deep” before, and the input is skipped. */
#define MAX_NAME_DEPTH 1100

#define MAX_LOCATED 256

/* Counts the member names that repeat an earlier name of the same object, the most in any one
 * object, by a rough pass that only tells strings, brackets and colons apart. It needs no valid
 * JSON, and counts by the names' text as written. */
static guint
count_repeated_names (const guchar *data,
                      gsize         length)
{
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GArray) is_object = g_array_new (FALSE, FALSE, sizeof (gboolean));
  guint most = 0;
  guint *counts = NULL;
  guint n_counts = 0;
  guint result;

  tables = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  for (gsize i = 0; i < length; i++)
    {
      guchar c = data[i];

      if (c == '{' || c == '[')
        {
          gboolean object = c == '{';

          if (is_object->len >= MAX_NAME_DEPTH)
            break;
          g_array_append_val (is_object, object);
          if (is_object->len > tables->len)
            g_ptr_array_add (tables, g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                                            (GDestroyNotify) g_bytes_unref, NULL));
          if (is_object->len > n_counts)
            {
              counts = g_renew (guint, counts, is_object->len);
              n_counts = is_object->len;
            }
          counts[is_object->len - 1] = 0;
        }
      else if ((c == '}' || c == ']') && is_object->len > 0)
        {
          g_hash_table_remove_all (g_ptr_array_index (tables, is_object->len - 1));
          g_array_set_size (is_object, is_object->len - 1);
        }
      else if (c == '"')
        {
          gsize start = i + 1;
          gsize j = start;

          while (j < length && data[j] != '"')
            j += data[j] == '\\' ? 2 : 1;
          if (j >= length)
            break;
          i = j;

          /* A name, if a colon follows in an object. */
          j++;
          while (j < length &&
                 (data[j] == ' ' || data[j] == '\t' || data[j] == '\n' || data[j] == '\r'))
            j++;
          if (j < length && data[j] == ':' && is_object->len > 0 &&
              g_array_index (is_object, gboolean, is_object->len - 1))
            {
              GHashTable *table = g_ptr_array_index (tables, is_object->len - 1);
              GBytes *name = g_bytes_new (data + start, i - start);

              if (!g_hash_table_add (table, name))
                most = MAX (most, ++counts[is_object->len - 1]);
            }
        }
    }

  result = most;
  g_free (counts);

  return result;
}

/* The line and column of @offset as a text editor shows them, counted on its own: LF, CR LF and
 * CR end lines, columns count characters, a leading byte order mark is not one. */
static void
expected_position (const char *data,
                   gsize       length,
                   gsize       offset,
                   guint      *line,
                   guint      *column)
{
  gsize start = 0;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    start = 3;

  *line = 1;
  *column = 1;
  for (gsize i = start; i < offset; i++)
    {
      if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == length || data[i + 1] != '\n')))
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        (*column)++;
    }
}

static gboolean
has_escaped_nul (const char *data,
                 gsize       length)
{
  for (gsize i = 0; i + 6 <= length; i++)
    {
      if (data[i] == '\\')
        {
          if (memcmp (data + i, "\\u0000", 6) == 0)
            return TRUE;
          i++;
        }
    }

  return FALSE;
}

static JsonNode *
parse (const char *data,
       gsize       length,
       GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  json_parser_set_strict (parser, TRUE);
  if (!json_parser_load_from_data (parser, data, (gssize) length, error))
    return NULL;

  return json_node_copy (json_parser_get_root (parser));
}

/* Appends a member name to a path as aid_json_locate() reads it. */
static void
append_name (GString    *path,
             const char *name)
{
  if (path->len > 0)
    g_string_append_c (path, '.');
  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '.' || *p == '[' || *p == ']' || *p == '\\')
        g_string_append_c (path, '\\');
      g_string_append_c (path, *p);
    }
}

typedef struct
{
  const char        *data;
  gsize              length;
  const AidJsonSpan *root;
  guint              n_located;
} Walk;

/* Locates @node at @path from the root and checks that it is there, at its position. */
static void
walk (Walk     *w,
      JsonNode *node,
      GString  *path)
{
  AidJsonSpan located;
  g_autoptr(JsonNode) again = NULL;
  guint line;
  guint column;
  gsize mark = path->len;

  if (w->n_located++ >= MAX_LOCATED)
    return;

  if (!aid_json_locate (w->data, w->length, w->root, path->str, &located))
    g_error ("aid_json_locate() does not find “%s”", path->str);
  g_assert (located.offset + located.length <= w->length);
  again = parse (w->data + located.offset, located.length, NULL);
  if (again == NULL || !json_node_equal (again, node))
    g_error ("aid_json_locate() finds “%s” at %" G_GSIZE_FORMAT " but it is not there",
             path->str, located.offset);
  expected_position (w->data, w->length, located.offset, &line, &column);
  if (located.line != line || located.column != column)
    g_error ("aid_json_locate() puts “%s” at %u:%u, not %u:%u", path->str, located.line,
             located.column, line, column);

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init_ordered (&iter, json_node_get_object (node));
      while (json_object_iter_next_ordered (&iter, &name, &member))
        {
          /* The path of the root's member "" would be "", the root's own: it has none. */
          if (name[0] == '\0' && path->len == 0)
            continue;
          append_name (path, name);
          walk (w, member, path);
          g_string_truncate (path, mark);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array) && w->n_located < MAX_LOCATED; i++)
        {
          g_string_append_printf (path, "[%u]", i);
          walk (w, json_array_get_element (array, i), path);
          g_string_truncate (path, mark);
        }
    }
}

static void
check_accepted (const char        *data,
                gsize              length,
                const AidJsonScan *scan,
                JsonNode          *root)
{
  /* json-glib cuts a member name at an escaped NUL, and then sees names the scanner told
   * apart as one: such documents are not walked. */
  if (!has_escaped_nul (data, length))
    {
      g_autoptr(GString) path = g_string_new (NULL);
      Walk w = { data, length, &scan->root, 0 };

      walk (&w, root, path);
    }

  for (guint i = 0; scan->has_items && i < scan->items->len; i++)
    {
      const AidJsonSpan *item = &g_array_index (scan->items, AidJsonSpan, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = parse (data + item->offset, item->length, &error);

      g_autoptr(JsonNode) built = NULL;

      if (node == NULL)
        g_error ("json-glib rejects activities[%u] on its own: %s", i, error->message);

      /* The loader's own tree of it, when it makes one, is json-glib's. */
      built = aid_json_tree_build (data + item->offset, item->length);
      if (built != NULL && !aid_json_tree_equal (built, node))
        g_error ("aid_json_tree_build() differs from json-glib on activities[%u]", i);
    }

  {
    g_autoptr(JsonNode) built = aid_json_tree_build (data + scan->root.offset, scan->root.length);

    if (built != NULL && !has_escaped_nul (data, length) && !aid_json_tree_equal (built, root))
      g_error ("aid_json_tree_build() differs from json-glib on the document");
  }
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autofree char *copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  AidJsonLimits widest = { G_MAXUINT, G_MAXSIZE, G_MAXUINT };
  AidJsonScan scan;

  fuzz_init ();
  copy = fuzz_copy (data, size);

  aid_json_scan (copy, size, "activities", &widest, &scan);
  if ((scan.status != AID_JSON_SCAN_OK && scan.status != AID_JSON_SCAN_SYNTAX) ||
      count_repeated_names (data, size) > MAX_REPEATED_NAMES)
    {
      aid_json_scan_clear (&scan);
      return 0;
    }

  root = parse (copy, size, &error);
  if ((root != NULL) != (scan.status == AID_JSON_SCAN_OK))
    g_error ("json-glib %s, the scanner %s (%u:%u %s)",
             root != NULL ? "accepts" : "rejects",
             scan.status == AID_JSON_SCAN_OK ? "accepts" : "rejects",
             scan.line, scan.column, scan.message != NULL ? scan.message : "");

  if (root != NULL)
    check_accepted (copy, size, &scan, root);

  aid_json_scan_clear (&scan);

  return 0;
}
