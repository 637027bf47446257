/* aid-iati-reader.c: IATI activity XML, read into the model
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The IATI Standard (iatistandard.org) is what donors publish: <iati-activities> holding one
 * <iati-activity> per project. This reader streams the file with libxml2's reader, expanding one
 * activity at a time into a small tree that is dropped once read, so that the file is never
 * held as a whole tree. It never touches the network, loads no DTD, substitutes no entity and
 * refuses a document that declares a document type at all: IATI files never do, and that is
 * where entity tricks live.
 *
 * Published files are untidy. Only malformed XML, a root that is not IATI and the limits are
 * errors; every content defect (an empty title, a date such as "10/1/2011", a percentage off
 * 100) is a warning, and what can be read is kept. The rules of the standard (versions 1.0x and
 * 2.0x, codes given as letters or element text, the activity's default currency and language,
 * revised budgets replacing the originals) are applied here; what does not depend on the format
 * is the builder's (aid-dataset-builder.c).
 */

#define G_LOG_DOMAIN "aid-iati-reader"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <libxml/xmlreader.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "aid-codelists.h"
#include "aid-iati-details.h"
#include "aid-iati-reader.h"
#include "aid-iati-values.h"

#if LIBXML_VERSION >= 21200
#define XML_ERROR_CONST const
#else
#define XML_ERROR_CONST
#endif

/* Elements nested outside activities; libxml2 itself limits depth within them. */
#define MAX_DEPTH 64

/* Activities handed to the finisher at a time. */
#define BATCH_SIZE 64

/* libxml2 asks for 4000 bytes at a time; the descriptor is read a megabyte at a time. */
#define CHUNK_SIZE (1024 * 1024)

/* Organisations */

/* The organisation an element names: by its ref where it has one, else by its name; the same
 * organisation in many activities is one. Returns its id, or NULL when it names none. */
static const char *
read_organisation (AidIatiReader *self,
                   xmlNode       *node)
{
  AidDataset *dataset = self->dataset;
  g_autofree char *ref = _aid_iati_get_attribute (node, "ref");
  g_autoptr(AidText) name = NULL;
  g_autofree char *key = NULL;
  g_autofree char *type = NULL;
  g_autoptr(AidOrganisation) organisation = NULL;
  gpointer id = NULL;

  /* Most mentions are of an organisation known by its ref already, whose names need only be
   * counted, not read again. */
  if (ref != NULL && g_hash_table_lookup_extended (dataset->organisations_by_id, ref, &id, NULL) &&
      _aid_iati_count_narratives (self, node))
    return id;

  name = _aid_iati_read_narratives (self, node);
  if (ref != NULL)
    key = g_strdup (ref);
  else if (name != NULL)
    key = g_strconcat ("name:", aid_text_get (name, "en", NULL), NULL);
  else
    return NULL;

  if (g_hash_table_lookup_extended (dataset->organisations_by_id, key, &id, NULL))
    return id;

  organisation = _aid_organisation_new ();
  organisation->id = g_string_chunk_insert (dataset->strings, key);
  organisation->name = name != NULL ? g_steal_pointer (&name) : _aid_iati_neutral_text (ref);
  organisation->iati_ref = g_steal_pointer (&ref);
  if ((type = _aid_iati_get_attribute (node, "type")) != NULL && aid_codelist_has (AID_CODELIST_ORGANISATION_TYPE, type))
    organisation->type = g_intern_string (type);
  g_mutex_lock (&self->tables_lock);
  g_hash_table_insert (dataset->organisations_by_id, (gpointer)organisation->id, organisation);
  g_mutex_unlock (&self->tables_lock);
  g_list_store_append (dataset->organisations, organisation);

  return organisation->id;
}

static void
read_participation (AidIatiReader *self,
                    xmlNode       *node)
{
  const char *role = _aid_iati_read_role (self, node);
  const char *org;
  AidParticipation *participation;

  if (role == NULL || (org = read_organisation (self, node)) == NULL)
    return;

  /* An organisation listed twice in the same role is one participation. */
  for (guint i = 0; i < self->activity->participating_orgs->len; i++)
    {
      AidParticipation *other = g_ptr_array_index (self->activity->participating_orgs, i);

      if (other->org == org && other->role == role)
        return;
    }

  participation = g_new0 (AidParticipation, 1);
  participation->org = org;
  participation->role = role;
  _aid_iati_set_evidence (self, &participation->evidence, node, NULL);
  g_ptr_array_add (self->activity->participating_orgs, participation);
}

/* Places and sectors */

/* A <location> with a name is a place of the dataset, one per name. */
static void
read_location (AidIatiReader *self,
               xmlNode       *node)
{
  AidDataset *dataset = self->dataset;
  xmlNode *name_node = _aid_iati_first_child (node, "name");
  g_autoptr(AidText) name = name_node != NULL ? _aid_iati_read_narratives (self, name_node) : NULL;
  g_autofree char *key = NULL;
  AidRegion *region;
  AidCodeFact *location;

  if (name == NULL)
    return;

  key = g_strconcat ("place:", aid_text_get (name, "en", NULL), NULL);
  if ((region = g_hash_table_lookup (dataset->regions_by_id, key)) == NULL)
    {
      region = g_new0 (AidRegion, 1);
      region->id = g_string_chunk_insert (dataset->strings, key);
      region->name = g_steal_pointer (&name);
      region->country = self->activity->recipient_country;
      g_mutex_lock (&self->tables_lock);
      g_hash_table_insert (dataset->regions_by_id, (gpointer)region->id, region);
      g_mutex_unlock (&self->tables_lock);
      g_ptr_array_add (dataset->regions, region);
    }

  for (guint i = 0; i < self->activity->locations->len; i++)
    if (((AidCodeFact *)g_ptr_array_index (self->activity->locations, i))->code == region->id)
      return;

  location = g_new0 (AidCodeFact, 1);
  location->code = region->id;
  location->percentage = -1;
  _aid_iati_set_evidence (self, &location->evidence, node, NULL);
  g_ptr_array_add (self->activity->locations, location);
}

