/* aid-format.c: numbers, money and dates in the app's two languages
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules live here rather than in the system locale: a Flatpak running on an English system
 * has no French locale data, and a number must never depend on LC_NUMERIC. Integers are grouped
 * by hand, doubles go through g_ascii_formatd (), and month names are in the tables below.
 *
 * French follows the Imprimerie nationale: a narrow no-break space (U+202F) between groups of
 * three digits and before a unit or a currency, a decimal comma, "M€" and "Md€" for millions and
 * billions (never "k" for money), and "1er" for the first day of a month. English writes "€42M",
 * "€1.2bn" and "30 June 2025". Both languages write a negative value with U+2212 MINUS SIGN,
 * which is the typographic minus and as wide as a digit.
 *
 * Currencies: the euro is written with its sign, the West African CFA franc (XOF) as "FCFA" in
 * French, as the BCEAO and Malian reports do, and every other currency with its ISO 4217 code.
 * English keeps "XOF" too: "CFA franc" alone would not tell it from the Central African XAF.
 */

#define G_LOG_DOMAIN "aid-format"

#include "config.h"

#include <math.h>
#include <string.h>

#include "aid-format.h"

#define NARROW_NBSP "\u202f"
#define NBSP        "\u00a0"
#define MINUS       "\u2212"
#define EN_DASH     "\u2013"

/* The most decimals aid_format_number () keeps; a double has no more than 17 significant
 * digits anyway, so more would only print zeros. */
#define MAX_DECIMALS 20

#define CENTS_PER_UNIT             G_GUINT64_CONSTANT (100)
#define CENTS_PER_TENTH_OF_MILLION G_GUINT64_CONSTANT (10000000)
#define CENTS_PER_TENTH_OF_BILLION G_GUINT64_CONSTANT (10000000000)

typedef enum
{
  LANGUAGE_ENGLISH,
  LANGUAGE_FRENCH,
} Language;

typedef enum
{
  SCALE_UNITS,
  SCALE_MILLIONS,
  SCALE_BILLIONS,
} Scale;

typedef struct
{
  const char *group_separator;
  const char *decimal_separator;
  const char *scales[3];
  const char *months[12];
} LanguageRules;

static const LanguageRules language_rules[] = {
  [LANGUAGE_ENGLISH] = {
    ",", ".",
    { NULL, "M", "bn" },
    {
      "January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December",
    },
  },
  [LANGUAGE_FRENCH] = {
    NARROW_NBSP, ",",
    { NULL, "M", "Md" },
    {
      "janvier", "février", "mars", "avril", "mai", "juin",
      "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    },
  },
};

static Language
get_language (const char *language)
{
  g_assert (language != NULL);

  return g_str_equal (language, "fr") ? LANGUAGE_FRENCH : LANGUAGE_ENGLISH;
}

/* The magnitude as an unsigned number, so that G_MININT64 has one too. */
static guint64
get_magnitude (gint64 value)
{
  return value < 0 ? -(guint64)value : (guint64)value;
}

/* Rounds half away from zero, as a person does; the values are magnitudes, never negative. */
static guint64
divide_rounded (guint64 value,
                guint64 divisor)
{
  g_assert (divisor % 2 == 0);

  return value / divisor + (value % divisor >= divisor / 2 ? 1 : 0);
}

static void
append_grouped (GString    *out,
                const char *digits,
                gsize       n_digits,
                Language    language)
{
  for (gsize i = 0; i < n_digits; i++)
    {
      if (i > 0 && (n_digits - i) % 3 == 0)
        g_string_append (out, language_rules[language].group_separator);
      g_string_append_c (out, digits[i]);
    }
}

static void
append_grouped_unsigned (GString  *out,
                         guint64   value,
                         Language  language)
{
  char digits[24];
  int n_digits;

  /* Plain %u conversions never group or use other digits; only the ' flag would. */
  n_digits = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);
  append_grouped (out, digits, n_digits, language);
}

