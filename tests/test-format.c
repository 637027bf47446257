/* test-format.c: numbers, money and dates in French and English, whatever the system locale
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected string is written out by hand from the formatting rules (French: U+202F
 * between digit groups and before units, decimal comma; English: "€42M", "€1.2bn"). U+202F is
 * spelt "\u202f", U+00A0 "\u00a0" and U+2212 MINUS SIGN "\u2212", so that the difference from an
 * ordinary space or hyphen is visible.
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "aid-format.h"

#define EUR(x) (G_GINT64_CONSTANT (x) * 100)

/* Tables */

typedef struct
{
  gint64      value;
  const char *fr;
  const char *en;
} IntegerCase;

static const IntegerCase integer_cases[] = {
  { 0, "0", "0" },
  { 7, "7", "7" },
  { 999, "999", "999" },
  { 1000, "1\u202f000", "1,000" },
  { 2220, "2\u202f220", "2,220" },
  { 10000, "10\u202f000", "10,000" },
  { 999999, "999\u202f999", "999,999" },
  { 1000000, "1\u202f000\u202f000", "1,000,000" },
  { -2220, "\u22122\u202f220", "\u22122,220" },
  { G_MAXINT64, "9\u202f223\u202f372\u202f036\u202f854\u202f775\u202f807",
    "9,223,372,036,854,775,807" },
  { G_MININT64, "\u22129\u202f223\u202f372\u202f036\u202f854\u202f775\u202f808",
    "\u22129,223,372,036,854,775,808" },
};

typedef struct
{
  double      value;
  guint       max_decimals;
  const char *fr;
  const char *en;
} NumberCase;

static const NumberCase number_cases[] = {
  { 21.9, 1, "21,9", "21.9" },
  { 2220, 0, "2\u202f220", "2,220" },
  { 2220, 2, "2\u202f220", "2,220" },
  { 0, 2, "0", "0" },
  { 16.0, 1, "16", "16" },                                  /* no ",0" */
  { 21.95, 1, "22", "22" },                                 /* the decimal, not 21.9499… */
  { 0.125, 2, "0,13", "0.13" },                             /* half away from zero */
  { 2.5, 0, "3", "3" },
  { 99.5, 0, "100", "100" },
  { 999.96, 1, "1\u202f000", "1,000" },                     /* the carry adds a group */
  { 0.05, 1, "0,1", "0.1" },
  { 0.04, 1, "0", "0" },
  { -0.04, 1, "0", "0" },                                   /* never "−0" */
  { -0.0, 0, "0", "0" },
  { -1234.5, 1, "\u22121\u202f234,5", "\u22121,234.5" },
  { 1234567.891, 2, "1\u202f234\u202f567,89", "1,234,567.89" },
  { 3.14159, 3, "3,142", "3.142" },
  { 655.957, 3, "655,957", "655.957" },
  { 655.957, 20, "655,957", "655.957" },
  { 0.1 + 0.2, 2, "0,3", "0.3" },
  { 0.000001234, 8, "0,00000123", "0.00000123" },
  { 1e-7, 2, "0", "0" },
  { 1e21, 0, "1\u202f000\u202f000\u202f000\u202f000\u202f000\u202f000\u202f000",
    "1,000,000,000,000,000,000,000" },
};

typedef struct
{
  double      fraction;
  const char *fr;
  const char *en;
} PercentageCase;

static const PercentageCase percentage_cases[] = {
  { 0.5, "50\u202f%", "50%" },
  { 0, "0\u202f%", "0%" },
  { 1, "100\u202f%", "100%" },
  { 0.145, "14,5\u202f%", "14.5%" },                        /* multiplied in decimal */
  { 0.333333, "33,3\u202f%", "33.3%" },
  { 0.0005, "0,1\u202f%", "0.1%" },
  { 0.0004, "0\u202f%", "0%" },
  { 0.9996, "100\u202f%", "100%" },
  { 1.25, "125\u202f%", "125%" },
  { 12.5, "1\u202f250\u202f%", "1,250%" },
  { -0.1, "\u221210\u202f%", "\u221210%" },
};

typedef struct
{
  gint64      cents;
  const char *currency;
  const char *fr;
  const char *en;
} AmountCase;