/* Sectors of the DAC 5-digit list (vocabulary 1, the default); other vocabularies are not mixed
 * into them. */
static AidCodeFact *
read_sector (AidIatiReader *self,
             xmlNode       *node,
             gboolean       of_activity)
{
  g_autofree char *vocabulary = _aid_iati_get_attribute (node, "vocabulary");
  AidCodeFact *sector;

  /* 1.0x files name the DAC lists "DAC" and "DAC-3". */
  if (vocabulary != NULL && g_ascii_strcasecmp (vocabulary, "DAC-3") == 0)
    g_set_str (&vocabulary, "2");
  if (vocabulary != NULL && !g_str_equal (vocabulary, "1") && g_ascii_strcasecmp (vocabulary, "DAC") != 0)
    {
      if (of_activity)
        _aid_iati_read_classification (self, node, vocabulary);
      return NULL;
    }

  if ((sector = _aid_iati_read_code_fact (self, node, AID_CODELIST_SECTOR)) != NULL)
    _aid_iati_read_percentage (self, node, &sector->percentage);

  return sector;
}

static void
check_shares (AidIatiReader *self,
              const char    *name,
              GPtrArray     *shares)
{
  g_autofree char *problem = _aid_builder_describe_shares (shares, name);

  if (problem != NULL)
    warn (self, self->activity_node, "%s", problem);

  if (shares->len > AID_MAX_SHARES)
    {
      warn (self, self->activity_node, _("an activity has at most %u %s, found %u: the rest is left out"),
            AID_MAX_SHARES, name, shares->len);
      g_ptr_array_set_size (shares, AID_MAX_SHARES);
    }
}

/* Money */

static void
read_transaction (AidIatiReader *self,
                  xmlNode       *node,
                  GPtrArray     *sectors,
                  gboolean       take_countries)
{
  AidTransaction *transaction = g_new0 (AidTransaction, 1);
  xmlNode *value = _aid_iati_first_child (node, "value");
  xmlNode *child;
  g_autofree char *humanitarian = _aid_iati_get_attribute (node, "humanitarian");

  transaction->type = _aid_iati_read_transaction_type (self, _aid_iati_first_child (node, "transaction-type"));
  if (transaction->type == NULL)
    warn (self, node, _("the transaction has no type"));

  if ((child = _aid_iati_first_child (node, "transaction-date")) != NULL)
    _aid_iati_read_date_attribute (self, child, "iso-date", &transaction->date);

  if (value == NULL)
    warn (self, node, _("the transaction has no value"));
  else
    transaction->money = _aid_iati_read_value (self, value);

  /* Where the date of the transaction is not given, its value's is. */
  if (!aid_date_is_set (&transaction->date) && transaction->money != NULL)
    transaction->date = transaction->money->value_date;

  if ((child = _aid_iati_first_child (node, "provider-org")) != NULL)
    transaction->provider = read_organisation (self, child);
  if ((child = _aid_iati_first_child (node, "receiver-org")) != NULL)
    transaction->receiver = read_organisation (self, child);

  if (humanitarian != NULL && (g_str_equal (humanitarian, "1") || g_ascii_strcasecmp (humanitarian, "true") == 0))
    self->activity->humanitarian = TRUE;

  /* Sectors and countries given only on transactions are the activity's (the caller says
   * whether it names countries itself). */
  for (child = node->children; child != NULL; child = child->next)
    {
      if (_aid_iati_is_element (child, "sector"))
        {
          AidCodeFact *sector = read_sector (self, child, FALSE);
          gboolean known = FALSE;

          for (guint i = 0; sector != NULL && i < sectors->len; i++)
            known = known || ((AidCodeFact *)g_ptr_array_index (sectors, i))->code == sector->code;
          if (sector != NULL && !known)
            {
              sector->percentage = -1;
              g_ptr_array_add (sectors, sector);
            }
          else
            {
              aid_code_fact_free (sector);
            }
        }
      else if (_aid_iati_is_element (child, "recipient-country") && take_countries)
        _aid_iati_read_country (self, child, TRUE);
    }

  g_ptr_array_add (self->activity->transactions, transaction);
}

typedef struct
{
  AidBudget *budget;
  gboolean   revised;
} ReadBudget;

static void
read_budget (AidIatiReader *self,
             xmlNode       *node,
             GArray        *budgets)
{
  g_autofree char *type = _aid_iati_get_attribute (node, "type");
  xmlNode *value = _aid_iati_first_child (node, "value");
  xmlNode *child;
  ReadBudget read = { g_new0 (AidBudget, 1), type != NULL && g_str_equal (type, "2") };

  if ((child = _aid_iati_first_child (node, "period-start")) != NULL)
    _aid_iati_read_date_attribute (self, child, "iso-date", &read.budget->period.start);
  if ((child = _aid_iati_first_child (node, "period-end")) != NULL)
    _aid_iati_read_date_attribute (self, child, "iso-date", &read.budget->period.end);
  if (value != NULL)
    read.budget->money = _aid_iati_read_value (self, value);
  else
    warn (self, node, _("the budget has no value"));

  g_array_append_val (budgets, read);
}

/* A revised budget replaces the original one of the same period; budgets are never spread over
 * the years they span. */
static void
keep_budgets (AidIatiReader *self,
              GArray        *budgets)
{
  for (guint i = 0; i < budgets->len; i++)
    {
      ReadBudget *read = &g_array_index (budgets, ReadBudget, i);
      gboolean replaced = FALSE;

      for (guint j = 0; !read->revised && j < budgets->len; j++)
        {
          ReadBudget *other = &g_array_index (budgets, ReadBudget, j);

          replaced = replaced ||
                     (other->revised && aid_date_compare (&other->budget->period.start, &read->budget->period.start) == 0 &&
                      aid_date_compare (&other->budget->period.end, &read->budget->period.end) == 0);
        }

      if (replaced)
        _aid_budget_free (read->budget);
      else
        g_ptr_array_add (self->activity->budgets, read->budget);
    }
}

