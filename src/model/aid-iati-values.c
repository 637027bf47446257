/* aid-iati-values.c: the elements, texts and values of IATI activity XML
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-iati-values"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "aid-codelists.h"
#include "aid-iati-values.h"

/* Problems */

/* The position of @node among the elements of its name before it, from 1. Paths are asked for
 * in document order, so the count starts from the last namesake asked about where there is one:
 * an activity with thousands of transactions is then not read in quadratic time. */
static guint
sibling_position (AidIatiReader *self,
                  xmlNode       *node)
{
  guint position = 1;
  guint count = 0;
  gboolean found = FALSE;

  /* Outside an activity, nodes are not kept long enough to be remembered. */
  if (self->activity_node == NULL)
    {
      for (xmlNode *s = node->prev; s != NULL; s = s->prev)
        if (s->type == XML_ELEMENT_NODE && xmlStrEqual (s->name, node->name))
          position++;
      return position;
    }

  for (xmlNode *s = node->prev; s != NULL && !found; s = s->prev)
    {
      if (s->type != XML_ELEMENT_NODE || !xmlStrEqual (s->name, node->name))
        continue;

      for (guint i = 0; i < AID_IATI_N_POSITIONS && !found; i++)
        if (self->positions[i].node == s)
          {
            position = self->positions[i].position + 1 + count;
            found = TRUE;
          }
      count++;
    }
  if (!found)
    position = 1 + count;

  for (guint i = 0; i < AID_IATI_N_POSITIONS; i++)
    if (self->positions[i].node == node)
      return position;
  self->positions[self->next_position].node = node;
  self->positions[self->next_position].position = position;
  self->next_position = (self->next_position + 1) % AID_IATI_N_POSITIONS;

  return position;
}

/* The remembered positions are of elements that are freed with their activity. */
void
_aid_iati_forget_positions (AidIatiReader *self)
{
  memset (self->positions, 0, sizeof self->positions);
  self->next_position = 0;
}

/* Appends the path of @node within its activity, as XPath writes it:
 * "iati-activity[3]/budget[2]/value". Every figure's evidence has one. */
static void
append_node_path (AidIatiReader *self,
                  xmlNode       *node,
                  GString       *path)
{
  gsize start = path->len;
  guint depth = 0;
  xmlNode **chain;
  xmlNode *n;

  for (n = node; n != NULL && n != self->activity_node && n->type == XML_ELEMENT_NODE; n = n->parent)
    depth++;
  /* libxml2 nests elements 256 deep at most. */
  chain = g_newa (xmlNode *, MAX (depth, 1));
  depth = 0;
  for (n = node; n != NULL && n != self->activity_node && n->type == XML_ELEMENT_NODE; n = n->parent)
    chain[depth++] = n;

  if (self->activity_node != NULL)
    g_string_append_printf (path, "iati-activity[%u]", self->index);
  for (guint i = depth; i > 0; i--)
    {
      guint position = 1;
      gboolean more = FALSE;

      n = chain[i - 1];
      position = sibling_position (self, n);
      for (xmlNode *s = n->next; s != NULL && !more; s = s->next)
        more = s->type == XML_ELEMENT_NODE && xmlStrEqual (s->name, n->name);

      if (path->len > start)
        g_string_append_c (path, '/');
      g_string_append (path, (const char *)n->name);
      if (position > 1 || more)
        g_string_append_printf (path, "[%u]", position);
    }
}

static char *
node_path (AidIatiReader *self,
           xmlNode       *node)
{
  GString *path = g_string_sized_new (64);

  append_node_path (self, node, path);

  return g_string_free (path, FALSE);
}

guint
_aid_iati_line_of (xmlNode *node)
{
  long line = node != NULL ? xmlGetLineNo (node) : 0;

  return line > 0 && line < G_MAXUINT ? (guint)line : 0;
}

void
_aid_iati_report (AidIatiReader *self,
                  AidSeverity    severity,
                  xmlNode       *node,
                  const char    *format,
                  ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  va_list args;

  if (!_aid_problems_count (self->problems, severity))
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (node != NULL)
    path = node_path (self, node);

  _aid_problems_add (self->problems, severity, _aid_iati_line_of (node), 0, path, message);
}

/* Elements, attributes and texts */

