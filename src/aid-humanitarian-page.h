/* aid-humanitarian-page.h
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

#define AID_TYPE_HUMANITARIAN_PAGE (aid_humanitarian_page_get_type ())
G_DECLARE_FINAL_TYPE (AidHumanitarianPage, aid_humanitarian_page, AID, HUMANITARIAN_PAGE, AdwPreferencesPage)

AidDataset *aid_humanitarian_page_get_dataset (AidHumanitarianPage *self);
void        aid_humanitarian_page_set_dataset (AidHumanitarianPage *self,
                                               AidDataset          *dataset);

G_END_DECLS
