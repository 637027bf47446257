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

/* The colour of what is not attributable, drawn dimmed; the others cycle. */
#define AID_BAR_COLOUR_REST 5

GtkWidget *aid_bar_new          (double  fraction,
                                 guint   colour) G_GNUC_WARN_UNUSED_RESULT;

double     aid_bar_get_fraction (AidBar *self);
void       aid_bar_set_fraction (AidBar *self,
                                 double  fraction);
guint      aid_bar_get_colour   (AidBar *self);
void       aid_bar_set_colour   (AidBar *self,
                                 guint   colour);

G_END_DECLS
