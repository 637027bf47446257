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

/* The path of @node within its activity, as XPath writes it: "iati-activity[3]/budget[2]/value".
 * Only worked out for a problem that is described. */
static char *
node_path (AidIatiReader *self,
           xmlNode       *node)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  GString *path = g_string_new (NULL);

  for (xmlNode *n = node; n != NULL && n != self->activity_node && n->type == XML_ELEMENT_NODE; n = n->parent)
    {
      guint position = 1;
      gboolean more = FALSE;

      for (xmlNode *s = n->prev; s != NULL; s = s->prev)
        if (s->type == XML_ELEMENT_NODE && xmlStrEqual (s->name, n->name))
          position++;
      for (xmlNode *s = n->next; s != NULL && !more; s = s->next)
        more = s->type == XML_ELEMENT_NODE && xmlStrEqual (s->name, n->name);

      if (position > 1 || more)
        g_ptr_array_add (parts, g_strdup_printf ("%s[%u]", (const char *)n->name, position));
      else
        g_ptr_array_add (parts, g_strdup ((const char *)n->name));
    }

  if (self->activity_node != NULL)
    g_string_append_printf (path, "iati-activity[%u]", self->index);
  for (guint i = parts->len; i > 0; i--)
    {
      if (path->len > 0)
        g_string_append_c (path, '/');
      g_string_append (path, g_ptr_array_index (parts, i - 1));
    }

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

char *
_aid_iati_get_attribute (xmlNode    *node,
                         const char *name)
{
  return _aid_iati_take_trimmed (xmlGetNoNsProp (node, BAD_CAST name));
}

char *
_aid_iati_get_text (xmlNode *node)
{
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

/* The language of a text: its xml:lang, or its activity's or root's, as "fr" from "FR" or
 * "fr-BE"; NULL when none is said. */
static const char *
get_language (AidIatiReader *self,
              xmlNode       *node)
{
  g_autofree char *lang = _aid_iati_take_trimmed (xmlNodeGetLang (node));
  char *end;

  if (lang == NULL)
    return NULL;

  if ((end = strpbrk (lang, "-_")) != NULL)
    *end = '\0';
  for (const char *p = lang; *p != '\0'; p++)
    if (!g_ascii_isalpha (*p))
      return NULL;
  if (strlen (lang) < 2 || strlen (lang) > 3)
    return NULL;

  for (char *p = lang; *p != '\0'; p++)
    *p = g_ascii_tolower (*p);

  return g_intern_string (lang);
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
  g_autofree char *path = node_path (self, node);
  g_autofree char *where = NULL;

  evidence->source = self->source;
  evidence->quote = g_strdup (quote);
  evidence->method = AID_METHOD_PUBLISHED;
  /* "file.xml:123 · XM-DAC-22-2-1 · iati-activity[1]/budget[2]/value": the standard's own words,
   * the same in every language. */
  if (self->activity != NULL && self->activity->iati_identifier != NULL)
    where = g_strdup_printf ("%s:%u · %s · %s", self->name, _aid_iati_line_of (node), self->activity->iati_identifier, path);
  else
    where = g_strdup_printf ("%s:%u · %s", self->name, _aid_iati_line_of (node), path);
  evidence->note = _aid_iati_neutral_text (where);
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
  quote = g_string_new ("<value");
  for (xmlAttr *attribute = value->properties; attribute != NULL; attribute = attribute->next)
    {
      g_autofree char *content = _aid_iati_take_trimmed (xmlNodeListGetString (value->doc, attribute->children, 1));

      g_string_append_printf (quote, " %s=\"%s\"", (const char *)attribute->name, content ?: "");
    }
  g_string_append_printf (quote, ">%s</value>", text);
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
