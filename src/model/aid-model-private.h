/* aid-model-private.h: the layout of the model's objects, shared by the classes and the reader
 * that fills them. Not for widgets: they use the getters of the public headers.
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "aid-activity.h"
#include "aid-dataset.h"
#include "aid-envelope.h"
#include "aid-indicator.h"
#include "aid-result.h"
#include "aid-facts.h"
#include "aid-organisation.h"
#include "aid-source.h"

G_BEGIN_DECLS

/* Strings of ids and references point into the dataset's string chunk, so that a reference
 * is the canonical id string; codes are interned once validated against their (small) lists. */

struct _AidOrganisation
{
  GObject      parent_instance;

  const char  *id;
  AidText     *name;
  AidText     *short_name;
  const char  *type;             /* interned IATI OrganisationType, or NULL */
  char        *iati_ref;
  const char  *country;          /* interned */
};

struct _AidSource
{
  GObject      parent_instance;

  const char  *id;
  char        *title;
  char        *publisher;
  char        *url;
  const char  *language;         /* interned */
  AidDate      published;
  AidDate      accessed;
};

struct _AidResult
{
  GObject      parent_instance;

  AidText     *title;
  double       value;
  gboolean     has_value;
  AidText     *unit;
  guint        year;
  AidEvidence  evidence;
  GPtrArray   *disputes;         /* of AidResult */
};

struct _AidEnvelope
{
  GObject      parent_instance;

  const char  *id;
  AidText     *title;
  AidPeriod    period;
  guint        covers;             /* bit (1 << AidChannel) per channel covered */
  AidMoney    *money;
};

struct _AidIndicator
{
  GObject      parent_instance;

  const char  *id;
  const char  *kind;
  AidText     *label;
  double       value;
  AidText     *unit;
  gint64       out_of;             /* 0 when not a rank */
  guint        year;
  AidEvidence  evidence;
  GPtrArray   *disputes;           /* of AidIndicator */
};

enum
{
  AID_SEARCH_KEY_NAMES,
  AID_SEARCH_KEY_FRENCH,
  AID_SEARCH_KEY_ENGLISH,
  AID_N_SEARCH_KEYS,
};

struct _AidActivity
{
  GObject         parent_instance;

  char           *id;
  char           *iati_identifier;
  GPtrArray      *other_identifiers;  /* of AidIdentifier */
  AidText        *title;
  AidText        *description;
  AidCodeFact    *status;
  AidDateFact    *dates[AID_N_DATE_KINDS];
  GPtrArray      *participating_orgs; /* of AidParticipation */
  const char     *recipient_country;  /* the one with the largest share */
  GPtrArray      *countries;          /* of AidCodeFact, code = ISO 3166 code; may be NULL */
  GPtrArray      *recipient_regions;  /* of AidCodeFact, code = IATI Region; may be NULL */
  GPtrArray      *locations;          /* of AidCodeFact, code = region id */
  GPtrArray      *sectors;            /* of AidCodeFact */
  GPtrArray      *classifications;    /* of AidClassification; may be NULL */
  AidCodeFact    *collaboration_type;
  AidCodeFact    *aid_type;
  AidCodeFact    *flow_type;
  AidCodeFact    *finance_type;
  GPtrArray      *humanitarian_scopes; /* of AidHumanitarianScope; may be NULL */
  GPtrArray      *documents;          /* of AidDocument; may be NULL */
  GPtrArray      *contacts;           /* of AidContact; may be NULL */
  const char     *reporting_org;      /* organisation id, or NULL for the dataset's */
  const char     *source;             /* the source id of the file it was read from, or NULL */
  gboolean        humanitarian;
  AidChannel      channel;
  AidMoney       *budget;
  GPtrArray      *contributions;      /* of AidContribution */
  GPtrArray      *budgets;            /* of AidBudget */
  GPtrArray      *transactions;       /* of AidTransaction */
  GPtrArray      *results;            /* of AidResult */
  GPtrArray      *notes;              /* of AidNote */
  guint           hierarchy;          /* its level: 1 (the default) for the top one */
  GPtrArray      *related;            /* of AidRelation */

