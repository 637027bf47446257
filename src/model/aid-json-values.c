/* aid-json-values.c: the value checks of the app's own format
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every member of every object goes through one of the _aid_json_read_*() helpers below, which
 * check its type and meaning, report what is wrong in words a dataset editor understands, and
 * convert it. A problem never stops the reading of the rest: the aim is to list every problem at
 * once.
 */

#define G_LOG_DOMAIN "aid-json-values"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "aid-codelists.h"
#include "aid-json-locate.h"
#include "aid-json-scanner-private.h"
#include "aid-json-values.h"

/* Paths and reports */

static void
append_member_name (GString    *path,
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

gsize
_aid_json_push_member (AidReader  *reader,
                       const char *name)
{
  gsize mark = reader->path->len;

  append_member_name (reader->path, name);

  return mark;
}

gsize
_aid_json_push_index (AidReader *reader,
                      guint      index)
{
  gsize mark = reader->path->len;

  g_string_append_printf (reader->path, "[%u]", index);

  return mark;
}

void
_aid_json_pop (AidReader *reader,
               gsize      mark)
{
  g_string_truncate (reader->path, mark);
}

/* Cuts the last component off a path, honouring backslash escapes; FALSE when nothing is left
 * to cut. */
static gboolean
trim_last_component (char *path)
{
  gssize cut = -1;

  for (gsize i = 0; path[i] != '\0'; i++)
    {
      if (path[i] == '\\' && path[i + 1] != '\0')
        i++;
      else if (path[i] == '.' || path[i] == '[')
        cut = (gssize)i;
    }

  if (cut < 0)
    {
      if (path[0] == '\0')
        return FALSE;
      path[0] = '\0';
      return TRUE;
    }

  path[cut] = '\0';

  return TRUE;
}

void
_aid_reader_init (AidReader  *reader,
                  const char *data,
                  gsize       length,
                  int        *n_reported,
                  AidDataset *dataset)
{
  memset (reader, 0, sizeof *reader);
  reader->data = data;
  reader->length = length;
  reader->path = g_string_new (NULL);
  _aid_problems_init (&reader->problems, n_reported);
  reader->dataset = dataset;
  reader->nul_escapes = -1;
}

void
_aid_reader_clear (AidReader *reader)
{
  if (reader->path != NULL)
    g_string_free (g_steal_pointer (&reader->path), TRUE);
  _aid_problems_clear (&reader->problems);
}

void
_aid_reader_set_base (AidReader         *reader,
                      const AidJsonSpan *base,
                      const char        *base_path)
{
  reader->base = *base;
  g_string_assign (reader->path, base_path);
  reader->base_path_len = reader->path->len;
}

/* Finds where the value at the current path (or its @member) starts: the innermost part of its
 * path that exists in the document, so that a missing member points at the object that lacks
 * it. Returns TRUE when the value itself was found. */
static gboolean
locate (AidReader   *reader,
        const char  *member,
        GString     *path,
        AidJsonSpan *located)
{
  g_autofree char *relative = NULL;
  gboolean exact = TRUE;

  g_string_assign (path, reader->path->str);
  if (member != NULL)
    append_member_name (path, member);

  relative = g_strdup (path->str + MIN (reader->base_path_len, path->len) +
                       (path->len > reader->base_path_len && path->str[reader->base_path_len] == '.'));
  while (!aid_json_locate (reader->data, reader->length, &reader->base, relative, located))
    {
      exact = FALSE;
      if (!trim_last_component (relative))
        {
          *located = reader->base;
          break;
        }
    }

  return exact;
}

/* The text of a value as written in the file, for messages about numbers: 1.005, not the
 * 1.0049999999999999 a double would print. Finding it walks the value being read, so it is
 * NULL past the cap, where messages are no longer described: a file with many wrong numbers
 * would take quadratic time otherwise. */
static char *
written_text (AidReader  *reader,
              const char *member)
{
  g_autoptr(GString) path = NULL;
  AidJsonSpan span;

  if (_aid_problems_capped (&reader->problems))
    return NULL;

  path = g_string_new (NULL);
  if (!locate (reader, member, path, &span))
    return NULL;

  return g_strndup (reader->data + span.offset, MIN (span.length, 40));
}

/* Whether the string at the current path (or its @member) holds a NUL, written “\u0000”:
 * json-glib cuts the string there, so it is looked for in the file. A document without the
 * six bytes anywhere, nearly every one, is searched once. */
static gboolean
holds_nul (AidReader  *reader,
           const char *member)
{
  g_autoptr(GString) path = NULL;
  g_autoptr(GString) decoded = NULL;
  AidJsonSpan span;

  if (reader->nul_escapes < 0)
    reader->nul_escapes = g_strstr_len (reader->data, reader->length, "\\u0000") != NULL;
  if (!reader->nul_escapes)
    return FALSE;

  path = g_string_new (NULL);
  if (!locate (reader, member, path, &span) || span.length < 2 || reader->data[span.offset] != '"')
    return FALSE;

  decoded = g_string_new (NULL);
  if (!_aid_json_decode_string ((const guchar *)reader->data + span.offset + 1,
                                (const guchar *)reader->data + span.offset + span.length - 1, decoded))
    return FALSE;

  return memchr (decoded->str, '\0', decoded->len) != NULL;
}

/* Reports a NUL in the string at @member, which has no place in a text, a name or an id. */
static gboolean
reject_nul (AidReader  *reader,
            const char *member)
{
  if (!holds_nul (reader, member))
    return FALSE;

  error (reader, member, _("the string holds a NUL character (“\\u0000”), which has no place in a text or an id"));
  return TRUE;
}

void
_aid_reader_report (AidReader   *reader,
                    AidSeverity  severity,
                    const char  *member,
                    const char  *format,
                    ...)
{
  g_autofree char *message = NULL;
  g_autoptr(GString) path = g_string_new (NULL);
  AidJsonSpan located;
  va_list args;

  /* Past the cap, problems are counted but no longer described. */
  if (!_aid_problems_count (&reader->problems, severity))
    return;

  locate (reader, member, path, &located);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  _aid_problems_add (&reader->problems, severity, located.line, located.column, path->str, message);
}

/* Describes a value for "… must be a number, found the string "4 000 000"". */
char *
_aid_json_describe (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return g_strdup (_("an object"));

    case JSON_NODE_ARRAY:
      return g_strdup (_("an array"));

    case JSON_NODE_NULL:
      return g_strdup ("null");

    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");

    case G_TYPE_INT64:
      /* Translators: a number as written in the file, like 12 */
      {
        g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

        return g_strdup_printf (_("the number %s"), number);
      }

    case G_TYPE_DOUBLE:
      {
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];

        return g_strdup_printf (_("the number %s"), g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node)));
      }

    case G_TYPE_STRING:
      {
        const char *text = json_node_get_string (node);

        if (g_utf8_strlen (text, -1) > 40)
          {
            g_autofree char *start = g_utf8_substring (text, 0, 40);

            /* Translators: %s is the start of a long text from the file */
            return g_strdup_printf (_("the string \"%s…\""), start);
          }

        /* Translators: %s is a text from the file */
        return g_strdup_printf (_("the string \"%s\""), text);
      }

    default:
      return g_strdup (_("a value"));
    }
}

