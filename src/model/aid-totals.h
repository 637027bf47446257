/* aid-totals.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "aid-dataset.h"

G_BEGIN_DECLS

/* The kinds of amounts, which are never added to each other. */
typedef enum
{
  AID_AMOUNT_BUDGET,          /* an activity's lifetime budget */
  AID_AMOUNT_YEARLY_BUDGET,   /* its budgets per period */
  AID_AMOUNT_COMMITMENT,
  AID_AMOUNT_DISBURSEMENT,
  AID_AMOUNT_EXPENDITURE,
  AID_AMOUNT_CONTRIBUTION,    /* what each funder pays of a budget */
} AidAmountKind;

#define AID_N_AMOUNT_KINDS (AID_AMOUNT_CONTRIBUTION + 1)

typedef struct
{
  const char *currency;
  gint64      cents;
} AidCurrencyAmount;

/* A sum in the dataset's currency. Amounts in a currency with a fixed rate in the dataset (XOF
 * at 655.957 per euro) are converted and counted in converted_cents too; amounts in any other
 * currency are never converted, but kept apart in others. */
typedef struct
{
  gint64  cents;
  gint64  converted_cents;
  guint   n_amounts;
  guint   n_converted;
  GArray *others;             /* of AidCurrencyAmount, or NULL */
} AidSum;

typedef enum
{
  AID_DIMENSION_CHANNEL,
  AID_DIMENSION_ORGANISATION, /* keys are "ORGANISATION-ID ROLE-CODE" */
  AID_DIMENSION_STATUS,
  AID_DIMENSION_YEAR,
  AID_DIMENSION_SECTOR,
  AID_DIMENSION_REGION,
  AID_DIMENSION_COUNTRY,      /* keys are ISO 3166 codes of recipient countries */
} AidDimension;

#define AID_N_DIMENSIONS (AID_DIMENSION_COUNTRY + 1)

/* One row of a breakdown; key is NULL for the row of what cannot be attributed. */
typedef struct
{
  const char *key;
  guint       n_activities;
  AidSum      sums[AID_N_AMOUNT_KINDS];
} AidBreakdownRow;

#define AID_TYPE_TOTALS (aid_totals_get_type ())
G_DECLARE_FINAL_TYPE (AidTotals, aid_totals, AID, TOTALS, GObject)

AidTotals             *aid_totals_new                  (AidDataset   *dataset,
                                                        GListModel   *activities) G_GNUC_WARN_UNUSED_RESULT;

AidTotals             *aid_totals_new_summary          (AidDataset         *dataset,
                                                        AidActivity *const *activities,
                                                        guint               n_activities) G_GNUC_WARN_UNUSED_RESULT;
guint                  aid_totals_get_n_activities     (AidTotals    *self);
guint                  aid_totals_get_n_without_amount (AidTotals    *self);
const AidSum          *aid_totals_get_sum              (AidTotals    *self,
                                                        AidAmountKind kind);
guint                  aid_totals_get_n_rows           (AidTotals    *self,
                                                        AidDimension  dimension);
const AidBreakdownRow *aid_totals_get_row              (AidTotals    *self,
                                                        AidDimension  dimension,
                                                        guint         index);
const AidBreakdownRow *aid_totals_lookup_row           (AidTotals    *self,
                                                        AidDimension  dimension,
                                                        const char   *key);

gint64                 aid_sum_get_other               (const AidSum *sum,
                                                        const char   *currency);

gboolean               aid_activity_counts_in_row      (AidActivity  *activity,
                                                        AidDimension  dimension,
                                                        const char   *key);

/* Co-financing: each funder's contribution and its share of the activity's total. */
typedef struct
{
  const char *funder;         /* organisation id */
  const char *currency;
  gint64      cents;
  double      share;          /* 0 to 1, or -1 when it cannot be computed */
} AidShare;

GArray                *aid_activity_compute_shares     (AidActivity  *activity);

G_END_DECLS
