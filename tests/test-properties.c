/* test-properties.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every writable property of the app's widgets is G_PARAM_EXPLICIT_NOTIFY and notifies once per
 * real change, never for the value it has already (STYLE section 5): a spurious notify makes
 * bindings fire for nothing and notify:: handlers loop.
 */

#include "config.h"

#include "aid-bar.h"
#include "aid-country-page.h"
#include "aid-dataset-loader.h"
#include "aid-humanitarian-page.h"
#include "aid-main-view.h"
#include "aid-organisations-page.h"
#include "aid-overview-page.h"
#include "aid-places-page.h"
#include "aid-project-card.h"
#include "aid-projects-page.h"
#include "aid-resources.h"
#include "aid-sidebar-row.h"
#include "aid-sources-page.h"
#include "aid-tile.h"

/* Two values of every object type the widgets' properties take. */
typedef struct
{
  AidDataset   *datasets[2];
  AidActivity  *activities[2];
  GtkPopover   *popovers[2];
  GtkStack     *stack;
  GtkStackPage *pages[2];
} Values;

static AidDataset *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "check", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AidDataset *dataset = aid_dataset_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);

  return dataset;
}

static void
values_init (Values *values)
{
  values->datasets[0] = load_fixture ("ok-minimal.json");
  values->datasets[1] = load_fixture ("ok-every-member.json");
  for (guint i = 0; i < 2; i++)
    {
      values->activities[i] = g_list_model_get_item (aid_dataset_get_activities (values->datasets[i]), 0);
      values->popovers[i] = g_object_ref_sink (GTK_POPOVER (gtk_popover_new ()));
    }
  values->stack = g_object_ref_sink (GTK_STACK (gtk_stack_new ()));
  values->pages[0] = gtk_stack_add_titled (values->stack, gtk_label_new (NULL), "first", "First");
  values->pages[1] = gtk_stack_add_titled (values->stack, gtk_label_new (NULL), "second", "Second");
}

static void
values_clear (Values *values)
{
  g_assert_finalize_object (values->stack);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_finalize_object (values->popovers[i]);
      /* The dataset holds its activities. */
      g_clear_object (&values->activities[i]);
      g_assert_finalize_object (values->datasets[i]);
    }
}

/* Two different values for @pspec, neither its default; FALSE for a type the test does not
 * know, so that a new kind of property makes the test say so rather than skip it. */
static gboolean
make_values (const Values *values,
             GParamSpec   *pspec,
             GValue       *first,
             GValue       *second)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (first, type);
  g_value_init (second, type);

  if (type == G_TYPE_STRING)
    {
      g_value_set_string (first, "first");
      g_value_set_string (second, "second");
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      gboolean default_value = G_PARAM_SPEC_BOOLEAN (pspec)->default_value;

      g_value_set_boolean (first, !default_value);
      g_value_set_boolean (second, default_value);
    }
  else if (type == G_TYPE_DOUBLE)
    {
      GParamSpecDouble *range = G_PARAM_SPEC_DOUBLE (pspec);

      g_value_set_double (first, range->minimum + (range->maximum - range->minimum) / 4);
      g_value_set_double (second, range->minimum + (range->maximum - range->minimum) * 3 / 4);
    }
  else if (type == G_TYPE_UINT)
    {
      GParamSpecUInt *range = G_PARAM_SPEC_UINT (pspec);

      g_assert_cmpuint (range->maximum - range->minimum, >=, 2);
      g_value_set_uint (first, range->minimum + 1);
      g_value_set_uint (second, range->minimum + 2);
    }
  else if (type == AID_TYPE_DATASET)
    {
      g_value_set_object (first, values->datasets[0]);
      g_value_set_object (second, values->datasets[1]);
    }
  else if (type == AID_TYPE_ACTIVITY)
    {
      g_value_set_object (first, values->activities[0]);
      g_value_set_object (second, values->activities[1]);
    }
  else if (type == GTK_TYPE_POPOVER)
    {
      g_value_set_object (first, values->popovers[0]);
      g_value_set_object (second, values->popovers[1]);
    }
  else if (type == GTK_TYPE_STACK_PAGE)
    {
      g_value_set_object (first, values->pages[0]);
      g_value_set_object (second, values->pages[1]);
    }
  else
    {
      return FALSE;
    }

  return TRUE;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Sets @value and checks that @pspec was notified @expected times in all, and reads back. */