/* The activity's budget is the sum of its budgets where all are in one currency, stated
 * exactly to the cent: a figure the file gives, added up, and said to be. */
static void
sum_budgets (AidIatiReader *self)
{
  AidActivity *activity = self->activity;
  const char *currency = NULL;
  gint64 cents = 0;

  for (guint i = 0; i < activity->budgets->len; i++)
    {
      AidBudget *budget = g_ptr_array_index (activity->budgets, i);

      if (budget->money == NULL || budget->money->currency == NULL || budget->money->published != NULL ||
          (currency != NULL && budget->money->currency != currency) ||
          __builtin_add_overflow (cents, budget->money->cents, &cents))
        return;
      currency = budget->money->currency;
    }

  if (currency == NULL)
    return;

  activity->budget = g_new0 (AidMoney, 1);
  activity->budget->cents = cents;
  activity->budget->currency = currency;
  activity->budget->evidence.source = self->source;
  activity->budget->evidence.method = activity->budgets->len > 1 ? AID_METHOD_SUMMED : AID_METHOD_PUBLISHED;
}

/* Results: an indicator's latest actual value. */
static void
read_result (AidIatiReader *self,
             xmlNode       *node)
{
  xmlNode *title = _aid_iati_first_child (node, "title");
  g_autoptr(AidText) result_title = title != NULL ? _aid_iati_read_narratives (self, title) : NULL;
  gboolean has_indicator = FALSE;

  for (xmlNode *indicator = node->children; indicator != NULL; indicator = indicator->next)
    {
      AidResult *result;
      xmlNode *latest = NULL;
      AidDate latest_end = { 0 };
      double latest_value = 0;

      if (!_aid_iati_is_element (indicator, "indicator"))
        continue;

      has_indicator = TRUE;
      result = _aid_result_new ();
      title = _aid_iati_first_child (indicator, "title");
      result->title = title != NULL ? _aid_iati_read_narratives (self, title) : NULL;
      if (result->title == NULL && result_title != NULL)
        result->title = _aid_iati_neutral_text (aid_text_get (result_title, "en", NULL));

      for (xmlNode *period = indicator->children; period != NULL; period = period->next)
        {
          xmlNode *actual, *end;
          g_autofree char *text = NULL;
          AidDate date = { 0 };
          char *rest = NULL;
          double value;

          if (!_aid_iati_is_element (period, "period") || (actual = _aid_iati_first_child (period, "actual")) == NULL ||
                                  (text = _aid_iati_get_attribute (actual, "value")) == NULL)
            continue;

          value = g_ascii_strtod (text, &rest);
          if (rest == text || *rest != '\0' || !isfinite (value))
            continue;
          if ((end = _aid_iati_first_child (period, "period-end")) != NULL)
            {
              g_autofree char *iso = _aid_iati_get_attribute (end, "iso-date");

              _aid_iati_parse_date (iso, &date);
            }
          if (latest == NULL || aid_date_compare (&date, &latest_end) >= 0)
            {
              latest = actual;
              latest_end = date;
              latest_value = value;
            }
        }

      if (latest != NULL)
        {
          g_autofree char *quote = _aid_iati_get_attribute (latest, "value");

          result->value = latest_value;
          result->has_value = TRUE;
          result->year = latest_end.year;
          _aid_iati_set_evidence (self, &result->evidence, latest, quote);
        }
      else
        {
          _aid_iati_set_evidence (self, &result->evidence, indicator, NULL);
        }

      if (result->title != NULL)
        g_ptr_array_add (self->activity->results, result);
      else
        g_object_unref (result);
    }

  if (!has_indicator && result_title != NULL)
    {
      AidResult *result = _aid_result_new ();

      result->title = g_steal_pointer (&result_title);
      _aid_iati_set_evidence (self, &result->evidence, node, NULL);
      g_ptr_array_add (self->activity->results, result);
    }
}

/* Hierarchy */

/* A link to another activity, by its identifier; the builder finds it once every file is read. */
static void
read_related_activity (AidIatiReader *self,
                       xmlNode       *node)
{
  g_autofree char *ref = _aid_iati_get_attribute (node, "ref");
  g_autofree char *type = _aid_iati_get_attribute (node, "type");
  AidRelation *relation;

  if (ref == NULL)
    {
      warn (self, node, _("the related activity names no activity (no ref): it is left out"));
      return;
    }
  if (type == NULL || strlen (type) != 1 || type[0] < '1' || type[0] > '5')
    {
      warn (self, node, _("“%s” is not a type of related activity (1 to 5): the link to “%s” is left out"),
            type ?: "", ref);
      return;
    }

  relation = g_new0 (AidRelation, 1);
  relation->ref = g_steal_pointer (&ref);
  relation->type = g_intern_string (type);
  _aid_iati_set_evidence (self, &relation->evidence, node, NULL);
  g_ptr_array_add (self->activity->related, relation);
}

/* Activities */

static AidChannel
channel_of_collaboration (const char *code)
{
  static const struct { const char *code; AidChannel channel; } channels[] = {
    { "1", AID_CHANNEL_BILATERAL },
    { "2", AID_CHANNEL_MULTILATERAL },
    { "3", AID_CHANNEL_NGO },
    { "4", AID_CHANNEL_MULTILATERAL },
    { "7", AID_CHANNEL_NGO },
    { "8", AID_CHANNEL_BILATERAL },
  };

  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (channels); i++)
    if (g_str_equal (code, channels[i].code))
      return channels[i].channel;

  return AID_CHANNEL_NOT_STATED;
}

