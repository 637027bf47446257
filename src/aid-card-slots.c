/* aid-card-slots.c: the places of a grid of cards, each showing the activity there now
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A grid makes a new widget for every item that a change brings on screen and keeps none of
 * those it drops: at each keystroke or filter change, thirty new cards, each styled, measured
 * and drawn from nothing, a quarter of a second on this machine. The grid is given slots
 * instead: one per position, whose activity changes in place, so that the cards on screen are
 * kept and only their text changes. Only a change of length adds or removes places, at the end,
 * and a slot is made only for a place the grid asks for.
 */

#define G_LOG_DOMAIN "aid-card-slots"

#include "config.h"

#include "aid-card-slots.h"

/* AidCardSlot */

struct _AidCardSlot
{
  GObject      parent_instance;

  AidActivity *activity;
};

enum {
  SLOT_PROP_0,
  SLOT_PROP_ACTIVITY,
  SLOT_N_PROPS,
};

static GParamSpec *slot_properties[SLOT_N_PROPS];

G_DEFINE_FINAL_TYPE (AidCardSlot, aid_card_slot, G_TYPE_OBJECT)

static void
aid_card_slot_finalize (GObject *object)
{
  g_clear_object (&AID_CARD_SLOT (object)->activity);

  G_OBJECT_CLASS (aid_card_slot_parent_class)->finalize (object);
}

static void
aid_card_slot_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  switch (prop_id)
    {
    case SLOT_PROP_ACTIVITY:
      g_value_set_object (value, aid_card_slot_get_activity (AID_CARD_SLOT (object)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_card_slot_class_init (AidCardSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aid_card_slot_finalize;
  object_class->get_property = aid_card_slot_get_property;

  slot_properties[SLOT_PROP_ACTIVITY] =
    g_param_spec_object ("activity", NULL, NULL, AID_TYPE_ACTIVITY,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, SLOT_N_PROPS, slot_properties);
}

static void
aid_card_slot_init (AidCardSlot *self)
{
}

AidActivity *
aid_card_slot_get_activity (AidCardSlot *self)
{
  g_return_val_if_fail (AID_IS_CARD_SLOT (self), NULL);

  return self->activity;
}

/* AidCardSlots */

struct _AidCardSlots
{
  GObject     parent_instance;

  GListModel *activities;
  GPtrArray  *slots;
};

static GType
aid_card_slots_get_item_type (GListModel *model)
{
  return AID_TYPE_CARD_SLOT;
}

static guint
aid_card_slots_get_n_items (GListModel *model)
{
  return AID_CARD_SLOTS (model)->slots->len;
}

/* Slots are made when the grid first asks for them: it asks only for those it shows. */
static gpointer
aid_card_slots_get_item (GListModel *model,
                         guint       position)
{
  AidCardSlots *self = AID_CARD_SLOTS (model);
  AidCardSlot *slot;

  if (position >= self->slots->len)
    return NULL;

  slot = g_ptr_array_index (self->slots, position);
  if (slot == NULL)
    {
      slot = g_object_new (AID_TYPE_CARD_SLOT, NULL);
      slot->activity = g_list_model_get_item (self->activities, position);
      g_ptr_array_index (self->slots, position) = slot;
    }

  return g_object_ref (slot);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = aid_card_slots_get_item_type;
  iface->get_n_items = aid_card_slots_get_n_items;
  iface->get_item = aid_card_slots_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (AidCardSlots, aid_card_slots, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
activities_changed_cb (AidCardSlots *self,
                       guint         position,
                       guint         removed,
                       guint         added)
{
  guint n_before = self->slots->len;
  guint n_after = g_list_model_get_n_items (self->activities);
  guint n_common = MIN (n_before, n_after);

  /* Every place from the change on may show another activity now: those made so far say so. */
  for (guint i = position; i < n_common; i++)
    {
      AidCardSlot *slot = g_ptr_array_index (self->slots, i);
      g_autoptr(AidActivity) activity = NULL;

      if (slot == NULL)
        continue;
      activity = g_list_model_get_item (self->activities, i);
      if (g_set_object (&slot->activity, activity))
        g_object_notify_by_pspec (G_OBJECT (slot), slot_properties[SLOT_PROP_ACTIVITY]);
    }

  if (n_after > n_before)
    {
      g_ptr_array_set_size (self->slots, n_after);
      g_list_model_items_changed (G_LIST_MODEL (self), n_before, 0, n_after - n_before);
    }
  else if (n_after < n_before)
    {
      g_ptr_array_set_size (self->slots, n_after);
      g_list_model_items_changed (G_LIST_MODEL (self), n_after, n_before - n_after, 0);
    }
}

/* Places not shown yet have no slot. */
static void
unref_slot (gpointer slot)
{
  if (slot != NULL)
    g_object_unref (slot);
}

static void
aid_card_slots_dispose (GObject *object)
{
  AidCardSlots *self = AID_CARD_SLOTS (object);

  if (self->activities != NULL)
    g_signal_handlers_disconnect_by_func (self->activities, activities_changed_cb, self);
  g_clear_object (&self->activities);
  g_clear_pointer (&self->slots, g_ptr_array_unref);

  G_OBJECT_CLASS (aid_card_slots_parent_class)->dispose (object);
}

static void
aid_card_slots_class_init (AidCardSlotsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = aid_card_slots_dispose;
}

static void
aid_card_slots_init (AidCardSlots *self)
{
  self->slots = g_ptr_array_new_with_free_func (unref_slot);
}

/**
 * aid_card_slots_new:
 * @activities: the activities to show, in order
 *
 * Returns: (transfer full): one slot per activity of @activities, following its changes
 */
AidCardSlots *
aid_card_slots_new (GListModel *activities)
{
  AidCardSlots *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (activities), NULL);

  self = g_object_new (AID_TYPE_CARD_SLOTS, NULL);
  self->activities = g_object_ref (activities);
  g_signal_connect_swapped (activities, "items-changed", G_CALLBACK (activities_changed_cb), self);
  activities_changed_cb (self, 0, 0, g_list_model_get_n_items (activities));

  return self;
}
