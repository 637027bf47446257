/* aid-codelists.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-codelists"

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "aid-codelists.h"
#include "aid-model-private.h"
#include "aid-model-resources.h"

typedef struct
{
  char *en;
  char *fr;
} Label;

static const char *list_names[] = {
  "ActivityStatus",
  "AidType",
  "CollaborationType",
  "Currency",
  "DocumentCategory",
  "FinanceType",
  "FlowType",
  "OrganisationRole",
  "OrganisationType",
  "Region",
  "Sector",
  "SectorCategory",
  "SectorVocabulary",
  "TransactionType",
};

G_STATIC_ASSERT (G_N_ELEMENTS (list_names) == AID_N_CODELISTS);

/* code -> Label, one table per list; loaded once, then read-only and shared by all threads. */
static GHashTable *lists[AID_N_CODELISTS];

static void
label_free (gpointer data)
{
  Label *label = data;

  g_free (label->en);
  g_free (label->fr);
  g_free (label);
}

/* The model's resources (codelists, bundled dataset), registered once whoever needs them. */
void
_aid_model_ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      aid_model_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

static gpointer
load_lists (gpointer data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  _aid_model_ensure_resources ();
  bytes = g_resources_lookup_data (RESOURCE_BASE "/model/iati-codelists.json", 0, &error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    g_error ("The built-in IATI codelists are unreadable: %s", error->message);

  root = json_node_get_object (json_parser_get_root (parser));

  for (guint i = 0; i < AID_N_CODELISTS; i++)
    {
      JsonObject *list = json_object_get_object_member (root, list_names[i]);
      JsonObjectIter iter;
      const char *code;
      JsonNode *node;

      lists[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, label_free);
      json_object_iter_init (&iter, list);
      while (json_object_iter_next (&iter, &code, &node))
        {
          JsonObject *entry = json_node_get_object (node);
          Label *label = g_new0 (Label, 1);

          label->en = g_strdup (json_object_get_string_member_with_default (entry, "en", NULL));
          label->fr = g_strdup (json_object_get_string_member_with_default (entry, "fr", NULL));
          g_hash_table_insert (lists[i], g_strdup (code), label);
        }
    }

  return NULL;
}

static GHashTable *
get_list (AidCodelist list)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, load_lists, NULL);

  return lists[list];
}

const char *
aid_codelist_get_name (AidCodelist list)
{
  g_return_val_if_fail (list < AID_N_CODELISTS, NULL);

  return list_names[list];
}

gboolean
aid_codelist_has (AidCodelist  list,
                  const char  *code)
{
  g_return_val_if_fail (list < AID_N_CODELISTS, FALSE);

  return code != NULL && g_hash_table_contains (get_list (list), code);
}

/* Returns the official label in @language, or in English where IATI has no French one. */
const char *
aid_codelist_get_label (AidCodelist  list,
                        const char  *code,
                        const char  *language)
{
  Label *label;

  g_return_val_if_fail (list < AID_N_CODELISTS, NULL);

  if (code == NULL || (label = g_hash_table_lookup (get_list (list), code)) == NULL)
    return NULL;

  if (g_strcmp0 (language, "fr") == 0 && label->fr != NULL)
    return label->fr;

  return label->en;
}
