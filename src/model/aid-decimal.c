/* aid-decimal.c: exact sums of published amounts
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "aid-decimal.h"

/* An exact sum of decimals, however many digits they have: the positive and the negative values
 * apart, each a whole number of 10^-scale, in limbs of nine decimal digits, least significant
 * first. Published values are at most a few dozen digits, so the sum stays small. */
#define LIMB 1000000000u

void
_aid_decimal_init (AidDecimal *decimal)
{
  for (guint i = 0; i < 2; i++)
    decimal->limbs[i] = g_array_new (FALSE, TRUE, sizeof (guint32));
  decimal->scale = 0;
}

void
_aid_decimal_clear (AidDecimal *decimal)
{
  for (guint i = 0; i < 2; i++)
    g_clear_pointer (&decimal->limbs[i], g_array_unref);
}

/* limbs = limbs × factor + carry, factor at most 10^9. */
static void
limbs_multiply_add (GArray  *limbs,
                    guint32  factor,
                    guint32  carry)
{
  guint64 rest = carry;

  for (guint i = 0; i < limbs->len; i++)
    {
      guint64 v = (guint64)g_array_index (limbs, guint32, i) * factor + rest;

      g_array_index (limbs, guint32, i) = (guint32)(v % LIMB);
      rest = v / LIMB;
    }
  while (rest > 0)
    {
      guint32 limb = (guint32)(rest % LIMB);

      g_array_append_val (limbs, limb);
      rest /= LIMB;
    }
}

static void
limbs_scale (GArray *limbs,
             guint   digits)
{
  for (; digits >= 9; digits -= 9)
    limbs_multiply_add (limbs, LIMB, 0);
  if (digits > 0)
    {
      guint32 factor = 1;

      while (digits-- > 0)
        factor *= 10;
      limbs_multiply_add (limbs, factor, 0);
    }
}

static void
limbs_add (GArray       *into,
           const GArray *value)
{
  guint32 carry = 0;

  if (into->len < value->len)
    g_array_set_size (into, value->len);
  for (guint i = 0; i < into->len; i++)
    {
      guint32 v = g_array_index (into, guint32, i) + carry + (i < value->len ? g_array_index (value, guint32, i) : 0);

      carry = v >= LIMB;
      g_array_index (into, guint32, i) = carry ? v - LIMB : v;
    }
  if (carry)
    g_array_append_val (into, carry);
}

static void
limbs_trim (GArray *limbs)
{
  while (limbs->len > 0 && g_array_index (limbs, guint32, limbs->len - 1) == 0)
    g_array_set_size (limbs, limbs->len - 1);
}

static int
limbs_compare (GArray *a,
               GArray *b)
{
  limbs_trim (a);
  limbs_trim (b);
  if (a->len != b->len)
    return a->len < b->len ? -1 : 1;
  for (guint i = a->len; i > 0; i--)
    {
      guint32 x = g_array_index (a, guint32, i - 1), y = g_array_index (b, guint32, i - 1);

      if (x != y)
        return x < y ? -1 : 1;
    }

  return 0;
}

/* a -= b, with a >= b. */
static void
limbs_subtract (GArray       *a,
                const GArray *b)
{
  gint64 borrow = 0;

  for (guint i = 0; i < a->len; i++)
    {
      gint64 v = (gint64)g_array_index (a, guint32, i) - borrow - (i < b->len ? g_array_index (b, guint32, i) : 0);

      borrow = v < 0;
      g_array_index (a, guint32, i) = (guint32)(v < 0 ? v + LIMB : v);
    }
  limbs_trim (a);
}

/* Adds an xsd:decimal ("-1500.255", "+12", ".5"); FALSE, adding nothing, when it is not one. */
static gboolean
decimal_add (AidDecimal    *decimal,
             const char *text)
{
  g_autoptr(GArray) value = g_array_new (FALSE, TRUE, sizeof (guint32));
  const char *p = text;
  gboolean negative = FALSE;
  guint scale = 0;
  gboolean point = FALSE;
  guint n_digits = 0;

  if (*p == '+' || *p == '-')
    negative = *p++ == '-';
  for (; g_ascii_isdigit (*p) || (*p == '.' && !point); p++)
    {
      if (*p == '.')
        {
          point = TRUE;
          continue;
        }
      limbs_multiply_add (value, 10, (guint32)(*p - '0'));
      scale += point;
      n_digits++;
    }
  if (*p != '\0' || n_digits == 0)
    return FALSE;

  if (scale > decimal->scale)
    {
      limbs_scale (decimal->limbs[0], scale - decimal->scale);
      limbs_scale (decimal->limbs[1], scale - decimal->scale);
      decimal->scale = scale;
    }
  limbs_scale (value, decimal->scale - scale);
  limbs_add (decimal->limbs[negative], value);

  return TRUE;
}

void
_aid_decimal_add_money (AidDecimal        *decimal,
           const AidMoney *money)
{
  g_autofree char *cents = NULL;

  if (money->published != NULL && decimal_add (decimal, money->published))
    return;

  cents = g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", money->cents < 0 ? "-" : "",
                           (guint64)ABS (money->cents) / 100, (guint)((guint64)ABS (money->cents) % 100));
  decimal_add (decimal, cents);
}

/* The shortest decimal for a sum: "1500", "-250.1", "0.000000001". */
void
_aid_decimal_append (GString *out,
                AidDecimal *decimal)
{
  GArray *positive = decimal->limbs[0], *negative = decimal->limbs[1];
  gboolean is_negative = limbs_compare (positive, negative) < 0;
  GArray *magnitude = is_negative ? negative : positive;
  g_autoptr(GString) digits = g_string_new (NULL);
  gsize length, integer;

  limbs_subtract (magnitude, is_negative ? positive : negative);
  for (guint i = magnitude->len; i > 0; i--)
    g_string_append_printf (digits, i == magnitude->len ? "%u" : "%09u", g_array_index (magnitude, guint32, i - 1));
  if (digits->len <= decimal->scale)
    {
      g_autofree char *zeros = g_strnfill (decimal->scale + 1 - digits->len, '0');

      g_string_prepend (digits, zeros);
    }

  length = digits->len;
  integer = length - decimal->scale;
  while (length > integer && digits->str[length - 1] == '0')
    length--;

  if (is_negative)
    g_string_append_c (out, '-');
  g_string_append_len (out, digits->str, integer);
  if (length > integer)
    {
      g_string_append_c (out, '.');
      g_string_append_len (out, digits->str + integer, length - integer);
    }
}

