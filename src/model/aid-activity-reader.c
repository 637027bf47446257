/* aid-activity-reader.c: the activities of the app's own JSON format
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each activity is read from its own tree, on one of the loader's threads: the dataset's
 * sources, organisations and regions it refers to are read first and only looked up here.
 */

#define G_LOG_DOMAIN "aid-activity-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "aid-dataset-reader.h"

static void
read_identifier (AidReader  *reader,
                 JsonObject *object,
                 guint       index,
                 gpointer    user_data)
{
  static const char * const known[] = { "ref", "owner", NULL };
  AidActivity *activity = user_data;
  const char *ref = _aid_json_read_string (reader, object, "ref", TRUE);
  AidIdentifier *identifier;

  _aid_json_check_members (reader, object, known);
  if (ref == NULL)
    return;

  identifier = g_malloc0 (sizeof *identifier + strlen (ref) + 1);
  identifier->ref = strcpy ((char *)(identifier + 1), ref);
  identifier->owner = _aid_json_read_ref (reader, object, "owner", FALSE,
                                          reader->dataset->organisations_by_id, _("organisation"));
  g_ptr_array_add (activity->other_identifiers, identifier);
}

static AidParticipation *
read_participation_object (AidReader  *reader,
                           JsonObject *object,
                           gboolean    dispute);

static gpointer
read_participation_dispute (AidReader  *reader,
                            JsonObject *object,
                            gpointer    user_data)
{
  return read_participation_object (reader, object, TRUE);
}

static AidParticipation *
read_participation_object (AidReader  *reader,
                           JsonObject *object,
                           gboolean    dispute)
{
  static const char * const known[] = { "org", "role", "disputes", EVIDENCE_MEMBERS, NULL };
  AidParticipation *participation = g_new0 (AidParticipation, 1);

  _aid_json_check_members (reader, object, known);
  participation->org = _aid_json_read_ref (reader, object, "org", TRUE,
                                           reader->dataset->organisations_by_id, _("organisation"));
  participation->role = _aid_json_read_code (reader, object, "role", TRUE, AID_CODELIST_ORGANISATION_ROLE);
  _aid_json_read_evidence_members (reader, object, &participation->evidence, dispute);
  participation->disputes = read_disputes (reader, object, read_participation_dispute, NULL,
                                           _aid_participation_free);

  return participation;
}

static void
read_participation (AidReader  *reader,
                    JsonObject *object,
                    guint       index,
                    gpointer    user_data)
{
  AidActivity *activity = user_data;

  g_ptr_array_add (activity->participating_orgs, read_participation_object (reader, object, FALSE));
}

/* A location ("region") or a sector ("code"): the same shape, a code and a percentage. */
static AidCodeFact *
read_share (AidReader  *reader,
            JsonObject *object,
            gboolean    is_location,
            gboolean    dispute);

static gpointer
read_share_dispute (AidReader  *reader,
                    JsonObject *object,
                    gpointer    user_data)
{
  return read_share (reader, object, GPOINTER_TO_INT (user_data), TRUE);
}

static AidCodeFact *
read_share (AidReader  *reader,
            JsonObject *object,
            gboolean    is_location,
            gboolean    dispute)
{
  static const char * const location_known[] = { "region", "percentage", "disputes", EVIDENCE_MEMBERS, NULL };
  static const char * const sector_known[] = { "code", "percentage", "disputes", EVIDENCE_MEMBERS, NULL };
  AidCodeFact *share = g_new0 (AidCodeFact, 1);

  _aid_json_check_members (reader, object, is_location ? location_known : sector_known);
  if (is_location)
    share->code = _aid_json_read_ref (reader, object, "region", TRUE, reader->dataset->regions_by_id, _("region"));
  else
    share->code = _aid_json_read_code (reader, object, "code", TRUE, AID_CODELIST_SECTOR);
  _aid_json_read_percentage (reader, object, &share->percentage);
  _aid_json_read_evidence_members (reader, object, &share->evidence, dispute);
  share->disputes = read_disputes (reader, object, read_share_dispute, GINT_TO_POINTER (is_location),
                                   (GDestroyNotify)aid_code_fact_free);

  return share;
}

static void
read_location (AidReader  *reader,
               JsonObject *object,
               guint       index,
               gpointer    user_data)
{
  AidActivity *activity = user_data;

  g_ptr_array_add (activity->locations, read_share (reader, object, TRUE, FALSE));
}

static void
read_sector (AidReader  *reader,
             JsonObject *object,
             guint       index,
             gpointer    user_data)
{
  AidActivity *activity = user_data;

  g_ptr_array_add (activity->sectors, read_share (reader, object, FALSE, FALSE));
}

/* Checks the shares of "locations" or "sectors" with the rules every format shares. */
static void
check_shares (AidReader  *reader,
              const char *name,
              GPtrArray  *shares)
{
  g_autofree char *problem = _aid_builder_describe_shares (shares, name);

  if (problem != NULL)
    error (reader, name, "%s", problem);

  if (shares->len > AID_MAX_SHARES)
    error (reader, name, _("an activity has at most %u %s, found %u"), AID_MAX_SHARES, name, shares->len);
}

