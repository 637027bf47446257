/* aid-envelope.c: an amount published for a period, covering several activities
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-envelope"

#include "config.h"

#include "aid-model-private.h"

enum {
  PROP_0,
  PROP_ID,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidEnvelope, aid_envelope, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
aid_envelope_finalize (GObject *object)
{
  AidEnvelope *self = (AidEnvelope *)object;

  g_clear_pointer (&self->title, aid_text_free);
  g_clear_pointer (&self->money, aid_money_free);

  G_OBJECT_CLASS (aid_envelope_parent_class)->finalize (object);
}

static void
aid_envelope_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AidEnvelope *self = AID_ENVELOPE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_envelope_class_init (AidEnvelopeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aid_envelope_finalize;
  object_class->get_property = aid_envelope_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aid_envelope_init (AidEnvelope *self)
{
}

AidEnvelope *
_aid_envelope_new (void)
{
  return g_object_new (AID_TYPE_ENVELOPE, NULL);
}

const char *
aid_envelope_get_id (AidEnvelope *self)
{
  g_return_val_if_fail (AID_IS_ENVELOPE (self), NULL);

  return self->id;
}

const char *
aid_envelope_get_title (AidEnvelope *self,
                        const char  *language)
{
  g_return_val_if_fail (AID_IS_ENVELOPE (self), NULL);

  return aid_text_get (self->title, language, NULL);
}

const AidPeriod *
aid_envelope_get_period (AidEnvelope *self)
{
  g_return_val_if_fail (AID_IS_ENVELOPE (self), NULL);

  return &self->period;
}

/* The channels it covers, as bits (1 << AidChannel). */
guint
aid_envelope_get_covers (AidEnvelope *self)
{
  g_return_val_if_fail (AID_IS_ENVELOPE (self), 0);

  return self->covers;
}

/* The amount, or NULL when it is not published. */
const AidMoney *
aid_envelope_get_money (AidEnvelope *self)
{
  g_return_val_if_fail (AID_IS_ENVELOPE (self), NULL);

  return self->money;
}
