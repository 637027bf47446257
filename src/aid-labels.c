/* aid-labels.c: short labels of our own for cards and filters
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * IATI's official labels are long or stiff for a card ("Pipeline/identification"); the detail
 * views show those, with credit, and these short ones go where space is tight.
 */

#define G_LOG_DOMAIN "aid-labels"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-labels.h"
#include "aid-language.h"

const char *
aid_labels_channel (AidChannel channel)
{
  switch (channel)
    {
    case AID_CHANNEL_BILATERAL:
      return C_("channel", "Bilateral");
    case AID_CHANNEL_MULTILATERAL:
      return C_("channel", "Multilateral");
    case AID_CHANNEL_HUMANITARIAN:
      return C_("channel", "Humanitarian");
    case AID_CHANNEL_NGO:
      return C_("channel", "NGOs");
    case AID_CHANNEL_MICRO_PROJECT:
      return C_("channel", "Micro-projects");
    case AID_CHANNEL_NOT_STATED:
      return C_("channel", "Channel Not Stated");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* IATI ActivityStatus */
const char *
aid_labels_status (const char *code)
{
  static const struct { const char *code; const char *label; } labels[] = {
    { "1", NC_("status", "Planned") },
    { "2", NC_("status", "Under way") },
    { "3", NC_("status", "Finishing") },
    { "4", NC_("status", "Closed") },
    { "5", NC_("status", "Cancelled") },
    { "6", NC_("status", "Suspended") },
  };

  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (code, labels[i].code))
      return g_dpgettext2 (GETTEXT_PACKAGE, "status", labels[i].label);

  return NULL;
}

/* IATI OrganisationRole */
const char *
aid_labels_role (const char *code)
{
  static const struct { const char *code; const char *label; } labels[] = {
    { "1", NC_("role", "Funder") },
    { "2", NC_("role", "Accountable") },
    { "3", NC_("role", "Extending") },
    { "4", NC_("role", "Implementer") },
  };

  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (code, labels[i].code))
      return g_dpgettext2 (GETTEXT_PACKAGE, "role", labels[i].label);

  return NULL;
}

/* What a related activity is to the one that names it (IATI RelatedActivityType). */
const char *
aid_labels_relation (const char *code)
{
  static const struct { const char *code; const char *label; } labels[] = {
    { "1", NC_("relation", "Parent activity") },
    { "2", NC_("relation", "Sub-activity") },
    { "3", NC_("relation", "Sibling activity") },
    { "4", NC_("relation", "Co-funded activity") },
    { "5", NC_("relation", "Third-party activity") },
  };

  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (code, labels[i].code))
      return g_dpgettext2 (GETTEXT_PACKAGE, "relation", labels[i].label);

  return NULL;
}

const char *
aid_labels_method (AidMethod method)
{
  switch (method)
    {
    case AID_METHOD_PUBLISHED:
      return _("Published by the source");
    case AID_METHOD_SUMMED:
      return _("Added up from published figures");
    case AID_METHOD_CONVERTED:
      return _("Converted at a published rate");
    case AID_METHOD_MAPPED:
      return _("Assigned from the source’s words");
    case AID_METHOD_INFERRED:
      return _("Deduced, not published");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * aid_labels_fallback_note:
 *
 * Returns: what marks a text shown in another language than the interface's, which has none
 *   of its own: "Not published in English"
 */
const char *
aid_labels_fallback_note (void)
{
  return g_str_equal (aid_language_get (), "fr") ? _("Not published in French") : _("Not published in English");
}

/**
 * aid_labels_mark_fallback:
 * @text: (nullable): a title or a description
 * @fell_back: whether @text is in another language than the interface's
 *
 * Returns: (transfer full) (nullable): @text, marked where it is shown in a fallback language:
 *   "Puits du nord (not published in English)", as the format promises, visibly and not only in
 *   a tooltip
 */
char *
aid_labels_mark_fallback (const char *text,
                          gboolean    fell_back)
{
  if (text == NULL || !fell_back)
    return g_strdup (text);

  return g_str_equal (aid_language_get (), "fr") ?
         /* Translators: a title shown in another language, the interface's lacking */
         g_strdup_printf (_("%s (not published in French)"), text) :
         g_strdup_printf (_("%s (not published in English)"), text);
}

/**
 * aid_labels_activity_title:
 *
 * Returns: (transfer full) (nullable): the title of @activity in the interface's language,
 *   marked when it is in another one
 */
char *
aid_labels_activity_title (AidActivity *activity)
{
  gboolean fell_back = FALSE;
  const char *title = aid_activity_get_title (activity, aid_language_get (), &fell_back);

  return aid_labels_mark_fallback (title, fell_back);
}

/**
 * aid_labels_bound:
 * @text: (nullable): dataset text
 * @max_chars: the most characters to keep
 *
 * Returns: (transfer full) (nullable): @text, or its first @max_chars characters and "…" when
 *   it is longer, so that a label lays out a bounded text
 */
char *
aid_labels_bound (const char *text,
                  gsize       max_chars)
{
  const char *end;

  if (text == NULL)
    return NULL;

  end = text;
  for (gsize i = 0; i < max_chars; i++)
    {
      if (*end == '\0')
        return g_strdup (text);
      end = g_utf8_next_char (end);
    }
  if (*end == '\0')
    return g_strdup (text);

  {
    GString *bounded = g_string_new_len (text, end - text);

    g_string_append (bounded, "…");
    return g_string_free (bounded, FALSE);
  }
}
