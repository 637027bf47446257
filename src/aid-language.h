/* aid-language.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *aid_language_get   (void);
void        aid_language_apply (const char *choice);
char       *aid_language_format_count (guint64 count) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
