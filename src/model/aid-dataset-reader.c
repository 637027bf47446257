/* aid-dataset-reader.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every member of every object goes through one of the read_*() helpers below, which check its
 * type and meaning, report what is wrong in words a dataset editor understands, and convert it.
 * A problem never stops the reading of the rest: the aim is to list every problem at once.
 */

#define G_LOG_DOMAIN "aid-dataset-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "aid-codelists.h"
#include "aid-dataset-reader.h"
#include "aid-json-locate.h"
#include "aid-search.h"

#define FORMAT_NAME    "aid-explorer-dataset"
#define FORMAT_VERSION 1

#define EVIDENCE_MEMBERS "source", "quote", "quote_language", "method", "note", "also"
#define MONEY_MEMBERS    "amount", "currency", "value_date", "equivalents", "disputes", EVIDENCE_MEMBERS

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

static gsize
push_member (AidReader  *reader,
             const char *name)
{
  gsize mark = reader->path->len;

  append_member_name (reader->path, name);

  return mark;
}

static gsize
push_index (AidReader *reader,
            guint      index)
{
  gsize mark = reader->path->len;

  g_string_append_printf (reader->path, "[%u]", index);

  return mark;
}

static void
pop (AidReader *reader,
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
  reader->diagnostics = g_ptr_array_new_with_free_func (g_object_unref);
  reader->n_reported = n_reported;
  reader->dataset = dataset;
}

void
_aid_reader_clear (AidReader *reader)
{
  if (reader->path != NULL)
    g_string_free (g_steal_pointer (&reader->path), TRUE);
  g_clear_pointer (&reader->diagnostics, g_ptr_array_unref);
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

  if (g_atomic_int_get (reader->n_reported) >= AID_MAX_PROBLEMS)
    return NULL;

  path = g_string_new (NULL);
  if (!locate (reader, member, path, &span))
    return NULL;

  return g_strndup (reader->data + span.offset, MIN (span.length, 40));
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

  if (severity == AID_SEVERITY_ERROR)
    reader->n_errors++;
  else
    reader->n_warnings++;

  /* Past the cap, problems are counted but no longer described. */
  if (g_atomic_int_add (reader->n_reported, 1) >= AID_MAX_PROBLEMS)
    return;

  locate (reader, member, path, &located);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (reader->diagnostics,
                   aid_diagnostic_new (severity, located.line, located.column, path->str, message));
}

#define error(reader, member, ...)   _aid_reader_report (reader, AID_SEVERITY_ERROR, member, __VA_ARGS__)
#define warning(reader, member, ...) _aid_reader_report (reader, AID_SEVERITY_WARNING, member, __VA_ARGS__)

/* Describes a value for "… must be a number, found the string "4 000 000"". */
static char *
describe (JsonNode *node)
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

static void
report_type (AidReader  *reader,
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
    found = describe (node);

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

static gboolean
is_string (JsonNode *node)
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
static void
check_members (AidReader          *reader,
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

static const char *
read_string (AidReader  *reader,
             JsonObject *object,
             const char *name,
             gboolean    required)
{
  JsonNode *node = get_member (reader, object, name, required);

  if (node == NULL)
    return NULL;

  if (!is_string (node))
    {
      report_type (reader, name, node, _("a string"));
      return NULL;
    }

  if (json_node_get_string (node)[0] == '\0')
    {
      error (reader, name, _("%s must not be empty"), name);
      return NULL;
    }

  return json_node_get_string (node);
}

static gboolean
is_language_code (const char *code)
{
  return g_ascii_islower (code[0]) && g_ascii_islower (code[1]) && code[2] == '\0';
}

static const char *
read_language (AidReader  *reader,
               JsonObject *object,
               const char *name,
               gboolean    required)
{
  const char *code = read_string (reader, object, name, required);

  if (code == NULL)
    return NULL;

  if (!is_language_code (code))
    {
      error (reader, name, _("\"%s\" is not a language code (two lowercase letters, such as \"fr\")"), code);
      return NULL;
    }

  return g_intern_string (code);
}

static const char *
read_country (AidReader  *reader,
              JsonObject *object,
              const char *name)
{
  const char *code = read_string (reader, object, name, FALSE);

  if (code == NULL)
    return NULL;

  if (!(g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]) && code[2] == '\0'))
    {
      error (reader, name, _("\"%s\" is not a country code (two capital letters, such as \"ML\")"), code);
      return NULL;
    }

  return g_intern_string (code);
}

