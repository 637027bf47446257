/* aid-activity.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "aid-facts.h"

G_BEGIN_DECLS

/* What the one amount that stands for an activity is. */
typedef enum
{
  AID_HEADLINE_BUDGET,
  AID_HEADLINE_CONTRIBUTIONS,     /* its funders' contributions, added up */
  AID_HEADLINE_COMMITMENTS,       /* its commitments, added up */
} AidHeadline;

#define AID_TYPE_ACTIVITY (aid_activity_get_type ())
G_DECLARE_FINAL_TYPE (AidActivity, aid_activity, AID, ACTIVITY, GObject)

/* A link to another activity (IATI related-activity). */
typedef struct
{
  char        *ref;              /* the other activity's identifier, as published */
  const char  *type;             /* IATI RelatedActivityType: 1 parent, 2 child, 3 sibling,
                                  * 4 co-funded, 5 third party */
  AidActivity *activity;         /* the activity of this dataset it names, or NULL */
  AidEvidence  evidence;
} AidRelation;

/* Which of an activity's values the sources disagree on, as bits. */
typedef enum
{
  AID_DISPUTED_HEADLINE      = 1 << 0, /* the amount that stands for it (its headline amount) */
  AID_DISPUTED_BUDGET        = 1 << 1, /* its budget, or a budget of a period */
  AID_DISPUTED_FUNDING       = 1 << 2, /* a funder's contribution */
  AID_DISPUTED_TRANSACTIONS  = 1 << 3,
  AID_DISPUTED_STATUS        = 1 << 4,
  AID_DISPUTED_DATES         = 1 << 5,
  AID_DISPUTED_ORGANISATIONS = 1 << 6,
  AID_DISPUTED_PLACES        = 1 << 7, /* its places, recipient countries or regions */
  AID_DISPUTED_SECTORS       = 1 << 8,
  AID_DISPUTED_RESULTS       = 1 << 9,
} AidDisputed;

/* AidChannel (aid-facts.h) as a GType, for the "channel" property. */
#define AID_TYPE_CHANNEL (aid_channel_get_type ())
GType aid_channel_get_type (void) G_GNUC_CONST;

const char     *aid_activity_get_id           (AidActivity *self);
const char     *aid_activity_get_title        (AidActivity *self,
                                              const char  *language,
                                              gboolean    *fell_back);
const char     *aid_activity_get_description  (AidActivity *self,
                                              const char  *language,
                                              gboolean    *fell_back);
AidChannel      aid_activity_get_channel      (AidActivity *self);
gboolean        aid_activity_get_humanitarian (AidActivity *self);
const AidMoney *aid_activity_get_budget       (AidActivity *self);
gboolean        aid_activity_get_headline_amount (AidActivity  *self,
                                                 gint64       *cents,
                                                 const char  **currency,
                                                 AidHeadline  *source);
const char     *aid_activity_get_status       (AidActivity *self);
gboolean        aid_activity_get_period       (AidActivity *self,
                                              AidDate     *start,
                                              AidDate     *end);
const char     *aid_activity_get_implementers (AidActivity *self,
                                              const char  *language);
const char     *aid_activity_get_places       (AidActivity *self,
                                              const char  *language);
const char     *aid_activity_get_search_key   (AidActivity *self);
const char     *aid_activity_get_description_key (AidActivity *self,
                                                const char  *language);
const char     *aid_activity_get_iati_identifier (AidActivity *self);
const AidDateFact *aid_activity_get_date      (AidActivity *self,
                                              AidDateKind  kind);
GPtrArray      *aid_activity_get_identifiers  (AidActivity *self);
GPtrArray      *aid_activity_get_participations (AidActivity *self);
GPtrArray      *aid_activity_get_contributions (AidActivity *self);
GPtrArray      *aid_activity_get_budgets     (AidActivity *self);
GPtrArray      *aid_activity_get_transactions (AidActivity *self);
GPtrArray      *aid_activity_get_sectors      (AidActivity *self);
GPtrArray      *aid_activity_get_locations    (AidActivity *self);
GPtrArray      *aid_activity_get_results      (AidActivity *self);
GPtrArray      *aid_activity_get_notes        (AidActivity *self);
const AidCodeFact *aid_activity_get_status_fact (AidActivity *self);
AidDisputed     aid_activity_get_disputed     (AidActivity *self);
guint           aid_activity_get_hierarchy    (AidActivity *self);
GPtrArray      *aid_activity_get_related      (AidActivity *self);
AidActivity    *aid_activity_get_parent       (AidActivity *self);
GPtrArray      *aid_activity_get_countries    (AidActivity *self);
GPtrArray      *aid_activity_get_recipient_regions (AidActivity *self);
GPtrArray      *aid_activity_get_classifications (AidActivity *self);
GPtrArray      *aid_activity_get_humanitarian_scopes (AidActivity *self);
GPtrArray      *aid_activity_get_documents    (AidActivity *self);
GPtrArray      *aid_activity_get_contacts     (AidActivity *self);
const AidCodeFact *aid_activity_get_flow_type (AidActivity *self);
const AidCodeFact *aid_activity_get_finance_type (AidActivity *self);
const AidCodeFact *aid_activity_get_aid_type  (AidActivity *self);
const AidCodeFact *aid_activity_get_collaboration_type (AidActivity *self);
const char     *aid_activity_get_reporting_org (AidActivity *self);
const char     *aid_activity_get_source       (AidActivity *self);
GPtrArray      *aid_activity_get_children     (AidActivity *self);

G_END_DECLS
