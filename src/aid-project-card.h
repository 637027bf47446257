/* aid-project-card.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "aid-activity.h"
#include "aid-types.h"

G_BEGIN_DECLS

#define AID_TYPE_PROJECT_CARD (aid_project_card_get_type ())
G_DECLARE_FINAL_TYPE (AidProjectCard, aid_project_card, AID, PROJECT_CARD, GtkWidget)

AidActivity *aid_project_card_get_activity (AidProjectCard *self);
void         aid_project_card_set_activity (AidProjectCard *self,
                                            AidActivity    *activity);

char        *aid_project_card_describe     (AidActivity    *activity);

G_END_DECLS
