/* aid-language.c: the language the app speaks, chosen by the user or following the system
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-language"

#include "config.h"

#include <locale.h>

#include "aid-language.h"
#include "aid-format.h"

static const char *current;
static const char *system_language;

/* French when the system's interface is in French, English otherwise: the two languages the
 * sources and the translations cover. Read once, before the app changes LANGUAGE. */
static const char *
get_system_language (void)
{
  if (system_language == NULL)
    {
      const char * const *names = g_get_language_names ();

      system_language = "en";
      for (guint i = 0; names[i] != NULL; i++)
        {
          if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX"))
            break;
          if (g_str_has_prefix (names[i], "fr"))
            {
              system_language = "fr";
              break;
            }
          if (g_str_has_prefix (names[i], "en"))
            break;
        }
    }

  return system_language;
}

/* "fr" or "en": the language of the interface, the data and the formats. */
const char *
aid_language_get (void)
{
  return current != NULL ? current : get_system_language ();
}

/**
 * aid_language_apply:
 * @choice: "auto", "fr" or "en"
 *
 * Switches the interface's translations, which take effect in what is built from now on.
 */
void
aid_language_apply (const char *choice)
{
  const char *messages;

  g_return_if_fail (choice != NULL);

  get_system_language ();
  if (g_str_equal (choice, "fr") || g_str_equal (choice, "en"))
    current = g_intern_string (choice);
  else
    current = NULL;

  /* gettext follows LANGUAGE, except in the C locales (C, C.UTF-8, POSIX), which it never
   * translates: there, messages need some real locale, and any will do, since only LANGUAGE
   * chooses the translation (a Flatpak on an English system has en_US but no French locale
   * data). Setting the locale again also makes gettext drop the translations it cached. */
  g_setenv ("LANGUAGE", aid_language_get (), TRUE);
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX") ||
      g_str_has_prefix (messages, "C."))
    {
      static const char *candidates[] = { "en_US.UTF-8", "fr_FR.UTF-8", "en_GB.UTF-8", "C.UTF-8" };

      for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
        if (setlocale (LC_MESSAGES, candidates[i]) != NULL)
          break;
    }
  else
    {
      g_autofree char *name = g_strdup (messages);

      /* Setting the same name again may be a no-op for gettext's cache: go through C. */
      setlocale (LC_MESSAGES, "C");
      setlocale (LC_MESSAGES, name);
    }
}

/**
 * aid_language_format_count:
 * @count: a number of things
 *
 * Returns: (transfer full): @count in the interface's language, grouped by three: "10,000",
 *   "10 000" (with U+202F), for the "%s" of a message that counts
 */
char *
aid_language_format_count (guint64 count)
{
  return aid_format_integer ((gint64)MIN (count, (guint64)G_MAXINT64), aid_language_get ());
}
