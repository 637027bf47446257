/* aid-preferences-dialog.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "aid-types.h"

G_BEGIN_DECLS

#define AID_TYPE_PREFERENCES_DIALOG (aid_preferences_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AidPreferencesDialog, aid_preferences_dialog, AID, PREFERENCES_DIALOG, AdwPreferencesDialog)

AdwDialog *aid_preferences_dialog_new (void) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
