/* test-card-slots.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AidCardSlots on its own, over a GListStore of activities that the tests change as a search
 * or a filter change would: the grid's places stay, each slot shows the activity at its place
 * now, only a change of length adds or removes places, and slots exist only where asked for.
 */

#include "config.h"

#include <string.h>

#include "aid-card-slots.h"
#include "aid-dataset-loader.h"

/* A dataset of @n activities, "A-0" to "A-(n-1)". */
static AidDataset *
make_dataset (guint n)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"aid-explorer-dataset\", \"format_version\": 1, \"id\": \"slots\","
                                          " \"title\": {\"en\": \"Slots\"}, \"default_language\": \"en\","
                                          " \"default_currency\": \"EUR\", \"licence\": {\"name\": \"CC0\"},"
                                          " \"sources\": [], \"activities\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  AidDataset *dataset;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"id\": \"A-%u\", \"title\": {\"en\": \"Activity %u\"}, \"channel\": \"ngo\"}",
                            i > 0 ? ", " : "", i, i);
  g_string_append (text, "]}");

  bytes = g_string_free_to_bytes (g_steal_pointer (&text));
  dataset = aid_dataset_load_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);

  return dataset;
}

typedef struct
{
  AidDataset   *dataset;
  GListStore   *store;      /* what the grid is to show: a search's or a filter's result */
  AidCardSlots *slots;

  /* The slots' own items-changed, as the grid sees them. */
  guint         n_changes;
  guint         position;
  guint         removed;
  guint         added;
} Fixture;

static AidActivity *
activity (Fixture *fixture,
          guint    index)
{
  g_autoptr(AidActivity) item = g_list_model_get_item (aid_dataset_get_activities (fixture->dataset), index);

  /* The dataset holds it. */
  return item;
}

/* Puts the dataset's activities of @indices (ended by -1) in the store, as one change. */
static void
show (Fixture   *fixture,
      const int *indices)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  for (guint i = 0; indices[i] >= 0; i++)
    g_ptr_array_add (items, activity (fixture, (guint)indices[i]));
  g_list_store_splice (fixture->store, 0, g_list_model_get_n_items (G_LIST_MODEL (fixture->store)),
                       items->pdata, items->len);
}

static void
slots_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  fixture->n_changes++;
  fixture->position = position;
  fixture->removed = removed;
  fixture->added = added;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dataset = make_dataset (10);
  fixture->store = g_list_store_new (AID_TYPE_ACTIVITY);
  show (fixture, (int[]) { 0, 1, 2, 3, -1 });
  fixture->slots = aid_card_slots_new (G_LIST_MODEL (fixture->store));
  g_signal_connect (fixture->slots, "items-changed", G_CALLBACK (slots_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_assert_finalize_object (fixture->slots);
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->dataset);
}

static const char *
slot_id (AidCardSlot *slot)
{
  return aid_activity_get_id (aid_card_slot_get_activity (slot));
}

/* One slot per activity, each showing the activity at its place. */
static void
test_card_slots_follow (Fixture       *fixture,
                        gconstpointer  user_data)
{
  GListModel *slots = G_LIST_MODEL (fixture->slots);

  g_assert_true (g_list_model_get_item_type (slots) == AID_TYPE_CARD_SLOT);
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(AidCardSlot) slot = g_list_model_get_item (slots, i);
      g_autofree char *id = g_strdup_printf ("A-%u", i);

      g_assert_true (AID_IS_CARD_SLOT (slot));
      g_assert_cmpstr (slot_id (slot), ==, id);
    }
  g_assert_null (g_list_model_get_item (slots, 4));
  g_assert_cmpuint (fixture->n_changes, ==, 0);
}

/* A change of the same length keeps every place: the slots are the same objects, those whose
 * activity changed say so once, the others not at all, and the grid is told nothing. */
static void
test_card_slots_keep_places (Fixture       *fixture,
                             gconstpointer  user_data)
{
  GListModel *slots = G_LIST_MODEL (fixture->slots);
  g_autoptr(AidCardSlot) first = g_list_model_get_item (slots, 0);
  g_autoptr(AidCardSlot) third = g_list_model_get_item (slots, 2);
  g_autoptr(AidCardSlot) again = NULL;
  guint n_first = 0;
  guint n_third = 0;

  g_signal_connect (first, "notify::activity", G_CALLBACK (count_notify_cb), &n_first);
  g_signal_connect (third, "notify::activity", G_CALLBACK (count_notify_cb), &n_third);

  /* A-0 stays first; A-2's place now shows A-7. */
  show (fixture, (int[]) { 0, 1, 7, 3, -1 });
  g_assert_cmpuint (fixture->n_changes, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 4);
  g_assert_cmpuint (n_first, ==, 0);
  g_assert_cmpuint (n_third, ==, 1);
  g_assert_cmpstr (slot_id (first), ==, "A-0");
  g_assert_cmpstr (slot_id (third), ==, "A-7");

  again = g_list_model_get_item (slots, 2);
  g_assert_true (again == third);

  /* The same activities again: nothing to say. */
  show (fixture, (int[]) { 0, 1, 7, 3, -1 });
  g_assert_cmpuint (n_first, ==, 0);
  g_assert_cmpuint (n_third, ==, 1);

  g_signal_handlers_disconnect_by_func (first, count_notify_cb, &n_first);
  g_signal_handlers_disconnect_by_func (third, count_notify_cb, &n_third);
}

