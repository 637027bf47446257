/* test-search.c: folding text and queries, and finding a word in a key
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expected keys below are written by hand from the Unicode decompositions and case foldings
 * of the characters involved (UnicodeData.txt, CaseFolding.txt), never printed by the code.
 */

#include "config.h"

#include <string.h>

#include "aid-search.h"

static char *
fold (const char *text)
{
  GString *key = g_string_new (NULL);

  aid_search_fold (text, key);

  return g_string_free (key, FALSE);
}

/* Whether @query finds @text, as the projects page searches. */
static gboolean
finds (const char *query,
       const char *text)
{
  g_autofree char *key = fold (text);
  g_autofree char *folded = aid_search_fold_query (query);

  return aid_search_matches (key, folded);
}

/* Plain ASCII: letters lowercased, the "/", "-" and "." of ids kept, anything else a single
 * space between words, and one after the last. */
static void
test_fold_ascii (void)
{
  g_autofree char *id = fold ("MLI/021 : Eau-Potable,  2023.");
  g_autofree char *empty = fold ("");
  g_autofree char *punctuation = fold ("!?");

  g_assert_cmpstr (id, ==, "mli/021 eau-potable 2023. ");
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (punctuation, ==, "");
}

/* Accents come off, whether the letter is precomposed (U+00E9) or written as "e" and the
 * combining acute accent U+0301: in both, "securite" and "sécurité" find it. The mark belongs
 * to its letter and never splits the word. */
static void
test_fold_accents (void)
{
  static const char precomposed[] = "S\xC3\xA9" "curit\xC3\xA9";          /* Sécurité */
  static const char decomposed[] = "se\xCC\x81" "curite\xCC\x81";         /* se◌́curite◌́ */
  g_autofree char *precomposed_key = fold (precomposed);
  g_autofree char *decomposed_key = fold (decomposed);
  g_autofree char *leading_mark = fold ("\xCC\x81" "abc");

  g_assert_cmpstr (precomposed_key, ==, "securite ");
  g_assert_cmpstr (decomposed_key, ==, "securite ");
  g_assert_cmpstr (leading_mark, ==, "abc ");

  for (guint i = 0; i < 2; i++)
    {
      const char *text = i == 0 ? precomposed : decomposed;

      g_assert_true (finds ("securite", text));
      g_assert_true (finds ("s\xC3\xA9" "curit\xC3\xA9", text));
      g_assert_true (finds ("S\xC3\x89" "CURIT\xC3\x89", text));   /* SÉCURITÉ */
      g_assert_true (finds (decomposed, text));
    }
}

/* Case folding: "ß" (U+00DF) and "ẞ" (U+1E9E) are "ss", so "strasse" finds "Straße" and
 * the other way round. */
static void
test_fold_sharp_s (void)
{
  g_autofree char *small = fold ("Stra\xC3\x9F" "e");
  g_autofree char *capital = fold ("STRA\xE1\xBA\x9E" "E");

  g_assert_cmpstr (small, ==, "strasse ");
  g_assert_cmpstr (capital, ==, "strasse ");
  g_assert_true (finds ("strasse", "Stra\xC3\x9F" "e"));
  g_assert_true (finds ("stra\xC3\x9F" "e", "Strasse"));
  g_assert_false (finds ("strase", "Stra\xC3\x9F" "e"));
}

/* Compatibility ligatures come apart: "ﬁ" (U+FB01) is "fi" and "ﬀ" (U+FB00) "ff". œ and æ
 * have no decomposition in Unicode, but French spells them out too: "oeuvre" finds "œuvre". */
static void
test_fold_ligatures (void)
{
  g_autofree char *fi = fold ("\xEF\xAC\x81" "nance");
  g_autofree char *ff = fold ("e\xEF\xAC\x80" "et");
  g_autofree char *oe = fold ("mis en \xC5\x93" "uvre, C\xC5\x93" "ur, \xC5\x92" "UVRE, \xC3\x86" "SIR");

  g_assert_cmpstr (fi, ==, "finance ");
  g_assert_cmpstr (ff, ==, "effet ");
  g_assert_cmpstr (oe, ==, "mis en oeuvre coeur oeuvre aesir ");
  g_assert_true (finds ("finance", "\xEF\xAC\x81" "nance"));
  g_assert_true (finds ("\xEF\xAC\x81", "fin"));
  g_assert_true (finds ("oeuvre", "mise en \xC5\x93" "uvre"));
}

