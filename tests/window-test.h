/* window-test.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "aid-application.h"

G_BEGIN_DECLS

/* Iterates the main loop until @condition holds, failing the test after five seconds. */
#define WAIT_UNTIL(condition)                                                 \
  G_STMT_START {                                                              \
    gint64 deadline_ = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;          \
    while (!(condition))                                                      \
      {                                                                       \
        g_assert_cmpint (g_get_monotonic_time (), <, deadline_);              \
        g_main_context_iteration (NULL, FALSE);                               \
      }                                                                       \
  } G_STMT_END

typedef void (*WindowTestFunc) (AidApplication *app,
                                GtkWindow      *window);

void           run_in_application          (WindowTestFunc  func);
void           show_made_dataset           (GtkWindow      *window,
                                            const char     *members,
                                            GString        *activities);

gboolean       find_label_text             (GtkWidget      *widget,
                                            const char     *text);
gboolean       find_label_prefix           (GtkWidget      *widget,
                                            const char     *prefix);
GtkWidget     *find_label_starting         (GtkWidget      *widget,
                                            const char     *prefix);
GtkWidget     *find_row                    (GtkWidget      *widget,
                                            const char     *title);
GtkWidget     *find_descendant_of_type     (GtkWidget      *widget,
                                            GType           type);
GtkMenuButton *find_evidence_button_in_row (GtkWidget      *widget,
                                            const char     *title);

G_END_DECLS
