/* aid-humanitarian-page.c: humanitarian aid, year by year
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each contribution as the sources state it, under the year it ends, never summed: the
 * sources state them apart.
 */

#define G_LOG_DOMAIN "aid-humanitarian-page"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-focus.h"
#include "aid-humanitarian-page.h"
#include "aid-language.h"
#include "aid-rows.h"
#include "aid-totals.h"

struct _AidHumanitarianPage
{
  AdwPreferencesPage   parent_instance;

  AidDataset          *dataset;
  GPtrArray           *added;          /* the groups and rows of the dataset shown */
  gboolean             stale;          /* built when next shown */

  /* Template widgets */
  AdwPreferencesGroup *empty_group;
};

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidHumanitarianPage, aid_humanitarian_page, ADW_TYPE_PREFERENCES_PAGE)

static GParamSpec *properties[N_PROPS];

static int
compare_years_newest_first (gconstpointer a,
                            gconstpointer b)
{
  int year_a = GPOINTER_TO_INT (*(gpointer *)a);
  int year_b = GPOINTER_TO_INT (*(gpointer *)b);

  return year_b - year_a;
}

static void
add_activity_rows (AdwPreferencesGroup *group,
                   GPtrArray           *activities)
{
  const char *language = aid_language_get ();
  guint n_rows = aid_rows_n_listed (activities->len);

  for (guint i = 0; i < n_rows; i++)
    {
      AidActivity *activity = g_ptr_array_index (activities, i);

      adw_preferences_group_add (group, aid_activity_row_new (activity, aid_activity_get_implementers (activity, language)));
    }
  if (n_rows < activities->len)
    adw_preferences_group_add (group, aid_show_all_row_new (activities->len - n_rows, "humanitarian-only", g_variant_new_boolean (TRUE)));
}

static void
fill (AidHumanitarianPage *self)
{
  GListModel *activities = aid_dataset_get_humanitarian_activities (self->dataset);
  g_autoptr(GHashTable) by_year = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) undated = g_ptr_array_new ();
  g_autoptr(GPtrArray) years = NULL;

  /* Each activity under the year it ends, in one pass. */
  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (activities, i);
      AidDate start, end;
      GPtrArray *group;

      if (!aid_activity_get_period (activity, &start, &end) || end.year == 0)
        {
          g_ptr_array_add (undated, activity);
          continue;
        }

      group = g_hash_table_lookup (by_year, GUINT_TO_POINTER (end.year));
      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (by_year, GUINT_TO_POINTER (end.year), group);
        }
      g_ptr_array_add (group, activity);
    }

  years = g_hash_table_get_keys_as_ptr_array (by_year);
  g_ptr_array_sort (years, compare_years_newest_first);
  for (guint i = 0; i < years->len; i++)
    {
      gpointer year = g_ptr_array_index (years, i);
      g_autofree char *title = g_strdup_printf ("%04d", GPOINTER_TO_INT (year));

      add_activity_rows (aid_rows_add_group (ADW_PREFERENCES_PAGE (self), self->added, title, NULL),
                         g_hash_table_lookup (by_year, year));
    }
  if (undated->len > 0)
    add_activity_rows (aid_rows_add_group (ADW_PREFERENCES_PAGE (self), self->added, _("Undated"), NULL), undated);

  if (years->len == 0 && undated->len == 0)
    gtk_widget_set_visible (GTK_WIDGET (self->empty_group), TRUE);
}

static void
build (AidHumanitarianPage *self)
{
  self->stale = FALSE;
  aid_rows_remove_all (self->added);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_group), FALSE);

  if (self->dataset != NULL)
    fill (self);
}

/* GtkWidget overrides */

/* A page is built when it is shown: at a hundred thousand activities, building every page when
 * a dataset opens would block the window for as long again as the one it shows. */
static void
aid_humanitarian_page_map (GtkWidget *widget)
{
  AidHumanitarianPage *self = AID_HUMANITARIAN_PAGE (widget);

  if (self->stale)
    build (self);

  GTK_WIDGET_CLASS (aid_humanitarian_page_parent_class)->map (widget);
}

/* GObject overrides */

static void
aid_humanitarian_page_dispose (GObject *object)
{
  AidHumanitarianPage *self = (AidHumanitarianPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_HUMANITARIAN_PAGE);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->added, g_ptr_array_unref);

  G_OBJECT_CLASS (aid_humanitarian_page_parent_class)->dispose (object);
}

static void
aid_humanitarian_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AidHumanitarianPage *self = AID_HUMANITARIAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, aid_humanitarian_page_get_dataset (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_humanitarian_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  AidHumanitarianPage *self = AID_HUMANITARIAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      aid_humanitarian_page_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_humanitarian_page_class_init (AidHumanitarianPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = aid_humanitarian_page_dispose;
  object_class->get_property = aid_humanitarian_page_get_property;
  object_class->set_property = aid_humanitarian_page_set_property;

  widget_class->map = aid_humanitarian_page_map;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, AID_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-humanitarian-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AidHumanitarianPage, empty_group);
}

static void
aid_humanitarian_page_init (AidHumanitarianPage *self)
{
  self->added = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

AidDataset *
aid_humanitarian_page_get_dataset (AidHumanitarianPage *self)
{
  g_return_val_if_fail (AID_IS_HUMANITARIAN_PAGE (self), NULL);

  return self->dataset;
}

void
aid_humanitarian_page_set_dataset (AidHumanitarianPage *self,
                                   AidDataset          *dataset)
{
  g_return_if_fail (AID_IS_HUMANITARIAN_PAGE (self));
  g_return_if_fail (dataset == NULL || AID_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    build (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}
