/* aid-source.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "aid-facts.h"

G_BEGIN_DECLS

#define AID_TYPE_SOURCE (aid_source_get_type ())
G_DECLARE_FINAL_TYPE (AidSource, aid_source, AID, SOURCE, GObject)

const char    *aid_source_get_id        (AidSource *self);
const char    *aid_source_get_title     (AidSource *self);
const char    *aid_source_get_publisher (AidSource *self);
const char    *aid_source_get_url       (AidSource *self);
const char    *aid_source_get_language  (AidSource *self);
const AidDate *aid_source_get_published (AidSource *self);
const AidDate *aid_source_get_accessed  (AidSource *self);

G_END_DECLS
