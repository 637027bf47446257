/* aid-countries.c: country names, from the iso-codes package
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * IATI files name countries by their ISO 3166 codes. The names and their translations are the
 * iso-codes package's (in Debian and in the GNOME runtime), read once; where it is missing, a
 * country is shown by its code.
 */

#define G_LOG_DOMAIN "aid-countries"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "aid-countries.h"

#define ISO_DOMAIN "iso_3166-1"

/* code (interned) -> English name (in the table's own chunk) */
static GHashTable *
load_names (void)
{
  g_autofree char *path = g_build_filename (ISO_CODES_PREFIX, "share", "iso-codes", "json", ISO_DOMAIN ".json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  JsonNode *root, *list;
  JsonArray *countries;

  bind_textdomain_codeset (ISO_DOMAIN, "UTF-8");
  if (!json_parser_load_from_file (parser, path, NULL) || (root = json_parser_get_root (parser)) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (root) || (list = json_object_get_member (json_node_get_object (root), "3166-1")) == NULL ||
      !JSON_NODE_HOLDS_ARRAY (list))
    return names;
  countries = json_node_get_array (list);

  for (guint i = 0; i < json_array_get_length (countries); i++)
    {
      JsonNode *node = json_array_get_element (countries, i);
      JsonObject *country = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *code = country != NULL ? json_object_get_string_member_with_default (country, "alpha_2", NULL) : NULL;
      const char *name;

      if (code == NULL)
        continue;
      /* "Bolivia" rather than "Bolivia, Plurinational State of", where the list has both. */
      name = json_object_get_string_member_with_default (country, "common_name", NULL);
      if (name == NULL)
        name = json_object_get_string_member_with_default (country, "name", NULL);
      if (name != NULL)
        g_hash_table_insert (names, (gpointer)g_intern_string (code), g_strdup (name));
    }

  return names;
}

/**
 * aid_country_get_name:
 * @code: an ISO 3166-1 alpha-2 code, such as "ML"
 * @language: "fr" or "en"
 *
 * Returns: (nullable): the country's name in @language (in the language gettext follows, for
 *   any other than English), or %NULL where the code is not a country's
 */
const char *
aid_country_get_name (const char *code,
                      const char *language)
{
  static GHashTable *names;
  const char *name;

  g_return_val_if_fail (code != NULL, NULL);

  if (g_once_init_enter_pointer (&names))
    g_once_init_leave_pointer (&names, load_names ());

  if ((name = g_hash_table_lookup (names, code)) == NULL)
    return NULL;

  return g_strcmp0 (language, "en") == 0 ? name : g_dgettext (ISO_DOMAIN, name);
}

/**
 * aid_country_get_label:
 *
 * Returns: what to show for @code: the country's name in @language, or @code itself where it
 *   is not a country's
 */
const char *
aid_country_get_label (const char *code,
                       const char *language)
{
  const char *name = aid_country_get_name (code, language);

  return name != NULL ? name : code;
}
