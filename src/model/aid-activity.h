/* aid-activity.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "aid-facts.h"

G_BEGIN_DECLS

#define AID_TYPE_ACTIVITY (aid_activity_get_type ())
G_DECLARE_FINAL_TYPE (AidActivity, aid_activity, AID, ACTIVITY, GObject)

const char     *aid_activity_get_id           (AidActivity *self);
const char     *aid_activity_get_title        (AidActivity *self,
                                              const char  *language,
                                              gboolean    *fell_back);
const char     *aid_activity_get_description  (AidActivity *self,
                                              const char  *language,
                                              gboolean    *fell_back);
AidChannel      aid_activity_get_channel      (AidActivity *self);
gboolean        aid_activity_get_humanitarian (AidActivity *self);
const AidMoney *aid_activity_get_budget       (AidActivity *self);

G_END_DECLS