/* The figure of a compact amount: at most one decimal, none when it is zero ("16", not "16,0"). */
static void
append_tenths (GString  *out,
               guint64   tenths,
               Language  language)
{
  append_grouped_unsigned (out, tenths / 10, language);
  if (tenths % 10 != 0)
    g_string_append_printf (out, "%s%u", language_rules[language].decimal_separator,
                            (guint)(tenths % 10));
}

static void
append_currency_name (GString    *out,
                      const char *currency,
                      Language    language)
{
  if (language == LANGUAGE_FRENCH && g_str_equal (currency, "XOF"))
    g_string_append (out, "FCFA");
  else
    g_string_append (out, currency);
}

/* Puts a figure, already grouped, together with its sign, scale and currency. In French the
 * currency follows ("42 M€", "9 600 000 CHF", "10,5 Md FCFA"); in English the euro sign or the
 * code comes first ("€42M", "CHF 9,600,000"), with a no-break space after a code so that a line
 * never ends between a code and its figure. */
static char *
compose_money (gboolean    negative,
               const char *figure,
               Scale       scale,
               const char *currency,
               Language    language)
{
  const char *scale_name = language_rules[language].scales[scale];
  gboolean is_euro = g_strcmp0 (currency, "EUR") == 0;
  GString *out = g_string_new (NULL);

  if (negative)
    g_string_append (out, MINUS);

  /* An amount whose currency nobody stated is shown as a figure, and says so. */
  if (currency == NULL)
    {
      g_string_append (out, figure);
      if (scale_name != NULL)
        {
          if (language == LANGUAGE_FRENCH)
            g_string_append (out, NARROW_NBSP);
          g_string_append (out, scale_name);
        }
      g_string_append (out, language == LANGUAGE_FRENCH ? " (devise non précisée)" : " (currency not stated)");
      return g_string_free (out, FALSE);
    }

  if (language == LANGUAGE_FRENCH)
    {
      g_string_append (out, figure);
      g_string_append (out, NARROW_NBSP);
      if (scale_name != NULL)
        {
          g_string_append (out, scale_name);
          /* "M€" is one symbol; "M CHF" and "Md FCFA" are two words. */
          if (!is_euro)
            g_string_append (out, NARROW_NBSP);
        }
      if (is_euro)
        g_string_append (out, "€");
      else
        append_currency_name (out, currency, language);
    }
  else
    {
      if (is_euro)
        {
          g_string_append (out, "€");
        }
      else
        {
          append_currency_name (out, currency, language);
          g_string_append (out, NBSP);
        }
      g_string_append (out, figure);
      if (scale_name != NULL)
        g_string_append (out, scale_name);
    }

  return g_string_free (out, FALSE);
}

/* A double as the shortest decimal that reads back as the same double, in digits with a decimal
 * point after the first n_integer_digits of them. Rounding that decimal, rather than the binary
 * value, rounds the figure as it was written in the source: 21.95 gives "22.0" with one decimal,
 * where printf ("%.1f") would give "21.9" because the double is 21.94999…. */
typedef struct
{
  gboolean  negative;
  GString  *digits;
  gsize     n_integer_digits;
} Decimal;

static void
decimal_init (Decimal *decimal,
              double   value,
              int      shift)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *p;
  gint64 exponent;
  gint64 point;

  g_assert (isfinite (value));

  /* 15 significant digits are always enough for a decimal typed by a person, and 17 for any
   * double. */
  for (int precision = 15; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%de", precision - 1);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  /* The buffer is now "-d.ddde+XX": a sign, a mantissa of digits and an exponent. */
  p = buffer;
  decimal->negative = (*p == '-');
  if (*p == '-')
    p++;

  decimal->digits = g_string_new (NULL);
  for (; *p != 'e'; p++)
    {
      g_assert (*p != '\0');
      if (g_ascii_isdigit (*p))
        g_string_append_c (decimal->digits, *p);
    }
  exponent = g_ascii_strtoll (p + 1, NULL, 10);

  while (decimal->digits->len > 1 && decimal->digits->str[decimal->digits->len - 1] == '0')
    g_string_truncate (decimal->digits, decimal->digits->len - 1);

  /* Put the point in place, with zeros before or after the digits as it needs. */
  point = exponent + 1 + shift;
  if (point <= 0)
    {
      for (gint64 i = point; i <= 0; i++)
        g_string_prepend_c (decimal->digits, '0');
      point = 1;
    }
  while ((gint64)decimal->digits->len < point)
    g_string_append_c (decimal->digits, '0');
  decimal->n_integer_digits = point;
}

