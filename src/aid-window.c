/* aid-window.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window keeps its size and the open dataset; what it shows is an AidMainView, which is
 * rebuilt, with the user's place kept, when the language changes: GtkBuilder templates are
 * translated when they are built.
 */

#define G_LOG_DOMAIN "aid-window"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-language.h"
#include "aid-main-view.h"
#include "aid-window.h"

struct _AidWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  AidDataset           *dataset;
  AidMainView          *view;
};

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidWindow, aid_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

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

static void
update_title (AidWindow *self)
{
  const char *title = NULL;

  if (self->dataset != NULL)
    title = aid_dataset_get_title (self->dataset, aid_language_get (), NULL);

  /* The window names the open dataset; the app's name stays in the sidebar. */
  gtk_window_set_title (GTK_WINDOW (self), title != NULL ? title : _("Aid Explorer"));
}

static void
set_view (AidWindow   *self,
          AidMainView *view)
{
  self->view = view;
  aid_main_view_set_dataset (view, self->dataset);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), GTK_WIDGET (view));
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
  self->view = NULL;
  g_clear_object (&self->settings);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (aid_window_parent_class)->dispose (object);
}

static void
aid_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AidWindow *self = AID_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, aid_window_get_dataset (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AidWindow *self = AID_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      aid_window_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_window_class_init (AidWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = aid_window_dispose;
  object_class->get_property = aid_window_get_property;
  object_class->set_property = aid_window_set_property;
  window_class->close_request = aid_window_close_request;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, AID_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-window.ui");
}

static void
aid_window_init (AidWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (SCHEMA_ID);
  restore_window_state (self);
  set_view (self, aid_main_view_new ());
  update_title (self);

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

AidDataset *
aid_window_get_dataset (AidWindow *self)
{
  g_return_val_if_fail (AID_IS_WINDOW (self), NULL);

  return self->dataset;
}

void
aid_window_set_dataset (AidWindow  *self,
                        AidDataset *dataset)
{
  g_return_if_fail (AID_IS_WINDOW (self));
  g_return_if_fail (dataset == NULL || AID_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  aid_main_view_set_dataset (self->view, dataset);
  update_title (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

/**
 * aid_window_get_view:
 *
 * Returns: (transfer none): what the window shows; it changes when the language does
 */
AidMainView *
aid_window_get_view (AidWindow *self)
{
  g_return_val_if_fail (AID_IS_WINDOW (self), NULL);

  return self->view;
}

/* Rebuilds what the window shows in the language now in use, where the user was. */
void
aid_window_reload (AidWindow *self)
{
  g_autoptr(GVariant) state = NULL;

  g_return_if_fail (AID_IS_WINDOW (self));

  state = aid_main_view_save_state (self->view);
  set_view (self, aid_main_view_new ());
  aid_main_view_restore_state (self->view, state);
  update_title (self);
}

/* Searches the projects for @text, as typing in the search bar does. */
void
aid_window_search (AidWindow  *self,
                   const char *text)
{
  g_return_if_fail (AID_IS_WINDOW (self));

  aid_main_view_search (self->view, text);
}
