/* aid-overview-page.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "aid-dataset.h"
#include "aid-types.h"

G_BEGIN_DECLS

#define AID_TYPE_OVERVIEW_PAGE (aid_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (AidOverviewPage, aid_overview_page, AID, OVERVIEW_PAGE, GtkWidget)

AidDataset *aid_overview_page_get_dataset (AidOverviewPage *self);
void        aid_overview_page_set_dataset (AidOverviewPage *self,
                                           AidDataset      *dataset);

G_END_DECLS
