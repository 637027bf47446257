/* aid-json-tree.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode *aid_json_tree_build (const char *data,
                               gsize       length);
gboolean  aid_json_tree_equal (JsonNode   *a,
                               JsonNode   *b);

G_END_DECLS
