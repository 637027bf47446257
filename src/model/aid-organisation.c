/* aid-organisation.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-organisation"

#include "config.h"

#include "aid-model-private.h"

enum {
  PROP_0,
  PROP_ID,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidOrganisation, aid_organisation, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
aid_organisation_finalize (GObject *object)
{
  AidOrganisation *self = (AidOrganisation *)object;

  g_clear_pointer (&self->name, aid_text_free);
  g_clear_pointer (&self->short_name, aid_text_free);
  g_clear_pointer (&self->iati_ref, g_free);

  G_OBJECT_CLASS (aid_organisation_parent_class)->finalize (object);
}

static void
aid_organisation_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AidOrganisation *self = AID_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, aid_organisation_get_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_organisation_class_init (AidOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aid_organisation_finalize;
  object_class->get_property = aid_organisation_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aid_organisation_init (AidOrganisation *self)
{
}

AidOrganisation *
_aid_organisation_new (void)
{
  return g_object_new (AID_TYPE_ORGANISATION, NULL);
}

const char *
aid_organisation_get_id (AidOrganisation *self)
{
  g_return_val_if_fail (AID_IS_ORGANISATION (self), NULL);

  return self->id;
}

const char *
aid_organisation_get_name (AidOrganisation *self,
                           const char      *language,
                           gboolean        *fell_back)
{
  g_return_val_if_fail (AID_IS_ORGANISATION (self), NULL);

  return aid_text_get (self->name, language, fell_back);
}

const char *
aid_organisation_get_short_name (AidOrganisation *self,
                                 const char      *language)
{
  g_return_val_if_fail (AID_IS_ORGANISATION (self), NULL);

  return aid_text_get (self->short_name, language, NULL);
}

const char *
aid_organisation_get_org_type (AidOrganisation *self)
{
  g_return_val_if_fail (AID_IS_ORGANISATION (self), NULL);

  return self->type;
}

const char *
aid_organisation_get_iati_ref (AidOrganisation *self)
{
  g_return_val_if_fail (AID_IS_ORGANISATION (self), NULL);

  return self->iati_ref;
}