void
_aid_json_report_type (AidReader  *reader,
                       const char *member,
                       JsonNode   *node,
                       const char *expected)
{
  g_autofree char *found = NULL;

  /* A number as written, 1.10 rather than the 1.1000000000000001 of a double. */
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      g_autofree char *text = written_text (reader, member);

      if (text != NULL)
        found = g_strdup_printf (_("the number %s"), text);
    }
  if (found == NULL)
    found = _aid_json_describe (node);

  /* An array item is named by its path's last component, as in "activities[1]". */
  if (member == NULL)
    {
      const char *last = reader->path->str;

      for (const char *p = reader->path->str; *p != '\0'; p++)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '.')
            last = p + 1;
        }

      /* Translators: "activities[1] must be an object, found the string "P-2"" */
      error (reader, NULL, _("%s must be %s, found %s"), last, expected, found);
      return;
    }

  /* Translators: "amount must be a number, found the string "4 000 000"" */
  error (reader, member, _("%s must be %s, found %s"), member, expected, found);
}

gboolean
_aid_json_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_number (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) &&
         (json_node_get_value_type (node) == G_TYPE_INT64 ||
          json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

/* Warns about members the format does not define: most often a typo. */
void
_aid_json_check_members (AidReader          *reader,
                         JsonObject         *object,
                         const char * const *known)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (!g_strv_contains (known, name))
        warning (reader, name, _("unknown member \"%s\""), name);
    }
}