/* Full-width forms (U+FF01 to U+FF5E) are their ASCII letters, digits and signs: "securite"
 * finds "ｓｅｃｕｒｉｔｅ", and the full-width solidus joins an id as "/" does. */
static void
test_fold_full_width (void)
{
  static const char securite[] = "\xEF\xBD\x93\xEF\xBD\x85\xEF\xBD\x83\xEF\xBD\x95\xEF\xBD\x92"
                                 "\xEF\xBD\x89\xEF\xBD\x94\xEF\xBD\x85";   /* ｓｅｃｕｒｉｔｅ */
  static const char id[] = "\xEF\xBC\xAD\xEF\xBC\xAC\xEF\xBC\xA9\xEF\xBC\x8F"
                           "\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x91";           /* ＭＬＩ／０２１ */
  g_autofree char *securite_key = fold (securite);
  g_autofree char *id_key = fold (id);

  g_assert_cmpstr (securite_key, ==, "securite ");
  g_assert_cmpstr (id_key, ==, "mli/021 ");
  g_assert_true (finds ("securite", securite));
  g_assert_true (finds (securite, "S\xC3\xA9" "curit\xC3\xA9"));
  g_assert_true (finds ("mli/021", id));
}

/* Other scripts are folded as well, and a key folds to itself: Greek capitals and small
 * letters give the same key, and so do Cherokee's (which g_utf8_casefold() alone swaps). */
