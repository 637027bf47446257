/* aid-window.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-window"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-window.h"

struct _AidWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwStatusPage        *welcome_page;
};

G_DEFINE_FINAL_TYPE (AidWindow, aid_window, ADW_TYPE_APPLICATION_WINDOW)

static void
restore_window_state (AidWindow *self)
{
  g_assert (AID_IS_WINDOW (self));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (AidWindow *self)
{
  int width;
  int height;

  g_assert (AID_IS_WINDOW (self));

  /* The default size is the unmaximized size, which is the one worth restoring. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

/* GtkWindow overrides */

static gboolean
aid_window_close_request (GtkWindow *window)
{
  AidWindow *self = (AidWindow *)window;

  save_window_state (self);

  return GTK_WINDOW_CLASS (aid_window_parent_class)->close_request (window);
}

/* GObject overrides */

static void
aid_window_dispose (GObject *object)
{
  AidWindow *self = (AidWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (aid_window_parent_class)->dispose (object);
}

static void
aid_window_class_init (AidWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = aid_window_dispose;
  window_class->close_request = aid_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AidWindow, welcome_page);
}

static void
aid_window_init (AidWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (SCHEMA_ID);
  restore_window_state (self);

  /* The .Devel build has its own id, and so its own icon. */
  adw_status_page_set_icon_name (self->welcome_page, APP_ID);
#if DEVELOPMENT
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

/* Public API */

AidWindow *
aid_window_new (AidApplication *application)
{
  g_return_val_if_fail (AID_IS_APPLICATION (application), NULL);

  return g_object_new (AID_TYPE_WINDOW,
                       "application", application,
                       NULL);
}
