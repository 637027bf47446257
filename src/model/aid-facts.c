/* aid-facts.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-facts"

#include "config.h"

#include <string.h>

#include "aid-facts.h"

struct _AidText
{
  char       *fr;
  char       *en;
  /* The first text in another language, for a dataset that has neither French nor English. */
  const char *other_language;
  char       *other;
};

AidText *
aid_text_new (void)
{
  return g_new0 (AidText, 1);
}

AidText *
aid_text_copy (const AidText *text)
{
  AidText *copy;

  if (text == NULL)
    return NULL;

  copy = aid_text_new ();
  copy->fr = g_strdup (text->fr);
  copy->en = g_strdup (text->en);
  copy->other_language = text->other_language;
  copy->other = g_strdup (text->other);

  return copy;
}

void
aid_text_free (AidText *text)
{
  if (text == NULL)
    return;

  g_free (text->fr);
  g_free (text->en);
  g_free (text->other);
  g_free (text);
}

void
aid_text_set (AidText    *text,
              const char *language,
              const char *value)
{
  g_return_if_fail (text != NULL);
  g_return_if_fail (language != NULL);

  if (g_str_equal (language, "fr"))
    g_set_str (&text->fr, value);
  else if (g_str_equal (language, "en"))
    g_set_str (&text->en, value);
  else if (text->other == NULL || g_strcmp0 (text->other_language, language) == 0)
    {
      text->other_language = g_intern_string (language);
      g_set_str (&text->other, value);
    }
}

static gboolean
has_text (const char *value)
{
  return value != NULL && value[0] != '\0';
}

const char *
aid_text_get_exact (const AidText *text,
                    const char    *language)
{
  const char *value = NULL;

  if (text == NULL || language == NULL)
    return NULL;

  if (g_str_equal (language, "fr"))
    value = text->fr;
  else if (g_str_equal (language, "en"))
    value = text->en;
  else if (g_strcmp0 (text->other_language, language) == 0)
    value = text->other;

  return has_text (value) ? value : NULL;
}

/* Returns the text in @language, or else in French or English, or else in any language, and
 * says in @fell_back whether it had to fall back. */
const char *
aid_text_get (const AidText *text,
              const char    *language,
              gboolean      *fell_back)
{
  const char *value;

  if (fell_back != NULL)
    *fell_back = FALSE;

  if (text == NULL)
    return NULL;

  if ((value = aid_text_get_exact (text, language)) != NULL)
    return value;

  if (fell_back != NULL)
    *fell_back = TRUE;

  if (has_text (text->en) && g_strcmp0 (language, "en") != 0)
    return text->en;
  if (has_text (text->fr) && g_strcmp0 (language, "fr") != 0)
    return text->fr;
  if (has_text (text->other))
    return text->other;

  if (fell_back != NULL)
    *fell_back = FALSE;

  return NULL;
}

gboolean
aid_text_is_empty (const AidText *text)
{
  return text == NULL || (!has_text (text->fr) && !has_text (text->en) && !has_text (text->other));
}

/* Dates */

static gboolean
parse_digits (const char *text,
              guint       n,
              guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (guint)(text[i] - '0');
    }

  return TRUE;
}

/* Parses YYYY, YYYY-MM or YYYY-MM-DD into a real calendar date. */
gboolean
aid_date_parse (const char *text,
                AidDate    *date)
{
  gsize length;
  guint year, month = 0, day = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  memset (date, 0, sizeof *date);
  length = strlen (text);

  if (length != 4 && length != 7 && length != 10)
    return FALSE;
  if (!parse_digits (text, 4, &year) || year < 1)
    return FALSE;
  if (length >= 7 && (text[4] != '-' || !parse_digits (text + 5, 2, &month) || month < 1 || month > 12))
    return FALSE;
  if (length == 10 &&
      (text[7] != '-' || !parse_digits (text + 8, 2, &day) || day < 1 ||
       day > g_date_get_days_in_month ((GDateMonth)month, (GDateYear)year)))
    return FALSE;

  date->year = (guint16)year;
  date->month = (guint8)month;
  date->day = (guint8)day;

  return TRUE;
}

gboolean
aid_date_is_set (const AidDate *date)
{
  return date != NULL && date->year != 0;
}

GDate *
aid_date_first_day (const AidDate *date)
{
  g_return_val_if_fail (aid_date_is_set (date), NULL);

  return g_date_new_dmy (date->day ? date->day : 1,
                         date->month ? date->month : G_DATE_JANUARY,
                         date->year);
}

