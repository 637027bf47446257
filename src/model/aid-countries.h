/* aid-countries.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *aid_country_get_name  (const char *code,
                                   const char *language);
const char *aid_country_get_label (const char *code,
                                   const char *language);

G_END_DECLS