static const AmountCase amount_cases[] = {
  { EUR (42000000), "EUR", "42\u202f000\u202f000\u202f€", "€42,000,000" },
  { 0, "EUR", "0\u202f€", "€0" },
  { 1, "EUR", "0,01\u202f€", "€0.01" },
  { 10, "EUR", "0,10\u202f€", "€0.10" },
  { EUR (999), "EUR", "999\u202f€", "€999" },
  { EUR (1000), "EUR", "1\u202f000\u202f€", "€1,000" },
  { EUR (250000), "EUR", "250\u202f000\u202f€", "€250,000" },
  { 99999999, "EUR", "999\u202f999,99\u202f€", "€999,999.99" },
  { 300000050, "EUR", "3\u202f000\u202f000,50\u202f€", "€3,000,000.50" },
  { EUR (10000000000000), "EUR", "10\u202f000\u202f000\u202f000\u202f000\u202f€",
    "€10,000,000,000,000" },
  { EUR (10500000000), "XOF", "10\u202f500\u202f000\u202f000\u202fFCFA",
    "XOF\u00a010,500,000,000" },
  { EUR (9600000), "CHF", "9\u202f600\u202f000\u202fCHF", "CHF\u00a09,600,000" },
  { EUR (1000), "XAF", "1\u202f000\u202fXAF", "XAF\u00a01,000" },  /* only XOF is "FCFA" */
  { EUR (1000) + 5, "USD", "1\u202f000,05\u202fUSD", "USD\u00a01,000.05" },
  { EUR (-42), "EUR", "\u221242\u202f€", "\u2212€42" },
  { -50, "EUR", "\u22120,50\u202f€", "\u2212€0.50" },
  { EUR (-9600000), "CHF", "\u22129\u202f600\u202f000\u202fCHF", "\u2212CHF\u00a09,600,000" },
  { G_MININT64, "EUR", "\u221292\u202f233\u202f720\u202f368\u202f547\u202f758,08\u202f€",
    "\u2212€92,233,720,368,547,758.08" },
};

static const AmountCase compact_cases[] = {
  { EUR (42000000), "EUR", "42\u202fM€", "€42M" },
  { EUR (31200000), "EUR", "31,2\u202fM€", "€31.2M" },
  { EUR (250000), "EUR", "250\u202f000\u202f€", "€250,000" },     /* thousands in full */
  { EUR (4100000), "EUR", "4,1\u202fM€", "€4.1M" },
  { EUR (47440199), "EUR", "47,4\u202fM€", "€47.4M" },
  { EUR (16000000), "EUR", "16\u202fM€", "€16M" },                /* no ",0" */
  { EUR (1200000000), "EUR", "1,2\u202fMd€", "€1.2bn" },
  { 0, "EUR", "0\u202f€", "€0" },
  { 1, "EUR", "0,01\u202f€", "€0.01" },                          /* never reads as zero */
  { 99, "EUR", "0,99\u202f€", "€0.99" },
  { 149, "EUR", "1\u202f€", "€1" },
  { 150, "EUR", "2\u202f€", "€2" },                              /* half away from zero */
  { EUR (999), "EUR", "999\u202f€", "€999" },
  { EUR (1000), "EUR", "1\u202f000\u202f€", "€1,000" },
  { EUR (1000) + 50, "EUR", "1\u202f001\u202f€", "€1,001" },
  { 99999949, "EUR", "999\u202f999\u202f€", "€999,999" },
  { 99999950, "EUR", "1\u202fM€", "€1M" },                       /* not "1 000 000 €" */
  { 99999999, "EUR", "1\u202fM€", "€1M" },
  { EUR (1000000), "EUR", "1\u202fM€", "€1M" },
  { EUR (1049999), "EUR", "1\u202fM€", "€1M" },
  { EUR (1050000), "EUR", "1,1\u202fM€", "€1.1M" },
  { 994999999, "EUR", "9,9\u202fM€", "€9.9M" },
  { 995000000, "EUR", "10\u202fM€", "€10M" },                    /* not "9,10 M€" */
  { 999950000, "EUR", "10\u202fM€", "€10M" },
  { EUR (123456789), "EUR", "123,5\u202fM€", "€123.5M" },
  { 99994999999, "EUR", "999,9\u202fM€", "€999.9M" },
  { 99995000000, "EUR", "1\u202fMd€", "€1bn" },                  /* not "1 000 M€" */
  { EUR (1000000000), "EUR", "1\u202fMd€", "€1bn" },
  { EUR (10000000000000), "EUR", "10\u202f000\u202fMd€", "€10,000bn" },
  { EUR (10500000000), "XOF", "10,5\u202fMd\u202fFCFA", "XOF\u00a010.5bn" },
  { EUR (250000), "XOF", "250\u202f000\u202fFCFA", "XOF\u00a0250,000" },
  { EUR (9600000), "CHF", "9,6\u202fM\u202fCHF", "CHF\u00a09.6M" },
  { EUR (250000), "CHF", "250\u202f000\u202fCHF", "CHF\u00a0250,000" },
  { EUR (-42000000), "EUR", "\u221242\u202fM€", "\u2212€42M" },
  { -50, "EUR", "\u22120,50\u202f€", "\u2212€0.50" },
  { EUR (-9600000), "CHF", "\u22129,6\u202fM\u202fCHF", "\u2212CHF\u00a09.6M" },
  { G_MAXINT64, "EUR", "92\u202f233\u202f720,4\u202fMd€", "€92,233,720.4bn" },
  { G_MININT64, "EUR", "\u221292\u202f233\u202f720,4\u202fMd€", "\u2212€92,233,720.4bn" },
};