static void
decimal_clear (Decimal *decimal)
{
  g_string_free (decimal->digits, TRUE);
}

static void
decimal_round (Decimal *decimal,
               guint    n_decimals)
{
  GString *digits = decimal->digits;
  gsize kept = decimal->n_integer_digits + n_decimals;
  gboolean round_up;

  if (digits->len > kept)
    {
      round_up = digits->str[kept] >= '5';
      g_string_truncate (digits, kept);

      for (gsize i = kept; round_up && i > 0; i--)
        {
          if (digits->str[i - 1] == '9')
            {
              digits->str[i - 1] = '0';
            }
          else
            {
              digits->str[i - 1]++;
              round_up = FALSE;
            }
        }

      if (round_up)
        {
          g_string_prepend_c (digits, '1');
          decimal->n_integer_digits++;
        }
    }

  while (digits->len > decimal->n_integer_digits && digits->str[digits->len - 1] == '0')
    g_string_truncate (digits, digits->len - 1);

  /* Zero shifted by a percentage's two places is "000"; keep one integer digit. */
  while (decimal->n_integer_digits > 1 && digits->str[0] == '0')
    {
      g_string_erase (digits, 0, 1);
      decimal->n_integer_digits--;
    }

  /* A value that rounds to zero has no sign: "0", never "−0". */
  if (strspn (digits->str, "0") == digits->len)
    decimal->negative = FALSE;
}

static void
append_decimal (GString       *out,
                const Decimal *decimal,
                Language       language)
{
  if (decimal->negative)
    g_string_append (out, MINUS);

  append_grouped (out, decimal->digits->str, decimal->n_integer_digits, language);

  /* Decimals are not grouped: there are at most a few of them. */
  if (decimal->digits->len > decimal->n_integer_digits)
    {
      g_string_append (out, language_rules[language].decimal_separator);
      g_string_append (out, decimal->digits->str + decimal->n_integer_digits);
    }
}

static gboolean
date_is_valid (const AidDate *date)
{
  return date->year != 0 &&
         date->month <= 12 &&
         date->day <= 31 &&
         (date->day == 0 || date->month != 0);
}

static gboolean
date_is_valid_or_unset (const AidDate *date)
{
  return date == NULL || date->year == 0 || date_is_valid (date);
}

typedef enum
{
  DATE_PART_DAY   = 1 << 0,
  DATE_PART_MONTH = 1 << 1,
  DATE_PART_YEAR  = 1 << 2,
  DATE_PART_ALL   = DATE_PART_DAY | DATE_PART_MONTH | DATE_PART_YEAR,
} DatePart;

/* The parts of a date it has and that are asked for, separated by ordinary spaces: "1er avril",
 * "30 June 2025", "2025". A period leaves out the parts both of its dates share. */
static void
append_date (GString       *out,
             const AidDate *date,
             DatePart       parts,
             Language       language)
{
  gboolean first = TRUE;

  g_assert (date_is_valid (date));

  if ((parts & DATE_PART_DAY) != 0 && date->day != 0)
    {
      if (language == LANGUAGE_FRENCH && date->day == 1)
        g_string_append (out, "1er");
      else
        g_string_append_printf (out, "%u", (guint)date->day);
      first = FALSE;
    }

  if ((parts & DATE_PART_MONTH) != 0 && date->month != 0)
    {
      if (!first)
        g_string_append_c (out, ' ');
      g_string_append (out, language_rules[language].months[date->month - 1]);
      first = FALSE;
    }

  if ((parts & DATE_PART_YEAR) != 0)
    {
      if (!first)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "%04u", (guint)date->year);
    }
}