/* Returns the member, or NULL after reporting it missing when @required. */
static JsonNode *
get_member (AidReader  *reader,
            JsonObject *object,
            const char *name,
            gboolean    required)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL && required)
    error (reader, NULL, _("%s is required"), name);

  return node;
}

/* Scalars */

const char *
_aid_json_read_string (AidReader  *reader,
                       JsonObject *object,
                       const char *name,
                       gboolean    required)
{
  JsonNode *node = get_member (reader, object, name, required);

  if (node == NULL)
    return NULL;

  if (!_aid_json_is_string (node))
    {
      _aid_json_report_type (reader, name, node, _("a string"));
      return NULL;
    }

  if (json_node_get_string (node)[0] == '\0' && !holds_nul (reader, name))
    {
      error (reader, name, _("%s must not be empty"), name);
      return NULL;
    }

  if (reject_nul (reader, name))
    return NULL;

  return json_node_get_string (node);
}

static gboolean
is_language_code (const char *code)
{
  return g_ascii_islower (code[0]) && g_ascii_islower (code[1]) && code[2] == '\0';
}

const char *
_aid_json_read_language (AidReader  *reader,
                         JsonObject *object,
                         const char *name,
                         gboolean    required)
{
  const char *code = _aid_json_read_string (reader, object, name, required);

  if (code == NULL)
    return NULL;

  if (!is_language_code (code))
    {
      error (reader, name, _("\"%s\" is not a language code (two lowercase letters, such as \"fr\")"), code);
      return NULL;
    }

  return g_intern_string (code);
}

const char *
_aid_json_read_country (AidReader  *reader,
                        JsonObject *object,
                        const char *name)
{
  const char *code = _aid_json_read_string (reader, object, name, FALSE);

  if (code == NULL)
    return NULL;

  if (!(g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]) && code[2] == '\0'))
    {
      error (reader, name, _("\"%s\" is not a country code (two capital letters, such as \"ML\")"), code);
      return NULL;
    }

  return g_intern_string (code);
}

const char *
_aid_json_read_code (AidReader   *reader,
                     JsonObject  *object,
                     const char  *name,
                     gboolean     required,
                     AidCodelist  list)
{
  const char *code = _aid_json_read_string (reader, object, name, required);

  if (code == NULL)
    return NULL;

  if (!aid_codelist_has (list, code))
    {
      if (list == AID_CODELIST_CURRENCY)
        error (reader, name, _("\"%s\" is not an ISO 4217 currency code"), code);
      else
        /* Translators: the second %s is the name of an IATI codelist, such as Sector */
        error (reader, name, _("\"%s\" is not a code of the IATI %s codelist"), code,
               aid_codelist_get_name (list));
      return NULL;
    }

  return g_intern_string (code);
}

/* Returns the canonical id that @name refers to in @table, reporting an unknown one. */
const char *
_aid_json_read_ref (AidReader  *reader,
                    JsonObject *object,
                    const char *name,
                    gboolean    required,
                    GHashTable *table,
                    const char *what)
{
  const char *ref = _aid_json_read_string (reader, object, name, required);
  gpointer key = NULL;

  if (ref == NULL)
    return NULL;

  if (!g_hash_table_lookup_extended (table, ref, &key, NULL))
    {
      /* Translators: "luxdev2" does not match the id of any organisation */
      error (reader, name, _("\"%s\" does not match the id of any %s"), ref, what);
      return NULL;
    }

  return key;
}

gboolean
_aid_json_read_date (AidReader  *reader,
                     JsonObject *object,
                     const char *name,
                     gboolean    required,
                     AidDate    *date)
{
  const char *text = _aid_json_read_string (reader, object, name, required);
  AidDate parsed;

  memset (date, 0, sizeof *date);

  if (text == NULL)
    return FALSE;

  if (!aid_date_parse (text, &parsed))
    {
      gboolean shaped = strlen (text) == 10 && text[4] == '-' && text[7] == '-';

      if (shaped)
        error (reader, name, _("\"%s\" is not a real date"), text);
      else
        error (reader, name, _("\"%s\" is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)"), text);
      return FALSE;
    }

  *date = parsed;

  return TRUE;
}