static int
date_kind (const char *type)
{
  static const char * const words[] = { "start-planned", "start-actual", "end-planned", "end-actual" };

  for (guint i = 0; type != NULL && i < AID_N_DATE_KINDS; i++)
    {
      char code[2] = { (char)('1' + i), '\0' };

      if (g_str_equal (type, code) || g_ascii_strcasecmp (type, words[i]) == 0)
        return (int)i;
    }

  return -1;
}

static void
read_activity_date (AidIatiReader *self,
                    xmlNode       *node)
{
  g_autofree char *type = _aid_iati_get_attribute (node, "type");
  g_autofree char *text = _aid_iati_get_attribute (node, "iso-date") ?: _aid_iati_get_text (node);
  int kind = date_kind (type);
  AidDate date;

  if (kind < 0 || text == NULL || self->activity->dates[kind] != NULL)
    return;

  if (!_aid_iati_parse_date (text, &date))
    {
      warn (self, node, _("%s “%s” is not a date (write YYYY-MM-DD): it is left out"), "iso-date", text);
      return;
    }

  self->activity->dates[kind] = g_new0 (AidDateFact, 1);
  self->activity->dates[kind]->date = date;
  _aid_iati_set_evidence (self, &self->activity->dates[kind]->evidence, node, text);
}

/* A version the reader knows, compared as a decimal: "1.00" is "1.0". */
static gboolean
is_known_version (const char *version)
{
  static const double known[] = { 1.0, 1.01, 1.02, 1.03, 1.04, 1.05, 2.01, 2.02, 2.03 };
  char *end = NULL;
  double value;

  if (version == NULL)
    return FALSE;

  value = g_ascii_strtod (version, &end);
  if (end == version || *end != '\0')
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (G_APPROX_VALUE (value, known[i], 1e-9))
      return TRUE;

  return FALSE;
}

/* The version of an activity: its own, else its file's, else the Datastore's iati-extra:version,
 * else 2.03 after a warning. */
static void
check_version (AidIatiReader *self,
               xmlNode       *node)
{
  g_autofree char *own = _aid_iati_get_attribute (node, "version");
  const char *version = own ?: self->version;

  for (xmlAttr *attribute = node->properties; version == NULL && attribute != NULL; attribute = attribute->next)
    if (attribute->ns != NULL && xmlStrEqual (attribute->name, BAD_CAST "version"))
      {
        g_autofree char *extra = _aid_iati_take_trimmed (xmlNodeListGetString (node->doc, attribute->children, 1));

        if (is_known_version (extra))
          return;
      }

  if (self->warned_version)
    return;

  if (version == NULL)
    {
      self->warned_version = TRUE;
      warn (self, node, _("the file states no IATI version: it is read as version 2.03"));
    }
  else if (!is_known_version (version))
    {
      self->warned_version = TRUE;
      warn (self, node, _("IATI version “%s” is not one this version of Aid Explorer knows: it is read as version 2.03"),
            version);
    }
}

/* The level of the activity in its publisher's hierarchy: 1 where none is stated. */
static void
read_hierarchy (AidIatiReader *self,
                xmlNode       *node)
{
  g_autofree char *text = _aid_iati_get_attribute (node, "hierarchy");
  guint64 level;

  self->activity->hierarchy = 1;
  if (text == NULL)
    return;
  if (!g_ascii_string_to_unsigned (text, 10, 1, 99, &level, NULL))
    warn (self, node, _("hierarchy must be a level from 1 to 99, found “%s”: it is read as 1"), text);
  else
    self->activity->hierarchy = (guint)level;
}