/* A period with only one end: "à partir d’avril 2016", "until 30 June 2025". French picks its
 * preposition and article by the kind of date: "du 1er avril", "d’avril", "de juin", "de 2016";
 * "jusqu’au 30 juin", "jusqu’en juin", "jusqu’en 2025". */
static char *
format_open_period (const AidDate *date,
                    gboolean       is_start,
                    Language       language)
{
  GString *out = g_string_new (NULL);

  if (language == LANGUAGE_FRENCH && is_start)
    {
      const char *month = NULL;

      if (date->month != 0)
        month = language_rules[language].months[date->month - 1];

      if (date->day != 0)
        g_string_append (out, "à partir du ");
      else if (month != NULL && strchr ("aeiou", month[0]) != NULL)
        g_string_append (out, "à partir d’");
      else
        g_string_append (out, "à partir de ");
    }
  else if (language == LANGUAGE_FRENCH)
    {
      g_string_append (out, date->day != 0 ? "jusqu’au " : "jusqu’en ");
    }
  else
    {
      g_string_append (out, is_start ? "from " : "until ");
    }

  append_date (out, date, DATE_PART_ALL, language);

  return g_string_free (out, FALSE);
}

/**
 * aid_format_integer:
 * @value: a count or any whole number
 * @language: "fr" or "en"
 *
 * Formats a whole number with its digits grouped by three: "2 220" (with U+202F) in French,
 * "2,220" in English. Every number of four digits or more is grouped.
 *
 * Returns: (transfer full): the formatted number
 */
char *
aid_format_integer (gint64      value,
                    const char *language)
{
  Language lang;
  GString *out;

  g_return_val_if_fail (language != NULL, NULL);

  lang = get_language (language);
  out = g_string_new (NULL);
  if (value < 0)
    g_string_append (out, MINUS);
  append_grouped_unsigned (out, get_magnitude (value), lang);

  return g_string_free (out, FALSE);
}

/**
 * aid_format_number:
 * @value: a finite number
 * @max_decimals: the most decimals to show, at most 20
 * @language: "fr" or "en"
 *
 * Formats a number with at most @max_decimals decimals and no trailing zeros: "21,9" and
 * "2 220" in French, "21.9" and "2,220" in English. The number is rounded half away from zero,
 * from the shortest decimal that reads back as @value, so that 21.95 rounds to 22 with one
 * decimal as it would on paper.
 *
 * Returns: (transfer full): the formatted number
 */
char *
aid_format_number (double      value,
                   guint       max_decimals,
                   const char *language)
{
  Decimal decimal;
  GString *out;

  g_return_val_if_fail (isfinite (value), NULL);
  g_return_val_if_fail (max_decimals <= MAX_DECIMALS, NULL);
  g_return_val_if_fail (language != NULL, NULL);

  decimal_init (&decimal, value, 0);
  decimal_round (&decimal, max_decimals);
  out = g_string_new (NULL);
  append_decimal (out, &decimal, get_language (language));
  decimal_clear (&decimal);

  return g_string_free (out, FALSE);
}

/**
 * aid_format_percentage:
 * @fraction: a share, 1 for the whole; it may be above 1 or below 0
 * @language: "fr" or "en"
 *
 * Formats a share as a percentage with at most one decimal: "50 %" (U+202F before the sign) in
 * French, "50%" in English. One decimal keeps a small share from showing as "0 %". The fraction
 * is multiplied by 100 in decimal, not in binary, so that 0.145 gives "14,5 %", not "14,4 %".
 *
 * Returns: (transfer full): the formatted percentage
 */
char *
aid_format_percentage (double      fraction,
                       const char *language)
{
  Decimal decimal;
  Language lang;
  GString *out;

  g_return_val_if_fail (isfinite (fraction), NULL);
  g_return_val_if_fail (language != NULL, NULL);

  lang = get_language (language);
  decimal_init (&decimal, fraction, 2);
  decimal_round (&decimal, 1);
  out = g_string_new (NULL);
  append_decimal (out, &decimal, lang);
  decimal_clear (&decimal);

  if (lang == LANGUAGE_FRENCH)
    g_string_append (out, NARROW_NBSP);
  g_string_append_c (out, '%');

  return g_string_free (out, FALSE);
}

