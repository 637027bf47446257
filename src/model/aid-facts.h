/* aid-facts.h: the plain values of a dataset (texts, dates, money, evidence)
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A text in one or more languages. The app speaks French and English; a dataset may carry other
 * languages, which are kept as a last resort. */
typedef struct _AidText AidText;

AidText    *aid_text_new       (void);
AidText    *aid_text_copy      (const AidText *text);
void        aid_text_free      (AidText    *text);
void        aid_text_set       (AidText    *text,
                                const char *language,
                                const char *value);
const char *aid_text_get       (const AidText *text,
                                const char    *language,
                                gboolean      *fell_back);
const char *aid_text_get_exact (const AidText *text,
                                const char    *language);
gboolean    aid_text_is_empty  (const AidText *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AidText, aid_text_free)

/* A date as precise as its source: a year, a month or a day (month and day 0 when unknown). */
typedef struct
{
  guint16 year;
  guint8  month;
  guint8  day;
} AidDate;

gboolean aid_date_parse     (const char *text,
                             AidDate    *date);
gboolean aid_date_is_set    (const AidDate *date);
GDate   *aid_date_first_day (const AidDate *date);
GDate   *aid_date_last_day  (const AidDate *date);
int      aid_date_compare   (const AidDate *a,
                             const AidDate *b);
char    *aid_date_to_string (const AidDate *date);

typedef struct
{
  AidDate start;
  AidDate end;
} AidPeriod;

typedef enum
{
  AID_METHOD_PUBLISHED,
  AID_METHOD_SUMMED,
  AID_METHOD_CONVERTED,
  AID_METHOD_MAPPED,
  AID_METHOD_INFERRED,
} AidMethod;

typedef enum
{
  AID_CHANNEL_BILATERAL,
  AID_CHANNEL_MULTILATERAL,
  AID_CHANNEL_HUMANITARIAN,
  AID_CHANNEL_NGO,
  AID_CHANNEL_MICRO_PROJECT,
  AID_CHANNEL_NOT_STATED,      /* an IATI activity without a collaboration type */
} AidChannel;

#define AID_N_CHANNELS (AID_CHANNEL_NOT_STATED + 1)

gboolean    aid_method_from_string  (const char *text,
                                     AidMethod  *method);
const char *aid_method_to_string    (AidMethod   method);
gboolean    aid_channel_from_string (const char *text,
                                     AidChannel *channel);
const char *aid_channel_to_string   (AidChannel  channel);

/* Where a value comes from. Strings are interned: they are shared by many values. */
typedef struct _AidEvidence AidEvidence;
struct _AidEvidence
{
  const char *source;          /* a source id, or NULL */
  char       *quote;
  const char *quote_language;
  AidMethod   method;
  AidText    *note;
  GPtrArray  *also;            /* of AidEvidence, or NULL */
};

void aid_evidence_clear (AidEvidence *evidence);
void aid_evidence_free  (AidEvidence *evidence);

/* An amount in whole cents, so that sums are exact. */
typedef struct _AidMoney AidMoney;
struct _AidMoney
{
  gint64       cents;
  const char  *currency;       /* interned ISO 4217 code, or NULL where none is stated */
  char        *published;      /* the amount as published, where whole cents round it */
  gboolean     too_large;      /* past what cents hold: only published is known, and no total
                                * adds it */
  AidDate      value_date;
  AidEvidence  evidence;
  GPtrArray   *equivalents;    /* of AidMoney, or NULL */
  GPtrArray   *disputes;       /* of AidMoney, or NULL */
};

void aid_money_free (AidMoney *money);

/* A code someone assigned (a status, a sector), with its evidence. */
typedef struct _AidCodeFact AidCodeFact;
struct _AidCodeFact
{
  const char  *code;           /* interned, or a region id */
  double       percentage;     /* negative when not published */
  AidEvidence  evidence;
  GPtrArray   *disputes;       /* of AidCodeFact, or NULL */
};

void aid_code_fact_free (AidCodeFact *fact);

/* A dated fact, such as an activity's planned start. */
typedef struct
{
  AidDate      date;
  AidEvidence  evidence;
  GPtrArray   *disputes;       /* of AidDateFact, or NULL */
} AidDateFact;

void aid_date_fact_free (AidDateFact *fact);

/* The parts of an activity, read-only for everyone but the reader. */
typedef struct
{
  const char  *org;              /* organisation id */
  const char  *role;             /* IATI OrganisationRole */
  AidEvidence  evidence;
  GPtrArray   *disputes;         /* of AidParticipation */
} AidParticipation;

typedef struct
{
  const char  *funder;           /* organisation id */
  AidMoney    *money;
} AidContribution;

typedef struct
{
  AidPeriod    period;
  AidMoney    *money;
} AidBudget;

typedef struct
{
  const char  *type;             /* IATI TransactionType */
  AidDate      date;
  const char  *provider;
  const char  *receiver;
  AidMoney    *money;
} AidTransaction;

typedef struct
{
  AidText     *text;
  AidEvidence  evidence;
} AidNote;

typedef struct
{
  const char  *ref;
  const char  *owner;            /* organisation id, or NULL */
} AidIdentifier;

typedef enum
{
  AID_DATE_PLANNED_START,
  AID_DATE_ACTUAL_START,
  AID_DATE_PLANNED_END,
  AID_DATE_ACTUAL_END,
} AidDateKind;

#define AID_N_DATE_KINDS (AID_DATE_ACTUAL_END + 1)

/* A classification in another vocabulary than the DAC 5-digit sectors (a DAC 3-digit group, an
 * SDG goal, a publisher's own list): kept apart from them, never mixed in. */
typedef struct
{
  const char  *vocabulary;       /* IATI SectorVocabulary code, interned */
  const char  *code;             /* interned */
  AidText     *name;             /* as the file names it, or NULL */
  double       percentage;       /* negative when not published */
  AidEvidence  evidence;
} AidClassification;

void aid_classification_free (gpointer data);

/* A document an activity links to; the address is opened only where it is a web address. */
typedef struct
{
  char        *url;
  AidText     *title;
  const char  *category;         /* IATI DocumentCategory, interned, or NULL */
  AidDate      date;
  AidEvidence  evidence;
} AidDocument;

void aid_document_free (gpointer data);

/* Whom to ask about an activity, as published (every part may be NULL). */
typedef struct
{
  AidText     *organisation;
  AidText     *person;
  AidText     *job_title;
  char        *telephone;
  char        *email;
  char        *website;
  AidText     *address;
  AidEvidence  evidence;
} AidContact;

void aid_contact_free (gpointer data);

/* The emergency or appeal a humanitarian activity answers. */
typedef struct
{
  const char  *type;             /* IATI HumanitarianScopeType: "1" emergency, "2" appeal */
  char        *vocabulary;       /* IATI HumanitarianScopeVocabulary, such as "1-2" (GLIDE) */
  char        *code;
  AidText     *name;
  AidEvidence  evidence;
} AidHumanitarianScope;

void aid_humanitarian_scope_free (gpointer data);

/* What the sources count without itemising ("five NGOs"). */
typedef struct
{
  const char  *id;
  AidText     *label;
  gint64       count;
  guint        year;
  gboolean     has_channel;
  AidChannel   channel;
  GPtrArray   *themes;             /* of AidText */
  AidEvidence  evidence;
  GPtrArray   *disputes;           /* of AidCount, with only count, year and evidence */
} AidCount;

G_END_DECLS
