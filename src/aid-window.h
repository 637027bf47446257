/* aid-window.h
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

#define AID_TYPE_WINDOW (aid_window_get_type ())
G_DECLARE_FINAL_TYPE (AidWindow, aid_window, AID, WINDOW, AdwApplicationWindow)

AidWindow  *aid_window_new         (AidApplication *application) G_GNUC_WARN_UNUSED_RESULT;

AidDataset *aid_window_get_dataset (AidWindow      *self);
void        aid_window_set_dataset (AidWindow      *self,
                                    AidDataset     *dataset);
AidMainView *aid_window_get_view   (AidWindow      *self);
void        aid_window_reload      (AidWindow      *self);
void        aid_window_open_file   (AidWindow      *self,
                                    GFile          *file);
void        aid_window_open_files  (AidWindow      *self,
                                    GFile         **files,
                                    guint           n_files);
gboolean    aid_window_is_loading  (AidWindow      *self);
void        aid_window_search      (AidWindow      *self,
                                    const char     *text);

G_END_DECLS
