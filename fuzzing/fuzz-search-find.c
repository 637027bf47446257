/* fuzz-search-find.c: aid_search_find() against memmem()
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * aid_search_find() is memmem() made faster on search keys: with SSE2 it tests sixteen starts
 * at once, then leaves the last ones to memmem(). Whatever the key and the word, it must give
 * memmem()'s answer and read nothing outside either: each is copied to a block of its exact
 * size, so that AddressSanitizer sees a read past its end.
 *
 * The input's first byte is the word's length. If the second is below 128, the word is the
 * bytes after it and the key what is left; otherwise the key is everything after it and the
 * word a copy of the key's bytes from offset (second byte - 128), as many as there are, so that
 * most inputs hold their word somewhere and the paths that compare whole words are reached.
 */

#include "config.h"

#include "aid-search.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autofree char *key = NULL;
  g_autofree char *word = NULL;
  const unsigned char *key_data;
  const unsigned char *word_data;
  gsize key_length;
  gsize word_length;
  gboolean found;

  fuzz_init ();

  if (size < 2)
    return 0;

  word_length = data[0];
  if (data[1] < 128)
    {
      word_length = MIN (word_length, size - 2);
      word_data = data + 2;
      key_data = word_data + word_length;
      key_length = size - 2 - word_length;
    }
  else
    {
      gsize offset = data[1] - 128;

      key_data = data + 2;
      key_length = size - 2;
      offset = MIN (offset, key_length);
      word_data = key_data + offset;
      word_length = MIN (word_length, key_length - offset);
    }

  key = fuzz_copy (key_data, key_length);
  word = fuzz_copy (word_data, word_length);

  found = aid_search_find (key, key_length, word, word_length);
  g_assert (found == (memmem (key, key_length, word, word_length) != NULL));

  return 0;
}