GDate *
aid_date_last_day (const AidDate *date)
{
  GDateMonth month;

  g_return_val_if_fail (aid_date_is_set (date), NULL);

  month = date->month ? date->month : G_DATE_DECEMBER;

  return g_date_new_dmy (date->day ? date->day : g_date_get_days_in_month (month, date->year),
                         month, date->year);
}

/* Compares by first day; a partial date sorts before a precise one on its first day. */
int
aid_date_compare (const AidDate *a,
                  const AidDate *b)
{
  guint ka = ((guint)a->year << 16) | ((guint)(a->month ? a->month : 1) << 8) | (a->day ? a->day : 1);
  guint kb = ((guint)b->year << 16) | ((guint)(b->month ? b->month : 1) << 8) | (b->day ? b->day : 1);

  if (ka != kb)
    return ka < kb ? -1 : 1;

  return (a->month != 0) + (a->day != 0) - (b->month != 0) - (b->day != 0);
}

char *
aid_date_to_string (const AidDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  if (date->day != 0)
    return g_strdup_printf ("%04u-%02u-%02u", date->year, date->month, date->day);
  if (date->month != 0)
    return g_strdup_printf ("%04u-%02u", date->year, date->month);

  return g_strdup_printf ("%04u", date->year);
}

/* Enumerations */

static const char *method_names[] = { "published", "summed", "converted", "mapped", "inferred" };
static const char *channel_names[] = { "bilateral", "multilateral", "humanitarian", "ngo", "micro-project", "not-stated" };

gboolean
aid_method_from_string (const char *text,
                        AidMethod  *method)
{
  for (guint i = 0; i < G_N_ELEMENTS (method_names); i++)
    {
      if (g_strcmp0 (text, method_names[i]) == 0)
        {
          *method = (AidMethod)i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
aid_method_to_string (AidMethod method)
{
  g_return_val_if_fail (method < G_N_ELEMENTS (method_names), NULL);

  return method_names[method];
}

gboolean
aid_channel_from_string (const char *text,
                         AidChannel *channel)
{
  for (guint i = 0; i < G_N_ELEMENTS (channel_names); i++)
    {
      if (g_strcmp0 (text, channel_names[i]) == 0)
        {
          *channel = (AidChannel)i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
aid_channel_to_string (AidChannel channel)
{
  g_return_val_if_fail (channel < G_N_ELEMENTS (channel_names), NULL);

  return channel_names[channel];
}

/* Evidence and facts */

void
aid_evidence_clear (AidEvidence *evidence)
{
  if (evidence == NULL)
    return;

  g_clear_pointer (&evidence->quote, g_free);
  g_clear_pointer (&evidence->note, aid_text_free);
  g_clear_pointer (&evidence->also, g_ptr_array_unref);
}

void
aid_evidence_free (AidEvidence *evidence)
{
  if (evidence == NULL)
    return;

  aid_evidence_clear (evidence);
  g_free (evidence);
}

void
aid_money_free (AidMoney *money)
{
  if (money == NULL)
    return;

  aid_evidence_clear (&money->evidence);
  g_free (money->published);
  g_clear_pointer (&money->equivalents, g_ptr_array_unref);
  g_clear_pointer (&money->disputes, g_ptr_array_unref);
  g_free (money);
}

void
aid_code_fact_free (AidCodeFact *fact)
{
  if (fact == NULL)
    return;

  aid_evidence_clear (&fact->evidence);
  g_clear_pointer (&fact->disputes, g_ptr_array_unref);
  g_free (fact);
}

void
aid_classification_free (gpointer data)
{
  AidClassification *classification = data;

  aid_text_free (classification->name);
  aid_evidence_clear (&classification->evidence);
  g_free (classification);
}

void
aid_document_free (gpointer data)
{
  AidDocument *document = data;

  g_free (document->url);
  aid_text_free (document->title);
  aid_evidence_clear (&document->evidence);
  g_free (document);
}

void
aid_contact_free (gpointer data)
{
  AidContact *contact = data;

  aid_text_free (contact->organisation);
  aid_text_free (contact->person);
  aid_text_free (contact->job_title);
  g_free (contact->telephone);
  g_free (contact->email);
  g_free (contact->website);
  aid_text_free (contact->address);
  aid_evidence_clear (&contact->evidence);
  g_free (contact);
}

void
aid_humanitarian_scope_free (gpointer data)
{
  AidHumanitarianScope *scope = data;

  g_free (scope->vocabulary);
  g_free (scope->code);
  aid_text_free (scope->name);
  aid_evidence_clear (&scope->evidence);
  g_free (scope);
}

void
aid_date_fact_free (AidDateFact *fact)
{
  if (fact == NULL)
    return;

  aid_evidence_clear (&fact->evidence);
  g_clear_pointer (&fact->disputes, g_ptr_array_unref);
  g_free (fact);
}
