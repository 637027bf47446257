/* aid-tile.c: a headline figure of the overview, with what it is and a line of context
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figure is in compact form ("€42M"), the exact amount one hover or focus away, in its
 * tooltip and what a screen reader reads. A tile with evidence is a button that opens it, from
 * the pointer or the keyboard; one without is a card that takes the focus, so that the keyboard
 * reaches every figure. Not a GtkMenuButton: it measures its child at one size only, and a
 * wrapped caption would overflow the tile.
 */

#define G_LOG_DOMAIN "aid-tile"

#include "config.h"

#include "aid-tile.h"

struct _AidTile
{
  GtkWidget   parent_instance;

  char       *title;
  char       *figure;
  char       *exact;
  char       *caption;
  GtkPopover *popover;
  GtkButton  *button;        /* only while there is a popover to open */
  char       *description;

  /* Template widgets */
  GtkBox     *box;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_FIGURE,
  PROP_EXACT,
  PROP_CAPTION,
  PROP_POPOVER,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidTile, aid_tile, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* "Activity Budgets, €120,605,612, Lifetime budgets of 9 activities": what the tile reads as,
 * from the button when it is one, from the card otherwise. */
static void
update_description (AidTile *self)
{
  GtkAccessible *accessible = self->button != NULL ? GTK_ACCESSIBLE (self->button) : GTK_ACCESSIBLE (self->box);

  g_free (self->description);
  self->description = g_strjoin (", ", self->title != NULL ? self->title : "",
                                 self->exact != NULL ? self->exact : self->figure, self->caption, NULL);
  gtk_accessible_update_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, self->description, -1);
}

static void
move_box (AidTile   *self,
          GtkWidget *parent)
{
  GtkWidget *box = GTK_WIDGET (self->box);

  g_object_ref (box);
  if (GTK_IS_BUTTON (gtk_widget_get_parent (box)))
    gtk_button_set_child (GTK_BUTTON (gtk_widget_get_parent (box)), NULL);
  else
    gtk_widget_unparent (box);

  if (GTK_IS_BUTTON (parent))
    gtk_button_set_child (GTK_BUTTON (parent), box);
  else
    gtk_widget_set_parent (box, parent);
  g_object_unref (box);
}

/* Callbacks */

static gboolean
has_text (AidTile    *self,
          const char *text)
{
  return text != NULL && text[0] != '\0';
}

static void
button_clicked_cb (AidTile *self)
{
  gtk_popover_popup (self->popover);
}

/* GObject overrides */

static void
aid_tile_dispose (GObject *object)
{
  AidTile *self = (AidTile *)object;
  GtkWidget *child;

  /* The popover is a child of the button besides the box, which the button does not know of. */
  if (self->popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->popover));
  g_clear_object (&self->popover);
  if (self->button != NULL)
    move_box (self, GTK_WIDGET (self));
  g_clear_pointer ((GtkWidget **)&self->button, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_TILE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->figure, g_free);
  g_clear_pointer (&self->exact, g_free);
  g_clear_pointer (&self->caption, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (aid_tile_parent_class)->dispose (object);
}

