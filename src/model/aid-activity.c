/* aid-activity.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-activity"

#include "config.h"

#include <string.h>

#include "aid-model-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_CHANNEL,
  PROP_STATUS,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidActivity, aid_activity, G_TYPE_OBJECT)

/* The nicks are the dataset format's names (aid_channel_to_string). */
G_DEFINE_ENUM_TYPE (AidChannel, aid_channel,
  G_DEFINE_ENUM_VALUE (AID_CHANNEL_BILATERAL, "bilateral"),
  G_DEFINE_ENUM_VALUE (AID_CHANNEL_MULTILATERAL, "multilateral"),
  G_DEFINE_ENUM_VALUE (AID_CHANNEL_HUMANITARIAN, "humanitarian"),
  G_DEFINE_ENUM_VALUE (AID_CHANNEL_NGO, "ngo"),
  G_DEFINE_ENUM_VALUE (AID_CHANNEL_MICRO_PROJECT, "micro-project"))

static GParamSpec *properties[N_PROPS];

/* The parts of an activity */

void
_aid_participation_free (gpointer data)
{
  AidParticipation *participation = data;

  aid_evidence_clear (&participation->evidence);
  g_clear_pointer (&participation->disputes, g_ptr_array_unref);
  g_free (participation);
}

void
_aid_contribution_free (gpointer data)
{
  AidContribution *contribution = data;

  aid_money_free (contribution->money);
  g_free (contribution);
}

void
_aid_budget_free (gpointer data)
{
  AidBudget *budget = data;

  aid_money_free (budget->money);
  g_free (budget);
}

void
_aid_transaction_free (gpointer data)
{
  AidTransaction *transaction = data;

  aid_money_free (transaction->money);
  g_free (transaction);
}

void
_aid_note_free (gpointer data)
{
  AidNote *note = data;

  aid_text_free (note->text);
  aid_evidence_clear (&note->evidence);
  g_free (note);
}

void
_aid_identifier_free (gpointer data)
{
  g_free (data);
}

void
_aid_relation_free (gpointer data)
{
  AidRelation *relation = data;

  g_free (relation->ref);
  aid_evidence_clear (&relation->evidence);
  g_free (relation);
}

/* GObject overrides */

static void
aid_activity_finalize (GObject *object)
{
  AidActivity *self = (AidActivity *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->iati_identifier, g_free);
  g_clear_pointer (&self->other_identifiers, g_ptr_array_unref);
  g_clear_pointer (&self->title, aid_text_free);
  g_clear_pointer (&self->description, aid_text_free);
  g_clear_pointer (&self->status, aid_code_fact_free);
  for (guint i = 0; i < AID_N_DATE_KINDS; i++)
    g_clear_pointer (&self->dates[i], aid_date_fact_free);
  g_clear_pointer (&self->participating_orgs, g_ptr_array_unref);
  g_clear_pointer (&self->locations, g_ptr_array_unref);
  g_clear_pointer (&self->sectors, g_ptr_array_unref);
  g_clear_pointer (&self->countries, g_ptr_array_unref);
  g_clear_pointer (&self->recipient_regions, g_ptr_array_unref);
  g_clear_pointer (&self->classifications, g_ptr_array_unref);
  g_clear_pointer (&self->collaboration_type, aid_code_fact_free);
  g_clear_pointer (&self->aid_type, aid_code_fact_free);
  g_clear_pointer (&self->flow_type, aid_code_fact_free);
  g_clear_pointer (&self->finance_type, aid_code_fact_free);
  g_clear_pointer (&self->humanitarian_scopes, g_ptr_array_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_clear_pointer (&self->budget, aid_money_free);
  g_clear_pointer (&self->contributions, g_ptr_array_unref);
  g_clear_pointer (&self->budgets, g_ptr_array_unref);
  g_clear_pointer (&self->transactions, g_ptr_array_unref);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->related, g_ptr_array_unref);
  g_clear_pointer (&self->children, g_ptr_array_unref);
  if (self->search_key_block != NULL)
    g_clear_pointer (&self->search_key_block, g_bytes_unref);
  else
    for (guint k = 0; k < AID_N_SEARCH_KEYS; k++)
      g_free (self->search_keys[k]);
  g_clear_pointer (&self->implementers, aid_text_free);
  g_clear_pointer (&self->places, aid_text_free);

  G_OBJECT_CLASS (aid_activity_parent_class)->finalize (object);
}