typedef struct
{
  AidDate     date;
  const char *fr;
  const char *en;
} DateCase;

static const DateCase date_cases[] = {
  { { 2025, 6, 30 }, "30 juin 2025", "30 June 2025" },
  { { 2025, 6, 0 }, "juin 2025", "June 2025" },
  { { 2025, 0, 0 }, "2025", "2025" },
  { { 2025, 1, 1 }, "1er janvier 2025", "1 January 2025" },
  { { 2025, 1, 2 }, "2 janvier 2025", "2 January 2025" },
  { { 2025, 1, 11 }, "11 janvier 2025", "11 January 2025" },     /* "1er" is only the first */
  { { 2025, 1, 21 }, "21 janvier 2025", "21 January 2025" },
  { { 2024, 2, 29 }, "29 février 2024", "29 February 2024" },
  { { 2016, 8, 1 }, "1er août 2016", "1 August 2016" },
  { { 2025, 12, 31 }, "31 décembre 2025", "31 December 2025" },
  /* A year of fewer than four digits keeps four: "December 1" would read as a day. */
  { { 1, 0, 0 }, "0001", "0001" },
  { { 1, 12, 0 }, "décembre 0001", "December 0001" },
  { { 1, 12, 1 }, "1er décembre 0001", "1 December 0001" },
  { { 999, 0, 0 }, "0999", "0999" },
};

typedef struct
{
  AidDate     start;
  AidDate     end;
  const char *fr;
  const char *en;
} PeriodCase;