static void
read_contribution (AidReader  *reader,
                   JsonObject *object,
                   guint       index,
                   gpointer    user_data)
{
  static const char * const known[] = { "funder", MONEY_MEMBERS, NULL };
  AidActivity *activity = user_data;
  AidContribution *contribution = g_new0 (AidContribution, 1);

  _aid_json_check_members (reader, object, known);
  contribution->funder = _aid_json_read_ref (reader, object, "funder", TRUE,
                                             reader->dataset->organisations_by_id, _("organisation"));
  contribution->money = _aid_json_read_money_members (reader, object);
  g_ptr_array_add (activity->contributions, contribution);
}

static void
read_budget (AidReader  *reader,
             JsonObject *object,
             guint       index,
             gpointer    user_data)
{
  static const char * const known[] = { "period", MONEY_MEMBERS, NULL };
  AidActivity *activity = user_data;
  AidBudget *budget = g_new0 (AidBudget, 1);

  _aid_json_check_members (reader, object, known);
  _aid_json_read_period (reader, object, "period", TRUE, &budget->period);
  budget->money = _aid_json_read_money_members (reader, object);
  g_ptr_array_add (activity->budgets, budget);
}

static void
read_transaction (AidReader  *reader,
                  JsonObject *object,
                  guint       index,
                  gpointer    user_data)
{
  static const char * const known[] = { "type", "date", "provider", "receiver", MONEY_MEMBERS, NULL };
  AidActivity *activity = user_data;
  AidTransaction *transaction = g_new0 (AidTransaction, 1);
  GHashTable *organisations = reader->dataset->organisations_by_id;

  _aid_json_check_members (reader, object, known);
  transaction->type = _aid_json_read_code (reader, object, "type", TRUE, AID_CODELIST_TRANSACTION_TYPE);
  _aid_json_read_date (reader, object, "date", TRUE, &transaction->date);
  transaction->provider = _aid_json_read_ref (reader, object, "provider", FALSE, organisations, _("organisation"));
  transaction->receiver = _aid_json_read_ref (reader, object, "receiver", FALSE, organisations, _("organisation"));
  transaction->money = _aid_json_read_money_members (reader, object);
  g_ptr_array_add (activity->transactions, transaction);
}

static gpointer read_result_dispute (AidReader  *reader,
                                     JsonObject *object,
                                     gpointer    user_data);

/* Reads the value of a result with its evidence, as the result or one of its disputes gives it:
 * a result's value may be null (not published), a dispute's may not. */
static void
read_result_value (AidReader  *reader,
                   JsonObject *object,
                   AidResult  *result,
                   gboolean    dispute)
{
  JsonNode *value = json_object_get_member (object, "value");

  if (dispute || (value != NULL && !JSON_NODE_HOLDS_NULL (value)))
    result->has_value = _aid_json_read_number (reader, object, "value", TRUE, &result->value);
  result->unit = _aid_json_read_text (reader, object, "unit", FALSE);
  _aid_json_read_year (reader, object, "year", FALSE, &result->year);
  _aid_json_read_evidence_members (reader, object, &result->evidence, dispute);
  result->disputes = read_disputes (reader, object, read_result_dispute, NULL, g_object_unref);
}

static gpointer
read_result_dispute (AidReader  *reader,
                     JsonObject *object,
                     gpointer    user_data)
{
  static const char * const known[] = { "value", "unit", "year", "disputes", EVIDENCE_MEMBERS, NULL };
  AidResult *result = _aid_result_new ();

  _aid_json_check_members (reader, object, known);
  read_result_value (reader, object, result, TRUE);

  return result;
}

static AidResult *
read_result_object (AidReader  *reader,
                    JsonObject *object)
{
  static const char * const known[] = { "title", "value", "unit", "year", "disputes", EVIDENCE_MEMBERS, NULL };
  AidResult *result = _aid_result_new ();

  _aid_json_check_members (reader, object, known);
  result->title = _aid_json_read_text (reader, object, "title", TRUE);
  read_result_value (reader, object, result, FALSE);

  return result;
}

static void
read_result (AidReader  *reader,
             JsonObject *object,
             guint       index,
             gpointer    user_data)
{
  AidActivity *activity = user_data;

  g_ptr_array_add (activity->results, read_result_object (reader, object));
}

