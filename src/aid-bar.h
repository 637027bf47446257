/* aid-bar.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "aid-types.h"

G_BEGIN_DECLS

#define AID_TYPE_BAR (aid_bar_get_type ())
G_DECLARE_FINAL_TYPE (AidBar, aid_bar, AID, BAR, GtkWidget)

GtkWidget *aid_bar_new          (double  fraction,
                                 guint   colour);
double     aid_bar_get_fraction (AidBar *self);

G_END_DECLS
