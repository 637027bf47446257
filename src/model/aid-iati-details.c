/* aid-iati-details.c: what an IATI activity says besides its money and its organisations
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Countries and regions with their shares, classifications of other vocabularies than the DAC
 * sectors, humanitarian scopes, documents and contacts: each read as published, kept apart from
 * what it could be confused with (a region is never a country, an SDG goal never a DAC sector).
 */

#define G_LOG_DOMAIN "aid-iati-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "aid-codelists.h"
#include "aid-iati-details.h"

static GPtrArray *
ensure_list (GPtrArray      **list,
             GDestroyNotify   free_func)
{
  if (*list == NULL)
    *list = g_ptr_array_new_with_free_func (free_func);

  return *list;
}

static gboolean
has_code (GPtrArray  *facts,
          const char *code)
{
  for (guint i = 0; facts != NULL && i < facts->len; i++)
    if (((AidCodeFact *)g_ptr_array_index (facts, i))->code == code)
      return TRUE;

  return FALSE;
}

/* A country code as the standard writes it, two letters in upper case, or NULL. */
static const char *
country_code (xmlNode *node)
{
  g_autofree char *code = _aid_iati_get_code (node);
  g_autofree char *upper = NULL;

  if (code == NULL || strlen (code) != 2 || !g_ascii_isalpha (code[0]) || !g_ascii_isalpha (code[1]))
    return NULL;
  upper = g_ascii_strup (code, -1);

  return g_intern_string (upper);
}

/* A <recipient-country> of the activity, or (@from_transaction) of one of its transactions,
 * taken where the activity names none itself. The country with the largest share is the
 * activity's main one. */
void
_aid_iati_read_country (AidIatiReader *self,
                        xmlNode       *node,
                        gboolean       from_transaction)
{
  AidActivity *activity = self->activity;
  const char *code = country_code (node);
  AidCodeFact *country;

  if (code == NULL)
    {
      if (!from_transaction)
        {
          g_autofree char *text = _aid_iati_get_code (node);

          warn (self, node, _("“%s” is not a country code (two letters, such as “ML”)"), text ?: "");
        }
      return;
    }
  if (has_code (activity->countries, code))
    return;

  country = g_new0 (AidCodeFact, 1);
  country->code = code;
  if (from_transaction || !_aid_iati_read_percentage (self, node, &country->percentage))
    country->percentage = -1;
  _aid_iati_set_evidence (self, &country->evidence, node, NULL);
  g_ptr_array_add (ensure_list (&activity->countries, (GDestroyNotify)aid_code_fact_free), country);

  if (activity->recipient_country == NULL)
    activity->recipient_country = code;
  else
    for (guint i = 0; i < activity->countries->len; i++)
      {
        AidCodeFact *other = g_ptr_array_index (activity->countries, i);

        if (other->code == activity->recipient_country && country->percentage > other->percentage)
          activity->recipient_country = code;
      }
}

/* A <recipient-region> of the OECD DAC list (vocabulary 1, the default); a region of another
 * list is left out, and no region is ever taken for a country. */
void
_aid_iati_read_region (AidIatiReader *self,
                       xmlNode       *node)
{
  g_autofree char *vocabulary = _aid_iati_get_attribute (node, "vocabulary");
  AidCodeFact *region;

  if (vocabulary != NULL && !g_str_equal (vocabulary, "1"))
    return;
  if ((region = _aid_iati_read_code_fact (self, node, AID_CODELIST_REGION)) == NULL)
    return;
  if (has_code (self->activity->recipient_regions, region->code))
    {
      aid_code_fact_free (region);
      return;
    }

  _aid_iati_read_percentage (self, node, &region->percentage);
  g_ptr_array_add (ensure_list (&self->activity->recipient_regions, (GDestroyNotify)aid_code_fact_free), region);
}

/* A <sector> of another vocabulary than the DAC 5-digit list: its code, and its name where the
 * file gives one (publishers' own lists do). */
void
_aid_iati_read_classification (AidIatiReader *self,
                               xmlNode       *node,
                               const char    *vocabulary)
{
  g_autofree char *code = _aid_iati_get_code (node);
  AidClassification *classification;

  if (code == NULL)
    {
      warn (self, node, _("the sector has no code: it is left out"));
      return;
    }

  classification = g_new0 (AidClassification, 1);
  classification->vocabulary = g_intern_string (vocabulary);
  classification->code = g_intern_string (code);
  classification->name = _aid_iati_read_narratives (self, node);
  if (!_aid_iati_read_percentage (self, node, &classification->percentage))
    classification->percentage = -1;
  _aid_iati_set_evidence (self, &classification->evidence, node, NULL);
  g_ptr_array_add (ensure_list (&self->activity->classifications, aid_classification_free), classification);
}

void
_aid_iati_read_humanitarian_scope (AidIatiReader *self,
                                   xmlNode       *node)
{
  g_autofree char *type = _aid_iati_get_attribute (node, "type");
  AidHumanitarianScope *scope;

  if (type == NULL || (!g_str_equal (type, "1") && !g_str_equal (type, "2")))
    {
      warn (self, node, _("a humanitarian scope is of type 1 (emergency) or 2 (appeal), found “%s”: it is left out"),
            type ?: "");
      return;
    }

  scope = g_new0 (AidHumanitarianScope, 1);
  scope->type = g_intern_string (type);
  scope->vocabulary = _aid_iati_get_attribute (node, "vocabulary");
  scope->code = _aid_iati_get_attribute (node, "code");
  scope->name = _aid_iati_read_narratives (self, node);
  _aid_iati_set_evidence (self, &scope->evidence, node, NULL);
  g_ptr_array_add (ensure_list (&self->activity->humanitarian_scopes, aid_humanitarian_scope_free), scope);
}

