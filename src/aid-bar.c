/* aid-bar.c: one bar of a chart, drawn with GtkSnapshot in libadwaita's palette
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart is a grid of rows: a label, a bar and the figure, so that every bar is labelled
 * directly (colour is never the only cue) and the grid reads as a table to a screen reader.
 */

#define G_LOG_DOMAIN "aid-bar"

#include "config.h"

#include "aid-bar.h"

#define N_COLOURS 6

struct _AidBar
{
  GtkWidget parent_instance;

  double    fraction;
  guint     colour;
};

G_DEFINE_FINAL_TYPE (AidBar, aid_bar, GTK_TYPE_WIDGET)

static void
aid_bar_snapshot (GtkWidget   *widget,
                  GtkSnapshot *snapshot)
{
  AidBar *self = AID_BAR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  float bar_width = MAX (2.0f, (float)(self->fraction * width));
  GskRoundedRect track;
  GskRoundedRect bar;
  GdkRGBA colour;
  GdkRGBA trough;

  /* The colour comes from CSS (bar.colour-N in style.css), so that it follows light, dark and
   * high contrast. */
  gtk_widget_get_color (widget, &colour);
  trough = colour;
  trough.alpha = 0.2f;

  gsk_rounded_rect_init_from_rect (&track, &GRAPHENE_RECT_INIT (0, 0, width, height), height / 2.0f);
  gtk_snapshot_push_rounded_clip (snapshot, &track);
  gtk_snapshot_append_color (snapshot, &trough, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gtk_snapshot_pop (snapshot);

  gsk_rounded_rect_init_from_rect (&bar, &GRAPHENE_RECT_INIT (0, 0, bar_width, height), height / 2.0f);
  gtk_snapshot_push_rounded_clip (snapshot, &bar);
  gtk_snapshot_append_color (snapshot, &colour, &GRAPHENE_RECT_INIT (0, 0, bar_width, height));
  gtk_snapshot_pop (snapshot);
}

static void
aid_bar_measure (GtkWidget      *widget,
                 GtkOrientation  orientation,
                 int             for_size,
                 int            *minimum,
                 int            *natural,
                 int            *minimum_baseline,
                 int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 40;
      *natural = 240;
    }
  else
    {
      *minimum = *natural = 12;
    }
}

static void
aid_bar_class_init (AidBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = aid_bar_snapshot;
  widget_class->measure = aid_bar_measure;

  gtk_widget_class_set_css_name (widget_class, "bar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
aid_bar_init (AidBar *self)
{
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
aid_bar_new (double fraction,
             guint  colour)
{
  AidBar *self = g_object_new (AID_TYPE_BAR, NULL);
  /* Colour 5 is the dim one, for what is not attributable; the others cycle. */
  g_autofree char *css_class = g_strdup_printf ("colour-%u", colour == 5 ? 5 : colour % (N_COLOURS - 1));

  self->fraction = CLAMP (fraction, 0.0, 1.0);
  self->colour = colour;
  gtk_widget_add_css_class (GTK_WIDGET (self), css_class);

  return GTK_WIDGET (self);
}

double
aid_bar_get_fraction (AidBar *self)
{
  g_return_val_if_fail (AID_IS_BAR (self), 0);

  return self->fraction;
}
