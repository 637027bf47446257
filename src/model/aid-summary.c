/* aid-summary.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `aid-explorer --summary` prints what a dataset's transactions add up to, by type and currency,
 * as published: every value of a type in a currency summed, negatives included, nothing
 * converted and no rule of the app's totals applied. It is the ledger a reader can check
 * against the file with any other tool, so it is exact: amounts are added as decimals of any
 * length, not as binary fractions.
 */

#define G_LOG_DOMAIN "aid-summary"

#include "config.h"

#include <string.h>

#include "aid-model-private.h"
#include "aid-decimal.h"
#include "aid-summary.h"

typedef struct
{
  const char *type;
  const char *currency;
  AidDecimal     sum;
} Line;

static void
line_clear (gpointer data)
{
  _aid_decimal_clear (&((Line *)data)->sum);
}

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

  g_array_set_clear_func (lines, line_clear);
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
              Line line = { transaction->type, currency };

              _aid_decimal_init (&line.sum);
              g_array_append_val (lines, line);
              position = GUINT_TO_POINTER (lines->len);
              g_hash_table_insert (index, g_steal_pointer (&key), position);
            }
          _aid_decimal_add_money (&g_array_index (lines, Line, GPOINTER_TO_UINT (position) - 1).sum, transaction->money);
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
      _aid_decimal_append (out, (AidDecimal *)&line->sum);
    }
  if (type != NULL)
    g_string_append (out, "}");
  g_string_append (out, "}}\n");

  return g_string_free (out, FALSE);
}
