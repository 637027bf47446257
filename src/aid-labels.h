/* aid-labels.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "aid-activity.h"
#include "aid-facts.h"

G_BEGIN_DECLS

const char *aid_labels_channel  (AidChannel  channel);
const char *aid_labels_status   (const char *code);
const char *aid_labels_role     (const char *code);
const char *aid_labels_relation (const char *code);
const char *aid_labels_method   (AidMethod   method);

/* The most characters of dataset text that one label lays out: Pango takes seconds to break a
 * 10 000-character word into lines, and a page of such labels freezes the window. */
#define AID_MAX_LABEL_CHARS 300
/* A toast says in a line what happened: a dataset's title in it is cut shorter. */
#define AID_MAX_TOAST_CHARS 60

char       *aid_labels_bound (const char *text,
                              gsize       max_chars) G_GNUC_WARN_UNUSED_RESULT;
const char *aid_labels_fallback_note (void);
char       *aid_labels_mark_fallback (const char *text,
                                      gboolean    fell_back) G_GNUC_WARN_UNUSED_RESULT;
char       *aid_labels_activity_title (AidActivity *activity) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