/* IATI elements have no namespace; those of other namespaces are extensions, ignored. */
gboolean
_aid_iati_is_element (xmlNode    *node,
                      const char *name)
{
  return node->type == XML_ELEMENT_NODE && (node->ns == NULL || node->ns->prefix == NULL) &&
         strcmp ((const char *)node->name, name) == 0;
}

/* Takes a libxml2 string: a copy without the whitespace around it, or NULL when nothing is left,
 * for "an empty attribute is absent". */
char *
_aid_iati_take_trimmed (xmlChar *value)
{
  char *copy;

  if (value == NULL)
    return NULL;

  copy = g_strstrip (g_strdup ((const char *)value));
  xmlFree (value);
  if (copy[0] == '\0')
    g_clear_pointer (&copy, g_free);

  return copy;
}

/* The text of @children when it is one text node, as most attributes and elements hold, to be
 * read in place; NULL when it must be put together. */
static const char *
single_text (xmlNode *children)
{
  if (children == NULL || children->next != NULL || children->type != XML_TEXT_NODE)
    return NULL;

  return children->content != NULL ? (const char *)children->content : "";
}

/* Where @text starts and ends without the whitespace around it (g_strstrip()'s blanks). */
static const char *
trim_range (const char  *text,
            gsize       *length)
{
  const char *end;

  while (g_ascii_isspace (*text))
    text++;
  end = text + strlen (text);
  while (end > text && g_ascii_isspace (end[-1]))
    end--;
  *length = (gsize)(end - text);

  return text;
}

static char *
copy_trimmed (const char *text)
{
  gsize length;

  text = trim_range (text, &length);

  return length > 0 ? g_strndup (text, length) : NULL;
}

/* The attribute without a namespace called @name, as xmlGetNoNsProp() finds it. */
static xmlAttr *
find_attribute (xmlNode    *node,
                const char *name)
{
  if (node->type != XML_ELEMENT_NODE)
    return NULL;

  for (xmlAttr *attribute = node->properties; attribute != NULL; attribute = attribute->next)
    if (attribute->ns == NULL && strcmp ((const char *)attribute->name, name) == 0)
      return attribute;

  return NULL;
}

/* Attributes and texts are read in place where they are one text node, which saves libxml2's
 * copy of each: the reader reads tens of them an activity. */
char *
_aid_iati_get_attribute (xmlNode    *node,
                         const char *name)
{
  xmlAttr *attribute = find_attribute (node, name);
  const char *text;

  /* No DTD is ever loaded, so there are no default attributes to look for either. */
  if (attribute == NULL && (node->doc == NULL || node->doc->intSubset == NULL))
    return NULL;
  if (attribute != NULL && attribute->children == NULL)
    return NULL;
  if (attribute != NULL && (text = single_text (attribute->children)) != NULL)
    return copy_trimmed (text);

  return _aid_iati_take_trimmed (xmlGetNoNsProp (node, BAD_CAST name));
}

char *
_aid_iati_get_text (xmlNode *node)
{
  const char *text;

  if (node->type == XML_ELEMENT_NODE && node->children == NULL)
    return NULL;
  if (node->type == XML_ELEMENT_NODE && (text = single_text (node->children)) != NULL)
    return copy_trimmed (text);

  return _aid_iati_take_trimmed (xmlNodeGetContent (node));
}

/* A code as @code, or in 1.0x files often as the element's text. */
char *
_aid_iati_get_code (xmlNode *node)
{
  return _aid_iati_get_attribute (node, "code") ?: _aid_iati_get_text (node);
}

xmlNode *
_aid_iati_first_child (xmlNode    *node,
                       const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (_aid_iati_is_element (child, name))
      return child;

  return NULL;
}

/* A language as "fr" from "FR" or "fr-BE"; NULL when it is not one. */
static const char *
normalize_language (const char *value)
{
  char code[4];
  gsize length, primary;

  if (value == NULL)
    return NULL;

  value = trim_range (value, &length);
  for (primary = 0; primary < length && value[primary] != '-' && value[primary] != '_'; primary++)
    if (!g_ascii_isalpha (value[primary]) || primary >= 3)
      return NULL;
  if (primary < 2)
    return NULL;

  for (gsize i = 0; i < primary; i++)
    code[i] = g_ascii_tolower (value[i]);
  code[primary] = '\0';

  return g_intern_string (code);
}