static AidActivity *
read_activity (AidIatiReader *self,
               xmlNode       *node)
{
  g_autoptr(AidActivity) activity = _aid_activity_new ();
  g_autoptr(GArray) budgets = g_array_new (FALSE, FALSE, sizeof (ReadBudget));
  g_autoptr(GPtrArray) transaction_sectors = g_ptr_array_new_with_free_func ((GDestroyNotify)aid_code_fact_free);
  g_autofree char *humanitarian = _aid_iati_get_attribute (node, "humanitarian");
  g_autoptr(AidText) general_description = NULL;
  g_autoptr(AidText) other_description = NULL;
  xmlNode *child;
  gboolean own_countries;
  gpointer first_line;

  self->activity_node = node;
  self->activity = activity;
  _aid_iati_forget_positions (self);
  _aid_iati_set_activity_language (self, node);
  self->default_currency = _aid_iati_read_currency (self, node, "default-currency");

  activity->other_identifiers = g_ptr_array_new_with_free_func (_aid_identifier_free);
  activity->participating_orgs = g_ptr_array_new_with_free_func (_aid_participation_free);
  activity->locations = g_ptr_array_new_with_free_func ((GDestroyNotify)aid_code_fact_free);
  activity->sectors = g_ptr_array_new_with_free_func ((GDestroyNotify)aid_code_fact_free);
  activity->contributions = g_ptr_array_new_with_free_func (_aid_contribution_free);
  activity->budgets = g_ptr_array_new_with_free_func (_aid_budget_free);
  activity->transactions = g_ptr_array_new_with_free_func (_aid_transaction_free);
  activity->results = g_ptr_array_new_with_free_func (g_object_unref);
  activity->notes = g_ptr_array_new_with_free_func (_aid_note_free);
  activity->related = g_ptr_array_new_with_free_func (_aid_relation_free);

  check_version (self, node);
  read_hierarchy (self, node);

  if ((child = _aid_iati_first_child (node, "iati-identifier")) != NULL)
    activity->iati_identifier = _aid_iati_get_text (child);
  if (activity->iati_identifier != NULL)
    {
      g_autofree char *shown = NULL;
      gunichar hidden = 0;

      if ((shown = _aid_builder_find_look_alike_id (activity->iati_identifier, &hidden)) != NULL)
        warn (self, child, _("the id holds the invisible character U+%04X: it looks like \"%s\", which may be another id"), hidden, shown);
    }
  if (activity->iati_identifier == NULL)
    {
      warn (self, node, _("the activity has no iati-identifier"));
      activity->id = g_strdup_printf ("%s:iati-activity[%u]", self->name, self->index);
    }
  else if (g_hash_table_lookup_extended (self->ids, activity->iati_identifier, NULL, &first_line))
    {
      /* Two activities with one identifier are both kept, each with an id of its own. */
      warn (self, node, _("the identifier “%s” is also that of an earlier activity (line %u): both are kept"),
            activity->iati_identifier, GPOINTER_TO_UINT (first_line));
      for (guint n = 2; activity->id == NULL || g_hash_table_contains (self->ids, activity->id); n++)
        {
          g_free (activity->id);
          activity->id = g_strdup_printf ("%s (%u)", activity->iati_identifier, n);
        }
    }
  else
    {
      activity->id = g_strdup (activity->iati_identifier);
    }
  g_hash_table_insert (self->ids, g_strdup (activity->id), GUINT_TO_POINTER (_aid_iati_line_of (node)));

  if (humanitarian != NULL)
    {
      if (g_str_equal (humanitarian, "1") || g_ascii_strcasecmp (humanitarian, "true") == 0)
        activity->humanitarian = TRUE;
      else if (!g_str_equal (humanitarian, "0") && g_ascii_strcasecmp (humanitarian, "false") != 0)
        warn (self, node, _("humanitarian must be 1, 0, true or false, found “%s”"), humanitarian);
    }

  /* What identifies the activity comes first, for the evidence of the rest. */
  for (child = node->children; child != NULL; child = child->next)
    {
      if (_aid_iati_is_element (child, "title"))
        _aid_iati_merge_narratives (self, child, &activity->title);
      else if (_aid_iati_is_element (child, "recipient-country"))
        _aid_iati_read_country (self, child, FALSE);
      else if (_aid_iati_is_element (child, "recipient-region"))
        _aid_iati_read_region (self, child);
    }
  own_countries = activity->countries != NULL;

  if (activity->title == NULL)
    {
      g_autofree char *untitled = g_strdup_printf (_("Untitled (%s)"), activity->iati_identifier ?: activity->id);

      warn (self, node, _("the activity has no title: it is shown as “%s”"), untitled);
      activity->title = _aid_iati_neutral_text (untitled);
    }

  for (child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || (child->ns != NULL && child->ns->prefix != NULL))
        continue;

      if (_aid_iati_is_element (child, "description"))
        {
          g_autofree char *type = _aid_iati_get_attribute (child, "type");
          gboolean general = type == NULL || g_str_equal (type, "1");

          /* The general description, else the first of another type. */
          _aid_iati_merge_narratives (self, child, general ? &general_description : &other_description);
        }
      else if (_aid_iati_is_element (child, "participating-org"))
        read_participation (self, child);
      else if (_aid_iati_is_element (child, "reporting-org"))
        {
          const char *org = read_organisation (self, child);

          if (activity->reporting_org == NULL)
            activity->reporting_org = org;
          if (self->dataset->reporting_org == NULL)
            self->dataset->reporting_org = org;
          if (self->source_object->publisher == NULL && org != NULL)
            {
              AidOrganisation *organisation = g_hash_table_lookup (self->dataset->organisations_by_id, org);

              self->source_object->publisher = g_strdup (aid_text_get (organisation->name, "en", NULL));
            }
        }
      else if (_aid_iati_is_element (child, "activity-status"))
        {
          if (activity->status == NULL)
            activity->status = _aid_iati_read_code_fact (self, child, AID_CODELIST_ACTIVITY_STATUS);
        }
      else if (_aid_iati_is_element (child, "activity-date"))
        read_activity_date (self, child);
      else if (_aid_iati_is_element (child, "location"))
        read_location (self, child);
      else if (_aid_iati_is_element (child, "sector"))
        {
          AidCodeFact *sector = read_sector (self, child, TRUE);

          if (sector != NULL)
            g_ptr_array_add (activity->sectors, sector);
        }
      else if (_aid_iati_is_element (child, "collaboration-type"))
        {
          if (activity->collaboration_type == NULL)
            activity->collaboration_type = _aid_iati_read_code_fact (self, child, AID_CODELIST_COLLABORATION_TYPE);
        }
      else if (_aid_iati_is_element (child, "default-aid-type"))
        {
          g_autofree char *vocabulary = _aid_iati_get_attribute (child, "vocabulary");

          if (activity->aid_type == NULL && (vocabulary == NULL || g_str_equal (vocabulary, "1")))
            activity->aid_type = _aid_iati_read_code_fact (self, child, AID_CODELIST_AID_TYPE);
        }
      else if (_aid_iati_is_element (child, "default-flow-type"))
        {
          if (activity->flow_type == NULL)
            activity->flow_type = _aid_iati_read_code_fact (self, child, AID_CODELIST_FLOW_TYPE);
        }
      else if (_aid_iati_is_element (child, "default-finance-type"))
        {
          if (activity->finance_type == NULL)
            activity->finance_type = _aid_iati_read_code_fact (self, child, AID_CODELIST_FINANCE_TYPE);
        }
      else if (_aid_iati_is_element (child, "humanitarian-scope"))
        _aid_iati_read_humanitarian_scope (self, child);
      else if (_aid_iati_is_element (child, "document-link"))
        _aid_iati_read_document (self, child);
      else if (_aid_iati_is_element (child, "contact-info"))
        _aid_iati_read_contact (self, child);
      else if (_aid_iati_is_element (child, "budget"))
        read_budget (self, child, budgets);
      else if (_aid_iati_is_element (child, "transaction"))
        read_transaction (self, child, transaction_sectors, !own_countries);
      else if (_aid_iati_is_element (child, "result"))
        read_result (self, child);
      else if (_aid_iati_is_element (child, "related-activity"))
        read_related_activity (self, child);
      else if (_aid_iati_is_element (child, "other-identifier"))
        {
          g_autofree char *ref = _aid_iati_get_attribute (child, "ref");
          AidIdentifier *identifier;

          if (ref == NULL)
            continue;
          identifier = g_malloc0 (sizeof *identifier + strlen (ref) + 1);
          identifier->ref = strcpy ((char *)(identifier + 1), ref);
          g_ptr_array_add (activity->other_identifiers, identifier);
        }
    }

  if (general_description != NULL)
    activity->description = g_steal_pointer (&general_description);
  else
    activity->description = g_steal_pointer (&other_description);

  if (activity->sectors->len == 0 && transaction_sectors->len > 0)
    {
      g_ptr_array_extend_and_steal (activity->sectors, g_steal_pointer (&transaction_sectors));
    }
  check_shares (self, "sector", activity->sectors);
  _aid_iati_check_classifications (self);
  _aid_iati_check_places (self);
  activity->source = self->source;

  activity->channel = channel_of_collaboration (activity->collaboration_type != NULL ? activity->collaboration_type->code : NULL);
  keep_budgets (self, budgets);
  sum_budgets (self);

  /* _aid_builder_finish_activity() is the finisher's, on its thread. */
  self->activity = NULL;
  self->activity_node = NULL;
  self->has_activity_language = FALSE;
  _aid_iati_forget_positions (self);

  return g_steal_pointer (&activity);
}

