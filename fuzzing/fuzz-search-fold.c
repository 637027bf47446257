/* fuzz-search-fold.c: aid_search_fold(), aid_search_fold_query() and aid_search_matches()
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The functions take UTF-8, but they must be safe on any bytes: a byte that does not start a
 * well-formed character separates words, as punctuation does. The input is split at its first
 * NUL into a text and a query (or used whole as both). Beyond not crashing: a key is valid
 * UTF-8, its words are separated by single spaces and it ends with one, and it never holds
 * AID_SEARCH_NO_WORDS; folding is stable (a key folds to itself); a text matches its own
 * query, unless the query has no word to look for, which then matches nothing.
 *
 * Matching costs the query's words times the key's length, and queries are typed: the ones
 * matched here are at most MAX_QUERY bytes, as are the texts matched against their own query.
 */

#include "config.h"

#include "aid-search.h"
#include "fuzz.h"

#define MAX_QUERY 1024

static void
check_key (const char *key)
{
  gsize length = strlen (key);

  g_assert (g_utf8_validate (key, -1, NULL));
  g_assert (key[0] != ' ');
  g_assert (strstr (key, "  ") == NULL);
  g_assert (length == 0 || key[length - 1] == ' ');
  g_assert (strstr (key, AID_SEARCH_NO_WORDS) == NULL);
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autofree char *text = NULL;
  g_autoptr(GString) key = NULL;
  g_autoptr(GString) again = NULL;
  g_autofree char *query = NULL;
  g_autofree char *text_query = NULL;
  const char *second;

  fuzz_init ();
  text = fuzz_copy_string (data, size);
  second = strlen (text) < size ? text + strlen (text) + 1 : text;

  key = g_string_new (NULL);
  aid_search_fold (text, key);
  check_key (key->str);

  /* A key folds to itself: the app folds the dataset's texts and the user's query alike. */
  again = g_string_new (NULL);
  aid_search_fold (key->str, again);
  g_assert (strcmp (key->str, again->str) == 0);

  /* Appending to a key already there keeps it well formed. */
  aid_search_fold (second, key);
  check_key (key->str);

  if (strlen (text) <= MAX_QUERY)
    {
      text_query = aid_search_fold_query (text);
      g_assert (g_utf8_validate (text_query, -1, NULL));
      if (strcmp (text_query, AID_SEARCH_NO_WORDS) == 0)
        g_assert (!aid_search_matches (key->str, text_query));
      else
        g_assert (aid_search_matches (key->str, text_query));
      g_assert (aid_search_matches (NULL, text_query) == (text_query[0] == '\0'));
    }

  if (strlen (second) <= MAX_QUERY)
    {
      query = aid_search_fold_query (second);
      aid_search_matches (key->str, query);
      aid_search_matches (text, query);
      aid_search_matches (text, second);
    }

  return 0;
}