gboolean
_aid_json_read_number (AidReader  *reader,
                       JsonObject *object,
                       const char *name,
                       gboolean    required,
                       double     *value)
{
  JsonNode *node = get_member (reader, object, name, required);

  if (node == NULL)
    return FALSE;

  if (!is_number (node))
    {
      _aid_json_report_type (reader, name, node, _("a number"));
      return FALSE;
    }

  *value = json_node_get_double (node);
  if (!isfinite (*value))
    {
      error (reader, name, _("%s must be a finite number"), name);
      return FALSE;
    }

  return TRUE;
}

gboolean
_aid_json_read_integer (AidReader  *reader,
                        JsonObject *object,
                        const char *name,
                        gboolean    required,
                        gint64      min,
                        gint64      max,
                        gint64     *value)
{
  JsonNode *node = get_member (reader, object, name, required);

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      _aid_json_report_type (reader, name, node, _("a whole number"));
      return FALSE;
    }

  *value = json_node_get_int (node);
  if (*value < min || *value > max)
    {
      g_autofree char *min_text = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *max_text = g_strdup_printf ("%" G_GINT64_FORMAT, max);
      g_autofree char *value_text = g_strdup_printf ("%" G_GINT64_FORMAT, *value);

      /* Translators: "year must be between 1000 and 9999, found 20241" */
      error (reader, name, _("%s must be between %s and %s, found %s"), name, min_text, max_text, value_text);
      return FALSE;
    }

  return TRUE;
}

gboolean
_aid_json_read_year (AidReader  *reader,
                     JsonObject *object,
                     const char *name,
                     gboolean    required,
                     guint      *year)
{
  gint64 value = 0;

  *year = 0;
  if (!_aid_json_read_integer (reader, object, name, required, 1000, 9999, &value))
    return FALSE;

  *year = (guint)value;

  return TRUE;
}

gboolean
_aid_json_read_percentage (AidReader  *reader,
                           JsonObject *object,
                           double     *percentage)
{
  JsonNode *node = json_object_get_member (object, "percentage");

  *percentage = -1;
  if (node == NULL)
    return FALSE;

  if (!_aid_json_read_number (reader, object, "percentage", FALSE, percentage))
    {
      *percentage = -1;
      return FALSE;
    }

  if (*percentage < 0 || *percentage > 100)
    {
      error (reader, "percentage", _("percentage must be between 0 and 100, found %g"), *percentage);
      *percentage = -1;
      return FALSE;
    }

  return TRUE;
}

/* Containers */

JsonObject *
_aid_json_expect_object (AidReader  *reader,
                         JsonNode   *node,
                         const char *what)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _aid_json_report_type (reader, NULL, node, what);
      return NULL;
    }

  return json_node_get_object (node);
}

JsonObject *
_aid_json_read_object (AidReader  *reader,
                       JsonObject *object,
                       const char *name,
                       gboolean    required)
{
  JsonNode *node = get_member (reader, object, name, required);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _aid_json_report_type (reader, name, node, _("an object"));
      return NULL;
    }

  return json_node_get_object (node);
}

JsonArray *
_aid_json_read_array (AidReader  *reader,
                      JsonObject *object,
                      const char *name,
                      gboolean    required)
{
  JsonNode *node = get_member (reader, object, name, required);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _aid_json_report_type (reader, name, node, _("an array"));
      return NULL;
    }

  return json_node_get_array (node);
}

/* Returns @text without its invisible control characters, after a warning, or NULL when it
 * has none. Names and titles can then never spoof what they show. */
char *
_aid_json_neutralise (AidReader  *reader,
                      const char *member,
                      const char *text)
{
  gunichar removed = 0;
  char *clean = _aid_builder_strip_invisible (text, &removed);

  if (clean != NULL)
    warning (reader, member, _("invisible control characters such as U+%04X removed from the text"), removed);

  return clean;
}