static void
aid_activity_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AidActivity *self = AID_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, aid_activity_get_id (self));
      break;

    case PROP_CHANNEL:
      g_value_set_enum (value, aid_activity_get_channel (self));
      break;

    case PROP_STATUS:
      g_value_set_string (value, aid_activity_get_status (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_activity_class_init (AidActivityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aid_activity_finalize;
  object_class->get_property = aid_activity_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /* What a project card shows, for its template to bind. An activity does not change once
   * read: these are never notified. */
  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL, AID_TYPE_CHANNEL, AID_CHANNEL_BILATERAL,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aid_activity_init (AidActivity *self)
{
}

AidActivity *
_aid_activity_new (void)
{
  return g_object_new (AID_TYPE_ACTIVITY, NULL);
}

/* Dates, as the totals, the focus period and the reconciliation read them */

/* The activity's whole period as first published (planned), or as it happened. */
gboolean
_aid_activity_get_published_period (AidActivity *activity,
                                    AidPeriod   *period)
{
  AidDateFact *start = activity->dates[AID_DATE_PLANNED_START] ?: activity->dates[AID_DATE_ACTUAL_START];
  AidDateFact *end = activity->dates[AID_DATE_PLANNED_END] ?: activity->dates[AID_DATE_ACTUAL_END];

  if (start == NULL || end == NULL)
    return FALSE;

  period->start = start->date;
  period->end = end->date;

  return TRUE;
}

/* The activity's whole span, from its earliest to its latest date of any kind. */
gboolean
_aid_activity_get_span (AidActivity *activity,
                        AidDate     *earliest,
                        AidDate     *latest)
{
  memset (earliest, 0, sizeof *earliest);
  memset (latest, 0, sizeof *latest);

  for (guint i = 0; i < AID_N_DATE_KINDS; i++)
    {
      AidDateFact *fact = activity->dates[i];

      if (fact == NULL)
        continue;

      if (!aid_date_is_set (earliest) || aid_date_compare (&fact->date, earliest) < 0)
        *earliest = fact->date;
      if (!aid_date_is_set (latest) || aid_date_compare (&fact->date, latest) > 0)
        *latest = fact->date;
    }

  return aid_date_is_set (earliest);
}

/* Public API */

const char *
aid_activity_get_id (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->id;
}

const char *
aid_activity_get_title (AidActivity *self,
                        const char  *language,
                        gboolean    *fell_back)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return aid_text_get (self->title, language, fell_back);
}

const char *
aid_activity_get_description (AidActivity *self,
                              const char  *language,
                              gboolean    *fell_back)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return aid_text_get (self->description, language, fell_back);
}

AidChannel
aid_activity_get_channel (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), AID_CHANNEL_BILATERAL);

  return self->channel;
}

gboolean
aid_activity_get_humanitarian (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), FALSE);

  return self->humanitarian;
}

const AidMoney *
aid_activity_get_budget (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->budget;
}

/* Ids, titles in every language, organisations and places, folded for search. */
const char *
aid_activity_get_search_key (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->search_keys[AID_SEARCH_KEY_NAMES];
}

/* The description as shown in @language, folded for search, or NULL. */
const char *
aid_activity_get_description_key (AidActivity *self,
                                  const char  *language)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->search_keys[g_strcmp0 (language, "fr") == 0 ? AID_SEARCH_KEY_FRENCH : AID_SEARCH_KEY_ENGLISH];
}

/* The implementing organisations, as "LuxDev, Caritas Suisse", or NULL. */
const char *
aid_activity_get_implementers (AidActivity *self,
                               const char  *language)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return aid_text_get (self->implementers, language, NULL);
}

/* The regions, as "Ségou, Sikasso, Bamako", or NULL. */
const char *
aid_activity_get_places (AidActivity *self,
                         const char  *language)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return aid_text_get (self->places, language, NULL);
}

/* Adds up the money of the items of @array that @money_of picks (returning TRUE), when every
 * one has an amount in one currency and the sum fits; FALSE otherwise, or when none is picked. */