/* The language of a text: its xml:lang, or its nearest ancestor's (as xmlNodeGetLang() finds
 * it), as "fr" from "FR" or "fr-BE"; NULL when none is said. The activity's own is worked out
 * once an activity, since most narratives inherit it. */
static const char *
get_language (AidIatiReader *self,
              xmlNode       *node)
{
  for (xmlNode *n = node; n != NULL; n = n->parent)
    {
      if (n == self->activity_node && self->has_activity_language)
        return self->activity_language;
      if (n->type != XML_ELEMENT_NODE)
        continue;

      for (xmlAttr *attribute = n->properties; attribute != NULL; attribute = attribute->next)
        {
          const char *text;
          g_autofree char *joined = NULL;

          if (attribute->ns == NULL || attribute->ns->href == NULL ||
              !xmlStrEqual (attribute->ns->href, XML_XML_NAMESPACE) ||
              strcmp ((const char *)attribute->name, "lang") != 0)
            continue;

          if (attribute->children == NULL)
            return NULL;
          if ((text = single_text (attribute->children)) == NULL)
            text = joined = (char *)xmlNodeListGetString (n->doc, attribute->children, 1);

          return normalize_language (text);
        }
    }

  return NULL;
}

/* Works out the language of the activity @node, which its texts inherit. */
void
_aid_iati_set_activity_language (AidIatiReader *self,
                                 xmlNode       *node)
{
  self->has_activity_language = FALSE;
  self->activity_language = get_language (self, node);
  self->has_activity_language = TRUE;
}

static void
count (GHashTable *table,
       const char *key)
{
  g_hash_table_insert (table, (gpointer)key,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (table, key)) + 1));
}

/* Narratives become one text in every language they are in (the first of each). A narrative
 * without a language anywhere is kept under "und", undetermined, shown as a fallback. Files of
 * version 1.0x have the text in the element itself. */
AidText *
_aid_iati_read_narratives (AidIatiReader *self,
                           xmlNode       *node)
{
  g_autoptr(AidText) text = aid_text_new ();
  gboolean has_narratives = FALSE;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (!_aid_iati_is_element (child, "narrative"))
        continue;

      has_narratives = TRUE;
      {
        g_autofree char *value = _aid_iati_get_text (child);
        g_autofree char *clean = NULL;
        const char *language;
        gunichar removed = 0;

        if (value == NULL)
          continue;

        if (_aid_builder_is_invisible_only (value))
          {
            warn (self, child, _("the text is made only of invisible characters or spaces: left out"));
            continue;
          }
        if ((clean = _aid_builder_strip_invisible (value, &removed)) != NULL)
          warn (self, child, _("invisible control characters such as U+%04X removed from the text"), removed);
        language = get_language (self, child) ?: "und";
        if (aid_text_get_exact (text, language) == NULL)
          aid_text_set (text, language, clean ?: value);
        count (self->languages, language);
      }
    }

  if (!has_narratives)
    {
      g_autofree char *value = _aid_iati_get_text (node);
      g_autofree char *clean = NULL;
      gunichar removed = 0;

      if (value == NULL)
        return NULL;

      if (_aid_builder_is_invisible_only (value))
        {
          warn (self, node, _("the text is made only of invisible characters or spaces: left out"));
          return NULL;
        }
      if ((clean = _aid_builder_strip_invisible (value, &removed)) != NULL)
        warn (self, node, _("invisible control characters such as U+%04X removed from the text"), removed);
      aid_text_set (text, get_language (self, node) ?: "und", clean ?: value);
    }

  if (aid_text_is_empty (text))
    return NULL;

  return g_steal_pointer (&text);
}

/* What reading the narratives of @node would count, without reading them, for an organisation
 * already known by its ref: the languages they are in. FALSE, with nothing counted, when that
 * cannot be told without reading them (a narrative that is not one clean text node, or none). */