static const char *
read_code (AidReader   *reader,
           JsonObject  *object,
           const char  *name,
           gboolean     required,
           AidCodelist  list)
{
  const char *code = read_string (reader, object, name, required);

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
static const char *
read_ref (AidReader  *reader,
          JsonObject *object,
          const char *name,
          gboolean    required,
          GHashTable *table,
          const char *what)
{
  const char *ref = read_string (reader, object, name, required);
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

static gboolean
read_date (AidReader  *reader,
           JsonObject *object,
           const char *name,
           gboolean    required,
           AidDate    *date)
{
  const char *text = read_string (reader, object, name, required);
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

static gboolean
read_number (AidReader  *reader,
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
      report_type (reader, name, node, _("a number"));
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

static gboolean
read_integer (AidReader  *reader,
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
      report_type (reader, name, node, _("a whole number"));
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

static gboolean
read_year (AidReader  *reader,
           JsonObject *object,
           const char *name,
           gboolean    required,
           guint      *year)
{
  gint64 value = 0;

  *year = 0;
  if (!read_integer (reader, object, name, required, 1000, 9999, &value))
    return FALSE;

  *year = (guint)value;

  return TRUE;
}

static gboolean
read_percentage (AidReader  *reader,
                 JsonObject *object,
                 double     *percentage)
{
  JsonNode *node = json_object_get_member (object, "percentage");

  *percentage = -1;
  if (node == NULL)
    return FALSE;

  if (!read_number (reader, object, "percentage", FALSE, percentage))
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

static JsonObject *
expect_object (AidReader  *reader,
               JsonNode   *node,
               const char *what)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report_type (reader, NULL, node, what);
      return NULL;
    }

  return json_node_get_object (node);
}

static JsonObject *
read_object (AidReader  *reader,
             JsonObject *object,
             const char *name,
             gboolean    required)
{
  JsonNode *node = get_member (reader, object, name, required);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report_type (reader, name, node, _("an object"));
      return NULL;
    }

  return json_node_get_object (node);
}

static JsonArray *
read_array (AidReader  *reader,
            JsonObject *object,
            const char *name,
            gboolean    required)
{
  JsonNode *node = get_member (reader, object, name, required);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report_type (reader, name, node, _("an array"));
      return NULL;
    }

  return json_node_get_array (node);
}

/* Characters that change how the text around them is drawn without showing themselves:
 * bidirectional overrides and isolates (a name that reads backwards, hiding what it says) and
 * zero-width characters (two names that look the same but differ). */
static gboolean
is_invisible_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
         c == 0x200F || c == 0x061C || (c >= 0x200B && c <= 0x200D) || c == 0x2060 ||
         c == 0xFEFF;
}

/* Every such character is encoded in UTF-8 from one of these lead bytes, which French text
 * meets mostly in its apostrophes (U+2019, E2 80 99): a text without them is looked at no
 * further. */
static gboolean
has_invisible_control (const char *text)
{
  for (const char *p = text; (p = strpbrk (p, "\xD8\xE2\xEF")) != NULL; p++)
    if (is_invisible_control (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* Returns @text without its invisible control characters, after a warning, or NULL when it
 * has none. Names and titles can then never spoof what they show. */
static char *
neutralise (AidReader  *reader,
            const char *member,
            const char *text)
{
  g_autoptr(GString) clean = NULL;

  if (!has_invisible_control (text))
    return NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_invisible_control (c))
        {
          if (clean != NULL)
            g_string_append_unichar (clean, c);
          continue;
        }

      if (clean == NULL)
        {
          clean = g_string_new_len (text, p - text);
          warning (reader, member, _("invisible control characters such as U+%04X removed from the text"), c);
        }
    }

  return clean != NULL ? g_string_free (g_steal_pointer (&clean), FALSE) : NULL;
}

/* Reads a language map, {"fr": "…", "en": "…"}, with at least one text, from @node, the value
 * at the current path; @name names it in messages. */
static AidText *
read_text_node (AidReader  *reader,
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
      g_autofree char *found = describe (node);

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
      else if (!is_string (value))
        {
          report_type (reader, language, value, _("a string"));
          reported = TRUE;
        }
      else
        {
          g_autofree char *clean = neutralise (reader, language, json_node_get_string (value));

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

static AidText *
read_text (AidReader  *reader,
           JsonObject *object,
           const char *name,
           gboolean    required)
{
  JsonNode *node = get_member (reader, object, name, required);
  AidText *text;
  gsize mark;

  if (node == NULL)
    return NULL;

  mark = push_member (reader, name);
  text = read_text_node (reader, node, name);
  pop (reader, mark);

  return text;
}

/* Evidence and facts */

/* Reads one object of a list (a dispute, an equivalent, a further source); @user_data is the
 * reader's own. */
typedef gpointer (*ReadObjectFunc) (AidReader  *reader,
                                    JsonObject *object,
                                    gpointer    user_data);

/* Reads the array member @name of objects, each with @func, the path following each item. */
static GPtrArray *
read_list (AidReader      *reader,
           JsonObject     *object,
           const char     *name,
           ReadObjectFunc  func,
           gpointer        user_data,
           GDestroyNotify  free_func)
{
  JsonArray *array = read_array (reader, object, name, FALSE);
  GPtrArray *list;
  gsize mark;

  if (array == NULL)
    return NULL;

  list = g_ptr_array_new_with_free_func (free_func);
  mark = push_member (reader, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = push_index (reader, i);
      JsonObject *item = expect_object (reader, json_array_get_element (array, i), _("an object"));
      gpointer value;

      if (item != NULL && (value = func (reader, item, user_data)) != NULL)
        g_ptr_array_add (list, value);
      pop (reader, item_mark);
    }
  pop (reader, mark);

  return list;
}

/* The other values that sources give for a fact. */
#define read_disputes(reader, object, func, user_data, free_func) \
  read_list ((reader), (object), "disputes", (func), (user_data), (free_func))

static void
read_evidence_members (AidReader   *reader,
                       JsonObject  *object,
                       AidEvidence *evidence,
                       gboolean     source_required);

static gpointer
read_also_item (AidReader  *reader,
                JsonObject *object,
                gpointer    user_data)
{
  static const char * const known[] = { EVIDENCE_MEMBERS, NULL };
  AidEvidence *evidence = g_new0 (AidEvidence, 1);

  check_members (reader, object, known);
  read_evidence_members (reader, object, evidence, TRUE);

  return evidence;
}

static void
read_evidence_members (AidReader   *reader,
                       JsonObject  *object,
                       AidEvidence *evidence,
                       gboolean     source_required)
{
  const char *quote;
  const char *method;

  evidence->source = read_ref (reader, object, "source", source_required,
                               reader->dataset->sources_by_id, _("source"));

  if ((quote = read_string (reader, object, "quote", FALSE)) != NULL)
    evidence->quote = g_strdup (quote);
  evidence->quote_language = read_language (reader, object, "quote_language", FALSE);

  if ((method = read_string (reader, object, "method", FALSE)) != NULL &&
      !aid_method_from_string (method, &evidence->method))
    error (reader, "method",
           _("method must be one of published, summed, converted, mapped or inferred, found \"%s\""),
           method);

  evidence->note = read_text (reader, object, "note", FALSE);

  evidence->also = read_list (reader, object, "also", read_also_item, NULL, (GDestroyNotify)aid_evidence_free);
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
      report_type (reader, "amount", node, _("a number"));
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
  return read_list (reader, object, name, read_money_item, NULL, (GDestroyNotify)aid_money_free);
}

/* Reads the money members of @object (which may have other members: the caller checks them). */
static AidMoney *
read_money_members (AidReader  *reader,
                    JsonObject *object)
{
  g_autoptr(GPtrArray) disputes = NULL;
  AidMoney *money = g_new0 (AidMoney, 1);
  gboolean ok;

  ok = read_amount (reader, object, &money->cents);
  money->currency = read_code (reader, object, "currency", FALSE, AID_CODELIST_CURRENCY);
  if (money->currency == NULL)
    money->currency = reader->dataset->default_currency;
  read_date (reader, object, "value_date", FALSE, &money->value_date);
  read_evidence_members (reader, object, &money->evidence, TRUE);
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

  check_members (reader, object, known);

  return read_money_members (reader, object);
}

/* A money member that may be null, for "not published". */
static AidMoney *
read_money (AidReader  *reader,
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
      report_type (reader, name, node, _("an amount object such as {\"amount\": 1000, \"source\": \"…\"}"));
      return NULL;
    }

  mark = push_member (reader, name);
  money = read_money_object (reader, json_node_get_object (node));
  pop (reader, mark);

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

  check_members (reader, object, known);
  fact->percentage = -1;
  fact->code = read_code (reader, object, "code", TRUE, list);
  read_evidence_members (reader, object, &fact->evidence, dispute);
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

static AidCodeFact *
read_code_fact (AidReader   *reader,
                JsonObject  *object,
                const char  *name,
                AidCodelist  list)
{
  JsonObject *fact_object = read_object (reader, object, name, FALSE);
  AidCodeFact *fact;
  gsize mark;

  if (fact_object == NULL)
    return NULL;

  mark = push_member (reader, name);
  fact = read_code_fact_object (reader, fact_object, list, FALSE);
  pop (reader, mark);

  return fact;
}

static gpointer read_date_fact_dispute (AidReader  *reader,
                                        JsonObject *object,
                                        gpointer    user_data);

static AidDateFact *
read_date_fact (AidReader  *reader,
                JsonObject *object,
                gboolean    dispute)
{
  static const char * const known[] = { "date", "disputes", EVIDENCE_MEMBERS, NULL };
  AidDateFact *fact = g_new0 (AidDateFact, 1);

  check_members (reader, object, known);
  read_date (reader, object, "date", TRUE, &fact->date);
  read_evidence_members (reader, object, &fact->evidence, dispute);
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
  return read_date_fact (reader, object, TRUE);
}

static gboolean
read_period (AidReader  *reader,
             JsonObject *object,
             const char *name,
             gboolean    required,
             AidPeriod  *period)
{
  static const char * const known[] = { "start", "end", NULL };
  JsonObject *period_object = read_object (reader, object, name, required);
  gboolean ok;
  gsize mark;

  memset (period, 0, sizeof *period);
  if (period_object == NULL)
    return FALSE;

  mark = push_member (reader, name);
  check_members (reader, period_object, known);
  ok = read_date (reader, period_object, "start", TRUE, &period->start);
  ok = read_date (reader, period_object, "end", TRUE, &period->end) && ok;
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
  pop (reader, mark);

  return ok;
}

static gboolean
read_channel (AidReader  *reader,
              JsonObject *object,
              gboolean    required,
              AidChannel *channel)
{
  const char *text = read_string (reader, object, "channel", required);

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

/* Iterates over the objects of an array member, calling @func with the path set to each. */
typedef void (*ReadItemFunc) (AidReader  *reader,
                              JsonObject *item,
                              guint       index,
                              gpointer    user_data);

static void
read_each (AidReader    *reader,
           JsonObject   *object,
           const char   *name,
           gboolean      required,
           ReadItemFunc  func,
           gpointer      user_data)
{
  JsonArray *array = read_array (reader, object, name, required);
  gsize mark;

  if (array == NULL)
    return;

  mark = push_member (reader, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = push_index (reader, i);
      JsonObject *item = expect_object (reader, json_array_get_element (array, i), _("an object"));

      if (item != NULL)
        func (reader, item, i, user_data);
      pop (reader, item_mark);
    }
  pop (reader, mark);
}

/* Reads an "id" that must be unique in @table; returns the canonical copy in the dataset's
 * strings, already inserted with @value. */
static const char *
read_unique_id (AidReader  *reader,
                JsonObject *object,
                GHashTable *table,
                gpointer    value)
{
  const char *id = read_string (reader, object, "id", TRUE);
  const char *canonical;

  if (id == NULL)
    return NULL;

  if (g_hash_table_contains (table, id))
    {
      error (reader, "id", _("the id \"%s\" is used twice"), id);
      return NULL;
    }

  canonical = g_string_chunk_insert (reader->dataset->strings, id);
  g_hash_table_insert (table, (gpointer)canonical, value);

  return canonical;
}

/* The dataset's own lists */

static void
read_source (AidReader  *reader,
             JsonObject *object,
             guint       index,
             gpointer    user_data)
{
  static const char * const known[] = {
    "id", "title", "publisher", "url", "language", "published", "accessed", NULL
  };
  AidDataset *dataset = reader->dataset;
  g_autoptr(AidSource) source = _aid_source_new ();

  check_members (reader, object, known);
  source->title = g_strdup (read_string (reader, object, "title", TRUE));
  source->publisher = g_strdup (read_string (reader, object, "publisher", TRUE));
  for (guint i = 0; i < 2; i++)
    {
      char **field = i == 0 ? &source->title : &source->publisher;
      char *clean = *field != NULL ? neutralise (reader, i == 0 ? "title" : "publisher", *field) : NULL;

      if (clean != NULL)
        {
          g_free (*field);
          *field = clean;
        }
    }
  source->url = g_strdup (read_string (reader, object, "url", FALSE));
  source->language = read_language (reader, object, "language", TRUE);
  read_date (reader, object, "published", FALSE, &source->published);
  read_date (reader, object, "accessed", FALSE, &source->accessed);

  if ((source->id = read_unique_id (reader, object, dataset->sources_by_id, source)) != NULL)
    g_list_store_append (dataset->sources, source);
}

static void
read_organisation (AidReader  *reader,
                   JsonObject *object,
                   guint       index,
                   gpointer    user_data)
{
  static const char * const known[] = {
    "id", "name", "short_name", "type", "iati_ref", "country", NULL
  };
  AidDataset *dataset = reader->dataset;
  g_autoptr(AidOrganisation) organisation = _aid_organisation_new ();

  check_members (reader, object, known);
  organisation->name = read_text (reader, object, "name", TRUE);
  organisation->short_name = read_text (reader, object, "short_name", FALSE);
  organisation->type = read_code (reader, object, "type", FALSE, AID_CODELIST_ORGANISATION_TYPE);
  organisation->iati_ref = g_strdup (read_string (reader, object, "iati_ref", FALSE));
  organisation->country = read_country (reader, object, "country");

  if ((organisation->id = read_unique_id (reader, object, dataset->organisations_by_id, organisation)) != NULL)
    g_list_store_append (dataset->organisations, organisation);
}

static void
read_region (AidReader  *reader,
             JsonObject *object,
             guint       index,
             gpointer    user_data)
{
  static const char * const known[] = { "id", "name", "country", NULL };
  AidDataset *dataset = reader->dataset;
  AidRegion *region = g_new0 (AidRegion, 1);

  check_members (reader, object, known);
  region->name = read_text (reader, object, "name", TRUE);
  region->country = read_country (reader, object, "country");
  region->id = read_unique_id (reader, object, dataset->regions_by_id, region);
  g_ptr_array_add (dataset->regions, region);
}

static AidExchangeRate *
read_rate (AidReader  *reader,
           JsonObject *object,
           gboolean    dispute);

static gpointer
read_rate_dispute (AidReader  *reader,
                   JsonObject *object,
                   gpointer    user_data)
{
  return read_rate (reader, object, TRUE);
}

static AidExchangeRate *
read_rate (AidReader  *reader,
           JsonObject *object,
           gboolean    dispute)
{
  static const char * const known[] = { "currency", "base", "rate", "disputes", EVIDENCE_MEMBERS, NULL };
  static const char * const dispute_known[] = { "rate", "disputes", EVIDENCE_MEMBERS, NULL };
  AidExchangeRate *rate = g_new0 (AidExchangeRate, 1);

  check_members (reader, object, dispute ? dispute_known : known);
  if (!dispute)
    {
      rate->currency = read_code (reader, object, "currency", TRUE, AID_CODELIST_CURRENCY);
      rate->base = read_code (reader, object, "base", TRUE, AID_CODELIST_CURRENCY);
    }
  if (read_number (reader, object, "rate", TRUE, &rate->rate) && rate->rate <= 0)
    error (reader, "rate", _("rate must be greater than 0"));
  read_evidence_members (reader, object, &rate->evidence, TRUE);
  rate->disputes = read_disputes (reader, object, read_rate_dispute, NULL, _aid_exchange_rate_free);

  return rate;
}

static void
read_exchange_rate (AidReader  *reader,
                    JsonObject *object,
                    guint       index,
                    gpointer    user_data)
{
  g_ptr_array_add (reader->dataset->exchange_rates, read_rate (reader, object, FALSE));
}

/* Reads a list of channels into a bit set. */
static guint
read_channels (AidReader  *reader,
               JsonObject *object,
               const char *name)
{
  JsonArray *array = read_array (reader, object, name, FALSE);
  guint channels = 0;
  gsize mark;

  if (array == NULL)
    return 0;

  mark = push_member (reader, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      AidChannel channel;

      if (is_string (node) && aid_channel_from_string (json_node_get_string (node), &channel))
        {
          channels |= 1u << channel;
        }
      else
        {
          g_autofree char *found = describe (node);
          gsize item_mark = push_index (reader, i);

          error (reader, NULL,
                 _("each item of %s must be one of bilateral, multilateral, humanitarian, ngo or micro-project, found %s"),
                 name, found);
          pop (reader, item_mark);
        }
    }
  pop (reader, mark);

  return channels;
}

static void
read_envelope (AidReader  *reader,
               JsonObject *object,
               guint       index,
               gpointer    user_data)
{
  static const char * const known[] = { "id", "title", "period", "covers", MONEY_MEMBERS, NULL };
  g_autoptr(AidEnvelope) envelope = _aid_envelope_new ();

  check_members (reader, object, known);
  envelope->id = read_unique_id (reader, object, user_data, envelope);
  envelope->title = read_text (reader, object, "title", TRUE);
  read_period (reader, object, "period", TRUE, &envelope->period);
  envelope->covers = read_channels (reader, object, "covers");
  envelope->money = read_money_members (reader, object);
  g_list_store_append (reader->dataset->envelopes, envelope);
}

static gpointer read_indicator_dispute (AidReader  *reader,
                                        JsonObject *object,
                                        gpointer    user_data);

/* Reads the value of an indicator, with its evidence, as the indicator itself or one of its
 * disputes gives it. */
static AidIndicator *
read_indicator_value (AidReader  *reader,
                      JsonObject *object,
                      gboolean    dispute)
{
  AidIndicator *indicator = _aid_indicator_new ();

  read_number (reader, object, "value", TRUE, &indicator->value);
  indicator->unit = read_text (reader, object, "unit", FALSE);
  read_integer (reader, object, "out_of", FALSE, 1, G_MAXINT32, &indicator->out_of);
  read_year (reader, object, "year", !dispute, &indicator->year);
  read_evidence_members (reader, object, &indicator->evidence, TRUE);
  indicator->disputes = read_disputes (reader, object, read_indicator_dispute, NULL, g_object_unref);

  return indicator;
}

static gpointer
read_indicator_dispute (AidReader  *reader,
                        JsonObject *object,
                        gpointer    user_data)
{
  static const char * const known[] = { "value", "unit", "out_of", "year", "disputes", EVIDENCE_MEMBERS, NULL };

  check_members (reader, object, known);

  return read_indicator_value (reader, object, TRUE);
}

static void
read_indicator (AidReader  *reader,
                JsonObject *object,
                guint       index,
                gpointer    user_data)
{
  static const char * const known[] = {
    "id", "kind", "label", "value", "unit", "out_of", "year", "disputes", EVIDENCE_MEMBERS, NULL
  };
  static const char * const kinds[] = {
    "population", "gni_per_capita_ppp", "hdi_rank", "life_expectancy", "other", NULL
  };
  g_autoptr(AidIndicator) indicator = NULL;
  const char *kind;

  check_members (reader, object, known);
  indicator = read_indicator_value (reader, object, FALSE);
  indicator->id = read_unique_id (reader, object, user_data, indicator);

  if ((kind = read_string (reader, object, "kind", TRUE)) != NULL)
    {
      if (g_strv_contains (kinds, kind))
        indicator->kind = g_intern_string (kind);
      else
        error (reader, "kind",
               _("kind must be one of population, gni_per_capita_ppp, hdi_rank, life_expectancy or other, found \"%s\""),
               kind);
    }
  indicator->label = read_text (reader, object, "label", g_strcmp0 (indicator->kind, "other") == 0);

  g_list_store_append (reader->dataset->indicators, indicator);
}

static gpointer
read_count_dispute (AidReader  *reader,
                    JsonObject *object,
                    gpointer    user_data)
{
  static const char * const known[] = { "count", "year", "disputes", EVIDENCE_MEMBERS, NULL };
  AidCount *count = g_new0 (AidCount, 1);

  check_members (reader, object, known);
  read_integer (reader, object, "count", TRUE, 0, G_MAXINT32, &count->count);
  read_year (reader, object, "year", FALSE, &count->year);
  read_evidence_members (reader, object, &count->evidence, TRUE);
  count->disputes = read_disputes (reader, object, read_count_dispute, NULL, _aid_count_free);

  return count;
}

static void
read_count (AidReader  *reader,
            JsonObject *object,
            guint       index,
            gpointer    user_data)
{
  static const char * const known[] = {
    "id", "label", "count", "year", "channel", "themes", "disputes", EVIDENCE_MEMBERS, NULL
  };
  AidCount *count = g_new0 (AidCount, 1);
  JsonArray *themes;

  check_members (reader, object, known);
  count->id = read_unique_id (reader, object, user_data, count);
  count->label = read_text (reader, object, "label", TRUE);
  read_integer (reader, object, "count", TRUE, 0, G_MAXINT32, &count->count);
  read_year (reader, object, "year", FALSE, &count->year);
  count->has_channel = read_channel (reader, object, FALSE, &count->channel);

  if ((themes = read_array (reader, object, "themes", FALSE)) != NULL)
    {
      gsize mark = push_member (reader, "themes");

      count->themes = g_ptr_array_new_with_free_func ((GDestroyNotify)aid_text_free);
      for (guint i = 0; i < json_array_get_length (themes); i++)
        {
          gsize item_mark = push_index (reader, i);
          AidText *theme = read_text_node (reader, json_array_get_element (themes, i), "themes");

          if (theme != NULL)
            g_ptr_array_add (count->themes, theme);
          pop (reader, item_mark);
        }
      pop (reader, mark);
    }

  read_evidence_members (reader, object, &count->evidence, TRUE);
  count->disputes = read_disputes (reader, object, read_count_dispute, NULL, _aid_count_free);
  g_ptr_array_add (reader->dataset->counts, count);
}

static AidNote *
read_note_object (AidReader  *reader,
                  JsonObject *object)
{
  static const char * const known[] = { "text", EVIDENCE_MEMBERS, NULL };
  AidNote *note = g_new0 (AidNote, 1);

  check_members (reader, object, known);
  note->text = read_text (reader, object, "text", TRUE);
  read_evidence_members (reader, object, &note->evidence, FALSE);

  return note;
}

static void
read_note (AidReader  *reader,
           JsonObject *object,
           guint       index,
           gpointer    user_data)
{
  g_ptr_array_add (user_data, read_note_object (reader, object));
}

static const char *
read_format (AidReader  *reader,
             JsonObject *root)
{
  JsonNode *node = json_object_get_member (root, "format");

  if (node == NULL)
    return _("this is not an Aid Explorer dataset: it has no \"format\": \"aid-explorer-dataset\" member");
  if (!is_string (node) || !g_str_equal (json_node_get_string (node), FORMAT_NAME))
    return _("this is not an Aid Explorer dataset: its format is not \"aid-explorer-dataset\"");

  return NULL;
}

/* Reads everything but the activities. Returns FALSE when the document is not a dataset this
 * version can read, in which case nothing else is worth reporting. */
gboolean
_aid_reader_read_header (AidReader *reader,
                         JsonNode  *root)
{
  static const char * const known[] = {
    "format", "format_version", "id", "title", "description", "default_language",
    "default_currency", "donor", "reporting_org", "recipient_country", "focus_period", "licence",
    "sources", "organisations", "regions", "exchange_rates", "envelopes", "indicators", "counts",
    "notes", "activities", NULL
  };
  static const char * const licence_members[] = { "name", "url", "note", NULL };
  g_autoptr(GHashTable) envelope_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) indicator_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) count_ids = g_hash_table_new (g_str_hash, g_str_equal);
  AidDataset *dataset = reader->dataset;
  JsonObject *object;
  JsonObject *licence;
  const char *problem;
  const char *id;
  gint64 version = 0;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_autofree char *found = describe (root);

      error (reader, NULL,
             _("this is not an Aid Explorer dataset: the document is %s, not an object with \"format\": \"aid-explorer-dataset\""),
             found);
      return FALSE;
    }

  object = json_node_get_object (root);
  if ((problem = read_format (reader, object)) != NULL)
    {
      error (reader, json_object_has_member (object, "format") ? "format" : NULL, "%s", problem);
      return FALSE;
    }

  if (!read_integer (reader, object, "format_version", TRUE, 1, G_MAXINT32, &version))
    return FALSE;
  if (version > FORMAT_VERSION)
    {
      g_autofree char *version_text = g_strdup_printf ("%" G_GINT64_FORMAT, version);

      error (reader, "format_version",
             _("this file is in format version %s, and this version of Aid Explorer reads version %d: update Aid Explorer to open it"),
             version_text, FORMAT_VERSION);
      return FALSE;
    }

  check_members (reader, object, known);

  if ((id = read_string (reader, object, "id", TRUE)) != NULL)
    dataset->id = g_string_chunk_insert (dataset->strings, id);
  dataset->title = read_text (reader, object, "title", TRUE);
  dataset->description = read_text (reader, object, "description", FALSE);
  dataset->default_language = read_language (reader, object, "default_language", TRUE);
  dataset->default_currency = read_code (reader, object, "default_currency", TRUE, AID_CODELIST_CURRENCY);
  dataset->recipient_country = read_country (reader, object, "recipient_country");
  dataset->has_focus_period = read_period (reader, object, "focus_period", FALSE, &dataset->focus_period);

  if ((licence = read_object (reader, object, "licence", TRUE)) != NULL)
    {
      gsize mark = push_member (reader, "licence");

      check_members (reader, licence, licence_members);
      dataset->licence_name = g_strdup (read_string (reader, licence, "name", TRUE));
      dataset->licence_url = g_strdup (read_string (reader, licence, "url", FALSE));
      dataset->licence_note = read_text (reader, licence, "note", FALSE);
      pop (reader, mark);
    }

  /* What others refer to comes first. */
  read_each (reader, object, "sources", TRUE, read_source, NULL);
  read_each (reader, object, "organisations", FALSE, read_organisation, NULL);
  read_each (reader, object, "regions", FALSE, read_region, NULL);

  dataset->donor = read_ref (reader, object, "donor", FALSE, dataset->organisations_by_id, _("organisation"));
  dataset->reporting_org = read_ref (reader, object, "reporting_org", FALSE, dataset->organisations_by_id, _("organisation"));

  read_each (reader, object, "exchange_rates", FALSE, read_exchange_rate, NULL);
  read_each (reader, object, "envelopes", FALSE, read_envelope, envelope_ids);
  read_each (reader, object, "indicators", FALSE, read_indicator, indicator_ids);
  read_each (reader, object, "counts", FALSE, read_count, count_ids);
  read_each (reader, object, "notes", FALSE, read_note, dataset->notes);

  if (read_array (reader, object, "activities", TRUE) == NULL)
    return FALSE;

  return TRUE;
}

/* Activities */

typedef struct
{
  AidActivity *activity;
  double       percentage_sum;
  guint        with_percentage;
  guint        count;
} ListState;

static void
read_identifier (AidReader  *reader,
                 JsonObject *object,
                 guint       index,
                 gpointer    user_data)
{
  static const char * const known[] = { "ref", "owner", NULL };
  AidActivity *activity = user_data;
  const char *ref = read_string (reader, object, "ref", TRUE);
  AidIdentifier *identifier;

  check_members (reader, object, known);
  if (ref == NULL)
    return;

  identifier = g_malloc0 (sizeof *identifier + strlen (ref) + 1);
  identifier->ref = strcpy ((char *)(identifier + 1), ref);
  identifier->owner = read_ref (reader, object, "owner", FALSE,
                                reader->dataset->organisations_by_id, _("organisation"));
  g_ptr_array_add (activity->other_identifiers, identifier);
}

static AidParticipation *
read_participation_object (AidReader  *reader,
                           JsonObject *object,
                           gboolean    dispute);

static gpointer
read_participation_dispute (AidReader  *reader,
                            JsonObject *object,
                            gpointer    user_data)
{
  return read_participation_object (reader, object, TRUE);
}

static AidParticipation *
read_participation_object (AidReader  *reader,
                           JsonObject *object,
                           gboolean    dispute)
{
  static const char * const known[] = { "org", "role", "disputes", EVIDENCE_MEMBERS, NULL };
  AidParticipation *participation = g_new0 (AidParticipation, 1);

  check_members (reader, object, known);
  participation->org = read_ref (reader, object, "org", TRUE,
                                 reader->dataset->organisations_by_id, _("organisation"));
  participation->role = read_code (reader, object, "role", TRUE, AID_CODELIST_ORGANISATION_ROLE);
  read_evidence_members (reader, object, &participation->evidence, dispute);
  participation->disputes = read_disputes (reader, object, read_participation_dispute, NULL,
                                           _aid_participation_free);

  return participation;
}

static void
read_participation (AidReader  *reader,
                    JsonObject *object,
                    guint       index,
                    gpointer    user_data)
{
  AidActivity *activity = user_data;

  g_ptr_array_add (activity->participating_orgs, read_participation_object (reader, object, FALSE));
}

/* A location ("region") or a sector ("code"): the same shape, a code and a percentage. */
static AidCodeFact *
read_share (AidReader  *reader,
            JsonObject *object,
            gboolean    is_location,
            gboolean    dispute);

static gpointer
read_share_dispute (AidReader  *reader,
                    JsonObject *object,
                    gpointer    user_data)
{
  return read_share (reader, object, GPOINTER_TO_INT (user_data), TRUE);
}

static AidCodeFact *
read_share (AidReader  *reader,
            JsonObject *object,
            gboolean    is_location,
            gboolean    dispute)
{
  static const char * const location_known[] = { "region", "percentage", "disputes", EVIDENCE_MEMBERS, NULL };
  static const char * const sector_known[] = { "code", "percentage", "disputes", EVIDENCE_MEMBERS, NULL };
  AidCodeFact *share = g_new0 (AidCodeFact, 1);

  check_members (reader, object, is_location ? location_known : sector_known);
  if (is_location)
    share->code = read_ref (reader, object, "region", TRUE, reader->dataset->regions_by_id, _("region"));
  else
    share->code = read_code (reader, object, "code", TRUE, AID_CODELIST_SECTOR);
  read_percentage (reader, object, &share->percentage);
  read_evidence_members (reader, object, &share->evidence, dispute);
  share->disputes = read_disputes (reader, object, read_share_dispute, GINT_TO_POINTER (is_location),
                                   (GDestroyNotify)aid_code_fact_free);

  return share;
}

static void
add_share (ListState   *state,
           GPtrArray   *list,
           AidCodeFact *share)
{
  if (share->percentage >= 0)
    {
      state->percentage_sum += share->percentage;
      state->with_percentage++;
    }
  state->count++;
  g_ptr_array_add (list, share);
}

static void
read_location (AidReader  *reader,
               JsonObject *object,
               guint       index,
               gpointer    user_data)
{
  ListState *state = user_data;

  add_share (state, state->activity->locations, read_share (reader, object, TRUE, FALSE));
}

static void
read_sector (AidReader  *reader,
             JsonObject *object,
             guint       index,
             gpointer    user_data)
{
  ListState *state = user_data;

  add_share (state, state->activity->sectors, read_share (reader, object, FALSE, FALSE));
}

/* Published percentages must add up to 100 where every item has one, and never exceed it. */
static void
check_percentages (AidReader       *reader,
                   const char      *name,
                   const ListState *state)
{
  if (state->with_percentage == 0)
    return;

  if (state->with_percentage == state->count && fabs (state->percentage_sum - 100) > 0.01)
    error (reader, name, _("the percentages of “%s” add up to %g, not 100"), name, state->percentage_sum);
  else if (state->percentage_sum > 100.01)
    error (reader, name, _("the percentages of “%s” add up to %g, more than 100"), name, state->percentage_sum);
}

/* An activity's sectors and places are a handful: a limit keeps totals, which split each
 * amount between them, linear in the file's size. */
#define AID_MAX_SHARES 100

static void
check_list_length (AidReader  *reader,
                   const char *name,
                   guint       length)
{
  if (length > AID_MAX_SHARES)
    error (reader, name, _("an activity has at most %u %s, found %u"), AID_MAX_SHARES, name, length);
}

static void
read_contribution (AidReader  *reader,
                   JsonObject *object,
                   guint       index,
                   gpointer    user_data)
{
  static const char * const known[] = { "funder", MONEY_MEMBERS, NULL };
  AidActivity *activity = user_data;
  AidContribution *contribution = g_new0 (AidContribution, 1);

  check_members (reader, object, known);
  contribution->funder = read_ref (reader, object, "funder", TRUE,
                                   reader->dataset->organisations_by_id, _("organisation"));
  contribution->money = read_money_members (reader, object);
  g_ptr_array_add (activity->contributions, contribution);
}

static void
read_budget (AidReader  *reader,
             JsonObject *object,
             guint       index,
             gpointer    user_data)
{
  static const char * const known[] = { "period", MONEY_MEMBERS, NULL };
  AidActivity *activity = user_data;
  AidBudget *budget = g_new0 (AidBudget, 1);

  check_members (reader, object, known);
  read_period (reader, object, "period", TRUE, &budget->period);
  budget->money = read_money_members (reader, object);
  g_ptr_array_add (activity->budgets, budget);
}

static void
read_transaction (AidReader  *reader,
                  JsonObject *object,
                  guint       index,
                  gpointer    user_data)
{
  static const char * const known[] = { "type", "date", "provider", "receiver", MONEY_MEMBERS, NULL };
  AidActivity *activity = user_data;
  AidTransaction *transaction = g_new0 (AidTransaction, 1);
  GHashTable *organisations = reader->dataset->organisations_by_id;

  check_members (reader, object, known);
  transaction->type = read_code (reader, object, "type", TRUE, AID_CODELIST_TRANSACTION_TYPE);
  read_date (reader, object, "date", TRUE, &transaction->date);
  transaction->provider = read_ref (reader, object, "provider", FALSE, organisations, _("organisation"));
  transaction->receiver = read_ref (reader, object, "receiver", FALSE, organisations, _("organisation"));
  transaction->money = read_money_members (reader, object);
  g_ptr_array_add (activity->transactions, transaction);
}

static gpointer read_result_dispute (AidReader  *reader,
                                     JsonObject *object,
                                     gpointer    user_data);

/* Reads the value of a result with its evidence, as the result or one of its disputes gives it:
 * a result's value may be null (not published), a dispute's may not. */
static void
read_result_value (AidReader  *reader,
                   JsonObject *object,
                   AidResult  *result,
                   gboolean    dispute)
{
  JsonNode *value = json_object_get_member (object, "value");

  if (dispute || (value != NULL && !JSON_NODE_HOLDS_NULL (value)))
    result->has_value = read_number (reader, object, "value", TRUE, &result->value);
  result->unit = read_text (reader, object, "unit", FALSE);
  read_year (reader, object, "year", FALSE, &result->year);
  read_evidence_members (reader, object, &result->evidence, dispute);
  result->disputes = read_disputes (reader, object, read_result_dispute, NULL, g_object_unref);
}

static gpointer
read_result_dispute (AidReader  *reader,
                     JsonObject *object,
                     gpointer    user_data)
{
  static const char * const known[] = { "value", "unit", "year", "disputes", EVIDENCE_MEMBERS, NULL };
  AidResult *result = _aid_result_new ();

  check_members (reader, object, known);
  read_result_value (reader, object, result, TRUE);

  return result;
}

static AidResult *
read_result_object (AidReader  *reader,
                    JsonObject *object)
{
  static const char * const known[] = { "title", "value", "unit", "year", "disputes", EVIDENCE_MEMBERS, NULL };
  AidResult *result = _aid_result_new ();

  check_members (reader, object, known);
  result->title = read_text (reader, object, "title", TRUE);
  read_result_value (reader, object, result, FALSE);

  return result;
}

static void
read_result (AidReader  *reader,
             JsonObject *object,
             guint       index,
             gpointer    user_data)
{
  AidActivity *activity = user_data;

  g_ptr_array_add (activity->results, read_result_object (reader, object));
}

static void
read_dates (AidReader   *reader,
            JsonObject  *object,
            AidActivity *activity)
{
  static const char * const names[AID_N_DATE_KINDS] = {
    "planned_start", "actual_start", "planned_end", "actual_end",
  };
  static const char * const known[] = {
    "planned_start", "actual_start", "planned_end", "actual_end", NULL
  };
  JsonObject *dates = read_object (reader, object, "dates", FALSE);
  gsize mark;

  if (dates == NULL)
    return;

  mark = push_member (reader, "dates");
  check_members (reader, dates, known);
  for (guint i = 0; i < AID_N_DATE_KINDS; i++)
    {
      JsonObject *fact = read_object (reader, dates, names[i], FALSE);
      gsize fact_mark;

      if (fact == NULL)
        continue;

      fact_mark = push_member (reader, names[i]);
      activity->dates[i] = read_date_fact (reader, fact, FALSE);
      pop (reader, fact_mark);
    }

  /* A start after the matching end is a typo in one of them. */
  for (guint start = AID_DATE_PLANNED_START; start <= AID_DATE_ACTUAL_START; start++)
    {
      guint end = start + 2;

      if (activity->dates[start] != NULL && activity->dates[end] != NULL)
        {
          g_autoptr(GDate) first = aid_date_first_day (&activity->dates[start]->date);
          g_autoptr(GDate) last = aid_date_last_day (&activity->dates[end]->date);

          if (g_date_compare (first, last) > 0)
            {
              g_autofree char *start_text = aid_date_to_string (&activity->dates[start]->date);
              g_autofree char *end_text = aid_date_to_string (&activity->dates[end]->date);

              error (reader, names[start], _("%s (%s) is after %s (%s)"),
                     names[start], start_text, names[end], end_text);
            }
        }
    }
  pop (reader, mark);
}

/* Joins the names in both languages: "LuxDev, Caritas Suisse". */
static void
append_name (GString       *names[2],
             const AidText *name,
             const AidText *short_name)
{
  static const char *languages[2] = { "fr", "en" };

  for (guint l = 0; l < 2; l++)
    {
      const char *text = aid_text_get (short_name, languages[l], NULL) ?: aid_text_get (name, languages[l], NULL);

      if (text == NULL)
        continue;
      if (names[l]->len > 0)
        g_string_append (names[l], ", ");
      g_string_append (names[l], text);
    }
}

static AidText *
names_to_text (GString *names[2])
{
  AidText *text = NULL;

  if (names[0]->len > 0 || names[1]->len > 0)
    {
      text = aid_text_new ();
      aid_text_set (text, "fr", names[0]->str);
      aid_text_set (text, "en", names[1]->str);
    }
  g_string_free (names[0], TRUE);
  g_string_free (names[1], TRUE);

  return text;
}

static void
fold_text (const AidText *text,
           GString       *key)
{
  aid_search_fold (aid_text_get_exact (text, "fr"), key);
  aid_search_fold (aid_text_get_exact (text, "en"), key);
}

/* An activity's empty lists are one shared empty list: most activities have no results, notes,
 * other identifiers or contributions, and four empty arrays are 200 bytes an activity. The
 * model is not changed once loaded, so none is ever added to. */
static void
share_if_empty (GPtrArray **array)
{
  static GPtrArray *empty;

  if ((*array)->len > 0)
    return;

  if (g_once_init_enter_pointer (&empty))
    g_once_init_leave_pointer (&empty, g_ptr_array_new ());
  g_ptr_array_unref (*array);
  *array = g_ptr_array_ref (empty);
}

/* What lists and search need, worked out once here on the loader's threads rather than on
 * every keystroke or scroll: the folded search key and the joined names. */
static void
finish_activity (AidReader   *reader,
                 AidActivity *activity)
{
  AidDataset *dataset = reader->dataset;
  GString *implementers[2] = { g_string_new (NULL), g_string_new (NULL) };
  GString *places[2] = { g_string_new (NULL), g_string_new (NULL) };
  GString *key = g_string_sized_new (256);

  aid_search_fold (activity->id, key);
  aid_search_fold (activity->iati_identifier, key);
  for (guint i = 0; i < activity->other_identifiers->len; i++)
    aid_search_fold (((AidIdentifier *)g_ptr_array_index (activity->other_identifiers, i))->ref, key);
  fold_text (activity->title, key);

  for (guint i = 0; i < activity->participating_orgs->len; i++)
    {
      AidParticipation *participation = g_ptr_array_index (activity->participating_orgs, i);
      AidOrganisation *organisation;

      if (participation->org == NULL ||
          (organisation = g_hash_table_lookup (dataset->organisations_by_id, participation->org)) == NULL)
        continue;

      fold_text (organisation->name, key);
      fold_text (organisation->short_name, key);
      if (g_strcmp0 (participation->role, "4") == 0)
        append_name (implementers, organisation->name, organisation->short_name);
    }

  for (guint i = 0; i < activity->locations->len; i++)
    {
      AidCodeFact *location = g_ptr_array_index (activity->locations, i);
      AidRegion *region;

      if (location->code == NULL ||
          (region = g_hash_table_lookup (dataset->regions_by_id, location->code)) == NULL)
        continue;

      fold_text (region->name, key);
      append_name (places, region->name, NULL);
    }

  activity->search_key_lengths[AID_SEARCH_KEY_NAMES] = key->len;
  activity->search_keys[AID_SEARCH_KEY_NAMES] = g_string_free (key, FALSE);
  for (guint k = AID_SEARCH_KEY_FRENCH; k <= AID_SEARCH_KEY_ENGLISH; k++)
    {
      const char *language = k == AID_SEARCH_KEY_FRENCH ? "fr" : "en";

      const char *description = aid_text_get (activity->description, language, NULL);

      /* Folding makes no text longer but for rare ligatures: sized once. */
      key = g_string_sized_new (description != NULL ? strlen (description) + 1 : 1);
      aid_search_fold (description, key);
      activity->search_key_lengths[k] = key->len;
      activity->search_keys[k] = g_string_free (key, FALSE);
    }
  activity->n_amounts = _aid_totals_count_amounts (activity);
  activity->implementers = names_to_text (implementers);
  activity->places = names_to_text (places);
}

AidActivity *
_aid_reader_read_activity (AidReader *reader,
                           JsonNode  *node)
{
  static const char * const known[] = {
    "id", "iati_identifier", "other_identifiers", "title", "description", "status", "dates",
    "participating_orgs", "recipient_country", "locations", "sectors", "collaboration_type",
    "aid_type", "humanitarian", "channel", "budget", "contributions", "budgets", "transactions",
    "results", "notes", NULL
  };
  g_autoptr(AidActivity) activity = NULL;
  JsonObject *object;
  JsonNode *humanitarian;
  ListState locations = { 0 };
  ListState sectors = { 0 };
  const char *id;

  if ((object = expect_object (reader, node, _("an object"))) == NULL)
    return NULL;

  activity = _aid_activity_new ();
  check_members (reader, object, known);

  if ((id = read_string (reader, object, "id", TRUE)) != NULL)
    activity->id = g_strdup (id);
  activity->iati_identifier = g_strdup (read_string (reader, object, "iati_identifier", FALSE));
  activity->other_identifiers = g_ptr_array_new_with_free_func (_aid_identifier_free);
  read_each (reader, object, "other_identifiers", FALSE, read_identifier, activity);
  activity->title = read_text (reader, object, "title", TRUE);
  activity->description = read_text (reader, object, "description", FALSE);
  activity->status = read_code_fact (reader, object, "status", AID_CODELIST_ACTIVITY_STATUS);
  read_dates (reader, object, activity);

  activity->participating_orgs = g_ptr_array_new_with_free_func (_aid_participation_free);
  read_each (reader, object, "participating_orgs", FALSE, read_participation, activity);

  activity->recipient_country = read_country (reader, object, "recipient_country");
  if (activity->recipient_country == NULL)
    activity->recipient_country = reader->dataset->recipient_country;

  locations.activity = activity;
  activity->locations = g_ptr_array_new_with_free_func ((GDestroyNotify)aid_code_fact_free);
  read_each (reader, object, "locations", FALSE, read_location, &locations);
  check_percentages (reader, "locations", &locations);
  check_list_length (reader, "locations", activity->locations->len);

  sectors.activity = activity;
  activity->sectors = g_ptr_array_new_with_free_func ((GDestroyNotify)aid_code_fact_free);
  read_each (reader, object, "sectors", FALSE, read_sector, &sectors);
  check_percentages (reader, "sectors", &sectors);
  check_list_length (reader, "sectors", activity->sectors->len);

  activity->collaboration_type = read_code_fact (reader, object, "collaboration_type",
                                                 AID_CODELIST_COLLABORATION_TYPE);
  activity->aid_type = read_code_fact (reader, object, "aid_type", AID_CODELIST_AID_TYPE);

  if ((humanitarian = json_object_get_member (object, "humanitarian")) != NULL)
    {
      if (JSON_NODE_HOLDS_VALUE (humanitarian) && json_node_get_value_type (humanitarian) == G_TYPE_BOOLEAN)
        activity->humanitarian = json_node_get_boolean (humanitarian);
      else
        report_type (reader, "humanitarian", humanitarian, _("true or false"));
    }

  read_channel (reader, object, TRUE, &activity->channel);
  activity->budget = read_money (reader, object, "budget");

  activity->contributions = g_ptr_array_new_with_free_func (_aid_contribution_free);
  read_each (reader, object, "contributions", FALSE, read_contribution, activity);
  activity->budgets = g_ptr_array_new_with_free_func (_aid_budget_free);
  read_each (reader, object, "budgets", FALSE, read_budget, activity);
  activity->transactions = g_ptr_array_new_with_free_func (_aid_transaction_free);
  read_each (reader, object, "transactions", FALSE, read_transaction, activity);
  activity->results = g_ptr_array_new_with_free_func (g_object_unref);
  read_each (reader, object, "results", FALSE, read_result, activity);
  activity->notes = g_ptr_array_new_with_free_func (_aid_note_free);
  read_each (reader, object, "notes", FALSE, read_note, activity->notes);

  finish_activity (reader, activity);
  share_if_empty (&activity->other_identifiers);
  share_if_empty (&activity->participating_orgs);
  share_if_empty (&activity->locations);
  share_if_empty (&activity->sectors);
  share_if_empty (&activity->contributions);
  share_if_empty (&activity->budgets);
  share_if_empty (&activity->transactions);
  share_if_empty (&activity->results);
  share_if_empty (&activity->notes);

  return g_steal_pointer (&activity);
}
