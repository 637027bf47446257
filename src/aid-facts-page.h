/* aid-facts-page.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "aid-dataset.h"

G_BEGIN_DECLS

#define AID_TYPE_FACTS_PAGE (aid_facts_page_get_type ())
G_DECLARE_FINAL_TYPE (AidFactsPage, aid_facts_page, AID, FACTS_PAGE, GtkWidget)

void aid_facts_page_set_dataset (AidFactsPage *self,
                                 AidDataset   *dataset);

G_END_DECLS