static gboolean
sum_one_currency (GPtrArray    *array,
                  gboolean    (*money_of) (gpointer         item,
                                           const AidMoney **money),
                  gint64       *sum,
                  const char  **currency)
{
  guint n = 0;

  *sum = 0;
  *currency = NULL;
  for (guint i = 0; array != NULL && i < array->len; i++)
    {
      const AidMoney *money;

      if (!money_of (g_ptr_array_index (array, i), &money))
        continue;
      if (money == NULL || money->too_large || (n > 0 && money->currency != *currency) ||
          __builtin_add_overflow (*sum, money->cents, sum))
        return FALSE;
      *currency = money->currency;
      n++;
    }

  return n > 0;
}

static gboolean
contribution_money (gpointer         item,
                    const AidMoney **money)
{
  *money = ((AidContribution *)item)->money;

  return TRUE;
}

/* Commitments only: other transactions are not picked. */
static gboolean
commitment_money (gpointer         item,
                  const AidMoney **money)
{
  AidTransaction *transaction = item;

  *money = transaction->money;

  return g_strcmp0 (transaction->type, "2") == 0;
}

/**
 * aid_activity_get_headline_amount:
 * @cents: (out) (optional): the amount, in cents
 * @currency: (out) (optional) (transfer none): its currency, %NULL where none is stated
 * @source: (out) (optional): what the amount is
 *
 * The one amount that stands for the activity where a single figure is shown, as on a project
 * card: its lifetime budget, or failing one its funders' published contributions added up, or
 * failing those its commitments (IATI transactions of type 2) added up; a sum only when every
 * amount is in the same currency and the sum fits.
 *
 * Returns: %FALSE when none is published
 */
gboolean
aid_activity_get_headline_amount (AidActivity  *self,
                                  gint64       *cents,
                                  const char  **currency,
                                  AidHeadline  *source)
{
  const char *sum_currency = NULL;
  gint64 sum = 0;
  AidHeadline kind;

  g_return_val_if_fail (AID_IS_ACTIVITY (self), FALSE);

  if (self->budget != NULL && !self->budget->too_large)
    {
      sum = self->budget->cents;
      sum_currency = self->budget->currency;
      kind = AID_HEADLINE_BUDGET;
    }
  else if (self->contributions != NULL && self->contributions->len > 0)
    {
      if (!sum_one_currency (self->contributions, contribution_money, &sum, &sum_currency))
        return FALSE;
      kind = AID_HEADLINE_CONTRIBUTIONS;
    }
  else if (sum_one_currency (self->transactions, commitment_money, &sum, &sum_currency))
    {
      kind = AID_HEADLINE_COMMITMENTS;
    }
  else
    {
      return FALSE;
    }

  if (cents != NULL)
    *cents = sum;
  if (currency != NULL)
    *currency = sum_currency;
  if (source != NULL)
    *source = kind;

  return TRUE;
}

/* The status code (IATI ActivityStatus), or NULL when not published. */
const char *
aid_activity_get_status (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->status != NULL ? self->status->code : NULL;
}

/* When the activity began and ends, as it happened where known, else as planned. */
gboolean
aid_activity_get_period (AidActivity *self,
                         AidDate     *start,
                         AidDate     *end)
{
  AidDateFact *first;
  AidDateFact *last;

  g_return_val_if_fail (AID_IS_ACTIVITY (self), FALSE);

  first = self->dates[AID_DATE_ACTUAL_START] ?: self->dates[AID_DATE_PLANNED_START];
  last = self->dates[AID_DATE_ACTUAL_END] ?: self->dates[AID_DATE_PLANNED_END];

  if (start != NULL)
    *start = first != NULL ? first->date : (AidDate) { 0 };
  if (end != NULL)
    *end = last != NULL ? last->date : (AidDate) { 0 };

  return first != NULL || last != NULL;
}

/**
 * aid_activity_get_identifiers:
 *
 * Returns: (transfer none) (element-type AidIdentifier): read-only
 */
GPtrArray *
aid_activity_get_identifiers (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->other_identifiers;
}

/**
 * aid_activity_get_participations:
 *
 * Returns: (transfer none) (element-type AidParticipation): read-only
 */