  /* Worked out once at load time: links within the dataset, which owns both ends. */
  AidActivity    *parent;             /* or NULL */
  GPtrArray      *children;           /* of AidActivity, not referenced, or NULL */

  /* Worked out once at load time, on the loader's threads. */
  /* Folded for search (aid_search_fold()): ids, titles, names and places; then the description
   * in French and in English, each the other's when missing, as shown. */
  char           *search_keys[AID_N_SEARCH_KEYS];
  gsize           search_key_lengths[AID_N_SEARCH_KEYS];
  GBytes         *search_key_block;   /* holds the keys once the loader has packed them */
  guint           n_amounts;          /* of any kind; none is not zero */
  guint           amount_kinds;       /* which AidAmountKinds it has, as bits */
  AidText        *implementers;       /* the implementing organisations' names, joined */
  AidText        *places;             /* the regions' names, joined */
};

typedef struct
{
  const char  *id;
  AidText     *name;
  const char  *country;
} AidRegion;

typedef struct
{
  const char  *currency;
  const char  *base;
  double       rate;
  AidEvidence  evidence;
  GPtrArray   *disputes;         /* of AidExchangeRate, with only rate and evidence */
} AidExchangeRate;

struct _AidDataset
{
  GObject          parent_instance;

  char            *filename;       /* for display, or NULL for the bundled dataset */
  GStringChunk    *strings;        /* ids of the dataset-level objects */
  const char      *id;
  AidText         *title;
  AidText         *description;
  const char      *default_language;
  const char      *default_currency;
  const char      *donor;
  const char      *reporting_org;
  const char      *recipient_country;
  AidPeriod        focus_period;
  gboolean         has_focus_period;
  char            *licence_name;
  char            *licence_url;
  AidText         *licence_note;

  GListStore      *sources;        /* of AidSource */
  GListStore      *organisations;  /* of AidOrganisation */
  GListStore      *activities;     /* of AidActivity */
  GHashTable      *sources_by_id;
  GHashTable      *organisations_by_id;
  GHashTable      *regions_by_id;  /* id -> AidRegion */
  GPtrArray       *regions;        /* of AidRegion */
  GPtrArray       *exchange_rates; /* of AidExchangeRate */
  GListStore      *envelopes;      /* of AidEnvelope */
  GListStore      *indicators;     /* of AidIndicator */
  GPtrArray       *counts;         /* of AidCount */
  GPtrArray       *notes;          /* of AidNote */
  gboolean         has_hierarchy;  /* some activity is part of another */

  /* Computed on first use. */
  GListStore      *focus_activities;
  GListStore      *humanitarian_activities;
  GObject         *totals;         /* AidTotals */
  GHashTable      *citations;      /* source id -> count */
};

void             _aid_model_ensure_resources (void);

AidOrganisation *_aid_organisation_new (void);
AidSource       *_aid_source_new       (void);
AidActivity     *_aid_activity_new     (void);
AidDataset      *_aid_dataset_new      (void);
AidResult       *_aid_result_new       (void);
AidEnvelope     *_aid_envelope_new     (void);
AidIndicator    *_aid_indicator_new    (void);

guint _aid_totals_count_amounts     (AidActivity *activity,
                                     guint       *kinds);
void  _aid_dataset_ensure_citations (AidDataset  *self);
void  _aid_search_build_keys        (AidDataset  *dataset,
                                     AidActivity *activity);

gboolean _aid_activity_get_published_period (AidActivity *activity,
                                             AidPeriod   *period);
gboolean _aid_activity_get_span             (AidActivity *activity,
                                             AidDate     *earliest,
                                             AidDate     *latest);

void _aid_participation_free (gpointer data);
void _aid_contribution_free  (gpointer data);
void _aid_budget_free        (gpointer data);
void _aid_transaction_free   (gpointer data);
void _aid_note_free          (gpointer data);
void _aid_identifier_free    (gpointer data);
void _aid_relation_free      (gpointer data);
void _aid_region_free        (gpointer data);
void _aid_exchange_rate_free (gpointer data);
void _aid_count_free         (gpointer data);

G_END_DECLS