static void
test_fold_scripts (void)
{
  static const char * const pairs[][2] = {
    /* Ελλάδα, ελλαδα */
    { "\xCE\x95\xCE\xBB\xCE\xBB\xCE\xAC\xCE\xB4\xCE\xB1", "\xCE\xB5\xCE\xBB\xCE\xBB\xCE\xB1\xCE\xB4\xCE\xB1" },
    /* Ꭰ Ꭱ, ꭰ ꭱ */
    { "\xE1\x8E\xA0\xE1\x8E\xA1", "\xEA\xAD\xB0\xEA\xAD\xB1" },
    /* İstanbul */
    { "\xC4\xB0stanbul", "istanbul" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *first = fold (pairs[i][0]);
      g_autofree char *second = fold (pairs[i][1]);
      g_autofree char *again = fold (first);

      g_assert_cmpstr (first, ==, second);
      g_assert_cmpstr (again, ==, first);
    }
}

/* Bytes that are not UTF-8 separate words, as punctuation does, before or after other
 * non-ASCII text. */
static void
test_fold_invalid (void)
{
  g_autofree char *key = fold ("abc\xFF" "d\xC3\xA9" "f\xC3" "g\xE2\x82" "h");

  g_assert_cmpstr (key, ==, "abc def g h ");
}

/* A query of only white space is no query: it matches everything. A query with something in it
 * but no word to look for (punctuation, an emoji) matches nothing, not everything. */
static void
test_fold_query_empty (void)
{
  static const char * const nothing[] = {
    "!!!", "\xF0\x9F\x98\x80", "\xE2\x82\xAC", " ? ", "\xCC\x81", "\xFF",   /* 😀, €, U+0301 */
  };
  static const char * const everything[] = { "", " ", "\t \xC2\xA0" };     /* … and U+00A0 */
  g_autofree char *key = fold ("Tout : 100 % (MLI/021) \xF0\x9F\x98\x80 !!!");

  for (guint i = 0; i < G_N_ELEMENTS (nothing); i++)
    {
      g_autofree char *query = aid_search_fold_query (nothing[i]);

      g_assert_cmpstr (query, ==, AID_SEARCH_NO_WORDS);
      g_assert_false (aid_search_matches (key, query));
      g_assert_false (aid_search_matches ("", query));
      g_assert_false (aid_search_matches (NULL, query));
    }

  for (guint i = 0; i < G_N_ELEMENTS (everything); i++)
    {
      g_autofree char *query = aid_search_fold_query (everything[i]);

      g_assert_cmpstr (query, ==, "");
      g_assert_true (aid_search_matches (key, query));
      g_assert_true (aid_search_matches (NULL, query));
    }

  /* Words beside the punctuation are looked for as usual. */
  g_assert_true (finds ("! mli/021 ?", "Tout : 100 % (MLI/021)"));
}

static void
test_search_find (void)
{
  static const char key[] = "programme indicatif de cooperation mli/021 eau potable et assainissement";

  g_assert_true (aid_search_find (key, strlen (key), "mli/021", 7));
  g_assert_true (aid_search_find (key, strlen (key), "ment", 4));   /* at the very end */
  g_assert_true (aid_search_find (key, strlen (key), "pr", 2));     /* at the very start */
  g_assert_true (aid_search_find (key, strlen (key), "e", 1));
  g_assert_false (aid_search_find (key, strlen (key), "mli/022", 7));
  g_assert_false (aid_search_find (key, strlen (key), "nta", 3));   /* past the end */
  g_assert_false (aid_search_find (key, 10, "indicatif", 9));       /* past the length given */
  g_assert_true (aid_search_find (key, strlen (key), "", 0));
  g_assert_false (aid_search_find (NULL, 0, "a", 1));
}

/* The SSE2 path tests the sixteen starts of a block whose seventeen bytes lie in the key, then
 * memmem() takes the rest. Each key here is exactly its length on the heap, so that a read past
 * it shows under AddressSanitizer. */
static gboolean
find_in (const char *text,
         const char *word)
{
  gsize length = strlen (text);
  g_autofree char *key = g_memdup2 (text, MAX (length, 1));

  return aid_search_find (key, length, word, strlen (word));
}

static void
test_search_find_blocks (void)
{
  static const char word[] = "abcdefghijklmnopqrstuvwxyz";

  /* The last start of the first block, 15, and the first one left to memmem(), 16. */
  g_assert_true (find_in ("xxxxxxxxxxxxxxxab", "ab"));
  g_assert_true (find_in ("xxxxxxxxxxxxxxxabc", "abc"));
  g_assert_true (find_in ("xxxxxxxxxxxxxxxxab", "ab"));
  g_assert_true (find_in ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxab", "ab"));   /* start 31, key of 33 */
  g_assert_true (find_in ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxab", "ab"));  /* start 32, key of 34 */

  /* Its first two bytes in a block, but the word goes past the key's end. */
  g_assert_false (find_in ("xxxxxxxxxxxxxxxab", "abc"));
  g_assert_false (find_in ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxabc", "abcd"));

  /* Two candidates in one block: the first is not the word, the second is. */
  g_assert_true (find_in ("abxxabcdxxxxxxxxx", "abcd"));
  g_assert_true (find_in ("xabyyyyyyyyyyyyyyyyyyyyyabcdefghijklmnopqrs", "abcdefghijklmnopqrs"));
  g_assert_false (find_in ("abxxabcexxxxxxxxx", "abcd"));

  /* Every length of key up to three blocks and a half, every length of word up to 20: the word
   * at every place, after a decoy of its first two letters, and cut short at the key's end.
   * Always the answer expected, and memmem()'s. */
  for (gsize length = 0; length <= 56; length++)
    for (gsize word_length = 1; word_length <= 20 && word_length <= length; word_length++)
      {
        g_autofree char *cut = g_malloc (length);

        /* All but the word's last byte, at the key's end. */
        memset (cut, 'x', length);
        memcpy (cut + length - (word_length - 1), word, word_length - 1);
        g_assert_false (aid_search_find (cut, length, word, word_length));
        g_assert_true (memmem (cut, length, word, word_length) == NULL);

        for (gsize at = 0; at + word_length <= length; at++)
          {
            g_autofree char *key = g_malloc (length);

            memset (key, 'x', length);
            if (at >= 3)
              memcpy (key + at - 3, "ab", 2);
            memcpy (key + at, word, word_length);
            g_assert_true (aid_search_find (key, length, word, word_length));
            g_assert_true (memmem (key, length, word, word_length) != NULL);
          }
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aid/search/fold/ascii", test_fold_ascii);
  g_test_add_func ("/aid/search/fold/accents", test_fold_accents);
  g_test_add_func ("/aid/search/fold/sharp-s", test_fold_sharp_s);
  g_test_add_func ("/aid/search/fold/ligatures", test_fold_ligatures);
  g_test_add_func ("/aid/search/fold/full-width", test_fold_full_width);
  g_test_add_func ("/aid/search/fold/scripts", test_fold_scripts);
  g_test_add_func ("/aid/search/fold/invalid", test_fold_invalid);
  g_test_add_func ("/aid/search/fold-query/empty", test_fold_query_empty);
  g_test_add_func ("/aid/search/find", test_search_find);
  g_test_add_func ("/aid/search/find/blocks", test_search_find_blocks);

  return g_test_run ();
}
