/* aid-tile.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "aid-types.h"

G_BEGIN_DECLS

#define AID_TYPE_TILE (aid_tile_get_type ())
G_DECLARE_FINAL_TYPE (AidTile, aid_tile, AID, TILE, GtkWidget)

GtkWidget  *aid_tile_new              (void) G_GNUC_WARN_UNUSED_RESULT;

const char *aid_tile_get_title        (AidTile    *self);
void        aid_tile_set_title        (AidTile    *self,
                                       const char *title);
const char *aid_tile_get_figure       (AidTile    *self);
void        aid_tile_set_figure       (AidTile    *self,
                                       const char *figure);
const char *aid_tile_get_exact        (AidTile    *self);
void        aid_tile_set_exact        (AidTile    *self,
                                       const char *exact);
const char *aid_tile_get_caption      (AidTile    *self);
void        aid_tile_set_caption      (AidTile    *self,
                                       const char *caption);
GtkPopover *aid_tile_get_popover      (AidTile    *self);
void        aid_tile_set_popover      (AidTile    *self,
                                       GtkPopover *popover);

const char *aid_tile_get_description  (AidTile    *self);

G_END_DECLS
