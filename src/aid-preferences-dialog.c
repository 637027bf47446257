/* aid-preferences-dialog.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-preferences-dialog"

#include "config.h"

#include "aid-preferences-dialog.h"

struct _AidPreferencesDialog
{
  AdwPreferencesDialog  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwSwitchRow         *xof_row;
};

G_DEFINE_FINAL_TYPE (AidPreferencesDialog, aid_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

static void
aid_preferences_dialog_dispose (GObject *object)
{
  AidPreferencesDialog *self = (AidPreferencesDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (aid_preferences_dialog_parent_class)->dispose (object);
}

static void
aid_preferences_dialog_class_init (AidPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = aid_preferences_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AidPreferencesDialog, xof_row);
}

static void
aid_preferences_dialog_init (AidPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (SCHEMA_ID);
  g_settings_bind (self->settings, "show-xof", self->xof_row, "active", G_SETTINGS_BIND_DEFAULT);
}

AdwDialog *
aid_preferences_dialog_new (void)
{
  return g_object_new (AID_TYPE_PREFERENCES_DIALOG, NULL);
}
