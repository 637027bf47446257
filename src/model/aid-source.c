/* aid-source.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-source"

#include "config.h"

#include "aid-model-private.h"

enum {
  PROP_0,
  PROP_ID,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidSource, aid_source, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
aid_source_finalize (GObject *object)
{
  AidSource *self = (AidSource *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->publisher, g_free);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (aid_source_parent_class)->finalize (object);
}

static void
aid_source_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AidSource *self = AID_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, aid_source_get_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_source_class_init (AidSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aid_source_finalize;
  object_class->get_property = aid_source_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aid_source_init (AidSource *self)
{
}

AidSource *
_aid_source_new (void)
{
  return g_object_new (AID_TYPE_SOURCE, NULL);
}

const char *
aid_source_get_id (AidSource *self)
{
  g_return_val_if_fail (AID_IS_SOURCE (self), NULL);

  return self->id;
}

const char *
aid_source_get_title (AidSource *self)
{
  g_return_val_if_fail (AID_IS_SOURCE (self), NULL);

  return self->title;
}

const char *
aid_source_get_publisher (AidSource *self)
{
  g_return_val_if_fail (AID_IS_SOURCE (self), NULL);

  return self->publisher;
}

const char *
aid_source_get_url (AidSource *self)
{
  g_return_val_if_fail (AID_IS_SOURCE (self), NULL);

  return self->url;
}

const char *
aid_source_get_language (AidSource *self)
{
  g_return_val_if_fail (AID_IS_SOURCE (self), NULL);

  return self->language;
}

const AidDate *
aid_source_get_published (AidSource *self)
{
  g_return_val_if_fail (AID_IS_SOURCE (self), NULL);

  return &self->published;
}

const AidDate *
aid_source_get_accessed (AidSource *self)
{
  g_return_val_if_fail (AID_IS_SOURCE (self), NULL);

  return &self->accessed;
}
