/* aid-main-view.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "aid-dataset.h"
#include "aid-types.h"

G_BEGIN_DECLS

#define AID_TYPE_MAIN_VIEW (aid_main_view_get_type ())
G_DECLARE_FINAL_TYPE (AidMainView, aid_main_view, AID, MAIN_VIEW, AdwBreakpointBin)

AidMainView *aid_main_view_new           (void) G_GNUC_WARN_UNUSED_RESULT;

AidDataset  *aid_main_view_get_dataset   (AidMainView *self);
void         aid_main_view_set_dataset   (AidMainView *self,
                                          AidDataset  *dataset);

GVariant    *aid_main_view_save_state    (AidMainView *self);
void         aid_main_view_restore_state (AidMainView *self,
                                          GVariant    *state);
void         aid_main_view_search        (AidMainView *self,
                                          const char  *text);

G_END_DECLS
