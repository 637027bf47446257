/* aid-csv.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "aid-activity.h"
#include "aid-dataset.h"

G_BEGIN_DECLS

char *aid_csv_format_activities (AidDataset   *dataset,
                                 AidActivity **activities,
                                 guint         n_activities,
                                 const char   *language) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