/* Whether @text, the string at @member, shows something; an error otherwise. A title or a name
 * made only of invisible characters would show blank, or look like another. */
gboolean
_aid_json_check_visible (AidReader  *reader,
                         const char *member,
                         const char *text)
{
  if (!_aid_builder_is_invisible_only (text))
    return TRUE;

  error (reader, member, _("the text is made only of invisible characters or spaces"));
  return FALSE;
}

/* Reads a language map, {"fr": "…", "en": "…"}, with at least one text, from @node, the value
 * at the current path; @name names it in messages. */
AidText *
_aid_json_read_text_node (AidReader  *reader,
                          JsonNode   *node,
                          const char *name)
{
  g_autoptr(AidText) text = NULL;
  JsonObjectIter iter;
  const char *language;
  JsonNode *value;
  gboolean reported = FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *found = _aid_json_describe (node);

      error (reader, NULL, _("%s must be %s, found %s"), name,
             _("a language map such as {\"fr\": \"…\", \"en\": \"…\"}"), found);
      return NULL;
    }

  text = aid_text_new ();
  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &language, &value))
    {
      if (!is_language_code (language))
        {
          error (reader, language, _("\"%s\" is not a language code (two lowercase letters, such as \"fr\")"), language);
          reported = TRUE;
        }
      else if (!_aid_json_is_string (value))
        {
          _aid_json_report_type (reader, language, value, _("a string"));
          reported = TRUE;
        }
      else if (reject_nul (reader, language) || !_aid_json_check_visible (reader, language, json_node_get_string (value)))
        reported = TRUE;
      else
        {
          g_autofree char *clean = _aid_json_neutralise (reader, language, json_node_get_string (value));

          aid_text_set (text, language, clean != NULL ? clean : json_node_get_string (value));
        }
    }

  if (reported)
    return NULL;

  if (aid_text_is_empty (text))
    {
      error (reader, NULL, _("%s must have a text in at least one language"), name);
      return NULL;
    }

  return g_steal_pointer (&text);
}

AidText *
_aid_json_read_text (AidReader  *reader,
                     JsonObject *object,
                     const char *name,
                     gboolean    required)
{
  JsonNode *node = get_member (reader, object, name, required);
  AidText *text;
  gsize mark;

  if (node == NULL)
    return NULL;

  mark = _aid_json_push_member (reader, name);
  text = _aid_json_read_text_node (reader, node, name);
  _aid_json_pop (reader, mark);

  return text;
}

/* Evidence and facts */

/* Reads the array member @name of objects, each with @func, the path following each item. */
GPtrArray *
_aid_json_read_list (AidReader         *reader,
                     JsonObject        *object,
                     const char        *name,
                     AidReadObjectFunc  func,
                     gpointer           user_data,
                     GDestroyNotify     free_func)
{
  JsonArray *array = _aid_json_read_array (reader, object, name, FALSE);
  GPtrArray *list;
  gsize mark;

  if (array == NULL)
    return NULL;

  list = g_ptr_array_new_with_free_func (free_func);
  mark = _aid_json_push_member (reader, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = _aid_json_push_index (reader, i);
      JsonObject *item = _aid_json_expect_object (reader, json_array_get_element (array, i), _("an object"));
      gpointer value;

      if (item != NULL && (value = func (reader, item, user_data)) != NULL)
        g_ptr_array_add (list, value);
      _aid_json_pop (reader, item_mark);
    }
  _aid_json_pop (reader, mark);

  return list;
}

static gpointer
read_also_item (AidReader  *reader,
                JsonObject *object,
                gpointer    user_data)
{
  static const char * const known[] = { EVIDENCE_MEMBERS, NULL };
  AidEvidence *evidence = g_new0 (AidEvidence, 1);

  _aid_json_check_members (reader, object, known);
  _aid_json_read_evidence_members (reader, object, evidence, TRUE);

  return evidence;
}

