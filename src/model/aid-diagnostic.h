/* aid-diagnostic.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  AID_SEVERITY_ERROR,
  AID_SEVERITY_WARNING,
} AidSeverity;

#define AID_TYPE_DIAGNOSTIC (aid_diagnostic_get_type ())
G_DECLARE_FINAL_TYPE (AidDiagnostic, aid_diagnostic, AID, DIAGNOSTIC, GObject)

AidDiagnostic *aid_diagnostic_new         (AidSeverity  severity,
                                           guint        line,
                                           guint        column,
                                           const char  *path,
                                           const char  *message) G_GNUC_WARN_UNUSED_RESULT;

AidSeverity    aid_diagnostic_get_severity (AidDiagnostic *self);
guint          aid_diagnostic_get_line     (AidDiagnostic *self);
guint          aid_diagnostic_get_column   (AidDiagnostic *self);
const char    *aid_diagnostic_get_path     (AidDiagnostic *self);
const char    *aid_diagnostic_get_message  (AidDiagnostic *self);
const char    *aid_diagnostic_get_file     (AidDiagnostic *self);
void           _aid_diagnostic_set_file    (AidDiagnostic *self,
                                            const char    *file);

char          *aid_diagnostic_format       (AidDiagnostic *self,
                                            const char    *filename);

G_END_DECLS
