/* aid-summary.h: the published ledger of a dataset, as one JSON object
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "aid-dataset.h"

G_BEGIN_DECLS

char *aid_dataset_summarize (AidDataset *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