static void
set_and_count (GObject      *object,
               GParamSpec   *pspec,
               const GValue *value,
               guint        *count,
               guint         expected)
{
  g_auto(GValue) read = G_VALUE_INIT;

  g_object_set_property (object, pspec->name, value);
  if (*count != expected)
    g_error ("%s:%s notified %u times, %u expected", G_OBJECT_TYPE_NAME (object), pspec->name, *count, expected);

  g_value_init (&read, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (object, pspec->name, &read);
  g_assert_cmpint (g_param_values_cmp (pspec, &read, value), ==, 0);
}

/* Each writable property that @type adds: one notify for a change, none for the same value. */
static void
check_type (const Values *values,
            GType         type)
{
  GObject *object = g_object_ref_sink (g_object_new (type, NULL));
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;
  guint n_checked = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) first = G_VALUE_INIT;
      g_auto(GValue) second = G_VALUE_INIT;
      g_autofree char *signal = NULL;
      guint count = 0;
      gulong handler;

      if (pspec->owner_type != type || (pspec->flags & G_PARAM_WRITABLE) == 0 ||
          (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;

      if ((pspec->flags & G_PARAM_EXPLICIT_NOTIFY) == 0)
        g_error ("%s:%s is not G_PARAM_EXPLICIT_NOTIFY", g_type_name (type), pspec->name);
      if (!make_values (values, pspec, &first, &second))
        g_error ("%s:%s is of type %s, which this test cannot make values of", g_type_name (type),
                 pspec->name, g_type_name (G_PARAM_SPEC_VALUE_TYPE (pspec)));

      signal = g_strconcat ("notify::", pspec->name, NULL);
      handler = g_signal_connect (object, signal, G_CALLBACK (count_notify_cb), &count);
      set_and_count (object, pspec, &first, &count, 1);
      set_and_count (object, pspec, &first, &count, 1);
      set_and_count (object, pspec, &second, &count, 2);
      set_and_count (object, pspec, &second, &count, 2);
      set_and_count (object, pspec, &first, &count, 3);
      g_signal_handler_disconnect (object, handler);
      n_checked++;
    }

  g_assert_cmpuint (n_checked, >, 0);
  g_assert_finalize_object (object);
}

static void
test_properties_notify_once (void)
{
  const GType types[] = {
    AID_TYPE_BAR,
    AID_TYPE_COUNTRY_PAGE,
    AID_TYPE_HUMANITARIAN_PAGE,
    AID_TYPE_MAIN_VIEW,
    AID_TYPE_ORGANISATIONS_PAGE,
    AID_TYPE_OVERVIEW_PAGE,
    AID_TYPE_PLACES_PAGE,
    AID_TYPE_PROJECT_CARD,
    AID_TYPE_PROJECTS_PAGE,
    AID_TYPE_SIDEBAR_ROW,
    AID_TYPE_SOURCES_PAGE,
    AID_TYPE_TILE,
  };
  Values values = { 0 };

  values_init (&values);
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_test_message ("%s", g_type_name (types[i]));
      check_type (&values, types[i]);
    }
  values_clear (&values);
}

/* The projects page's filters through their public setters: NULL is "", which is no filter;
 * clearing notifies each filter that was set, once, and no other. */
static void
test_properties_projects_page_setters (void)
{
  AidProjectsPage *page = g_object_ref_sink (g_object_new (AID_TYPE_PROJECTS_PAGE, NULL));
  guint n_region = 0;
  guint n_channel = 0;
  guint n_focus = 0;

  g_signal_connect (page, "notify::region", G_CALLBACK (count_notify_cb), &n_region);
  g_signal_connect (page, "notify::channel", G_CALLBACK (count_notify_cb), &n_channel);
  g_signal_connect (page, "notify::focus-only", G_CALLBACK (count_notify_cb), &n_focus);

  g_assert_cmpstr (aid_projects_page_get_region (page), ==, "");
  aid_projects_page_set_region (page, NULL);
  aid_projects_page_set_region (page, "");
  g_assert_cmpuint (n_region, ==, 0);

  aid_projects_page_set_region (page, "kidal");
  aid_projects_page_set_region (page, "kidal");
  g_assert_cmpuint (n_region, ==, 1);
  g_assert_cmpstr (aid_projects_page_get_region (page), ==, "kidal");

  aid_projects_page_set_focus_only (page, TRUE);
  aid_projects_page_set_focus_only (page, 2);
  g_assert_cmpuint (n_focus, ==, 1);

  aid_projects_page_clear_filters (page);
  g_assert_cmpuint (n_region, ==, 2);
  g_assert_cmpuint (n_focus, ==, 2);
  g_assert_cmpuint (n_channel, ==, 0);
  g_assert_cmpstr (aid_projects_page_get_region (page), ==, "");
  g_assert_false (aid_projects_page_get_focus_only (page));

  aid_projects_page_set_region (page, NULL);
  g_assert_cmpuint (n_region, ==, 2);

  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* The templates, registered by AidApplication in the app. */
  aid_register_resource ();

  g_test_add_func ("/aid/properties/notify-once", test_properties_notify_once);
  g_test_add_func ("/aid/properties/projects-page-setters", test_properties_projects_page_setters);

  return g_test_run ();
}
