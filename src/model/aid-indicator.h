/* aid-indicator.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "aid-facts.h"

G_BEGIN_DECLS

#define AID_TYPE_INDICATOR (aid_indicator_get_type ())
G_DECLARE_FINAL_TYPE (AidIndicator, aid_indicator, AID, INDICATOR, GObject)

const char        *aid_indicator_get_id       (AidIndicator *self);
const char        *aid_indicator_get_kind     (AidIndicator *self);
const char        *aid_indicator_get_label    (AidIndicator *self,
                                              const char   *language);
double             aid_indicator_get_value    (AidIndicator *self);
const char        *aid_indicator_get_unit     (AidIndicator *self,
                                              const char   *language);
gint64             aid_indicator_get_out_of   (AidIndicator *self);
guint              aid_indicator_get_year     (AidIndicator *self);
const AidEvidence *aid_indicator_get_evidence (AidIndicator *self);
GPtrArray         *aid_indicator_get_disputes (AidIndicator *self);

G_END_DECLS
