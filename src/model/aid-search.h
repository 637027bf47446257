/* aid-search.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The folded query of a query with no word to look for (only punctuation or emoji, say):
 * U+FFFD, which folding never leaves in a key, so that such a query matches nothing rather than
 * everything. */
#define AID_SEARCH_NO_WORDS "\xEF\xBF\xBD"

/* Folds text for accent- and case-insensitive search: "Développement" and "developpement" give
 * the same key, and so do "Straße" and "strasse", "ﬁnance" and "finance", "ＭＬＩ" and "mli".
 * Appends to @out; words are separated by single spaces. */
void      aid_search_fold    (const char *text,
                              GString    *out);
char     *aid_search_fold_query (const char *query);
gboolean  aid_search_matches (const char *key,
                              const char *folded_query);
gboolean  aid_search_find    (const char *key,
                              gsize       key_length,
                              const char *word,
                              gsize       word_length);

G_END_DECLS
