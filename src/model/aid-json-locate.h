/* aid-json-locate.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "aid-json-scanner.h"

G_BEGIN_DECLS

gboolean aid_json_locate (const char        *data,
                          gsize              length,
                          const AidJsonSpan *within,
                          const char        *path,
                          AidJsonSpan       *located);

G_END_DECLS
