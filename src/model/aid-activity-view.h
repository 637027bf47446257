/* aid-activity-view.h
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

typedef enum
{
  AID_ORDER_DOCUMENT,
  AID_ORDER_TITLE,            /* by title in the given language, ignoring case and accents */
  AID_ORDER_BUDGET,           /* largest first */
  AID_ORDER_START,
  AID_ORDER_END,
} AidOrder;

/* What a view shows: every condition set must hold. Strings are codes or ids ("" or NULL for
 * any); the query is folded (aid_search_fold_query()), and each of its words is looked for in
 * the ids, titles, organisations and places, and in the description in @language. A query
 * with no word to look for (AID_SEARCH_NO_WORDS) shows nothing. */
typedef struct
{
  const char *channel;
  const char *status;
  const char *region;
  const char *country;       /* ISO 3166 code of a recipient country */
  const char *organisation;
  gboolean    humanitarian_only;
  gboolean    focus_only;
  const char *query;
  const char *language;
} AidActivityFilter;

/* What a filter chooses among, for aid_activity_view_count_activities(). */
typedef enum
{
  AID_FACET_CHANNEL,
  AID_FACET_STATUS,
  AID_FACET_REGION,
  AID_FACET_COUNTRY,
  AID_FACET_ORGANISATION,
} AidFacet;

#define AID_N_FACETS (AID_FACET_ORGANISATION + 1)

#define AID_TYPE_ACTIVITY_VIEW (aid_activity_view_get_type ())

G_DECLARE_FINAL_TYPE (AidActivityView, aid_activity_view, AID, ACTIVITY_VIEW, GObject)

AidActivityView *aid_activity_view_new        (void);
void             aid_activity_view_set_dataset (AidActivityView         *self,
                                                AidDataset              *dataset);
void             aid_activity_view_set_order   (AidActivityView         *self,
                                                AidOrder                 order,
                                                const char              *language);
void             aid_activity_view_set_filter  (AidActivityView         *self,
                                                const AidActivityFilter *filter);
AidTotals       *aid_activity_view_get_totals  (AidActivityView         *self) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray       *aid_activity_view_get_statuses (AidActivityView        *self);
GPtrArray       *aid_activity_view_get_regions (AidActivityView         *self);
GPtrArray       *aid_activity_view_get_countries (AidActivityView       *self);
guint            aid_activity_view_count_activities (AidActivityView    *self,
                                                     AidFacet            facet,
                                                     const char         *code);

G_END_DECLS
