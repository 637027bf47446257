/* aid-summary.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `aid-explorer --summary` prints what a dataset's transactions add up to, by type and currency,
 * as published: every value of a type in a currency summed, negatives included, nothing
 * converted and no rule of the app's totals applied. It is the ledger a reader can check
 * against the file with any other tool, so it is exact: amounts are added as decimals, not as
 * binary fractions.
 */

#define G_LOG_DOMAIN "aid-summary"

#include "config.h"

#include <string.h>

#include "aid-model-private.h"
#include "aid-summary.h"

/* Amounts are added in billionths: a published value with more decimals than that is rounded
 * at the ninth, half away from zero. A 128-bit sum holds 10^29 units of any currency. */
#define SCALE_DIGITS 9

typedef __int128 Decimal;

static const Decimal SCALE = (Decimal)1000000000;

static gboolean
parse_decimal (const char *text,
               Decimal    *value)
{
  const char *p = text;
  gboolean negative = FALSE;
  Decimal units = 0;
  Decimal fraction = 0;
  guint n_decimals = 0;
  gboolean round_up = FALSE;

  if (*p == '+' || *p == '-')
    negative = *p++ == '-';
  for (; g_ascii_isdigit (*p); p++)
    {
      if (units > (Decimal)G_MAXINT64 * 1000)
        return FALSE;
      units = units * 10 + (*p - '0');
    }
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++, n_decimals++)
      {
        if (n_decimals < SCALE_DIGITS)
          fraction = fraction * 10 + (*p - '0');
        else if (n_decimals == SCALE_DIGITS)
          round_up = *p >= '5';
      }
  if (*p != '\0')
    return FALSE;
  for (; n_decimals < SCALE_DIGITS; n_decimals++)
    fraction *= 10;

  *value = units * SCALE + fraction + (round_up ? 1 : 0);
  if (negative)
    *value = -*value;

  return TRUE;
}

static Decimal
money_value (const AidMoney *money)
{
  Decimal value;

  if (money->published != NULL && parse_decimal (money->published, &value))
    return value;

  return (Decimal)money->cents * (SCALE / 100);
}

/* The shortest decimal for a sum: "1500", "-250.1", "0.000000001". */
static void
append_decimal (GString *out,
                Decimal  value)
{
  char digits[64];
  guint n = 0;
  unsigned __int128 magnitude = value < 0 ? -(unsigned __int128)value : (unsigned __int128)value;
  unsigned __int128 units = magnitude / (unsigned __int128)SCALE;
  guint64 fraction = (guint64)(magnitude % (unsigned __int128)SCALE);

  if (value < 0)
    g_string_append_c (out, '-');

  do
    {
      digits[n++] = (char)('0' + (int)(units % 10));
      units /= 10;
    }
  while (units > 0);
  while (n > 0)
    g_string_append_c (out, digits[--n]);

  if (fraction != 0)
    {
      char decimals[SCALE_DIGITS + 1];
      guint length = SCALE_DIGITS;

      g_snprintf (decimals, sizeof decimals, "%0*" G_GUINT64_FORMAT, SCALE_DIGITS, fraction);
      while (length > 0 && decimals[length - 1] == '0')
        length--;
      g_string_append_c (out, '.');
      g_string_append_len (out, decimals, length);
    }
}

typedef struct
{
  const char *type;
  const char *currency;
  Decimal     sum;
} Line;

/* Transaction types in their codelist's order ("2" before "10"), then any other as text. */
static int
compare_types (const char *a,
               const char *b)
{
  gboolean a_number = a[0] != '\0' && strspn (a, "0123456789") == strlen (a);
  gboolean b_number = b[0] != '\0' && strspn (b, "0123456789") == strlen (b);

  if (a_number && b_number && strlen (a) != strlen (b))
    return strlen (a) < strlen (b) ? -1 : 1;
  if (a_number != b_number)
    return a_number ? -1 : 1;

  return strcmp (a, b);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const Line *la = a;
  const Line *lb = b;
  int order = compare_types (la->type, lb->type);

  return order != 0 ? order : strcmp (la->currency, lb->currency);
}

static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if ((guchar)*p < 0x20)
        g_string_append_printf (out, "\\u%04x", (guint)(guchar)*p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * aid_dataset_summarize:
 *
 * The dataset's transactions as one JSON object: `{"activities": N, "transactions": {"TYPE":
 * {"CUR": SUM}}}`, TYPE the transaction type code, CUR the currency code or "none" where no
 * currency is stated, SUM the exact sum of the values as published. A value that could not be
 * read is not in the dataset, and so not in the sums.
 *
 * Returns: (transfer full): the JSON text, ending with a new line
 */
char *
aid_dataset_summarize (AidDataset *self)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (Line));
  GListModel *activities;
  GString *out;
  guint n_activities;
  const char *type = NULL;

  g_return_val_if_fail (AID_IS_DATASET (self), NULL);

  activities = G_LIST_MODEL (self->activities);
  n_activities = g_list_model_get_n_items (activities);
  for (guint i = 0; i < n_activities; i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (activities, i);

      for (guint t = 0; t < activity->transactions->len; t++)
        {
          AidTransaction *transaction = g_ptr_array_index (activity->transactions, t);
          const char *currency;
          g_autofree char *key = NULL;
          gpointer position;

          if (transaction->money == NULL || transaction->type == NULL)
            continue;

          currency = transaction->money->currency != NULL ? transaction->money->currency : "none";
          key = g_strconcat (transaction->type, " ", currency, NULL);
          if (!g_hash_table_lookup_extended (index, key, NULL, &position))
            {
              Line line = { transaction->type, currency, 0 };

              g_array_append_val (lines, line);
              position = GUINT_TO_POINTER (lines->len);
              g_hash_table_insert (index, g_steal_pointer (&key), position);
            }
          g_array_index (lines, Line, GPOINTER_TO_UINT (position) - 1).sum += money_value (transaction->money);
        }
    }

  g_array_sort (lines, compare_lines);

  out = g_string_new (NULL);
  g_string_append_printf (out, "{\"activities\": %u, \"transactions\": {", n_activities);
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (type == NULL || !g_str_equal (type, line->type))
        {
          if (type != NULL)
            g_string_append (out, "}, ");
          append_json_string (out, line->type);
          g_string_append (out, ": {");
          type = line->type;
        }
      else
        {
          g_string_append (out, ", ");
        }
      append_json_string (out, line->currency);
      g_string_append (out, ": ");
      append_decimal (out, line->sum);
    }
  if (type != NULL)
    g_string_append (out, "}");
  g_string_append (out, "}}\n");

  return g_string_free (out, FALSE);
}