void
_aid_iati_read_document (AidIatiReader *self,
                         xmlNode       *node)
{
  g_autofree char *url = _aid_iati_get_attribute (node, "url");
  AidDocument *document;
  xmlNode *child;

  if (url == NULL)
    {
      warn (self, node, _("the document link has no url: it is left out"));
      return;
    }

  document = g_new0 (AidDocument, 1);
  document->url = g_steal_pointer (&url);
  if ((child = _aid_iati_first_child (node, "title")) != NULL)
    document->title = _aid_iati_read_narratives (self, child);
  if ((child = _aid_iati_first_child (node, "category")) != NULL)
    {
      AidCodeFact *category = _aid_iati_read_code_fact (self, child, AID_CODELIST_DOCUMENT_CATEGORY);

      if (category != NULL)
        document->category = category->code;
      aid_code_fact_free (category);
    }
  if ((child = _aid_iati_first_child (node, "document-date")) != NULL)
    _aid_iati_read_date_attribute (self, child, "iso-date", &document->date);
  _aid_iati_set_evidence (self, &document->evidence, node, document->url);
  g_ptr_array_add (ensure_list (&self->activity->documents, aid_document_free), document);
}

static AidText *
read_child_narratives (AidIatiReader *self,
                       xmlNode       *node,
                       const char    *name)
{
  xmlNode *child = _aid_iati_first_child (node, name);

  return child != NULL ? _aid_iati_read_narratives (self, child) : NULL;
}

static char *
read_child_text (xmlNode    *node,
                 const char *name)
{
  xmlNode *child = _aid_iati_first_child (node, name);

  return child != NULL ? _aid_iati_get_text (child) : NULL;
}

void
_aid_iati_read_contact (AidIatiReader *self,
                        xmlNode       *node)
{
  AidContact *contact = g_new0 (AidContact, 1);

  contact->organisation = read_child_narratives (self, node, "organisation") ?: read_child_narratives (self, node, "department");
  contact->person = read_child_narratives (self, node, "person-name");
  contact->job_title = read_child_narratives (self, node, "job-title");
  contact->telephone = read_child_text (node, "telephone");
  contact->email = read_child_text (node, "email");
  contact->website = read_child_text (node, "website");
  contact->address = read_child_narratives (self, node, "mailing-address");

  if (contact->organisation == NULL && contact->person == NULL && contact->job_title == NULL &&
      contact->telephone == NULL && contact->email == NULL && contact->website == NULL && contact->address == NULL)
    {
      aid_contact_free (contact);
      return;
    }

  _aid_iati_set_evidence (self, &contact->evidence, node, NULL);
  g_ptr_array_add (ensure_list (&self->activity->contacts, aid_contact_free), contact);
}

/* Country and region shares add up to 100 together, the standard says; the builder describes
 * what is off. Each list is kept to AID_MAX_SHARES. */
void
_aid_iati_check_places (AidIatiReader *self)
{
  AidActivity *activity = self->activity;
  g_autoptr(GPtrArray) shares = g_ptr_array_new ();
  g_autofree char *problem = NULL;

  if (activity->countries != NULL)
    g_ptr_array_extend (shares, activity->countries, NULL, NULL);
  if (activity->recipient_regions != NULL)
    g_ptr_array_extend (shares, activity->recipient_regions, NULL, NULL);
  if (shares->len > 1 && (problem = _aid_builder_describe_shares (shares, "recipient-country, recipient-region")) != NULL)
    warn (self, self->activity_node, "%s", problem);

  if (activity->countries != NULL && activity->countries->len > AID_MAX_SHARES)
    g_ptr_array_set_size (activity->countries, AID_MAX_SHARES);
  if (activity->recipient_regions != NULL && activity->recipient_regions->len > AID_MAX_SHARES)
    g_ptr_array_set_size (activity->recipient_regions, AID_MAX_SHARES);
}

/* The percentages of each vocabulary add up to 100 of their own (rule 7): DAC 3-digit groups,
 * SDG goals and a publisher's own list are each checked apart from the others and from the DAC
 * sectors, which the reader checks. */
void
_aid_iati_check_classifications (AidIatiReader *self)
{
  GPtrArray *classifications = self->activity->classifications;
  g_autoptr(GPtrArray) vocabularies = g_ptr_array_new ();
  g_autofree double *percentages = NULL;

  if (classifications == NULL || classifications->len == 0)
    return;

  /* Interned: the first of each vocabulary, in the order of the file. */
  for (guint i = 0; i < classifications->len; i++)
    {
      AidClassification *classification = g_ptr_array_index (classifications, i);

      if (!g_ptr_array_find (vocabularies, classification->vocabulary, NULL))
        g_ptr_array_add (vocabularies, (gpointer)classification->vocabulary);
    }

  percentages = g_new (double, classifications->len);
  for (guint v = 0; v < vocabularies->len; v++)
    {
      const char *vocabulary = g_ptr_array_index (vocabularies, v);
      g_autofree char *name = g_strdup_printf ("sector vocabulary=\"%s\"", vocabulary);
      g_autofree char *problem = NULL;
      guint n = 0;

      for (guint i = 0; i < classifications->len; i++)
        {
          AidClassification *classification = g_ptr_array_index (classifications, i);

          if (classification->vocabulary == vocabulary)
            percentages[n++] = classification->percentage;
        }

      if (n > 1 && (problem = _aid_builder_describe_percentages (percentages, n, name)) != NULL)
        warn (self, self->activity_node, "%s", problem);
    }
}

