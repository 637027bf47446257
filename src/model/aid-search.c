/* aid-search.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-search"

#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "aid-model-private.h"
#include "aid-search.h"

/* The characters of a word besides letters and digits: the "/", "-" and "." of ids such as
 * "MLI/021" or "2023-2024". */
static inline gboolean
is_ascii_word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c == '/' || c == '-' || c == '.';
}

static inline gboolean
is_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK;
}

/* Replaces what @out holds from @start on by its case folding (“ß” gives “ss”), with œ and æ
 * spelled out: they are letters of their own in Unicode, with no decomposition, but French
 * writes “oeuvre” for “œuvre” too. */
static void
casefold_tail (GString *out,
               gsize    start)
{
  g_autofree char *folded = g_utf8_casefold (out->str + start, out->len - start);

  g_string_truncate (out, start);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x0153)
        g_string_append (out, "oe");
      else if (c == 0x00E6)
        g_string_append (out, "ae");
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
}

/* Folds @length bytes of valid UTF-8: decomposed for compatibility (NFKD), so that accented
 * letters, ligatures such as “ﬁ” and full-width forms come apart into their letters; combining
 * marks dropped, so that “é”, written whole or as “e” and U+0301, is “e”; then case-folded.
 * Returns whether @out ends with a space, as @space says on entry. */
static gboolean
fold_unicode (const char *text,
              gsize       length,
              GString    *out,
              gboolean    space)
{
  g_autofree char *decomposed = g_utf8_normalize (text, length, G_NORMALIZE_ALL);
  gsize start = out->len;
  gboolean any_unicode = FALSE;

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      guchar b = (guchar)*p;
      gunichar c;

      if (b < 0x80)
        {
          if (is_ascii_word_byte (b))
            {
              g_string_append_c (out, g_ascii_tolower (b));
              space = FALSE;
            }
          else if (!space)
            {
              g_string_append_c (out, ' ');
              space = TRUE;
            }
          continue;
        }

      c = g_utf8_get_char (p);
      if (is_mark (c))
        continue;

      if (g_unichar_isalnum (c))
        {
          /* Lowercased first: g_utf8_casefold() alone turns Cherokee's capitals into small
           * letters and its small letters into capitals, so that a key would not fold to
           * itself. Case-folded below, all at once, as folding goes character by character. */
          g_string_append_unichar (out, g_unichar_tolower (c));
          any_unicode = TRUE;
          space = FALSE;
        }
      else if (!space)
        {
          g_string_append_c (out, ' ');
          space = TRUE;
        }
    }

  if (any_unicode)
    casefold_tail (out, start);

  return space;
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
  const char *p;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;

  space = out->len == 0 || out->str[out->len - 1] == ' ';

  /* The common case, plain ASCII, without any Unicode table, up to the first byte that is not. */
  for (p = text; *p != '\0' && (guchar)*p < 0x80; p++)
    {
      guchar c = (guchar)*p;

      if (is_ascii_word_byte (c))
        {
          g_string_append_c (out, g_ascii_tolower (c));
          space = FALSE;
        }
      else if (!space)
        {
          g_string_append_c (out, ' ');
          space = TRUE;
        }
    }

  /* The rest, in runs of valid UTF-8. Not UTF-8: the callers' texts are, but a stray byte must
   * not hide the rest of the text: it separates words, as punctuation does. */
  while (*p != '\0')
    {
      const char *end;

      g_utf8_validate (p, -1, &end);
      if (end > p)
        space = fold_unicode (p, end - p, out, space);
      if (*end == '\0')
        break;

      if (!space)
        {
          g_string_append_c (out, ' ');
          space = TRUE;
        }
      p = end + 1;
    }

  if (!space)
    g_string_append_c (out, ' ');
}

/* Whether @text is empty or white space only. */
static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar)-1 || c == (gunichar)-2 || !g_unichar_isspace (c))
        return FALSE;
    }

  return TRUE;
}

/**
 * aid_search_fold_query:
 * @query: what the user typed
 *
 * Returns: (transfer full): the query's words, folded as aid_search_fold() folds keys and
 *   separated by single spaces: "" for an empty or blank query, which matches everything, and
 *   %AID_SEARCH_NO_WORDS for one with something in it but no word to look for, such as only
 *   punctuation or emoji, which matches nothing
 */
char *
aid_search_fold_query (const char *query)
{
  GString *out;

  g_return_val_if_fail (query != NULL, NULL);

  out = g_string_new (NULL);
  aid_search_fold (query, out);
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);

  if (out->len == 0 && !is_blank (query))
    g_string_assign (out, AID_SEARCH_NO_WORDS);

  return g_string_free (out, FALSE);
}