void
_aid_json_read_evidence_members (AidReader   *reader,
                                 JsonObject  *object,
                                 AidEvidence *evidence,
                                 gboolean     source_required)
{
  const char *quote;
  const char *method;

  evidence->source = _aid_json_read_ref (reader, object, "source", source_required,
                                         reader->dataset->sources_by_id, _("source"));

  if ((quote = _aid_json_read_string (reader, object, "quote", FALSE)) != NULL)
    evidence->quote = g_strdup (quote);
  evidence->quote_language = _aid_json_read_language (reader, object, "quote_language", FALSE);

  if ((method = _aid_json_read_string (reader, object, "method", FALSE)) != NULL &&
                !aid_method_from_string (method, &evidence->method))
    error (reader, "method",
           _("method must be one of published, summed, converted, mapped or inferred, found \"%s\""),
           method);

  evidence->note = _aid_json_read_text (reader, object, "note", FALSE);

  evidence->also = _aid_json_read_list (reader, object, "also", read_also_item, NULL, (GDestroyNotify)aid_evidence_free);
}

/* Reads a whole amount into cents: at most two decimals, never through the locale. */
/* An amount as written, for a message (or as a double prints it). Finding it walks the value
 * being read: only an amount that is reported is looked for, lest a valid file of many
 * amounts with decimals take quadratic time. */
static char *
written_amount (AidReader *reader,
                double     value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text = written_text (reader, "amount");

  return text != NULL ? text : g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value));
}

static gboolean
read_amount (AidReader  *reader,
             JsonObject *object,
             gint64     *cents)
{
  JsonNode *node = get_member (reader, object, "amount", TRUE);

  if (node == NULL)
    return FALSE;

  if (!is_number (node))
    {
      _aid_json_report_type (reader, "amount", node, _("a number"));
      return FALSE;
    }

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      gint64 value = json_node_get_int (node);
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, value);

      if (value < 0)
        {
          error (reader, "amount", _("amount must not be negative, found %s"), text);
          return FALSE;
        }
      if (value > AID_MAX_AMOUNT_CENTS / 100)
        {
          error (reader, "amount", _("amount must be at most 10000000000000, found %s"), text);
          return FALSE;
        }

      *cents = value * 100;
      return TRUE;
    }
  else
    {
      double value = json_node_get_double (node);
      g_autofree char *buffer = NULL;
      double scaled;

      if (!isfinite (value))
        {
          error (reader, "amount", _("amount must be a finite number"));
          return FALSE;
        }
      if (value < 0)
        {
          buffer = written_amount (reader, value);
          error (reader, "amount", _("amount must not be negative, found %s"), buffer);
          return FALSE;
        }
      if (value > (double)(AID_MAX_AMOUNT_CENTS / 100))
        {
          buffer = written_amount (reader, value);
          error (reader, "amount", _("amount must be at most 10000000000000, found %s"), buffer);
          return FALSE;
        }

      /* Below 10^15 cents a double holds every whole number of cents exactly, so the rounding
       * recovers the written amount when it has at most two decimals. */
      scaled = value * 100;
      if (fabs (scaled - nearbyint (scaled)) > 1e-6 * MAX (1.0, scaled))
        {
          buffer = written_amount (reader, value);
          error (reader, "amount", _("amount must have at most two decimals, found %s"), buffer);
          return FALSE;
        }

      *cents = (gint64)nearbyint (scaled);
      return TRUE;
    }
}

static AidMoney *read_money_object (AidReader  *reader,
                                    JsonObject *object);

static gpointer
read_money_item (AidReader  *reader,
                 JsonObject *object,
                 gpointer    user_data)
{
  return read_money_object (reader, object);
}

static GPtrArray *
read_money_list (AidReader  *reader,
                 JsonObject *object,
                 const char *name)
{
  return _aid_json_read_list (reader, object, name, read_money_item, NULL, (GDestroyNotify)aid_money_free);
}

/* Reads the money members of @object (which may have other members: the caller checks them). */
AidMoney *
_aid_json_read_money_members (AidReader  *reader,
                              JsonObject *object)
{
  g_autoptr(GPtrArray) disputes = NULL;
  AidMoney *money = g_new0 (AidMoney, 1);
  gboolean ok;

  ok = read_amount (reader, object, &money->cents);
  money->currency = _aid_json_read_code (reader, object, "currency", FALSE, AID_CODELIST_CURRENCY);
  if (money->currency == NULL)
    money->currency = reader->dataset->default_currency;
  _aid_json_read_date (reader, object, "value_date", FALSE, &money->value_date);
  _aid_json_read_evidence_members (reader, object, &money->evidence, TRUE);
  money->equivalents = read_money_list (reader, object, "equivalents");
  money->disputes = read_money_list (reader, object, "disputes");

  if (!ok)
    g_clear_pointer (&money, aid_money_free);

  return money;
}