/* Finishing activities */

static void
finish_batch (gpointer data,
              gpointer user_data)
{
  AidIatiReader *self = user_data;
  GPtrArray *batch = data;

  g_mutex_lock (&self->tables_lock);
  for (guint i = 0; i < batch->len; i++)
    _aid_builder_finish_activity (self->dataset, g_ptr_array_index (batch, i));
  g_mutex_unlock (&self->tables_lock);
  /* Packed here rather than once all are read, so that the memory of the keys packed is at
   * hand for the next batch's: packed at the end, they left as much again unused. */
  _aid_builder_pack_search_keys ((AidActivity **)batch->pdata, batch->len);
  g_ptr_array_unref (batch);
}

/* Hands the activities read since the last batch to the finisher. They stay in
 * self->activities, which the reader neither reads nor frees until finish_all() has waited. */
static void
push_batch (AidIatiReader *self)
{
  if (self->batch == NULL || self->batch->len == 0)
    return;

  if (self->finisher == NULL)
    self->finisher = g_thread_pool_new (finish_batch, self, 1, FALSE, NULL);
  if (self->finisher == NULL)
    finish_batch (g_steal_pointer (&self->batch), self);
  else
    g_thread_pool_push (self->finisher, g_steal_pointer (&self->batch), NULL);
}

static void
add_activity (AidIatiReader *self,
              AidActivity   *activity)
{
  g_ptr_array_add (self->activities, activity);
  if (self->batch == NULL)
    self->batch = g_ptr_array_sized_new (BATCH_SIZE);
  g_ptr_array_add (self->batch, activity);
  if (self->batch->len >= BATCH_SIZE)
    push_batch (self);
}

/* Waits until every activity read is finished. */
static void
finish_all (AidIatiReader *self)
{
  push_batch (self);
  if (self->finisher != NULL)
    g_thread_pool_free (g_steal_pointer (&self->finisher), FALSE, TRUE);
}

/* Reading a file */

static void
on_xml_error (void                   *data,
              XML_ERROR_CONST xmlError *error)
{
  AidIatiReader *self = data;

  if (error == NULL || error->level < XML_ERR_ERROR || self->fatal != NULL)
    return;

  /* libxml2 quotes the text around a problem, cut anywhere, even inside a character. */
  self->fatal = g_strstrip (g_utf8_make_valid (error->message != NULL ? error->message : "", -1));
  g_strdelimit (self->fatal, "\n\r\t", ' ');
  self->fatal_code = error->code;
  self->fatal_line = error->line > 0 ? (guint)error->line : 0;
  self->fatal_column = error->int2 > 0 ? (guint)error->int2 : 0;
}

/* Hands libxml2 the bytes in memory, then those of the descriptor, if any: a file read from
 * its descriptor is never held whole, so that the load needs no more memory than its model. */
static int
read_input (void *context,
            char *buffer,
            int   length)
{
  AidIatiReader *self = context;
  gssize n;

  if (g_cancellable_is_cancelled (self->cancellable))
    return -1;

  if (self->offset < self->length)
    {
      n = (gssize)MIN ((gsize)length, self->length - (gsize)self->offset);
      memcpy (buffer, self->data + self->offset, (gsize)n);
    }
  else if (self->fd >= 0)
    {
      if (self->chunk_start == self->chunk_end)
        {
          gssize got;

          if (self->chunk == NULL)
            self->chunk = g_malloc (CHUNK_SIZE);
          do
            got = read (self->fd, self->chunk, CHUNK_SIZE);
          while (got < 0 && errno == EINTR);

          if (got < 0)
            {
              g_clear_pointer (&self->input_problem, g_free);
              self->input_problem = g_strdup (g_strerror (errno));
              return -1;
            }
          self->chunk_start = 0;
          self->chunk_end = (gsize)got;
        }

      n = (gssize)MIN ((gsize)length, self->chunk_end - self->chunk_start);
      memcpy (buffer, self->chunk + self->chunk_start, (gsize)n);
      self->chunk_start += (gsize)n;
      if (self->offset + (guint64)n > AID_MAX_FILE_SIZE)
        {
          g_autofree char *limit = g_format_size (AID_MAX_FILE_SIZE);

          g_clear_pointer (&self->input_problem, g_free);
          self->input_problem = g_strdup_printf (_("the file is larger than the limit of %s"), limit);
          return -1;
        }
    }
  else
    {
      n = 0;
    }

  self->offset += (guint64)n;
  if (n == 0 || self->offset >= self->size)
    self->at_end = TRUE;

  if (self->progress != NULL && self->size > 0)
    {
      int percent = (int)(MIN (self->offset, self->size) * 100 / self->size);

      if (percent > self->last_percent)
        {
          self->last_percent = percent;
          self->progress ((double)MIN (self->offset, self->size) / (double)self->size, self->progress_data);
        }
    }

  return (int)n;
}

