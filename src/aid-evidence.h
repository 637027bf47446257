/* aid-evidence.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "aid-dataset.h"

G_BEGIN_DECLS

GtkWidget *aid_evidence_button_new            (AidDataset        *dataset,
                                               const AidEvidence *evidence,
                                               const char        *disputed);
GtkWidget *aid_evidence_button_new_for_figure (AidDataset        *dataset,
                                               const AidEvidence *evidence,
                                               const char        *disputed,
                                               const char        *figure);

GtkWidget *aid_evidence_popover_new           (AidDataset        *dataset,
                                               const AidEvidence *evidence,
                                               const char        *disputed,
                                               const char        *figure);
void       aid_evidence_sum_popover_set_items (GtkPopover        *popover,
                                               const char        *explanation,
                                               GPtrArray         *items,
                                               guint              n_more);

G_END_DECLS
