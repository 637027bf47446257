/* aid-organisations-page.h
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

#define AID_TYPE_ORGANISATIONS_PAGE (aid_organisations_page_get_type ())
G_DECLARE_FINAL_TYPE (AidOrganisationsPage, aid_organisations_page, AID, ORGANISATIONS_PAGE, AdwPreferencesPage)

AidDataset *aid_organisations_page_get_dataset (AidOrganisationsPage *self);
void        aid_organisations_page_set_dataset (AidOrganisationsPage *self,
                                                AidDataset           *dataset);

G_END_DECLS