static int
close_input (void *context)
{
  return 0;
}

/* Whether @data looks like XML rather than JSON: its first character, after a byte order mark
 * and blanks, is "<" (or it is UTF-16, which only XML files are here). */
gboolean
_aid_iati_sniff (const char *data,
                 gsize       length)
{
  gsize i = 0;

  if (length >= 2 && (((guchar)data[0] == 0xFF && (guchar)data[1] == 0xFE) ||
                      ((guchar)data[0] == 0xFE && (guchar)data[1] == 0xFF)))
    return TRUE;
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;

  return i < length && data[i] == '<';
}

AidIatiReader *
_aid_iati_reader_new (AidDataset   *dataset,
                      AidProblems  *problems,
                      GCancellable *cancellable)
{
  AidIatiReader *self = g_new0 (AidIatiReader, 1);

  self->dataset = dataset;
  self->problems = problems;
  self->cancellable = cancellable;
  self->activities = g_ptr_array_new_with_free_func (g_object_unref);
  self->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->fd = -1;
  g_mutex_init (&self->tables_lock);
  self->currencies = g_hash_table_new (NULL, NULL);
  self->languages = g_hash_table_new (NULL, NULL);

  return self;
}

static void
add_source (AidIatiReader *self)
{
  g_autofree char *id = g_strdup_printf ("iati-file-%u", ++self->n_files);
  g_autofree char *basename = g_path_get_basename (self->name);
  g_autoptr(AidSource) source = _aid_source_new ();

  source->id = g_string_chunk_insert (self->dataset->strings, id);
  source->title = g_strdup (basename);
  g_hash_table_insert (self->dataset->sources_by_id, (gpointer)source->id, source);
  g_list_store_append (self->dataset->sources, source);
  self->source = source->id;
  self->source_object = source;
}

static gboolean
read_file (AidIatiReader       *self,
           const char          *data,
           gsize                length,
           int                  fd,
           guint64              size,
           const char          *name,
           AidLoadProgressFunc  progress,
           gpointer             progress_data)
{
  xmlTextReader *reader;
  guint n_before = self->activities->len;
  gboolean root_seen = FALSE;
  gboolean ok = TRUE;
  int status;

  self->name = name != NULL ? name : "iati.xml";
  self->data = data;
  self->length = length;
  self->fd = fd;
  self->size = size;
  self->offset = 0;
  self->at_end = FALSE;
  self->chunk_start = self->chunk_end = 0;
  g_clear_pointer (&self->input_problem, g_free);
  self->progress = progress;
  self->progress_data = progress_data;
  self->last_percent = -1;
  self->warned_version = FALSE;
  self->index = 0;
  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->fatal, g_free);
  add_source (self);

  /* No network, no DTD, no entity substitution, no XInclude: only the bytes of the file. */
  reader = xmlReaderForIO (read_input, close_input, self, NULL, NULL,
                           XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA | XML_PARSE_COMPACT);
  if (reader == NULL)
    {
      _aid_iati_report (self, AID_SEVERITY_ERROR, NULL, "%s", _("the file could not be read as XML"));
      return FALSE;
    }
  xmlTextReaderSetStructuredErrorHandler (reader, on_xml_error, self);

  status = xmlTextReaderRead (reader);
  while (status == 1)
    {
      int type = xmlTextReaderNodeType (reader);
      int depth = xmlTextReaderDepth (reader);
      const char *local_name = (const char *)xmlTextReaderConstLocalName (reader);
      gboolean in_no_namespace = xmlTextReaderConstNamespaceUri (reader) == NULL;

      if (type == XML_READER_TYPE_DOCUMENT_TYPE)
        {
          _aid_iati_report (self, AID_SEVERITY_ERROR, NULL, "%s",
                            _("the file declares a document type (<!DOCTYPE>), which IATI files never do: it is not opened, lest its entities be expanded"));
          ok = FALSE;
          break;
        }

      if (type != XML_READER_TYPE_ELEMENT)
        {
          status = xmlTextReaderRead (reader);
          continue;
        }

      if (depth > MAX_DEPTH)
        {
          _aid_iati_report (self, AID_SEVERITY_ERROR, NULL,
                            _("elements are nested more than %u levels deep at line %d"), MAX_DEPTH,
                            xmlTextReaderGetParserLineNumber (reader));
          ok = FALSE;
          break;
        }

      if (!root_seen)
        {
          root_seen = TRUE;
          if (in_no_namespace && g_str_equal (local_name, "iati-activities"))
            {
              self->version = _aid_iati_take_trimmed (xmlTextReaderGetAttribute (reader, BAD_CAST "version"));
              status = xmlTextReaderRead (reader);
              continue;
            }
          if (!in_no_namespace || !g_str_equal (local_name, "iati-activity"))
            {
              if (g_str_equal (local_name, "iati-organisations"))
                _aid_iati_report (self, AID_SEVERITY_ERROR, NULL, "%s",
                                  _("this is an IATI organisation file, not an activity file: it has no activities to show"));
              else
                _aid_iati_report (self, AID_SEVERITY_ERROR, NULL,
                                  _("this is not an IATI activity file: its root element is <%s>, not <iati-activities>"),
                                  local_name);
              ok = FALSE;
              break;
            }
        }

      if (in_no_namespace && g_str_equal (local_name, "iati-activity") && depth <= 1)
        {
          xmlNode *node = xmlTextReaderExpand (reader);

          if (node == NULL)
            break;

          if (self->activities->len >= AID_IATI_MAX_ACTIVITIES)
            {
              _aid_iati_report (self, AID_SEVERITY_ERROR, node, _("the files hold more than %u activities"),
                                AID_IATI_MAX_ACTIVITIES);
              ok = FALSE;
              break;
            }

          self->index++;
          add_activity (self, read_activity (self, node));
        }

      /* Anything else at the top, an extension or an unknown element, is skipped whole. */
      status = depth <= 1 ? xmlTextReaderNext (reader) : xmlTextReaderRead (reader);
    }

  if (ok && self->input_problem != NULL && !g_cancellable_is_cancelled (self->cancellable))
    {
      _aid_iati_report (self, AID_SEVERITY_ERROR, NULL, "%s", self->input_problem);
      ok = FALSE;
    }
  else if (ok && (status < 0 || self->fatal != NULL) && !g_cancellable_is_cancelled (self->cancellable))
    {
      if (_aid_problems_count (self->problems, AID_SEVERITY_ERROR))
        {
          gboolean cut_short = self->at_end &&
                               self->fatal != NULL &&
                               (self->fatal_code == XML_ERR_DOCUMENT_END || self->fatal_code == XML_ERR_TAG_NOT_FINISHED ||
                                self->fatal_code == XML_ERR_DOCUMENT_EMPTY);
          g_autofree char *message = NULL;

          if (cut_short)
            message = g_strdup (_("the file ends before its elements are closed: it is probably incomplete"));
          /* libxml2's own limit, in words that do not send the reader to its options. */
          else if (self->fatal == NULL)
            message = g_strdup (_("the file could not be read as XML"));
          else if (g_str_has_prefix (self->fatal, "Excessive depth in document"))
            message = g_strdup_printf (_("elements are nested more than %u levels deep"), 256);
          else
            message = g_strdup_printf (_("the file is not well-formed XML: %s"), self->fatal);

          _aid_problems_add (self->problems, AID_SEVERITY_ERROR, self->fatal_line, self->fatal_column, NULL, message);
        }
      ok = FALSE;
    }
  else if (ok && !root_seen && !g_cancellable_is_cancelled (self->cancellable))
    {
      _aid_iati_report (self, AID_SEVERITY_ERROR, NULL, "%s", _("the file has no XML element"));
      ok = FALSE;
    }

  xmlFreeTextReader (reader);
  self->data = NULL;
  self->fd = -1;
  g_clear_pointer (&self->chunk, g_free);
  finish_all (self);

  if (!ok)
    g_ptr_array_set_size (self->activities, n_before);

  return ok;
}