static AidMoney *
read_money_object (AidReader  *reader,
                   JsonObject *object)
{
  static const char * const known[] = { MONEY_MEMBERS, NULL };

  _aid_json_check_members (reader, object, known);

  return _aid_json_read_money_members (reader, object);
}

/* A money member that may be null, for "not published". */
AidMoney *
_aid_json_read_money (AidReader  *reader,
                      JsonObject *object,
                      const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  AidMoney *money = NULL;
  gsize mark;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _aid_json_report_type (reader, name, node, _("an amount object such as {\"amount\": 1000, \"source\": \"…\"}"));
      return NULL;
    }

  mark = _aid_json_push_member (reader, name);
  money = read_money_object (reader, json_node_get_object (node));
  _aid_json_pop (reader, mark);

  return money;
}

static gpointer read_code_fact_dispute (AidReader  *reader,
                                        JsonObject *object,
                                        gpointer    user_data);

static AidCodeFact *
read_code_fact_object (AidReader   *reader,
                       JsonObject  *object,
                       AidCodelist  list,
                       gboolean     dispute)
{
  static const char * const known[] = { "code", "disputes", EVIDENCE_MEMBERS, NULL };
  AidCodeFact *fact = g_new0 (AidCodeFact, 1);

  _aid_json_check_members (reader, object, known);
  fact->percentage = -1;
  fact->code = _aid_json_read_code (reader, object, "code", TRUE, list);
  _aid_json_read_evidence_members (reader, object, &fact->evidence, dispute);
  fact->disputes = read_disputes (reader, object, read_code_fact_dispute, GUINT_TO_POINTER (list),
                                  (GDestroyNotify)aid_code_fact_free);

  if (fact->code == NULL)
    g_clear_pointer (&fact, aid_code_fact_free);

  return fact;
}

static gpointer
read_code_fact_dispute (AidReader  *reader,
                        JsonObject *object,
                        gpointer    user_data)
{
  return read_code_fact_object (reader, object, GPOINTER_TO_UINT (user_data), TRUE);
}

AidCodeFact *
_aid_json_read_code_fact (AidReader   *reader,
                          JsonObject  *object,
                          const char  *name,
                          AidCodelist  list)
{
  JsonObject *fact_object = _aid_json_read_object (reader, object, name, FALSE);
  AidCodeFact *fact;
  gsize mark;

  if (fact_object == NULL)
    return NULL;

  mark = _aid_json_push_member (reader, name);
  fact = read_code_fact_object (reader, fact_object, list, FALSE);
  _aid_json_pop (reader, mark);

  return fact;
}

static gpointer read_date_fact_dispute (AidReader  *reader,
                                        JsonObject *object,
                                        gpointer    user_data);

AidDateFact *
_aid_json_read_date_fact (AidReader  *reader,
                          JsonObject *object,
                          gboolean    dispute)
{
  static const char * const known[] = { "date", "disputes", EVIDENCE_MEMBERS, NULL };
  AidDateFact *fact = g_new0 (AidDateFact, 1);

  _aid_json_check_members (reader, object, known);
  _aid_json_read_date (reader, object, "date", TRUE, &fact->date);
  _aid_json_read_evidence_members (reader, object, &fact->evidence, dispute);
  fact->disputes = read_disputes (reader, object, read_date_fact_dispute, NULL,
                                  (GDestroyNotify)aid_date_fact_free);

  if (!aid_date_is_set (&fact->date))
    g_clear_pointer (&fact, aid_date_fact_free);

  return fact;
}

static gpointer
read_date_fact_dispute (AidReader  *reader,
                        JsonObject *object,
                        gpointer    user_data)
{
  return _aid_json_read_date_fact (reader, object, TRUE);
}

