/* aid-problems-dialog.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "aid-dataset-loader.h"
#include "aid-types.h"

G_BEGIN_DECLS

#define AID_TYPE_PROBLEMS_DIALOG (aid_problems_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AidProblemsDialog, aid_problems_dialog, AID, PROBLEMS_DIALOG, AdwAlertDialog)

AdwDialog *aid_problems_dialog_new (GFile         *file,
                                    AidLoadReport *report,
                                    const GError  *error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
