/* aid-card-slots.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "aid-activity.h"

G_BEGIN_DECLS

#define AID_TYPE_CARD_SLOT (aid_card_slot_get_type ())

G_DECLARE_FINAL_TYPE (AidCardSlot, aid_card_slot, AID, CARD_SLOT, GObject)

AidActivity *aid_card_slot_get_activity (AidCardSlot *self);

#define AID_TYPE_CARD_SLOTS (aid_card_slots_get_type ())

G_DECLARE_FINAL_TYPE (AidCardSlots, aid_card_slots, AID, CARD_SLOTS, GObject)

AidCardSlots *aid_card_slots_new (GListModel *activities);

G_END_DECLS