gboolean
_aid_iati_count_narratives (AidIatiReader *self,
                            xmlNode       *node)
{
  gboolean has_narratives = FALSE;

  for (int pass = 0; pass < 2; pass++)
    for (xmlNode *child = node->children; child != NULL; child = child->next)
      {
        const char *text;
        gsize length;

        if (!_aid_iati_is_element (child, "narrative"))
          continue;

        has_narratives = TRUE;
        if (child->children == NULL)
          continue;
        if ((text = single_text (child->children)) == NULL)
          return FALSE;
        trim_range (text, &length);
        if (length == 0)
          continue;

        if (pass == 0)
          {
            gunichar removed = 0;
            g_autofree char *clean = _aid_builder_strip_invisible (text, &removed);

            /* A warning to give: read it the long way. */
            if (clean != NULL)
              return FALSE;
          }
        else
          {
            count (self->languages, get_language (self, child) ?: "und");
          }
      }

  return has_narratives;
}

/* Adds the narratives of @node to @text in the languages it lacks: files of version 1.0x give
 * a title once per language, as elements of their own. */
void
_aid_iati_merge_narratives (AidIatiReader  *self,
                            xmlNode        *node,
                            AidText       **text)
{
  static const char * const languages[] = { "fr", "en" };
  g_autoptr(AidText) more = _aid_iati_read_narratives (self, node);

  if (more == NULL)
    return;
  if (*text == NULL)
    {
      *text = g_steal_pointer (&more);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (aid_text_get_exact (*text, languages[i]) == NULL && aid_text_get_exact (more, languages[i]) != NULL)
      aid_text_set (*text, languages[i], aid_text_get_exact (more, languages[i]));
}

/* A text that is the same in every language, such as an identifier. */
AidText *
_aid_iati_neutral_text (const char *value)
{
  AidText *text = aid_text_new ();

  aid_text_set (text, "fr", value);
  aid_text_set (text, "en", value);

  return text;
}

/* Evidence: the file, the activity, the element and its line, the value as published. */
void
_aid_iati_set_evidence (AidIatiReader *self,
                        AidEvidence   *evidence,
                        xmlNode       *node,
                        const char    *quote)
{
  GString *where = g_string_sized_new (128);

  evidence->source = self->source;
  evidence->quote = g_strdup (quote);
  evidence->method = AID_METHOD_PUBLISHED;
  /* "file.xml:123 · XM-DAC-22-2-1 · iati-activity[1]/budget[2]/value": the standard's own words,
   * the same in every language. */
  g_string_append (where, self->name);
  g_string_append_printf (where, ":%u · ", _aid_iati_line_of (node));
  if (self->activity != NULL && self->activity->iati_identifier != NULL)
    {
      g_string_append (where, self->activity->iati_identifier);
      g_string_append (where, " · ");
    }
  append_node_path (self, node, where);
  evidence->note = _aid_iati_neutral_text (where->str);
  g_string_free (where, TRUE);
}

/* Dates, numbers and codes */

/* An xsd:date, perhaps with a time or a zone after it ("2012-04-01T00:00:00Z"). */
gboolean
_aid_iati_parse_date (const char *text,
                      AidDate    *date)
{
  char day[11];

  if (text == NULL || strlen (text) < 10 || text[4] != '-' || text[7] != '-' ||
      (text[10] != '\0' && strchr ("TZ+- ", text[10]) == NULL))
    return FALSE;

  memcpy (day, text, 10);
  day[10] = '\0';

  return aid_date_parse (day, date) && date->month != 0 && date->day != 0;
}

gboolean
_aid_iati_read_date_attribute (AidIatiReader *self,
                               xmlNode       *node,
                               const char    *name,
                               AidDate       *date)
{
  g_autofree char *text = _aid_iati_get_attribute (node, name);

  memset (date, 0, sizeof *date);
  if (text == NULL)
    return FALSE;

  if (!_aid_iati_parse_date (text, date))
    {
      /* Translators: "10/1/2011" is not a date (write YYYY-MM-DD) */
      warn (self, node, _("%s “%s” is not a date (write YYYY-MM-DD): it is left out"), name, text);
      memset (date, 0, sizeof *date);
      return FALSE;
    }

  return TRUE;
}

typedef enum
{
  AMOUNT_READ,
  AMOUNT_NOT_DECIMAL,
  AMOUNT_TOO_LARGE,        /* a decimal past what whole cents in 64 bits hold */
} AmountStatus;

/* An xsd:decimal, "-1500.255" or "+12": whole cents, rounded half away from zero where it has
 * more decimals; @rounded says whether it had. */
static AmountStatus
parse_amount (const char *text,
              gint64     *cents,
              gboolean   *rounded)
{
  const char *p = text;
  gboolean negative = FALSE;
  gboolean too_large = FALSE;
  guint64 units = 0;
  guint fraction = 0;
  guint n_digits = 0;
  guint n_decimals = 0;
  gboolean round_up = FALSE;

  *rounded = FALSE;
  if (*p == '+' || *p == '-')
    negative = *p++ == '-';

  for (; g_ascii_isdigit (*p); p++, n_digits++)
    {
      if (units > (G_MAXINT64 / 100 - 9) / 10)
        too_large = TRUE;
      else
        units = units * 10 + (guint64)(*p - '0');
    }

  if (*p == '.')
    {
      for (p++; g_ascii_isdigit (*p); p++, n_digits++, n_decimals++)
        {
          if (n_decimals < 2)
            fraction = fraction * 10 + (guint)(*p - '0');
          else if (n_decimals == 2)
            round_up = *p >= '5';
          if (n_decimals >= 2 && *p != '0')
            *rounded = TRUE;
        }
    }

  if (*p != '\0' || n_digits == 0)
    return AMOUNT_NOT_DECIMAL;
  if (too_large)
    return AMOUNT_TOO_LARGE;

  for (; n_decimals < 2; n_decimals++)
    fraction *= 10;

  *cents = (gint64)(units * 100 + fraction + (round_up ? 1 : 0));
  if (negative)
    *cents = -*cents;

  return AMOUNT_READ;
}

/* A currency as published, in capitals; one that is not in ISO 4217 is kept after a warning,
 * as the file states it. */
const char *
_aid_iati_read_currency (AidIatiReader *self,
                         xmlNode       *node,
                         const char    *name)
{
  g_autofree char *text = _aid_iati_get_attribute (node, name);
  g_autofree char *upper = NULL;

  if (text == NULL)
    return NULL;

  upper = g_ascii_strup (text, -1);
  if (!aid_codelist_has (AID_CODELIST_CURRENCY, upper))
    warn (self, node, _("“%s” is not an ISO 4217 currency code"), text);

  return g_intern_string (upper);
}

/* The amount of a <value>, in its own currency or else its activity's; NULL when it cannot be
 * read, after a warning: such a value is neither shown nor summed. */
AidMoney *
_aid_iati_read_value (AidIatiReader *self,
                      xmlNode       *value)
{
  g_autofree char *text = _aid_iati_get_text (value);
  g_autoptr(GString) quote = NULL;
  AidMoney *money;
  gint64 cents;
  gboolean rounded;

  if (text == NULL)
    {
      warn (self, value, _("the value is empty: it is left out"));
      return NULL;
    }

  switch (parse_amount (text, &cents, &rounded))
    {
    case AMOUNT_NOT_DECIMAL:
      warn (self, value, _("“%s” is not an amount that can be read (write digits with a decimal point, such as 1500.50): it is left out"),
            text);
      return NULL;

    case AMOUNT_TOO_LARGE:
      if (strlen (text) > 100)
        {
          warn (self, value, _("“%s” is too large an amount to be read: it is left out"), text);
          return NULL;
        }
      /* Kept as published, for the ledger; no total adds it. */
      warn (self, value, _("“%s” is too large an amount to add up: it is left out of the totals"), text);
      money = g_new0 (AidMoney, 1);
      money->too_large = TRUE;
      money->published = g_strdup (text);
      break;

    case AMOUNT_READ:
    default:
      money = g_new0 (AidMoney, 1);
      money->cents = cents;
      if (rounded)
        money->published = g_strdup (text);
      break;
    }

  money->currency = _aid_iati_read_currency (self, value, "currency") ?: self->default_currency;
  _aid_iati_read_date_attribute (self, value, "value-date", &money->value_date);
  if (money->currency != NULL)
    count (self->currencies, money->currency);

  /* The value as the file writes it. */
  quote = g_string_sized_new (96);
  g_string_append (quote, "<value");
  for (xmlAttr *attribute = value->properties; attribute != NULL; attribute = attribute->next)
    {
      const char *content = single_text (attribute->children);
      g_autofree char *joined = NULL;
      gsize length = 0;

      if (content == NULL && attribute->children != NULL)
        content = joined = (char *)xmlNodeListGetString (value->doc, attribute->children, 1);
      if (content != NULL)
        content = trim_range (content, &length);

      g_string_append_c (quote, ' ');
      g_string_append (quote, (const char *)attribute->name);
      g_string_append (quote, "=\"");
      g_string_append_len (quote, content, (gssize)length);
      g_string_append_c (quote, '"');
    }
  g_string_append_c (quote, '>');
  g_string_append (quote, text);
  g_string_append (quote, "</value>");
  _aid_iati_set_evidence (self, &money->evidence, value, quote->str);

  return money;
}

gboolean
_aid_iati_read_percentage (AidIatiReader *self,
                           xmlNode       *node,
                           double        *percentage)
{
  g_autofree char *text = _aid_iati_get_attribute (node, "percentage");
  char *end = NULL;

  *percentage = -1;
  if (text == NULL)
    return FALSE;

  *percentage = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !(*percentage >= 0 && *percentage <= 100))
    {
      warn (self, node, _("percentage “%s” is not a number between 0 and 100: it is left out"), text);
      *percentage = -1;
      return FALSE;
    }

  return TRUE;
}