gboolean
_aid_json_read_period (AidReader  *reader,
                       JsonObject *object,
                       const char *name,
                       gboolean    required,
                       AidPeriod  *period)
{
  static const char * const known[] = { "start", "end", NULL };
  JsonObject *period_object = _aid_json_read_object (reader, object, name, required);
  gboolean ok;
  gsize mark;

  memset (period, 0, sizeof *period);
  if (period_object == NULL)
    return FALSE;

  mark = _aid_json_push_member (reader, name);
  _aid_json_check_members (reader, period_object, known);
  ok = _aid_json_read_date (reader, period_object, "start", TRUE, &period->start);
  ok = _aid_json_read_date (reader, period_object, "end", TRUE, &period->end) && ok;
  if (ok)
    {
      g_autoptr(GDate) first = aid_date_first_day (&period->start);
      g_autoptr(GDate) last = aid_date_last_day (&period->end);

      if (g_date_compare (first, last) > 0)
        {
          g_autofree char *start = aid_date_to_string (&period->start);
          g_autofree char *end = aid_date_to_string (&period->end);

          error (reader, "start", _("the period starts (%s) after it ends (%s)"), start, end);
          ok = FALSE;
        }
    }
  _aid_json_pop (reader, mark);

  return ok;
}

gboolean
_aid_json_read_channel (AidReader  *reader,
                        JsonObject *object,
                        gboolean    required,
                        AidChannel *channel)
{
  const char *text = _aid_json_read_string (reader, object, "channel", required);

  if (text == NULL)
    return FALSE;

  if (!aid_channel_from_string (text, channel))
    {
      error (reader, "channel",
             _("channel must be one of bilateral, multilateral, humanitarian, ngo or micro-project, found \"%s\""),
             text);
      return FALSE;
    }

  return TRUE;
}

void
_aid_json_read_each (AidReader       *reader,
                     JsonObject      *object,
                     const char      *name,
                     gboolean         required,
                     AidReadItemFunc  func,
                     gpointer         user_data)
{
  JsonArray *array = _aid_json_read_array (reader, object, name, required);
  gsize mark;

  if (array == NULL)
    return;

  mark = _aid_json_push_member (reader, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = _aid_json_push_index (reader, i);
      JsonObject *item = _aid_json_expect_object (reader, json_array_get_element (array, i), _("an object"));

      if (item != NULL)
        func (reader, item, i, user_data);
      _aid_json_pop (reader, item_mark);
    }
  _aid_json_pop (reader, mark);
}

/* Reads an "id" that must be unique in @table; returns the canonical copy in the dataset's
 * strings, already inserted with @value. */
const char *
_aid_json_read_unique_id (AidReader  *reader,
                          JsonObject *object,
                          GHashTable *table,
                          gpointer    value)
{
  const char *id = _aid_json_read_string (reader, object, "id", TRUE);
  const char *canonical;
  g_autofree char *shown = NULL;
  gunichar hidden = 0;

  if (id == NULL)
    return NULL;

  if (g_hash_table_contains (table, id))
    {
      error (reader, "id", _("the id \"%s\" is used twice"), id);
      return NULL;
    }

  if ((shown = _aid_builder_find_look_alike_id (id, &hidden)) != NULL)
    warning (reader, "id", _("the id holds the invisible character U+%04X: it looks like \"%s\", which may be another id"), hidden, shown);

  canonical = g_string_chunk_insert (reader->dataset->strings, id);
  g_hash_table_insert (table, (gpointer)canonical, value);

  return canonical;
}

static AidNote *
read_note_object (AidReader  *reader,
                  JsonObject *object)
{
  static const char * const known[] = { "text", EVIDENCE_MEMBERS, NULL };
  AidNote *note = g_new0 (AidNote, 1);

  _aid_json_check_members (reader, object, known);
  note->text = _aid_json_read_text (reader, object, "text", TRUE);
  _aid_json_read_evidence_members (reader, object, &note->evidence, FALSE);

  return note;
}

/* Reads a note into the array of notes @user_data, for _aid_json_read_each(). */
void
_aid_json_read_note (AidReader  *reader,
                     JsonObject *object,
                     guint       index,
                     gpointer    user_data)
{
  g_ptr_array_add (user_data, read_note_object (reader, object));
}
