/* aid-country-page.h
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

#define AID_TYPE_COUNTRY_PAGE (aid_country_page_get_type ())
G_DECLARE_FINAL_TYPE (AidCountryPage, aid_country_page, AID, COUNTRY_PAGE, AdwPreferencesPage)

AidDataset *aid_country_page_get_dataset (AidCountryPage *self);
void        aid_country_page_set_dataset (AidCountryPage *self,
                                          AidDataset     *dataset);

G_END_DECLS