static const PeriodCase period_cases[] = {
  /* Across years: an unspaced dash between single words, a spaced one otherwise. */
  { { 2023, 0, 0 }, { 2024, 0, 0 }, "2023–2024", "2023–2024" },
  { { 2016, 4, 0 }, { 2025, 6, 0 }, "avril 2016 – juin 2025", "April 2016 – June 2025" },
  { { 2016, 0, 0 }, { 2025, 6, 0 }, "2016 – juin 2025", "2016 – June 2025" },
  { { 2016, 4, 0 }, { 2025, 0, 0 }, "avril 2016 – 2025", "April 2016 – 2025" },
  { { 2024, 4, 1 }, { 2025, 6, 30 }, "1er avril 2024 – 30 juin 2025",
    "1 April 2024 – 30 June 2025" },
  { { 2024, 12, 0 }, { 2025, 1, 0 }, "décembre 2024 – janvier 2025",
    "December 2024 – January 2025" },

  /* Within one year, dates as precise as each other share the year (and the month). */
  { { 2025, 4, 0 }, { 2025, 6, 0 }, "avril–juin 2025", "April–June 2025" },
  { { 2025, 6, 1 }, { 2025, 6, 30 }, "1er–30 juin 2025", "1–30 June 2025" },
  { { 2025, 4, 1 }, { 2025, 6, 30 }, "1er avril – 30 juin 2025", "1 April – 30 June 2025" },
  { { 2025, 0, 0 }, { 2025, 6, 0 }, "2025 – juin 2025", "2025 – June 2025" },
  { { 2025, 1, 0 }, { 2025, 6, 30 }, "janvier 2025 – 30 juin 2025",
    "January 2025 – 30 June 2025" },

  /* Equal dates are one date. */
  { { 2025, 0, 0 }, { 2025, 0, 0 }, "2025", "2025" },
  { { 2025, 6, 0 }, { 2025, 6, 0 }, "juin 2025", "June 2025" },
  { { 2025, 1, 1 }, { 2025, 1, 1 }, "1er janvier 2025", "1 January 2025" },

  /* Only one end. */
  { { 2016, 4, 0 }, { 0 }, "à partir d’avril 2016", "from April 2016" },
  { { 2016, 8, 0 }, { 0 }, "à partir d’août 2016", "from August 2016" },
  { { 2016, 10, 0 }, { 0 }, "à partir d’octobre 2016", "from October 2016" },
  { { 2016, 6, 0 }, { 0 }, "à partir de juin 2016", "from June 2016" },
  { { 2016, 0, 0 }, { 0 }, "à partir de 2016", "from 2016" },
  { { 2016, 4, 1 }, { 0 }, "à partir du 1er avril 2016", "from 1 April 2016" },
  { { 0 }, { 2025, 6, 30 }, "jusqu’au 30 juin 2025", "until 30 June 2025" },
  { { 0 }, { 2025, 6, 0 }, "jusqu’en juin 2025", "until June 2025" },
  { { 0 }, { 2025, 0, 0 }, "jusqu’en 2025", "until 2025" },
};

/* Checks; each table is checked in both languages. */

static void
check_integers (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (integer_cases); i++)
    {
      const IntegerCase *c = &integer_cases[i];
      g_autofree char *fr = aid_format_integer (c->value, "fr");
      g_autofree char *en = aid_format_integer (c->value, "en");

      g_assert_cmpstr (fr, ==, c->fr);
      g_assert_cmpstr (en, ==, c->en);
    }
}

static void
check_numbers (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (number_cases); i++)
    {
      const NumberCase *c = &number_cases[i];
      g_autofree char *fr = aid_format_number (c->value, c->max_decimals, "fr");
      g_autofree char *en = aid_format_number (c->value, c->max_decimals, "en");

      g_assert_cmpstr (fr, ==, c->fr);
      g_assert_cmpstr (en, ==, c->en);
    }
}

static void
check_percentages (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (percentage_cases); i++)
    {
      const PercentageCase *c = &percentage_cases[i];
      g_autofree char *fr = aid_format_percentage (c->fraction, "fr");
      g_autofree char *en = aid_format_percentage (c->fraction, "en");

      g_assert_cmpstr (fr, ==, c->fr);
      g_assert_cmpstr (en, ==, c->en);
    }
}

static void
check_amounts (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (amount_cases); i++)
    {
      const AmountCase *c = &amount_cases[i];
      g_autofree char *fr = aid_format_amount (c->cents, c->currency, "fr");
      g_autofree char *en = aid_format_amount (c->cents, c->currency, "en");

      g_assert_cmpstr (fr, ==, c->fr);
      g_assert_cmpstr (en, ==, c->en);
    }
}

static void
check_compact_amounts (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (compact_cases); i++)
    {
      const AmountCase *c = &compact_cases[i];
      g_autofree char *fr = aid_format_amount_compact (c->cents, c->currency, "fr");
      g_autofree char *en = aid_format_amount_compact (c->cents, c->currency, "en");

      g_assert_cmpstr (fr, ==, c->fr);
      g_assert_cmpstr (en, ==, c->en);
    }
}

static void
check_dates (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (date_cases); i++)
    {
      const DateCase *c = &date_cases[i];
      g_autofree char *fr = aid_format_date (&c->date, "fr");
      g_autofree char *en = aid_format_date (&c->date, "en");

      g_assert_cmpstr (fr, ==, c->fr);
      g_assert_cmpstr (en, ==, c->en);
    }
}

static void
check_periods (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (period_cases); i++)
    {
      const PeriodCase *c = &period_cases[i];
      g_autofree char *fr = aid_format_period (&c->start, &c->end, "fr");
      g_autofree char *en = aid_format_period (&c->start, &c->end, "en");

      g_assert_cmpstr (fr, ==, c->fr);
      g_assert_cmpstr (en, ==, c->en);
    }
}

