/* aid-project-page.h
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

#define AID_TYPE_PROJECT_PAGE (aid_project_page_get_type ())
G_DECLARE_FINAL_TYPE (AidProjectPage, aid_project_page, AID, PROJECT_PAGE, AdwNavigationPage)

AidProjectPage *aid_project_page_new          (AidDataset     *dataset,
                                               AidActivity    *activity) G_GNUC_WARN_UNUSED_RESULT;
AidActivity    *aid_project_page_get_activity (AidProjectPage *self);
AidDataset     *aid_project_page_get_dataset  (AidProjectPage *self);

G_END_DECLS
