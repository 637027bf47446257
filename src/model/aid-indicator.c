/* aid-indicator.c: a country indicator with its year and source
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-indicator"

#include "config.h"

#include "aid-model-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_YEAR,
  PROP_VALUE,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidIndicator, aid_indicator, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
aid_indicator_finalize (GObject *object)
{
  AidIndicator *self = (AidIndicator *)object;

  g_clear_pointer (&self->label, aid_text_free);
  g_clear_pointer (&self->unit, aid_text_free);
  aid_evidence_clear (&self->evidence);
  g_clear_pointer (&self->disputes, g_ptr_array_unref);

  G_OBJECT_CLASS (aid_indicator_parent_class)->finalize (object);
}

static void
aid_indicator_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AidIndicator *self = AID_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_YEAR:
      g_value_set_uint (value, self->year);
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_indicator_class_init (AidIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aid_indicator_finalize;
  object_class->get_property = aid_indicator_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_YEAR] =
    g_param_spec_uint ("year", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aid_indicator_init (AidIndicator *self)
{
}

AidIndicator *
_aid_indicator_new (void)
{
  return g_object_new (AID_TYPE_INDICATOR, NULL);
}

const char *
aid_indicator_get_id (AidIndicator *self)
{
  g_return_val_if_fail (AID_IS_INDICATOR (self), NULL);

  return self->id;
}

/* population, gni_per_capita_ppp, hdi_rank, life_expectancy or other. */
const char *
aid_indicator_get_kind (AidIndicator *self)
{
  g_return_val_if_fail (AID_IS_INDICATOR (self), NULL);

  return self->kind;
}

const char *
aid_indicator_get_label (AidIndicator *self,
                         const char   *language)
{
  g_return_val_if_fail (AID_IS_INDICATOR (self), NULL);

  return aid_text_get (self->label, language, NULL);
}

double
aid_indicator_get_value (AidIndicator *self)
{
  g_return_val_if_fail (AID_IS_INDICATOR (self), 0);

  return self->value;
}

const char *
aid_indicator_get_unit (AidIndicator *self,
                        const char   *language)
{
  g_return_val_if_fail (AID_IS_INDICATOR (self), NULL);

  return aid_text_get (self->unit, language, NULL);
}

/* For a rank, how many are ranked (186 out of 191); 0 otherwise. */
gint64
aid_indicator_get_out_of (AidIndicator *self)
{
  g_return_val_if_fail (AID_IS_INDICATOR (self), 0);

  return self->out_of;
}

/* The year of the report that prints it. */
guint
aid_indicator_get_year (AidIndicator *self)
{
  g_return_val_if_fail (AID_IS_INDICATOR (self), 0);

  return self->year;
}

const AidEvidence *
aid_indicator_get_evidence (AidIndicator *self)
{
  g_return_val_if_fail (AID_IS_INDICATOR (self), NULL);

  return &self->evidence;
}

/**
 * aid_indicator_get_disputes:
 *
 * Returns: (transfer none) (element-type AidIndicator) (nullable): the other values sources give
 */
GPtrArray *
aid_indicator_get_disputes (AidIndicator *self)
{
  g_return_val_if_fail (AID_IS_INDICATOR (self), NULL);

  return self->disputes;
}