/* Test cases */

static void
test_format_integer (void)
{
  check_integers ();
}

static void
test_format_number (void)
{
  check_numbers ();
}

static void
test_format_percentage (void)
{
  check_percentages ();
}

static void
test_format_amount (void)
{
  check_amounts ();
}

static void
test_format_amount_compact (void)
{
  check_compact_amounts ();
}

static void
test_format_date (void)
{
  check_dates ();
}

/* All twelve month names, from the module's own tables. */
static void
test_format_date_months (void)
{
  const char *fr[] = {
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
  };
  const char *en[] = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  };

  for (guint month = 1; month <= 12; month++)
    {
      AidDate date = { 2025, month, 0 };
      AidDate day = { 2025, month, 15 };
      g_autofree char *expected_fr = g_strdup_printf ("%s 2025", fr[month - 1]);
      g_autofree char *expected_en = g_strdup_printf ("%s 2025", en[month - 1]);
      g_autofree char *expected_day_fr = g_strdup_printf ("15 %s 2025", fr[month - 1]);
      g_autofree char *expected_day_en = g_strdup_printf ("15 %s 2025", en[month - 1]);
      g_autofree char *got_fr = aid_format_date (&date, "fr");
      g_autofree char *got_en = aid_format_date (&date, "en");
      g_autofree char *got_day_fr = aid_format_date (&day, "fr");
      g_autofree char *got_day_en = aid_format_date (&day, "en");

      g_assert_cmpstr (got_fr, ==, expected_fr);
      g_assert_cmpstr (got_en, ==, expected_en);
      g_assert_cmpstr (got_day_fr, ==, expected_day_fr);
      g_assert_cmpstr (got_day_en, ==, expected_day_en);
    }
}

static void
test_format_period (void)
{
  check_periods ();
}

/* NULL for either end means the same as an unset date. */
static void
test_format_period_null (void)
{
  AidDate start = { 2016, 4, 0 };
  AidDate end = { 2025, 6, 30 };
  g_autofree char *from = aid_format_period (&start, NULL, "fr");
  g_autofree char *until = aid_format_period (NULL, &end, "en");

  g_assert_cmpstr (from, ==, "à partir d’avril 2016");
  g_assert_cmpstr (until, ==, "until 30 June 2025");
}

/* Any language but "fr" formats as English, including French variants the app does not use. */
static void
test_format_other_language (void)
{
  const char *languages[] = { "en", "de", "", "EN", "FR", "fr_FR", "fr-CA" };
  AidDate date = { 2025, 1, 1 };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *integer = aid_format_integer (2220, languages[i]);
      g_autofree char *number = aid_format_number (21.9, 1, languages[i]);
      g_autofree char *percentage = aid_format_percentage (0.5, languages[i]);
      g_autofree char *amount = aid_format_amount (EUR (42000000), "EUR", languages[i]);
      g_autofree char *compact = aid_format_amount_compact (EUR (10500000000), "XOF", languages[i]);
      g_autofree char *formatted_date = aid_format_date (&date, languages[i]);

      g_assert_cmpstr (integer, ==, "2,220");
      g_assert_cmpstr (number, ==, "21.9");
      g_assert_cmpstr (percentage, ==, "50%");
      g_assert_cmpstr (amount, ==, "€42,000,000");
      g_assert_cmpstr (compact, ==, "XOF\u00a010.5bn");
      g_assert_cmpstr (formatted_date, ==, "1 January 2025");
    }
}

