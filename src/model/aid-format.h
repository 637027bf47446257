/* aid-format.h: numbers, money and dates in the app's two languages
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "aid-facts.h"

G_BEGIN_DECLS

/* Every function takes a language, "fr" or "en"; any other language formats as English. The
 * rules are the app's own, never the system locale's, so the results do not depend on
 * setlocale () or on which locales are installed. Every result is a newly allocated UTF-8
 * string. */

char *aid_format_integer        (gint64         value,
                                 const char    *language) G_GNUC_WARN_UNUSED_RESULT;
char *aid_format_number         (double         value,
                                 guint          max_decimals,
                                 const char    *language) G_GNUC_WARN_UNUSED_RESULT;
char *aid_format_percentage     (double         fraction,
                                 const char    *language) G_GNUC_WARN_UNUSED_RESULT;

char *aid_format_amount         (gint64         cents,
                                 const char    *currency,
                                 const char    *language) G_GNUC_WARN_UNUSED_RESULT;
char *aid_format_amount_compact (gint64         cents,
                                 const char    *currency,
                                 const char    *language) G_GNUC_WARN_UNUSED_RESULT;

char *aid_format_date           (const AidDate *date,
                                 const char    *language) G_GNUC_WARN_UNUSED_RESULT;
char *aid_format_period         (const AidDate *start,
                                 const AidDate *end,
                                 const char    *language) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