/* A longer result adds places at the end, a shorter one takes them away from the end; the
 * places before stay and show the new activities. */
static void
test_card_slots_length (Fixture       *fixture,
                        gconstpointer  user_data)
{
  GListModel *slots = G_LIST_MODEL (fixture->slots);
  g_autoptr(AidCardSlot) first = g_list_model_get_item (slots, 0);
  g_autoptr(AidCardSlot) second = g_list_model_get_item (slots, 1);
  g_autoptr(AidCardSlot) fifth = NULL;
  g_autoptr(AidCardSlot) last = NULL;

  show (fixture, (int[]) { 9, 8, 7, 6, 5, 4, -1 });
  g_assert_cmpuint (fixture->n_changes, ==, 1);
  g_assert_cmpuint (fixture->position, ==, 4);
  g_assert_cmpuint (fixture->removed, ==, 0);
  g_assert_cmpuint (fixture->added, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 6);
  g_assert_cmpstr (slot_id (first), ==, "A-9");
  g_assert_cmpstr (slot_id (second), ==, "A-8");
  fifth = g_list_model_get_item (slots, 4);
  g_assert_cmpstr (slot_id (fifth), ==, "A-5");
  last = g_list_model_get_item (slots, 5);
  g_assert_cmpstr (slot_id (last), ==, "A-4");

  show (fixture, (int[]) { 2, 3, -1 });
  g_assert_cmpuint (fixture->n_changes, ==, 2);
  g_assert_cmpuint (fixture->position, ==, 2);
  g_assert_cmpuint (fixture->removed, ==, 4);
  g_assert_cmpuint (fixture->added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 2);
  g_assert_cmpstr (slot_id (first), ==, "A-2");
  g_assert_cmpstr (slot_id (second), ==, "A-3");
  g_assert_null (g_list_model_get_item (slots, 2));

  /* Nothing found, then everything again. */
  show (fixture, (int[]) { -1 });
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 0);
  g_assert_cmpuint (fixture->removed, ==, 2);
  show (fixture, (int[]) { 0, 1, 2, -1 });
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 3);
  g_assert_cmpuint (fixture->position, ==, 0);
  g_assert_cmpuint (fixture->added, ==, 3);
}

/* A change in the middle reaches the place where it is and those after it, not those before;
 * a place the grid never asked for gets its slot, with the activity there now, when it does. */
static void
test_card_slots_middle (Fixture       *fixture,
                        gconstpointer  user_data)
{
  GListModel *slots = G_LIST_MODEL (fixture->slots);
  g_autoptr(AidCardSlot) first = g_list_model_get_item (slots, 0);
  g_autoptr(AidCardSlot) third = g_list_model_get_item (slots, 2);
  g_autoptr(AidCardSlot) fourth = NULL;
  guint n_first = 0;
  guint n_third = 0;

  g_signal_connect (first, "notify::activity", G_CALLBACK (count_notify_cb), &n_first);
  g_signal_connect (third, "notify::activity", G_CALLBACK (count_notify_cb), &n_third);

  /* go, A-8 and A-9 come: the store says so from the third place on. */
  g_list_store_splice (fixture->store, 2, 2, (gpointer[]) { activity (fixture, 8), activity (fixture, 9) }, 2);
  g_assert_cmpuint (fixture->n_changes, ==, 0);
  g_assert_cmpuint (n_first, ==, 0);
  g_assert_cmpuint (n_third, ==, 1);
  g_assert_cmpstr (slot_id (first), ==, "A-0");
  g_assert_cmpstr (slot_id (third), ==, "A-8");

  fourth = g_list_model_get_item (slots, 3);
  g_assert_cmpstr (slot_id (fourth), ==, "A-9");

  g_signal_handlers_disconnect_by_func (first, count_notify_cb, &n_first);
  g_signal_handlers_disconnect_by_func (third, count_notify_cb, &n_third);
}

/* The slots let go of the activities' list when they go, and follow it no longer. */
static void
test_card_slots_release (void)
{
  g_autoptr(AidDataset) dataset = make_dataset (3);
  GListModel *activities = aid_dataset_get_activities (dataset);
  g_autoptr(GListStore) store = g_list_store_new (AID_TYPE_ACTIVITY);
  AidCardSlots *slots;
  g_autoptr(AidCardSlot) slot = NULL;
  g_autoptr(AidActivity) first = g_list_model_get_item (activities, 0);

  g_list_store_append (store, first);
  slots = aid_card_slots_new (G_LIST_MODEL (store));
  slot = g_list_model_get_item (G_LIST_MODEL (slots), 0);
  g_assert_finalize_object (slots);

  /* A slot the grid still holds keeps its activity; the store's changes reach no one. */
  g_list_store_remove_all (store);
  g_assert_cmpstr (slot_id (slot), ==, "A-0");
  g_assert_finalize_object (g_steal_pointer (&slot));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/aid/card-slots/follow", Fixture, NULL, fixture_set_up, test_card_slots_follow, fixture_tear_down);
  g_test_add ("/aid/card-slots/keep-places", Fixture, NULL, fixture_set_up, test_card_slots_keep_places, fixture_tear_down);
  g_test_add ("/aid/card-slots/length", Fixture, NULL, fixture_set_up, test_card_slots_length, fixture_tear_down);
  g_test_add ("/aid/card-slots/middle", Fixture, NULL, fixture_set_up, test_card_slots_middle, fixture_tear_down);
  g_test_add_func ("/aid/card-slots/release", test_card_slots_release);

  return g_test_run ();
}
