/* aid-search.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-search"

#include "config.h"

#include <string.h>

#include "aid-search.h"

/* Appends one character, folded: decomposed, without its combining marks, case-folded. */
static void
fold_char (gunichar  c,
           GString  *out)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));

  for (gsize i = 0; i < n; i++)
    {
      GUnicodeType type = g_unichar_type (decomposed[i]);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        continue;

      /* Ligatures such as œ are letters of their own in Unicode; French spells them out too. */
      if (decomposed[i] == 0x0153 || decomposed[i] == 0x0152)
        {
          g_string_append (out, "oe");
          continue;
        }
      if (decomposed[i] == 0x00E6 || decomposed[i] == 0x00C6)
        {
          g_string_append (out, "ae");
          continue;
        }

      g_string_append_unichar (out, g_unichar_tolower (decomposed[i]));
    }
}

/**
 * aid_search_fold:
 * @text: (nullable): UTF-8 text
 * @out: the key to append to
 *
 * The text is UTF-8, but any bytes are safe: one that does not start a well-formed character
 * separates words, as punctuation does.
 */
void
aid_search_fold (const char *text,
                 GString    *out)
{
  gboolean space;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;

  space = out->len == 0 || out->str[out->len - 1] == ' ';

  for (const char *p = text; *p != '\0';)
    {
      guchar c = (guchar)*p;

      /* The common case, plain ASCII, without any Unicode table. */
      if (c < 0x80)
        {
          if (g_ascii_isalnum (c) || c == '/' || c == '-' || c == '.')
            {
              g_string_append_c (out, g_ascii_tolower (c));
              space = FALSE;
            }
          else if (!space)
            {
              g_string_append_c (out, ' ');
              space = TRUE;
            }
          p++;
        }
      else
        {
          gunichar u = g_utf8_get_char_validated (p, -1);

          /* Not UTF-8. The callers' texts are, but a stray byte must not hide the rest of the
           * text: it separates words, as punctuation does. */
          if (u == (gunichar)-1 || u == (gunichar)-2)
            {
              if (!space)
                {
                  g_string_append_c (out, ' ');
                  space = TRUE;
                }
              p++;
              continue;
            }

          if (g_unichar_isalnum (u))
            {
              fold_char (u, out);
              space = FALSE;
            }
          else if (!space)
            {
              g_string_append_c (out, ' ');
              space = TRUE;
            }
          p = g_utf8_next_char (p);
        }
    }

  if (!space)
    g_string_append_c (out, ' ');
}

char *
aid_search_fold_query (const char *query)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (query != NULL, NULL);

  aid_search_fold (query, out);
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/* Every word of the query must appear in the key, as a word or the start of one... or inside
 * one: people type fragments ("021" for "MLI/021"). */
gboolean
aid_search_matches (const char *key,
                    const char *folded_query)
{
  const char *word;

  g_return_val_if_fail (folded_query != NULL, FALSE);

  if (key == NULL)
    return folded_query[0] == '\0';

  word = folded_query;
  while (*word != '\0')
    {
      const char *end = strchr (word, ' ');
      gsize length = end != NULL ? (gsize)(end - word) : strlen (word);
      char stack[128];
      g_autofree char *heap = NULL;
      char *needle;

      if (length < sizeof stack)
        {
          memcpy (stack, word, length);
          stack[length] = '\0';
          needle = stack;
        }
      else
        {
          needle = heap = g_strndup (word, length);
        }

      if (strstr (key, needle) == NULL)
        return FALSE;

      word += length;
      while (*word == ' ')
        word++;
    }

  return TRUE;
}