GPtrArray *
aid_activity_get_participations (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->participating_orgs;
}

/**
 * aid_activity_get_budgets:
 *
 * Returns: (transfer none) (element-type AidBudget): the budgets by period, read-only
 */
GPtrArray *
aid_activity_get_budgets (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->budgets;
}

/**
 * aid_activity_get_transactions:
 *
 * Returns: (transfer none) (element-type AidTransaction): read-only
 */
GPtrArray *
aid_activity_get_transactions (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->transactions;
}

/**
 * aid_activity_get_contributions:
 *
 * Returns: (transfer none) (element-type AidContribution): read-only
 */
GPtrArray *
aid_activity_get_contributions (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->contributions;
}

/**
 * aid_activity_get_sectors:
 *
 * Returns: (transfer none) (element-type AidCodeFact): read-only
 */
GPtrArray *
aid_activity_get_sectors (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->sectors;
}

/**
 * aid_activity_get_locations:
 *
 * Returns: (transfer none) (element-type AidCodeFact): read-only
 */
GPtrArray *
aid_activity_get_locations (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->locations;
}

/**
 * aid_activity_get_results:
 *
 * Returns: (transfer none) (element-type AidResult): read-only
 */
GPtrArray *
aid_activity_get_results (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->results;
}

/**
 * aid_activity_get_notes:
 *
 * Returns: (transfer none) (element-type AidNote): read-only
 */
GPtrArray *
aid_activity_get_notes (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->notes;
}

const char *
aid_activity_get_iati_identifier (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->iati_identifier;
}

const AidDateFact *
aid_activity_get_date (AidActivity *self,
                       AidDateKind  kind)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);
  g_return_val_if_fail (kind < AID_N_DATE_KINDS, NULL);

  return self->dates[kind];
}

const AidCodeFact *
aid_activity_get_status_fact (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->status;
}

static gboolean
money_disputed (const AidMoney *money)
{
  return money != NULL && money->disputes != NULL && money->disputes->len > 0;
}

static gboolean
budget_money (gpointer         item,
              const AidMoney **money)
{
  *money = ((AidBudget *)item)->money;

  return TRUE;
}

static gboolean
transaction_money (gpointer         item,
                   const AidMoney **money)
{
  *money = ((AidTransaction *)item)->money;

  return TRUE;
}

/* Whether any amount of @items that @pick picks is disputed. */
static gboolean
any_money_disputed (GPtrArray  *items,
                    gboolean  (*pick) (gpointer item, const AidMoney **money))
{
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      const AidMoney *money = NULL;

      if (pick (g_ptr_array_index (items, i), &money) && money_disputed (money))
        return TRUE;
    }

  return FALSE;
}