/* A code checked against its IATI codelist: one that is not in it is left out, after a warning. */
static const char *
read_listed_code (AidIatiReader *self,
                  xmlNode       *node,
                  AidCodelist    list)
{
  g_autofree char *code = _aid_iati_get_code (node);

  if (code == NULL)
    return NULL;

  /* Codes with letters ("A01", "ML") are published in either case. */
  if (!aid_codelist_has (list, code))
    {
      g_autofree char *upper = g_ascii_strup (code, -1);

      if (aid_codelist_has (list, upper))
        return g_intern_string (upper);
    }

  if (!aid_codelist_has (list, code))
    {
      /* Translators: the second %s is the name of an IATI codelist, such as Sector */
      warn (self, node, _("“%s” is not a code of the IATI %s codelist: it is left out"), code,
            aid_codelist_get_name (list));
      return NULL;
    }

  return g_intern_string (code);
}

AidCodeFact *
_aid_iati_read_code_fact (AidIatiReader *self,
                          xmlNode       *node,
                          AidCodelist    list)
{
  const char *code = read_listed_code (self, node, list);
  g_autofree char *quote = NULL;
  AidCodeFact *fact;

  if (code == NULL)
    return NULL;

  fact = g_new0 (AidCodeFact, 1);
  fact->code = code;
  fact->percentage = -1;
  quote = g_strdup_printf ("<%s code=\"%s\"/>", (const char *)node->name, code);
  _aid_iati_set_evidence (self, &fact->evidence, node, quote);

  return fact;
}

