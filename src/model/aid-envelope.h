/* aid-envelope.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "aid-facts.h"

G_BEGIN_DECLS

#define AID_TYPE_ENVELOPE (aid_envelope_get_type ())
G_DECLARE_FINAL_TYPE (AidEnvelope, aid_envelope, AID, ENVELOPE, GObject)

const char      *aid_envelope_get_id     (AidEnvelope *self);
const char      *aid_envelope_get_title  (AidEnvelope *self,
                                         const char  *language);
const AidPeriod *aid_envelope_get_period (AidEnvelope *self);
guint            aid_envelope_get_covers (AidEnvelope *self);
const AidMoney  *aid_envelope_get_money  (AidEnvelope *self);

G_END_DECLS
