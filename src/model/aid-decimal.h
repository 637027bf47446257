/* aid-decimal.h: exact sums of published amounts, for the summary and the CSV export
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "aid-facts.h"

G_BEGIN_DECLS

/* An exact sum of decimals, however many digits they have (aid-decimal.c says how). */
typedef struct
{
  GArray *limbs[2];            /* of guint32: [0] the positive values, [1] the negative ones */
  guint   scale;
} AidDecimal;

void _aid_decimal_init      (AidDecimal     *decimal);
void _aid_decimal_clear     (AidDecimal     *decimal);
void _aid_decimal_add_money (AidDecimal     *decimal,
                             const AidMoney *money);
void _aid_decimal_append    (GString        *out,
                             AidDecimal     *decimal);

G_END_DECLS