/**
 * aid_search_find:
 *
 * Whether @key holds @word: memmem(), faster on search keys. Text has so many pairs of a common
 * first letter and another that testing the first two bytes at once, sixteen places at a time,
 * is about twice as fast as the C library's memmem() on words of a few letters.
 */
gboolean
aid_search_find (const char *key,
                 gsize       key_length,
                 const char *word,
                 gsize       word_length)
{
  gsize i = 0;

  if (word_length == 0)
    return TRUE;
  if (key == NULL || word_length > key_length)
    return FALSE;
  if (word_length == 1)
    return memchr (key, word[0], key_length) != NULL;

#ifdef __SSE2__
  {
    const __m128i first = _mm_set1_epi8 (word[0]);
    const __m128i second = _mm_set1_epi8 (word[1]);

    /* Blocks of 16 starts whose 17 bytes lie inside the key. */
    for (; i + 17 <= key_length; i += 16)
      {
        __m128i here = _mm_loadu_si128 ((const __m128i *)(key + i));
        __m128i next = _mm_loadu_si128 ((const __m128i *)(key + i + 1));
        unsigned mask = (unsigned)_mm_movemask_epi8 (_mm_and_si128 (_mm_cmpeq_epi8 (here, first),
                                                                    _mm_cmpeq_epi8 (next, second)));

        while (mask != 0)
          {
            gsize start = i + (gsize)__builtin_ctz (mask);

            if (start + word_length <= key_length &&
                memcmp (key + start + 2, word + 2, word_length - 2) == 0)
              return TRUE;
            mask &= mask - 1;
          }
      }
  }
#endif

  return memmem (key + i, key_length - i, word, word_length) != NULL;
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

      if (!aid_search_find (key, strlen (key), needle, length))
        return FALSE;

      word += length;
      while (*word == ' ')
        word++;
    }

  return TRUE;
}

/* An activity's search keys */

static void
fold_text (const AidText *text,
           GString       *key)
{
  aid_search_fold (aid_text_get_exact (text, "fr"), key);
  aid_search_fold (aid_text_get_exact (text, "en"), key);
}

/* Folds what a search looks through, once per activity at load time: its identifiers, title,
 * organisations' names and places in one key; then its description in French and in English,
 * each the other's when missing, as shown. */
void
_aid_search_build_keys (AidDataset  *dataset,
                        AidActivity *activity)
{
  GString *key = g_string_sized_new (256);

  aid_search_fold (activity->id, key);
  aid_search_fold (activity->iati_identifier, key);
  for (guint i = 0; i < activity->other_identifiers->len; i++)
    aid_search_fold (((AidIdentifier *)g_ptr_array_index (activity->other_identifiers, i))->ref, key);
  fold_text (activity->title, key);

  for (guint i = 0; i < activity->participating_orgs->len; i++)
    {
      AidParticipation *participation = g_ptr_array_index (activity->participating_orgs, i);
      AidOrganisation *organisation;

      if (participation->org == NULL ||
          (organisation = g_hash_table_lookup (dataset->organisations_by_id, participation->org)) == NULL)
        continue;

      fold_text (organisation->name, key);
      fold_text (organisation->short_name, key);
    }

  for (guint i = 0; i < activity->locations->len; i++)
    {
      AidCodeFact *location = g_ptr_array_index (activity->locations, i);
      AidRegion *region;

      if (location->code == NULL ||
          (region = g_hash_table_lookup (dataset->regions_by_id, location->code)) == NULL)
        continue;

      fold_text (region->name, key);
    }

  activity->search_key_lengths[AID_SEARCH_KEY_NAMES] = key->len;
  activity->search_keys[AID_SEARCH_KEY_NAMES] = g_string_free (key, FALSE);
  for (guint k = AID_SEARCH_KEY_FRENCH; k <= AID_SEARCH_KEY_ENGLISH; k++)
    {
      const char *language = k == AID_SEARCH_KEY_FRENCH ? "fr" : "en";
      const char *description = aid_text_get (activity->description, language, NULL);

      /* Folding makes no text longer but for rare ligatures: sized once. */
      key = g_string_sized_new (description != NULL ? strlen (description) + 1 : 1);
      aid_search_fold (description, key);
      activity->search_key_lengths[k] = key->len;
      activity->search_keys[k] = g_string_free (key, FALSE);
    }
}