static gboolean
code_facts_disputed (GPtrArray *facts)
{
  for (guint i = 0; facts != NULL && i < facts->len; i++)
    {
      AidCodeFact *fact = g_ptr_array_index (facts, i);

      if (fact->disputes != NULL && fact->disputes->len > 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * aid_activity_get_disputed:
 *
 * Returns: the kinds of values of the activity that sources disagree on, none when they agree
 */
AidDisputed
aid_activity_get_disputed (AidActivity *self)
{
  AidDisputed disputed = 0;
  AidHeadline headline;

  g_return_val_if_fail (AID_IS_ACTIVITY (self), 0);

  if (money_disputed (self->budget) || any_money_disputed (self->budgets, budget_money))
    disputed |= AID_DISPUTED_BUDGET;
  if (any_money_disputed (self->contributions, contribution_money))
    disputed |= AID_DISPUTED_FUNDING;
  if (any_money_disputed (self->transactions, transaction_money))
    disputed |= AID_DISPUTED_TRANSACTIONS;
  /* The headline amount is disputed where what it is made of is. */
  if (aid_activity_get_headline_amount (self, NULL, NULL, &headline) &&
      ((headline == AID_HEADLINE_BUDGET && money_disputed (self->budget)) ||
       (headline == AID_HEADLINE_CONTRIBUTIONS && (disputed & AID_DISPUTED_FUNDING) != 0) ||
       (headline == AID_HEADLINE_COMMITMENTS && any_money_disputed (self->transactions, commitment_money))))
    disputed |= AID_DISPUTED_HEADLINE;

  if (self->status != NULL && self->status->disputes != NULL && self->status->disputes->len > 0)
    disputed |= AID_DISPUTED_STATUS;
  for (guint kind = 0; kind < AID_N_DATE_KINDS; kind++)
    if (self->dates[kind] != NULL && self->dates[kind]->disputes != NULL && self->dates[kind]->disputes->len > 0)
      disputed |= AID_DISPUTED_DATES;
  for (guint i = 0; self->participating_orgs != NULL && i < self->participating_orgs->len; i++)
    {
      AidParticipation *participation = g_ptr_array_index (self->participating_orgs, i);

      if (participation->disputes != NULL && participation->disputes->len > 0)
        disputed |= AID_DISPUTED_ORGANISATIONS;
    }
  if (code_facts_disputed (self->locations) || code_facts_disputed (self->countries) ||
      code_facts_disputed (self->recipient_regions))
    disputed |= AID_DISPUTED_PLACES;
  if (code_facts_disputed (self->sectors))
    disputed |= AID_DISPUTED_SECTORS;
  for (guint i = 0; self->results != NULL && i < self->results->len; i++)
    {
      GPtrArray *disputes = aid_result_get_disputes (g_ptr_array_index (self->results, i));

      if (disputes != NULL && disputes->len > 0)
        disputed |= AID_DISPUTED_RESULTS;
    }

  return disputed;
}

/* The activity's level in its publisher's hierarchy: 1, the default, for the top. */
guint
aid_activity_get_hierarchy (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), 1);

  return self->hierarchy != 0 ? self->hierarchy : 1;
}

/**
 * aid_activity_get_related:
 *
 * Returns: (transfer none) (element-type AidRelation): the activities it names as parent,
 *   child, sibling, co-funded or third party, in the order published
 */
GPtrArray *
aid_activity_get_related (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->related;
}

/**
 * aid_activity_get_parent:
 *
 * Returns: (transfer none) (nullable): the activity of the same dataset it is part of; valid
 *   as long as the dataset is
 */
AidActivity *
aid_activity_get_parent (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->parent;
}

/**
 * aid_activity_get_children:
 *
 * Returns: (transfer none) (nullable) (element-type AidActivity): the activities of the same
 *   dataset that are part of it, or %NULL when none is; valid as long as the dataset is
 */
GPtrArray *
aid_activity_get_children (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->children;
}

/* The lists an IATI file may give and the own format does not: empty rather than NULL. */
#define DEFINE_LIST_GETTER(name, field)                                   \
  GPtrArray *                                                             \
  aid_activity_get_##name (AidActivity *self)                             \
  {                                                                       \
    static GPtrArray *empty;                                              \
                                                                          \
    g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);                  \
                                                                          \
    if (self->field != NULL)                                              \
      return self->field;                                                 \
    if (g_once_init_enter_pointer (&empty))                               \
      g_once_init_leave_pointer (&empty, g_ptr_array_new ());             \
    return empty;                                                         \
  }

DEFINE_LIST_GETTER (countries, countries)
DEFINE_LIST_GETTER (recipient_regions, recipient_regions)
DEFINE_LIST_GETTER (classifications, classifications)
DEFINE_LIST_GETTER (humanitarian_scopes, humanitarian_scopes)
DEFINE_LIST_GETTER (documents, documents)
DEFINE_LIST_GETTER (contacts, contacts)

const AidCodeFact *
aid_activity_get_flow_type (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->flow_type;
}

const AidCodeFact *
aid_activity_get_finance_type (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->finance_type;
}

const AidCodeFact *
aid_activity_get_aid_type (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->aid_type;
}

const AidCodeFact *
aid_activity_get_collaboration_type (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->collaboration_type;
}

/* The organisation that published the activity: its own reporting-org, else the dataset's. */
const char *
aid_activity_get_reporting_org (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->reporting_org;
}

/* The id of the source (the file) the activity was read from, or NULL where the dataset is one
 * document of its own format. */
const char *
aid_activity_get_source (AidActivity *self)
{
  g_return_val_if_fail (AID_IS_ACTIVITY (self), NULL);

  return self->source;
}