/**
 * aid_format_amount:
 * @cents: an amount in hundredths of @currency
 * @currency: (nullable): an ISO 4217 code, such as "EUR", or %NULL where none is stated
 * @language: "fr" or "en"
 *
 * Formats an amount exactly, with its cents only when they are not zero:
 * "42 000 000 €" and "3 000 000,50 €" in French (U+202F), "€42,000,000" and "€3,000,000.50"
 * in English; "10 500 000 000 FCFA" and "XOF 10,500,000,000" for the CFA franc; "9 600 000 CHF"
 * and "CHF 9,600,000" for any other currency.
 *
 * Returns: (transfer full): the formatted amount
 */
char *
aid_format_amount (gint64      cents,
                   const char *currency,
                   const char *language)
{
  g_autoptr(GString) figure = NULL;
  Language lang;
  guint64 magnitude;

  g_return_val_if_fail (currency == NULL || *currency != '\0', NULL);
  g_return_val_if_fail (language != NULL, NULL);

  lang = get_language (language);
  magnitude = get_magnitude (cents);
  figure = g_string_new (NULL);
  append_grouped_unsigned (figure, magnitude / CENTS_PER_UNIT, lang);
  if (magnitude % CENTS_PER_UNIT != 0)
    g_string_append_printf (figure, "%s%02u", language_rules[lang].decimal_separator,
                            (guint)(magnitude % CENTS_PER_UNIT));

  return compose_money (cents < 0, figure->str, SCALE_UNITS, currency, lang);
}

/**
 * aid_format_amount_compact:
 * @cents: an amount in hundredths of @currency
 * @currency: (nullable): an ISO 4217 code, such as "EUR", or %NULL where none is stated
 * @language: "fr" or "en"
 *
 * Formats an amount for a glance. Below a million it is whole units in full, rounded half away
 * from zero ("250 000 €", "€250,000"; French reports never write "k" for money). From a million
 * it is millions, from a thousand millions billions, with at most one decimal and none when it
 * is zero: "42 M€", "31,2 M€", "1,2 Md€"; "€42M", "€31.2M", "€1.2bn". The unit is chosen after
 * rounding, so 999 999,50 € is "1 M€" and 999 950 000 € is "1 Md€", never "1 000 M€". Above a
 * thousand billions the billions are grouped ("10 000 Md€"): aid budgets never get there.
 *
 * An amount under one unit is shown exactly, so that a non-zero amount never reads as zero.
 *
 * Returns: (transfer full): the formatted amount
 */
char *
aid_format_amount_compact (gint64      cents,
                           const char *currency,
                           const char *language)
{
  g_autoptr(GString) figure = NULL;
  Language lang;
  guint64 magnitude;
  guint64 units;
  guint64 tenths;
  Scale scale;

  g_return_val_if_fail (currency == NULL || *currency != '\0', NULL);
  g_return_val_if_fail (language != NULL, NULL);

  magnitude = get_magnitude (cents);
  if (magnitude != 0 && magnitude < CENTS_PER_UNIT)
    return aid_format_amount (cents, currency, language);

  lang = get_language (language);
  figure = g_string_new (NULL);
  units = divide_rounded (magnitude, CENTS_PER_UNIT);

  if (units < 1000000)
    {
      append_grouped_unsigned (figure, units, lang);
      scale = SCALE_UNITS;
    }
  else
    {
      tenths = divide_rounded (magnitude, CENTS_PER_TENTH_OF_MILLION);
      scale = SCALE_MILLIONS;
      if (tenths >= 10000)
        {
          tenths = divide_rounded (magnitude, CENTS_PER_TENTH_OF_BILLION);
          scale = SCALE_BILLIONS;
        }
      append_tenths (figure, tenths, lang);
    }

  return compose_money (cents < 0, figure->str, scale, currency, lang);
}

