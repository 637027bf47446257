/* aid-reconciliation.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "aid-dataset.h"
#include "aid-totals.h"

G_BEGIN_DECLS

/* Reconciling a published envelope with the itemised activities. An amount counts against the
 * envelope only if its value date, or else its activity's whole period as first published, lies
 * inside the envelope's period; amounts whose period straddles it are listed apart, never
 * pro-rated. The donor's money is what counts: its contribution where a split is published,
 * else the budget of an activity it funds alone. */
typedef struct
{
  AidActivity    *activity;
  const AidMoney *money;
} AidItemisedAmount;

#define AID_TYPE_RECONCILIATION (aid_reconciliation_get_type ())
G_DECLARE_FINAL_TYPE (AidReconciliation, aid_reconciliation, AID, RECONCILIATION, GObject)

guint                    aid_dataset_get_n_envelopes               (AidDataset        *dataset);
AidReconciliation       *aid_dataset_reconcile_envelope            (AidDataset        *dataset,
                                                                    guint              index) G_GNUC_WARN_UNUSED_RESULT;

const char              *aid_reconciliation_get_envelope_id        (AidReconciliation *self);
const char              *aid_reconciliation_get_envelope_title     (AidReconciliation *self,
                                                                    const char        *language);
const AidPeriod         *aid_reconciliation_get_envelope_period    (AidReconciliation *self);
guint                    aid_reconciliation_get_envelope_covers    (AidReconciliation *self);
gint64                   aid_reconciliation_get_envelope_cents     (AidReconciliation *self);
const AidSum            *aid_reconciliation_get_itemised           (AidReconciliation *self);
gint64                   aid_reconciliation_get_unitemised_cents   (AidReconciliation *self);
guint                    aid_reconciliation_get_n_inside           (AidReconciliation *self);
const AidItemisedAmount *aid_reconciliation_get_inside             (AidReconciliation *self,
                                                                    guint              index);
guint                    aid_reconciliation_get_n_straddling       (AidReconciliation *self);
const AidItemisedAmount *aid_reconciliation_get_straddling         (AidReconciliation *self,
                                                                    guint              index);

G_END_DECLS
