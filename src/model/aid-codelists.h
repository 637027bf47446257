/* aid-codelists.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The IATI codelists the format uses (IATI Standard, CC BY 4.0), from data/iati-codelists.json. */
typedef enum
{
  AID_CODELIST_ACTIVITY_STATUS,
  AID_CODELIST_AID_TYPE,
  AID_CODELIST_COLLABORATION_TYPE,
  AID_CODELIST_CURRENCY,
  AID_CODELIST_DOCUMENT_CATEGORY,
  AID_CODELIST_FINANCE_TYPE,
  AID_CODELIST_FLOW_TYPE,
  AID_CODELIST_ORGANISATION_ROLE,
  AID_CODELIST_ORGANISATION_TYPE,
  AID_CODELIST_REGION,
  AID_CODELIST_SECTOR,
  AID_CODELIST_SECTOR_CATEGORY,
  AID_CODELIST_SECTOR_VOCABULARY,
  AID_CODELIST_TRANSACTION_TYPE,
} AidCodelist;

#define AID_N_CODELISTS (AID_CODELIST_TRANSACTION_TYPE + 1)

const char *aid_codelist_get_name  (AidCodelist  list);
gboolean    aid_codelist_has       (AidCodelist  list,
                                    const char  *code);
const char *aid_codelist_get_label (AidCodelist  list,
                                    const char  *code,
                                    const char  *language);

G_END_DECLS
