/* aid-result.c: a result an activity reports, such as midwives deployed
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-result"

#include "config.h"

#include "aid-model-private.h"

enum {
  PROP_0,
  PROP_YEAR,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidResult, aid_result, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
aid_result_finalize (GObject *object)
{
  AidResult *self = (AidResult *)object;

  g_clear_pointer (&self->title, aid_text_free);
  g_clear_pointer (&self->unit, aid_text_free);
  aid_evidence_clear (&self->evidence);
  g_clear_pointer (&self->disputes, g_ptr_array_unref);

  G_OBJECT_CLASS (aid_result_parent_class)->finalize (object);
}

static void
aid_result_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AidResult *self = AID_RESULT (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_uint (value, self->year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_result_class_init (AidResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aid_result_finalize;
  object_class->get_property = aid_result_get_property;

  properties[PROP_YEAR] =
    g_param_spec_uint ("year", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aid_result_init (AidResult *self)
{
}

AidResult *
_aid_result_new (void)
{
  return g_object_new (AID_TYPE_RESULT, NULL);
}

const char *
aid_result_get_title (AidResult  *self,
                      const char *language)
{
  g_return_val_if_fail (AID_IS_RESULT (self), NULL);

  return aid_text_get (self->title, language, NULL);
}

/* Returns FALSE when the value is not published. */
gboolean
aid_result_get_value (AidResult *self,
                      double    *value)
{
  g_return_val_if_fail (AID_IS_RESULT (self), FALSE);

  if (value != NULL)
    *value = self->value;

  return self->has_value;
}

const char *
aid_result_get_unit (AidResult  *self,
                     const char *language)
{
  g_return_val_if_fail (AID_IS_RESULT (self), NULL);

  return aid_text_get (self->unit, language, NULL);
}

/* The year the result refers to, or 0. */
guint
aid_result_get_year (AidResult *self)
{
  g_return_val_if_fail (AID_IS_RESULT (self), 0);

  return self->year;
}

const AidEvidence *
aid_result_get_evidence (AidResult *self)
{
  g_return_val_if_fail (AID_IS_RESULT (self), NULL);

  return &self->evidence;
}

/**
 * aid_result_get_disputes:
 *
 * Returns: (transfer none) (element-type AidResult) (nullable): the other values sources give
 */
GPtrArray *
aid_result_get_disputes (AidResult *self)
{
  g_return_val_if_fail (AID_IS_RESULT (self), NULL);

  return self->disputes;
}
