/* aid-disputes.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "aid-dataset.h"
#include "aid-result.h"

G_BEGIN_DECLS

/* What a code fact names, for it to read as the interface names it. */
typedef enum
{
  AID_DISPUTE_STATUS,
  AID_DISPUTE_SECTOR,
  AID_DISPUTE_PLACE,    /* a region of the dataset */
  AID_DISPUTE_COUNTRY,  /* an ISO 3166 code */
  AID_DISPUTE_REGION,   /* an IATI region code */
} AidDisputeKind;

char *aid_disputes_describe_money         (AidDataset             *dataset,
                                           const AidMoney         *money) G_GNUC_WARN_UNUSED_RESULT;
char *aid_disputes_describe_date          (AidDataset             *dataset,
                                           const AidDateFact      *fact) G_GNUC_WARN_UNUSED_RESULT;
char *aid_disputes_describe_code          (AidDataset             *dataset,
                                           const AidCodeFact      *fact,
                                           AidDisputeKind          kind) G_GNUC_WARN_UNUSED_RESULT;
char *aid_disputes_describe_participation (AidDataset             *dataset,
                                           const AidParticipation *participation) G_GNUC_WARN_UNUSED_RESULT;
char *aid_disputes_describe_result        (AidDataset             *dataset,
                                           AidResult              *result) G_GNUC_WARN_UNUSED_RESULT;

char *aid_disputes_mark                   (const char             *value) G_GNUC_WARN_UNUSED_RESULT;
char *aid_disputes_mark_subtitle          (const char             *subtitle) G_GNUC_WARN_UNUSED_RESULT;
char *aid_disputes_describe_parts         (AidDisputed             disputed) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
