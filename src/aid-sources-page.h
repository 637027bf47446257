/* aid-sources-page.h
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

#define AID_TYPE_SOURCES_PAGE (aid_sources_page_get_type ())
G_DECLARE_FINAL_TYPE (AidSourcesPage, aid_sources_page, AID, SOURCES_PAGE, AdwPreferencesPage)

AidDataset *aid_sources_page_get_dataset (AidSourcesPage *self);
void        aid_sources_page_set_dataset (AidSourcesPage *self,
                                          AidDataset     *dataset);

G_END_DECLS