/* Roles are codes in 2.0x and words in 1.0x. */
const char *
_aid_iati_read_role (AidIatiReader *self,
                     xmlNode       *node)
{
  static const char * const words[] = { "funding", "accountable", "extending", "implementing" };
  g_autofree char *role = _aid_iati_get_attribute (node, "role");

  if (role == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      char code[2] = { (char)('1' + i), '\0' };

      if (g_ascii_strcasecmp (role, words[i]) == 0 || g_str_equal (role, code))
        return g_intern_string (code);
    }

  warn (self, node, _("role “%s” is not an IATI organisation role: the organisation is left out"), role);

  return NULL;
}

/* Transaction types are codes in 2.0x and letters in 1.0x ("D" for a disbursement). */
const char *
_aid_iati_read_transaction_type (AidIatiReader *self,
                                 xmlNode       *node)
{
  static const char * const letters[] = { "IF", "C", "D", "E", "IR", "LR", "R", "QP", "QS", "CG" };
  g_autofree char *code = node != NULL ? _aid_iati_get_code (node) : NULL;

  if (code == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
    if (g_ascii_strcasecmp (code, letters[i]) == 0)
      {
        g_autofree char *number = g_strdup_printf ("%u", i + 1);

        return g_intern_string (number);
      }

  if (!aid_codelist_has (AID_CODELIST_TRANSACTION_TYPE, code))
    warn (self, node, _("“%s” is not a code of the IATI %s codelist"), code,
          aid_codelist_get_name (AID_CODELIST_TRANSACTION_TYPE));

  return g_intern_string (code);
}
