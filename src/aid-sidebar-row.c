/* aid-sidebar-row.c: a section of the window in the sidebar, with its icon and title
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sidebar lists the pages of the window's stack (gtk_list_box_bind_model on its pages):
 * each row shows its page's icon and title, and reads as its title to a screen reader.
 */

#define G_LOG_DOMAIN "aid-sidebar-row"

#include "config.h"

#include "aid-sidebar-row.h"

struct _AidSidebarRow
{
  GtkListBoxRow  parent_instance;

  GtkStackPage  *page;
};

enum {
  PROP_0,
  PROP_PAGE,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidSidebarRow, aid_sidebar_row, GTK_TYPE_LIST_BOX_ROW)

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
aid_sidebar_row_dispose (GObject *object)
{
  AidSidebarRow *self = (AidSidebarRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_SIDEBAR_ROW);
  g_clear_object (&self->page);

  G_OBJECT_CLASS (aid_sidebar_row_parent_class)->dispose (object);
}

static void
aid_sidebar_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AidSidebarRow *self = AID_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_object (value, aid_sidebar_row_get_page (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_sidebar_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AidSidebarRow *self = AID_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      aid_sidebar_row_set_page (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_sidebar_row_class_init (AidSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = aid_sidebar_row_dispose;
  object_class->get_property = aid_sidebar_row_get_property;
  object_class->set_property = aid_sidebar_row_set_property;

  properties[PROP_PAGE] =
    g_param_spec_object ("page", NULL, NULL, GTK_TYPE_STACK_PAGE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-sidebar-row.ui");
}

static void
aid_sidebar_row_init (AidSidebarRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
aid_sidebar_row_new (GtkStackPage *page)
{
  g_return_val_if_fail (page == NULL || GTK_IS_STACK_PAGE (page), NULL);

  return g_object_new (AID_TYPE_SIDEBAR_ROW, "page", page, NULL);
}

/**
 * aid_sidebar_row_get_page:
 *
 * Returns: (transfer none) (nullable): the section the row stands for
 */
GtkStackPage *
aid_sidebar_row_get_page (AidSidebarRow *self)
{
  g_return_val_if_fail (AID_IS_SIDEBAR_ROW (self), NULL);

  return self->page;
}

void
aid_sidebar_row_set_page (AidSidebarRow *self,
                          GtkStackPage  *page)
{
  g_return_if_fail (AID_IS_SIDEBAR_ROW (self));
  g_return_if_fail (page == NULL || GTK_IS_STACK_PAGE (page));

  if (!g_set_object (&self->page, page))
    return;

  /* The row reads as its section: the icon is decoration. */
  if (page != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    gtk_stack_page_get_title (page), -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}
