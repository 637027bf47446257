/* aid-disputes.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The other values sources give for a value the app shows, as the evidence popover lists them:
 * one line each, "€41,897,263, according to LuxDev", and a dispute of a dispute indented under
 * the value it disputes, however the chain runs, within bounds a hostile file cannot pass. */

#include "config.h"

#include <glib/gi18n.h>

#include "aid-codelists.h"
#include "aid-countries.h"
#include "aid-disputes.h"
#include "aid-format.h"
#include "aid-labels.h"
#include "aid-language.h"

/* The most lines a list has, and how deep a chain is followed: the rest is counted. */
#define MAX_LINES 40
#define MAX_DEPTH 6
#define MAX_QUOTE_CHARS 200

typedef struct _Walk Walk;

/* How one kind of value reads, where its evidence is and what disputes it. */
typedef char              *(*DescribeFunc) (Walk *walk, gconstpointer value);
typedef const AidEvidence *(*EvidenceFunc) (gconstpointer value);
typedef GPtrArray         *(*DisputesFunc) (gconstpointer value);

struct _Walk
{
  AidDataset     *dataset;
  const char     *language;
  DescribeFunc    describe;
  EvidenceFunc    evidence;
  DisputesFunc    disputes;
  AidDisputeKind  kind;
  GString        *text;
  guint           n_lines;
  guint           n_hidden;
  gboolean        nested;
};

/* How many values there are from @start on in @values, with what disputes them: the reader's
 * depth limit bounds how deep a chain runs. */
static guint
count_values (Walk      *walk,
              GPtrArray *values,
              guint      start)
{
  guint n = 0;

  for (guint i = start; values != NULL && i < values->len; i++)
    n += 1 + count_values (walk, walk->disputes (g_ptr_array_index (values, i)), 0);

  return n;
}

static void
append_line (Walk          *walk,
             gconstpointer  value,
             guint          depth)
{
  const AidEvidence *evidence = walk->evidence (value);
  AidSource *source = evidence->source != NULL ? aid_dataset_lookup_source (walk->dataset, evidence->source) : NULL;
  const char *publisher = source != NULL ? aid_source_get_publisher (source) : NULL;
  g_autofree char *bounded_publisher = aid_labels_bound (publisher != NULL ? publisher : _("an unnamed source"),
                                                          AID_MAX_LABEL_CHARS);
  g_autofree char *described = walk->describe (walk, value);

  if (walk->text->len > 0)
    g_string_append_c (walk->text, '\n');
  for (guint i = 1; i < depth; i++)
    g_string_append (walk->text, "    ");
  if (depth > 0)
    g_string_append (walk->text, "↳ ");

  if (evidence->quote != NULL)
    {
      g_autofree char *quote = aid_labels_bound (evidence->quote, MAX_QUOTE_CHARS);

      /* Translators: another value a source gives, and the words it gives it in:
       * "€41,897,263, according to LuxDev: “41,9 millions d’euros”" */
      g_string_append_printf (walk->text, _("%s, according to %s: “%s”"), described, bounded_publisher, quote);
    }
  else
    {
      /* Translators: another value a source gives: "€41,897,263, according to LuxDev" */
      g_string_append_printf (walk->text, _("%s, according to %s"), described, bounded_publisher);
    }
  walk->n_lines++;
}

static void
walk_values (Walk      *walk,
             GPtrArray *values,
             guint      depth)
{
  for (guint i = 0; values != NULL && i < values->len; i++)
    {
      gconstpointer value = g_ptr_array_index (values, i);
      GPtrArray *disputes = walk->disputes (value);

      if (walk->n_lines >= MAX_LINES)
        {
          walk->n_hidden += count_values (walk, values, i);
          return;
        }

      append_line (walk, value, depth);
      if (disputes == NULL || disputes->len == 0)
        continue;
      if (depth + 1 >= MAX_DEPTH)
        {
          walk->n_hidden += count_values (walk, disputes, 0);
          continue;
        }
      walk->nested = TRUE;
      walk_values (walk, disputes, depth + 1);
    }
}

/* The lines of the values that dispute @value, or NULL where none does. */
static char *
describe (Walk          *walk,
          gconstpointer  value)
{
  GPtrArray *disputes = walk->disputes (value);

  if (disputes == NULL || disputes->len == 0)
    return NULL;

  walk->language = aid_language_get ();
  walk->text = g_string_new (NULL);
  walk_values (walk, disputes, 0);

  if (walk->n_hidden > 0)
    {
      g_autofree char *n_text = aid_language_format_count (walk->n_hidden);

      g_string_append_c (walk->text, '\n');
      g_string_append_printf (walk->text, g_dngettext (GETTEXT_PACKAGE, "And %s more value", "And %s more values",
                                                       walk->n_hidden),
                              n_text);
    }
  if (walk->nested)
    {
      g_string_append_c (walk->text, '\n');
      g_string_append (walk->text, _("An indented value disputes the one above it."));
    }

  return g_string_free (g_steal_pointer (&walk->text), FALSE);
}

