/* aid-application.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "aid-types.h"

G_BEGIN_DECLS

#define AID_TYPE_APPLICATION (aid_application_get_type ())
G_DECLARE_FINAL_TYPE (AidApplication, aid_application, AID, APPLICATION, AdwApplication)

AidApplication *aid_application_new (const char        *application_id,
                                     GApplicationFlags  flags) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
