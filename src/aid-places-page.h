/* aid-places-page.h
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

#define AID_TYPE_PLACES_PAGE (aid_places_page_get_type ())
G_DECLARE_FINAL_TYPE (AidPlacesPage, aid_places_page, AID, PLACES_PAGE, AdwPreferencesPage)

AidDataset *aid_places_page_get_dataset (AidPlacesPage *self);
void        aid_places_page_set_dataset (AidPlacesPage *self,
                                         AidDataset    *dataset);

G_END_DECLS