/* Money */

static char *
describe_money_value (Walk          *walk,
                      gconstpointer  value)
{
  const AidMoney *money = value;

  if (money->too_large)
    return g_strdup_printf ("%s %s", money->published, money->currency != NULL ? money->currency : "");

  return aid_format_amount (money->cents, money->currency, walk->language);
}

static const AidEvidence *
money_evidence (gconstpointer value)
{
  return &((const AidMoney *)value)->evidence;
}

static GPtrArray *
money_disputes (gconstpointer value)
{
  return ((const AidMoney *)value)->disputes;
}

/**
 * aid_disputes_describe_money:
 *
 * Returns: (nullable): the other amounts the sources give for @money, a line each
 */
char *
aid_disputes_describe_money (AidDataset     *dataset,
                             const AidMoney *money)
{
  Walk walk = { dataset, NULL, describe_money_value, money_evidence, money_disputes };

  g_return_val_if_fail (AID_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (money != NULL, NULL);

  return describe (&walk, money);
}

/* Dates */

static char *
describe_date_value (Walk          *walk,
                     gconstpointer  value)
{
  return aid_format_date (&((const AidDateFact *)value)->date, walk->language);
}

static const AidEvidence *
date_evidence (gconstpointer value)
{
  return &((const AidDateFact *)value)->evidence;
}

static GPtrArray *
date_disputes (gconstpointer value)
{
  return ((const AidDateFact *)value)->disputes;
}

/**
 * aid_disputes_describe_date:
 *
 * Returns: (nullable): the other dates the sources give for @fact, a line each
 */
char *
aid_disputes_describe_date (AidDataset        *dataset,
                            const AidDateFact *fact)
{
  Walk walk = { dataset, NULL, describe_date_value, date_evidence, date_disputes };

  g_return_val_if_fail (AID_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (fact != NULL, NULL);

  return describe (&walk, fact);
}

/* Codes: a status, a sector, a place */

static char *
describe_code_value (Walk          *walk,
                     gconstpointer  value)
{
  const AidCodeFact *fact = value;
  const char *name = NULL;
  g_autofree char *bounded = NULL;

  switch (walk->kind)
    {
    case AID_DISPUTE_STATUS:
      name = aid_codelist_get_label (AID_CODELIST_ACTIVITY_STATUS, fact->code, walk->language);
      break;
    case AID_DISPUTE_SECTOR:
      name = aid_codelist_get_label (AID_CODELIST_SECTOR, fact->code, walk->language);
      break;
    case AID_DISPUTE_PLACE:
      name = aid_dataset_get_region_name (walk->dataset, fact->code, walk->language);
      break;
    case AID_DISPUTE_COUNTRY:
      name = aid_country_get_name (fact->code, walk->language);
      break;
    case AID_DISPUTE_REGION:
      name = aid_codelist_get_label (AID_CODELIST_REGION, fact->code, walk->language);
      break;
    default:
      g_assert_not_reached ();
    }
  bounded = aid_labels_bound (name != NULL ? name : fact->code, AID_MAX_LABEL_CHARS);

  if (fact->percentage >= 0)
    {
      g_autofree char *percentage = aid_format_percentage (fact->percentage / 100, walk->language);

      /* Translators: a sector or a place and its share of the activity: "Kayes (40 %)" */
      return g_strdup_printf (_("%s (%s)"), bounded, percentage);
    }

  return g_steal_pointer (&bounded);
}

static const AidEvidence *
code_evidence (gconstpointer value)
{
  return &((const AidCodeFact *)value)->evidence;
}

static GPtrArray *
code_disputes (gconstpointer value)
{
  return ((const AidCodeFact *)value)->disputes;
}

/**
 * aid_disputes_describe_code:
 * @kind: what the code names
 *
 * Returns: (nullable): the other codes the sources give for @fact, a line each
 */
char *
aid_disputes_describe_code (AidDataset        *dataset,
                            const AidCodeFact *fact,
                            AidDisputeKind     kind)
{
  Walk walk = { dataset, NULL, describe_code_value, code_evidence, code_disputes, kind };

  g_return_val_if_fail (AID_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (fact != NULL, NULL);

  return describe (&walk, fact);
}

/* Organisations */

static char *
describe_participation_value (Walk          *walk,
                              gconstpointer  value)
{
  const AidParticipation *participation = value;
  AidOrganisation *organisation = aid_dataset_lookup_organisation (walk->dataset, participation->org);
  const char *name = organisation != NULL ? aid_organisation_get_name (organisation, walk->language, NULL) : participation->org;
  g_autofree char *bounded = aid_labels_bound (name, AID_MAX_LABEL_CHARS);

  /* Translators: an organisation and its role in an activity: "LuxDev as Implementing" */
  return g_strdup_printf (_("%s as %s"), bounded, aid_labels_role (participation->role));
}

static const AidEvidence *
participation_evidence (gconstpointer value)
{
  return &((const AidParticipation *)value)->evidence;
}

static GPtrArray *
participation_disputes (gconstpointer value)
{
  return ((const AidParticipation *)value)->disputes;
}

/**
 * aid_disputes_describe_participation:
 *
 * Returns: (nullable): the other organisations or roles the sources give, a line each
 */
char *
aid_disputes_describe_participation (AidDataset             *dataset,
                                     const AidParticipation *participation)
{
  Walk walk = { dataset, NULL, describe_participation_value, participation_evidence, participation_disputes };

  g_return_val_if_fail (AID_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (participation != NULL, NULL);

  return describe (&walk, participation);
}

/* Results */

static char *
describe_result_value (Walk          *walk,
                       gconstpointer  value)
{
  AidResult *result = (AidResult *)value;
  const char *unit = aid_result_get_unit (result, walk->language);
  guint year = aid_result_get_year (result);
  double number = 0;
  g_autofree char *text = NULL;

  aid_result_get_value (result, &number);
  text = aid_format_number (number, 2, walk->language);
  if (unit != NULL)
    {
      g_autofree char *with_unit = g_strdup_printf ("%s %s", text, unit);

      g_set_str (&text, with_unit);
    }
  if (year != 0)
    {
      AidDate date = { .year = (guint16) MIN (year, G_MAXUINT16) };
      g_autofree char *year_text = aid_format_date (&date, walk->language);

      /* Translators: a result and the year it is of: "1 200 classrooms (2023)" */
      return g_strdup_printf (_("%s (%s)"), text, year_text);
    }

  return g_steal_pointer (&text);
}

static const AidEvidence *
result_evidence (gconstpointer value)
{
  return aid_result_get_evidence ((AidResult *)value);
}

static GPtrArray *
result_disputes (gconstpointer value)
{
  return aid_result_get_disputes ((AidResult *)value);
}

/**
 * aid_disputes_describe_result:
 *
 * Returns: (nullable): the other values the sources give for @result, a line each
 */
char *
aid_disputes_describe_result (AidDataset *dataset,
                              AidResult  *result)
{
  Walk walk = { dataset, NULL, describe_result_value, result_evidence, result_disputes };

  g_return_val_if_fail (AID_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (AID_IS_RESULT (result), NULL);

  return describe (&walk, result);
}

/* Marks */

/**
 * aid_disputes_mark:
 *
 * Returns: @value as a row or a list shows it when sources disagree on it
 */
char *
aid_disputes_mark (const char *value)
{
  /* Translators: a value that sources disagree on: "€4,100,000 (disputed)" */
  return g_strdup_printf (_("%s (disputed)"), value);
}

/**
 * aid_disputes_mark_subtitle:
 * @subtitle: (nullable): what a row says under its title
 *
 * Returns: the subtitle of a row whose value sources disagree on
 */
char *
aid_disputes_mark_subtitle (const char *subtitle)
{
  if (subtitle == NULL || *subtitle == '\0')
    return g_strdup (_("Disputed"));

  /* Translators: a row's subtitle, then that the sources disagree: "Implementing · Disputed" */
  return g_strdup_printf (_("%s · Disputed"), subtitle);
}

/**
 * aid_disputes_describe_parts:
 *
 * Returns: (nullable): which values of an activity sources disagree on, as a card says it, or
 *   NULL where they agree on all
 */
char *
aid_disputes_describe_parts (AidDisputed disputed)
{
  static const struct { AidDisputed part; const char *name; } parts[] = {
    { AID_DISPUTED_BUDGET, NC_("disputed", "budget") },
    { AID_DISPUTED_FUNDING, NC_("disputed", "funding") },
    { AID_DISPUTED_TRANSACTIONS, NC_("disputed", "transactions") },
    { AID_DISPUTED_STATUS, NC_("disputed", "status") },
    { AID_DISPUTED_DATES, NC_("disputed", "dates") },
    { AID_DISPUTED_ORGANISATIONS, NC_("disputed", "organisations") },
    { AID_DISPUTED_PLACES, NC_("disputed", "places") },
    { AID_DISPUTED_SECTORS, NC_("disputed", "sectors") },
    { AID_DISPUTED_RESULTS, NC_("disputed", "results") },
  };
  g_autoptr(GString) names = NULL;

  if ((disputed & ~AID_DISPUTED_HEADLINE) == 0)
    return NULL;

  names = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if ((disputed & parts[i].part) == 0)
        continue;
      if (names->len > 0)
        /* Translators: between the parts of an activity that are disputed: "budget, dates" */
        g_string_append (names, C_("list", ", "));
      g_string_append (names, g_dpgettext2 (GETTEXT_PACKAGE, "disputed", parts[i].name));
    }

  /* Translators: on a project card, what sources disagree on: "Disputed: budget, dates" */
  return g_strdup_printf (_("Disputed: %s"), names->str);
}
