/* aid-organisation.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "aid-facts.h"

G_BEGIN_DECLS

#define AID_TYPE_ORGANISATION (aid_organisation_get_type ())
G_DECLARE_FINAL_TYPE (AidOrganisation, aid_organisation, AID, ORGANISATION, GObject)

const char *aid_organisation_get_id         (AidOrganisation *self);
const char *aid_organisation_get_name       (AidOrganisation *self,
                                             const char      *language,
                                             gboolean        *fell_back);
const char *aid_organisation_get_short_name (AidOrganisation *self,
                                             const char      *language);
const char *aid_organisation_get_org_type   (AidOrganisation *self);
const char *aid_organisation_get_iati_ref   (AidOrganisation *self);

G_END_DECLS
