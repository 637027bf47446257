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

enum {
  PROP_0,
  PROP_FRACTION,
  PROP_COLOUR,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidBar, aid_bar, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* The colour's class in style.css: bar.colour-N. */
static guint
css_colour (guint colour)
{
  return colour == AID_BAR_COLOUR_REST ? AID_BAR_COLOUR_REST : colour % (N_COLOURS - 1);
}

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

/* GObject overrides */

static void
aid_bar_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  AidBar *self = AID_BAR (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, aid_bar_get_fraction (self));
      break;

    case PROP_COLOUR:
      g_value_set_uint (value, aid_bar_get_colour (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_bar_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  AidBar *self = AID_BAR (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      aid_bar_set_fraction (self, g_value_get_double (value));
      break;

    case PROP_COLOUR:
      aid_bar_set_colour (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_bar_class_init (AidBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = aid_bar_get_property;
  object_class->set_property = aid_bar_set_property;

  widget_class->snapshot = aid_bar_snapshot;
  widget_class->measure = aid_bar_measure;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_COLOUR] =
    g_param_spec_uint ("colour", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "bar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
aid_bar_init (AidBar *self)
{
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self), "colour-0");
}

/* Public API */

GtkWidget *
aid_bar_new (double fraction,
             guint  colour)
{
  return g_object_new (AID_TYPE_BAR, "fraction", CLAMP (fraction, 0.0, 1.0), "colour", colour, NULL);
}

double
aid_bar_get_fraction (AidBar *self)
{
  g_return_val_if_fail (AID_IS_BAR (self), 0);

  return self->fraction;
}

/* How much of the track the bar fills, from 0 to 1. */
void
aid_bar_set_fraction (AidBar *self,
                      double  fraction)
{
  g_return_if_fail (AID_IS_BAR (self));

  fraction = CLAMP (fraction, 0.0, 1.0);
  if (self->fraction == fraction)
    return;

  self->fraction = fraction;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

guint
aid_bar_get_colour (AidBar *self)
{
  g_return_val_if_fail (AID_IS_BAR (self), 0);

  return self->colour;
}

/* The bar's place in the palette: %AID_BAR_COLOUR_REST is the dim one, for what is not
 * attributable; the others cycle through five colours. */
void
aid_bar_set_colour (AidBar *self,
                    guint   colour)
{
  g_autofree char *old_class = NULL;
  g_autofree char *new_class = NULL;

  g_return_if_fail (AID_IS_BAR (self));

  if (self->colour == colour)
    return;

  old_class = g_strdup_printf ("colour-%u", css_colour (self->colour));
  new_class = g_strdup_printf ("colour-%u", css_colour (colour));
  self->colour = colour;
  gtk_widget_remove_css_class (GTK_WIDGET (self), old_class);
  gtk_widget_add_css_class (GTK_WIDGET (self), new_class);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR]);
}