static void
aid_tile_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  AidTile *self = AID_TILE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, aid_tile_get_title (self));
      break;

    case PROP_FIGURE:
      g_value_set_string (value, aid_tile_get_figure (self));
      break;

    case PROP_EXACT:
      g_value_set_string (value, aid_tile_get_exact (self));
      break;

    case PROP_CAPTION:
      g_value_set_string (value, aid_tile_get_caption (self));
      break;

    case PROP_POPOVER:
      g_value_set_object (value, aid_tile_get_popover (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_tile_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  AidTile *self = AID_TILE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      aid_tile_set_title (self, g_value_get_string (value));
      break;

    case PROP_FIGURE:
      aid_tile_set_figure (self, g_value_get_string (value));
      break;

    case PROP_EXACT:
      aid_tile_set_exact (self, g_value_get_string (value));
      break;

    case PROP_CAPTION:
      aid_tile_set_caption (self, g_value_get_string (value));
      break;

    case PROP_POPOVER:
      aid_tile_set_popover (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_tile_class_init (AidTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = aid_tile_dispose;
  object_class->get_property = aid_tile_get_property;
  object_class->set_property = aid_tile_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FIGURE] =
    g_param_spec_string ("figure", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EXACT] =
    g_param_spec_string ("exact", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAPTION] =
    g_param_spec_string ("caption", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_POPOVER] =
    g_param_spec_object ("popover", NULL, NULL, GTK_TYPE_POPOVER,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-tile.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tile");
  gtk_widget_class_bind_template_child (widget_class, AidTile, box);
  gtk_widget_class_bind_template_callback (widget_class, has_text);
}

static void
aid_tile_init (AidTile *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Without a popover, the card itself takes the focus. */
  gtk_widget_add_css_class (GTK_WIDGET (self->box), "card");
  gtk_widget_set_focusable (GTK_WIDGET (self->box), TRUE);
  update_description (self);
}

/* Public API */

GtkWidget *
aid_tile_new (void)
{
  return g_object_new (AID_TYPE_TILE, NULL);
}

const char *
aid_tile_get_title (AidTile *self)
{
  g_return_val_if_fail (AID_IS_TILE (self), NULL);

  return self->title;
}

void
aid_tile_set_title (AidTile    *self,
                    const char *title)
{
  g_return_if_fail (AID_IS_TILE (self));

  if (!g_set_str (&self->title, title))
    return;

  update_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
aid_tile_get_figure (AidTile *self)
{
  g_return_val_if_fail (AID_IS_TILE (self), NULL);

  return self->figure;
}

/* The figure as shown, in compact form: "€42M". */
void
aid_tile_set_figure (AidTile    *self,
                     const char *figure)
{
  g_return_if_fail (AID_IS_TILE (self));

  if (!g_set_str (&self->figure, figure))
    return;

  update_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIGURE]);
}

const char *
aid_tile_get_exact (AidTile *self)
{
  g_return_val_if_fail (AID_IS_TILE (self), NULL);

  return self->exact;
}

/* The figure in full, "€42,000,000", or NULL when the figure is exact already. */
void
aid_tile_set_exact (AidTile    *self,
                    const char *exact)
{
  g_return_if_fail (AID_IS_TILE (self));

  if (!g_set_str (&self->exact, exact))
    return;

  update_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXACT]);
}

const char *
aid_tile_get_caption (AidTile *self)
{
  g_return_val_if_fail (AID_IS_TILE (self), NULL);

  return self->caption;
}

void
aid_tile_set_caption (AidTile    *self,
                      const char *caption)
{
  g_return_if_fail (AID_IS_TILE (self));

  if (!g_set_str (&self->caption, caption))
    return;

  update_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPTION]);
}

/**
 * aid_tile_get_popover:
 *
 * Returns: (transfer none) (nullable): where the figure comes from
 */
GtkPopover *
aid_tile_get_popover (AidTile *self)
{
  g_return_val_if_fail (AID_IS_TILE (self), NULL);

  return self->popover;
}

/**
 * aid_tile_set_popover:
 * @popover: (nullable): where the figure comes from, opened by a click on the tile
 */
void
aid_tile_set_popover (AidTile    *self,
                      GtkPopover *popover)
{
  g_return_if_fail (AID_IS_TILE (self));
  g_return_if_fail (popover == NULL || GTK_IS_POPOVER (popover));

  if (self->popover == popover)
    return;

  if (self->popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->popover));
  g_clear_object (&self->popover);
  if (popover != NULL)
    self->popover = g_object_ref_sink (popover);

  if (self->popover != NULL && self->button == NULL)
    {
      self->button = GTK_BUTTON (gtk_button_new ());
      gtk_widget_add_css_class (GTK_WIDGET (self->button), "card");
      gtk_widget_add_css_class (GTK_WIDGET (self->button), "tile-button");
      g_signal_connect_swapped (self->button, "clicked", G_CALLBACK (button_clicked_cb), self);
      gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));
      move_box (self, GTK_WIDGET (self->button));
      gtk_widget_remove_css_class (GTK_WIDGET (self->box), "card");
      gtk_widget_set_focusable (GTK_WIDGET (self->box), FALSE);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->box), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE, -1);
    }
  else if (self->popover == NULL && self->button != NULL)
    {
      move_box (self, GTK_WIDGET (self));
      g_clear_pointer ((GtkWidget **)&self->button, gtk_widget_unparent);
      gtk_widget_add_css_class (GTK_WIDGET (self->box), "card");
      gtk_widget_set_focusable (GTK_WIDGET (self->box), TRUE);
    }
  if (self->popover != NULL)
    gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self->button));
  update_description (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POPOVER]);
}

/* What the tile reads as to a screen reader: its title, exact figure and caption. */
const char *
aid_tile_get_description (AidTile *self)
{
  g_return_val_if_fail (AID_IS_TILE (self), NULL);

  return self->description;
}