/**
 * aid_format_date:
 * @date: a date with at least a year
 * @language: "fr" or "en"
 *
 * Formats a date as precisely as it is known, with ordinary spaces: "30 juin 2025",
 * "1er janvier 2025", "juin 2025", "2025" in French; "30 June 2025", "1 January 2025",
 * "June 2025", "2025" in English.
 *
 * Returns: (transfer full): the formatted date
 */
char *
aid_format_date (const AidDate *date,
                 const char    *language)
{
  GString *out;

  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (date_is_valid (date), NULL);
  g_return_val_if_fail (language != NULL, NULL);

  out = g_string_new (NULL);
  append_date (out, date, DATE_PART_ALL, get_language (language));

  return g_string_free (out, FALSE);
}

/**
 * aid_format_period:
 * @start: (nullable): the first date, or %NULL or an unset date when only the end is known
 * @end: (nullable): the last date, or %NULL or an unset date when only the start is known
 * @language: "fr" or "en"
 *
 * Formats a period with an en dash, as precisely as its dates are known. The dash is spaced
 * when either of the parts it joins has a space: "2023–2024", "avril 2016 – juin 2025",
 * "2016 – June 2025". Two dates of the same precision in the same year share it, and then the
 * dash joins single words: "avril–juin 2025", "1er–30 juin 2025", "1 April – 30 June 2025".
 * Equal dates give one date. With only one end the period is said in words:
 * "à partir d’avril 2016", "jusqu’au 30 juin 2025", "from April 2016", "until 2025".
 *
 * Returns: (transfer full): the formatted period
 */
char *
aid_format_period (const AidDate *start,
                   const AidDate *end,
                   const char    *language)
{
  g_autoptr(GString) left = NULL;
  g_autoptr(GString) right = NULL;
  g_autoptr(GString) shared = NULL;
  gboolean has_start;
  gboolean has_end;
  DatePart left_parts = DATE_PART_ALL;
  DatePart right_parts = DATE_PART_ALL;
  gboolean spaced;
  Language lang;

  g_return_val_if_fail (date_is_valid_or_unset (start), NULL);
  g_return_val_if_fail (date_is_valid_or_unset (end), NULL);
  g_return_val_if_fail (aid_date_is_set (start) || aid_date_is_set (end), NULL);
  g_return_val_if_fail (language != NULL, NULL);

  lang = get_language (language);
  has_start = aid_date_is_set (start);
  has_end = aid_date_is_set (end);

  if (!has_end)
    return format_open_period (start, TRUE, lang);
  if (!has_start)
    return format_open_period (end, FALSE, lang);

  if (start->year == end->year && start->month == end->month && start->day == end->day)
    return aid_format_date (start, language);

  /* Factor out what both dates share, when they are as precise as each other: the year, and
   * the month too for two days of the same month. */
  if (start->year == end->year &&
      (start->month == 0) == (end->month == 0) &&
      (start->day == 0) == (end->day == 0))
    {
      if (start->day != 0 && start->month == end->month)
        {
          left_parts = right_parts = DATE_PART_DAY;
        }
      else
        {
          left_parts = right_parts = DATE_PART_DAY | DATE_PART_MONTH;
        }
    }

  left = g_string_new (NULL);
  right = g_string_new (NULL);
  shared = g_string_new (NULL);
  append_date (left, start, left_parts, lang);
  append_date (right, end, right_parts, lang);
  if (right_parts != DATE_PART_ALL)
    append_date (shared, end, DATE_PART_ALL & ~right_parts, lang);

  spaced = strchr (left->str, ' ') != NULL || strchr (right->str, ' ') != NULL;

  g_string_append (left, spaced ? " " EN_DASH " " : EN_DASH);
  g_string_append (left, right->str);
  if (shared->len > 0)
    {
      g_string_append_c (left, ' ');
      g_string_append (left, shared->str);
    }

  return g_string_free (g_steal_pointer (&left), FALSE);
}
