/* aid-labels.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "aid-facts.h"

G_BEGIN_DECLS

const char *aid_labels_channel  (AidChannel  channel);
const char *aid_labels_status   (const char *code);
const char *aid_labels_role     (const char *code);
const char *aid_labels_relation (const char *code);
const char *aid_labels_method   (AidMethod   method);

G_END_DECLS
