/* aid-result.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "aid-facts.h"

G_BEGIN_DECLS

#define AID_TYPE_RESULT (aid_result_get_type ())
G_DECLARE_FINAL_TYPE (AidResult, aid_result, AID, RESULT, GObject)

const char        *aid_result_get_title    (AidResult  *self,
                                           const char *language);
gboolean           aid_result_get_value    (AidResult  *self,
                                           double     *value);
const char        *aid_result_get_unit     (AidResult  *self,
                                           const char *language);
guint              aid_result_get_year     (AidResult  *self);
const AidEvidence *aid_result_get_evidence (AidResult  *self);
GPtrArray         *aid_result_get_disputes (AidResult  *self);

G_END_DECLS
