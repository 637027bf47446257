/* aid-rows.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "aid-activity.h"
#include "aid-types.h"

G_BEGIN_DECLS

/* A list longer than this shows its first rows and leads to the projects page for the rest:
 * a large dataset would otherwise build tens of thousands of rows no one scrolls through. */
#define AID_MAX_ROWS 20

void                 aid_label_set_selectable    (GtkLabel            *label);
guint                aid_rows_n_listed           (guint                n_activities);

GtkWidget           *aid_fact_row_new            (const char          *title,
                                                  const char          *subtitle,
                                                  const char          *value) G_GNUC_WARN_UNUSED_RESULT;
GtkWidget           *aid_fact_row_new_selectable (const char          *title,
                                                  const char          *subtitle,
                                                  const char          *value) G_GNUC_WARN_UNUSED_RESULT;
gboolean             aid_headline_amount_text    (AidActivity         *activity,
                                                  const char          *language,
                                                  char               **compact,
                                                  char               **exact);
GtkWidget           *aid_activity_row_new        (AidActivity         *activity,
                                                  const char          *subtitle) G_GNUC_WARN_UNUSED_RESULT;
GtkWidget           *aid_show_all_row_new        (guint                n_more,
                                                  const char          *filter,
                                                  GVariant            *value) G_GNUC_WARN_UNUSED_RESULT;
void                 aid_row_open_projects       (GtkWidget           *row,
                                                  const char          *filter,
                                                  GVariant            *value);

gboolean             aid_is_web_address          (const char          *url);
GtkWidget           *aid_web_link_new            (const char          *url) G_GNUC_WARN_UNUSED_RESULT;

AdwPreferencesGroup *aid_rows_add_group          (AdwPreferencesPage  *page,
                                                  GPtrArray           *added,
                                                  const char          *title,
                                                  const char          *description);
void                 aid_rows_add                (AdwPreferencesGroup *group,
                                                  GPtrArray           *added,
                                                  GtkWidget           *row);
void                 aid_rows_remove_all         (GPtrArray           *added);

G_END_DECLS