/* Reads the activities of one file, in memory. Returns FALSE when it is not an IATI activity
 * file or not well-formed XML, after an error saying so; what it read of it is then dropped. */
gboolean
_aid_iati_reader_read (AidIatiReader       *self,
                       const char          *data,
                       gsize                length,
                       const char          *name,
                       AidLoadProgressFunc  progress,
                       gpointer             progress_data)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return read_file (self, data, length, -1, length, name, progress, progress_data);
}

/* The same for a file of @size bytes of which @head is read already, the rest to be read from
 * @fd as the reader goes: the file is never held whole. */
gboolean
_aid_iati_reader_read_fd (AidIatiReader       *self,
                          const char          *head,
                          gsize                head_length,
                          int                  fd,
                          guint64              size,
                          const char          *name,
                          AidLoadProgressFunc  progress,
                          gpointer             progress_data)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (fd >= 0, FALSE);

  return read_file (self, head, head_length, fd, MAX (size, head_length), name, progress, progress_data);
}

static const char *
most_common (GHashTable *table)
{
  GHashTableIter iter;
  gpointer key, value;
  const char *best = NULL;
  guint best_count = 0;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > best_count ||
        (GPOINTER_TO_UINT (value) == best_count && g_strcmp0 (key, best) < 0))
      {
        best = key;
        best_count = GPOINTER_TO_UINT (value);
      }

  return best;
}

/* Hands what was read to the dataset: its activities, and what the dataset says of itself,
 * from them. Totals are shown in the currency most amounts are in (the others apart, never
 * converted but at fixed rates), texts first in the language most are in. */
void
_aid_iati_reader_finish (AidIatiReader *self)
{
  AidDataset *dataset = self->dataset;

  dataset->default_currency = most_common (self->currencies);
  dataset->default_language = most_common (self->languages);
  if (g_strcmp0 (dataset->default_language, "und") == 0)
    dataset->default_language = NULL;

  if (dataset->title == NULL)
    {
      AidOrganisation *publisher = dataset->reporting_org != NULL
        ? g_hash_table_lookup (dataset->organisations_by_id, dataset->reporting_org) : NULL;
      AidSource *source = g_list_model_get_n_items (G_LIST_MODEL (dataset->sources)) > 0
        ? g_list_model_get_item (G_LIST_MODEL (dataset->sources), 0) : NULL;

      if (publisher != NULL)
        dataset->title = aid_text_copy (publisher->name);
      else if (source != NULL)
        dataset->title = _aid_iati_neutral_text (source->title);
      if (source != NULL)
        {
          dataset->id = g_string_chunk_insert (dataset->strings, source->title);
          g_object_unref (source);
        }
    }

  _aid_builder_add_activities (dataset, (AidActivity **)self->activities->pdata, self->activities->len);
  g_ptr_array_set_free_func (self->activities, NULL);
  g_ptr_array_set_size (self->activities, 0);
  g_ptr_array_set_free_func (self->activities, g_object_unref);
}

void
_aid_iati_reader_free (AidIatiReader *self)
{
  if (self == NULL)
    return;

  finish_all (self);
  g_mutex_clear (&self->tables_lock);
  g_clear_pointer (&self->activities, g_ptr_array_unref);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->currencies, g_hash_table_unref);
  g_clear_pointer (&self->languages, g_hash_table_unref);
  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->fatal, g_free);
  g_clear_pointer (&self->input_problem, g_free);
  g_free (self);
}
