/* aid-totals-private.h: the sums of aid-totals.c, for the reconciliation's own sum
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "aid-totals.h"

G_BEGIN_DECLS

void _aid_sum_add   (AidSum     *sum,
                     AidDataset *dataset,
                     const char *currency,
                     gint64      cents,
                     double      fraction);
void _aid_sum_clear (AidSum     *sum);

G_END_DECLS
