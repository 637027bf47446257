/* aid-focus.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "aid-dataset.h"
#include "aid-totals.h"

G_BEGIN_DECLS

gboolean    aid_dataset_is_in_focus                 (AidDataset  *dataset,
                                                     AidActivity *activity);
GListModel *aid_dataset_get_focus_activities        (AidDataset  *dataset);
GListModel *aid_dataset_get_humanitarian_activities (AidDataset  *dataset);
AidTotals  *aid_dataset_get_totals                  (AidDataset  *dataset);

G_END_DECLS