static void
read_dates (AidReader   *reader,
            JsonObject  *object,
            AidActivity *activity)
{
  static const char * const names[AID_N_DATE_KINDS] = {
    "planned_start", "actual_start", "planned_end", "actual_end",
  };
  static const char * const known[] = {
    "planned_start", "actual_start", "planned_end", "actual_end", NULL
  };
  JsonObject *dates = _aid_json_read_object (reader, object, "dates", FALSE);
  AidDateKind start, end;
  gsize mark;

  if (dates == NULL)
    return;

  mark = _aid_json_push_member (reader, "dates");
  _aid_json_check_members (reader, dates, known);
  for (guint i = 0; i < AID_N_DATE_KINDS; i++)
    {
      JsonObject *fact = _aid_json_read_object (reader, dates, names[i], FALSE);
      gsize fact_mark;

      if (fact == NULL)
        continue;

      fact_mark = _aid_json_push_member (reader, names[i]);
      activity->dates[i] = _aid_json_read_date_fact (reader, fact, FALSE);
      _aid_json_pop (reader, fact_mark);
    }

  /* A start after the matching end is a typo in one of them. */
  if (_aid_builder_find_late_start (activity, &start, &end))
    {
      g_autofree char *start_text = aid_date_to_string (&activity->dates[start]->date);
      g_autofree char *end_text = aid_date_to_string (&activity->dates[end]->date);

      error (reader, names[start], _("%s (%s) is after %s (%s)"),
             names[start], start_text, names[end], end_text);
    }
  _aid_json_pop (reader, mark);
}

AidActivity *
_aid_reader_read_activity (AidReader *reader,
                           JsonNode  *node)
{
  static const char * const known[] = {
    "id", "iati_identifier", "other_identifiers", "title", "description", "status", "dates",
    "participating_orgs", "recipient_country", "locations", "sectors", "collaboration_type",
    "aid_type", "humanitarian", "channel", "budget", "contributions", "budgets", "transactions",
    "results", "notes", NULL
  };
  g_autoptr(AidActivity) activity = NULL;
  JsonObject *object;
  JsonNode *humanitarian;
  const char *id;

  if ((object = _aid_json_expect_object (reader, node, _("an object"))) == NULL)
    return NULL;

  activity = _aid_activity_new ();
  _aid_json_check_members (reader, object, known);

  if ((id = _aid_json_read_string (reader, object, "id", TRUE)) != NULL)
    activity->id = g_strdup (id);
  activity->iati_identifier = g_strdup (_aid_json_read_string (reader, object, "iati_identifier", FALSE));
  activity->other_identifiers = g_ptr_array_new_with_free_func (_aid_identifier_free);
  _aid_json_read_each (reader, object, "other_identifiers", FALSE, read_identifier, activity);
  activity->title = _aid_json_read_text (reader, object, "title", TRUE);
  activity->description = _aid_json_read_text (reader, object, "description", FALSE);
  activity->status = _aid_json_read_code_fact (reader, object, "status", AID_CODELIST_ACTIVITY_STATUS);
  read_dates (reader, object, activity);

  activity->participating_orgs = g_ptr_array_new_with_free_func (_aid_participation_free);
  _aid_json_read_each (reader, object, "participating_orgs", FALSE, read_participation, activity);

  activity->recipient_country = _aid_json_read_country (reader, object, "recipient_country");
  if (activity->recipient_country == NULL)
    activity->recipient_country = reader->dataset->recipient_country;

  activity->locations = g_ptr_array_new_with_free_func ((GDestroyNotify)aid_code_fact_free);
  _aid_json_read_each (reader, object, "locations", FALSE, read_location, activity);
  check_shares (reader, "locations", activity->locations);

  activity->sectors = g_ptr_array_new_with_free_func ((GDestroyNotify)aid_code_fact_free);
  _aid_json_read_each (reader, object, "sectors", FALSE, read_sector, activity);
  check_shares (reader, "sectors", activity->sectors);

  activity->collaboration_type = _aid_json_read_code_fact (reader, object, "collaboration_type",
                                                           AID_CODELIST_COLLABORATION_TYPE);
  activity->aid_type = _aid_json_read_code_fact (reader, object, "aid_type", AID_CODELIST_AID_TYPE);

  if ((humanitarian = json_object_get_member (object, "humanitarian")) != NULL)
    {
      if (JSON_NODE_HOLDS_VALUE (humanitarian) && json_node_get_value_type (humanitarian) == G_TYPE_BOOLEAN)
        activity->humanitarian = json_node_get_boolean (humanitarian);
      else
        _aid_json_report_type (reader, "humanitarian", humanitarian, _("true or false"));
    }

  _aid_json_read_channel (reader, object, TRUE, &activity->channel);
  activity->budget = _aid_json_read_money (reader, object, "budget");

  activity->contributions = g_ptr_array_new_with_free_func (_aid_contribution_free);
  _aid_json_read_each (reader, object, "contributions", FALSE, read_contribution, activity);
  activity->budgets = g_ptr_array_new_with_free_func (_aid_budget_free);
  _aid_json_read_each (reader, object, "budgets", FALSE, read_budget, activity);
  activity->transactions = g_ptr_array_new_with_free_func (_aid_transaction_free);
  _aid_json_read_each (reader, object, "transactions", FALSE, read_transaction, activity);
  activity->results = g_ptr_array_new_with_free_func (g_object_unref);
  _aid_json_read_each (reader, object, "results", FALSE, read_result, activity);
  activity->notes = g_ptr_array_new_with_free_func (_aid_note_free);
  _aid_json_read_each (reader, object, "notes", FALSE, _aid_json_read_note, activity->notes);

  _aid_builder_finish_activity (reader->dataset, activity);

  return g_steal_pointer (&activity);
}

