/* aid-check.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean aid_check_is_requested (int    argc,
                                 char **argv);
int      aid_check_main         (int    argc,
                                 char **argv);

G_END_DECLS