/* Misuse is a programming error: a critical and NULL, never a made-up string. */
/* An amount whose currency no one states (an IATI value without one) is a figure that says so. */
static void
test_format_amount_without_currency (void)
{
  static const struct { gint64 cents; gboolean compact; const char *fr; const char *en; } cases[] = {
    { 150050, FALSE, "1\u202f500,50 (devise non précisée)", "1,500.50 (currency not stated)" },
    { -25010, FALSE, "\u2212250,10 (devise non précisée)", "\u2212250.10 (currency not stated)" },
    { 4200000000, TRUE, "42\u202fM (devise non précisée)", "42M (currency not stated)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *fr = cases[i].compact ? aid_format_amount_compact (cases[i].cents, NULL, "fr")
                                             : aid_format_amount (cases[i].cents, NULL, "fr");
      g_autofree char *en = cases[i].compact ? aid_format_amount_compact (cases[i].cents, NULL, "en")
                                             : aid_format_amount (cases[i].cents, NULL, "en");

      g_assert_cmpstr (fr, ==, cases[i].fr);
      g_assert_cmpstr (en, ==, cases[i].en);
    }
}

static void
test_format_invalid (void)
{
  AidDate unset = { 0 };
  AidDate bad_month = { 2025, 13, 0 };
  AidDate day_without_month = { 2025, 0, 12 };
  AidDate bad_day = { 2025, 6, 32 };
  AidDate good = { 2025, 6, 0 };
  char *result;

#define EXPECT_CRITICAL(call) \
  G_STMT_START \
    { \
      g_test_expect_message ("aid-format", G_LOG_LEVEL_CRITICAL, "*assertion*failed*"); \
      result = (call); \
      g_test_assert_expected_messages (); \
      g_assert_null (result); \
    } \
  G_STMT_END

  EXPECT_CRITICAL (aid_format_integer (1, NULL));
  EXPECT_CRITICAL (aid_format_number (NAN, 1, "fr"));
  EXPECT_CRITICAL (aid_format_number (INFINITY, 1, "fr"));
  EXPECT_CRITICAL (aid_format_number (1, 21, "fr"));
  EXPECT_CRITICAL (aid_format_number (1, 1, NULL));
  EXPECT_CRITICAL (aid_format_percentage (-INFINITY, "en"));
  EXPECT_CRITICAL (aid_format_amount (1, "", "fr"));
  EXPECT_CRITICAL (aid_format_amount (1, "EUR", NULL));
  EXPECT_CRITICAL (aid_format_date (NULL, "fr"));
  EXPECT_CRITICAL (aid_format_date (&unset, "fr"));
  EXPECT_CRITICAL (aid_format_date (&bad_month, "fr"));
  EXPECT_CRITICAL (aid_format_date (&day_without_month, "en"));
  EXPECT_CRITICAL (aid_format_date (&bad_day, "en"));
  EXPECT_CRITICAL (aid_format_date (&good, NULL));
  EXPECT_CRITICAL (aid_format_period (&unset, &unset, "fr"));
  EXPECT_CRITICAL (aid_format_period (NULL, NULL, "fr"));
  EXPECT_CRITICAL (aid_format_period (&bad_month, &good, "fr"));
  EXPECT_CRITICAL (aid_format_period (&good, &day_without_month, "fr"));

#undef EXPECT_CRITICAL
}

/* The process locale must change nothing: under fr_FR.UTF-8, printf would write a decimal
 * comma and %'d would group with the locale's separator. Every table is checked again. */
static void
test_format_locale_independent (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  const char *french = setlocale (LC_ALL, "fr_FR.UTF-8");

  if (french == NULL)
    french = setlocale (LC_ALL, "fr_FR.utf8");
  if (french == NULL)
    {
      g_test_skip ("The fr_FR.UTF-8 locale is not installed");
      return;
    }

  /* Make sure the locale really took: its decimal point is a comma. */
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");

  check_integers ();
  check_numbers ();
  check_percentages ();
  check_amounts ();
  check_compact_amounts ();
  check_dates ();
  check_periods ();

  setlocale (LC_ALL, saved);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aid/format/integer", test_format_integer);
  g_test_add_func ("/aid/format/number", test_format_number);
  g_test_add_func ("/aid/format/percentage", test_format_percentage);
  g_test_add_func ("/aid/format/amount", test_format_amount);
  g_test_add_func ("/aid/format/amount-compact", test_format_amount_compact);
  g_test_add_func ("/aid/format/amount-without-currency", test_format_amount_without_currency);
  g_test_add_func ("/aid/format/date", test_format_date);
  g_test_add_func ("/aid/format/date-months", test_format_date_months);
  g_test_add_func ("/aid/format/period", test_format_period);
  g_test_add_func ("/aid/format/period-null", test_format_period_null);
  g_test_add_func ("/aid/format/other-language", test_format_other_language);
  g_test_add_func ("/aid/format/invalid", test_format_invalid);
  g_test_add_func ("/aid/format/locale-independent", test_format_locale_independent);

  return g_test_run ();
}
