/* aid-diagnostic.c: one problem found in a dataset, where it is and what is wrong
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-diagnostic"

#include "config.h"

#include "aid-diagnostic.h"

struct _AidDiagnostic
{
  GObject      parent_instance;

  AidSeverity  severity;
  guint        line;
  guint        column;
  char        *path;
  char        *message;
  char        *file;         /* the file it is in, where a dataset has several */
};

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_LINE,
  PROP_COLUMN,
  PROP_PATH,
  PROP_MESSAGE,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidDiagnostic, aid_diagnostic, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
aid_diagnostic_finalize (GObject *object)
{
  AidDiagnostic *self = (AidDiagnostic *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->file, g_free);

  G_OBJECT_CLASS (aid_diagnostic_parent_class)->finalize (object);
}

static void
aid_diagnostic_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AidDiagnostic *self = AID_DIAGNOSTIC (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_int (value, aid_diagnostic_get_severity (self));
      break;

    case PROP_LINE:
      g_value_set_uint (value, aid_diagnostic_get_line (self));
      break;

    case PROP_COLUMN:
      g_value_set_uint (value, aid_diagnostic_get_column (self));
      break;

    case PROP_PATH:
      g_value_set_string (value, aid_diagnostic_get_path (self));
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, aid_diagnostic_get_message (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_diagnostic_class_init (AidDiagnosticClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aid_diagnostic_finalize;
  object_class->get_property = aid_diagnostic_get_property;

  properties[PROP_SEVERITY] =
    g_param_spec_int ("severity", NULL, NULL, AID_SEVERITY_ERROR, AID_SEVERITY_WARNING,
                      AID_SEVERITY_ERROR, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_COLUMN] =
    g_param_spec_uint ("column", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aid_diagnostic_init (AidDiagnostic *self)
{
}

/**
 * aid_diagnostic_new:
 * @line: 1-based, or 0 for a problem with the file itself
 * @column: 1-based, in characters, or 0
 * @path: the JSON path of the offending value, or %NULL
 */
AidDiagnostic *
aid_diagnostic_new (AidSeverity  severity,
                    guint        line,
                    guint        column,
                    const char  *path,
                    const char  *message)
{
  AidDiagnostic *self;

  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (AID_TYPE_DIAGNOSTIC, NULL);
  self->severity = severity;
  self->line = line;
  self->column = column;
  self->path = g_strdup (path);
  self->message = g_strdup (message);

  return self;
}

AidSeverity
aid_diagnostic_get_severity (AidDiagnostic *self)
{
  g_return_val_if_fail (AID_IS_DIAGNOSTIC (self), AID_SEVERITY_ERROR);

  return self->severity;
}

guint
aid_diagnostic_get_line (AidDiagnostic *self)
{
  g_return_val_if_fail (AID_IS_DIAGNOSTIC (self), 0);

  return self->line;
}

guint
aid_diagnostic_get_column (AidDiagnostic *self)
{
  g_return_val_if_fail (AID_IS_DIAGNOSTIC (self), 0);

  return self->column;
}

const char *
aid_diagnostic_get_path (AidDiagnostic *self)
{
  g_return_val_if_fail (AID_IS_DIAGNOSTIC (self), NULL);

  return self->path;
}

const char *
aid_diagnostic_get_message (AidDiagnostic *self)
{
  g_return_val_if_fail (AID_IS_DIAGNOSTIC (self), NULL);

  return self->message;
}

/**
 * aid_diagnostic_get_file:
 *
 * Returns: (nullable): the name of the file the problem is in, where the dataset was read from
 *   several files; %NULL otherwise
 */
const char *
aid_diagnostic_get_file (AidDiagnostic *self)
{
  g_return_val_if_fail (AID_IS_DIAGNOSTIC (self), NULL);

  return self->file;
}

void
_aid_diagnostic_set_file (AidDiagnostic *self,
                          const char    *file)
{
  g_return_if_fail (AID_IS_DIAGNOSTIC (self));

  g_set_str (&self->file, file);
}

/* Formats the diagnostic the way compilers do, which editors and terminals know how to link:
 * "FILE:LINE:COLUMN: error: MESSAGE (PATH)", or "FILE: error: MESSAGE" for the file itself.
 * "error" and "warning" are never translated, so that tools can match them. */
char *
aid_diagnostic_format (AidDiagnostic *self,
                       const char    *filename)
{
  const char *kind;
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (AID_IS_DIAGNOSTIC (self), NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  out = g_string_new (self->file != NULL ? self->file : filename);

  kind = self->severity == AID_SEVERITY_ERROR ? "error" : "warning";

  /* A column is unknown where the reader only knows lines (XML elements). */
  if (self->line > 0 && self->column > 0)
    g_string_append_printf (out, ":%u:%u", self->line, self->column);
  else if (self->line > 0)
    g_string_append_printf (out, ":%u", self->line);
  g_string_append_printf (out, ": %s: %s", kind, self->message);
  if (self->path != NULL && self->path[0] != '\0')
    g_string_append_printf (out, " (%s)", self->path);

  return g_string_free_and_steal (g_steal_pointer (&out));
}
