/* aid-sidebar-row.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "aid-types.h"

G_BEGIN_DECLS

#define AID_TYPE_SIDEBAR_ROW (aid_sidebar_row_get_type ())
G_DECLARE_FINAL_TYPE (AidSidebarRow, aid_sidebar_row, AID, SIDEBAR_ROW, GtkListBoxRow)

GtkWidget    *aid_sidebar_row_new      (GtkStackPage  *page) G_GNUC_WARN_UNUSED_RESULT;

GtkStackPage *aid_sidebar_row_get_page (AidSidebarRow *self);
void          aid_sidebar_row_set_page (AidSidebarRow *self,
                                        GtkStackPage  *page);

G_END_DECLS
