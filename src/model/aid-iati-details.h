/* aid-iati-details.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "aid-iati-values.h"

G_BEGIN_DECLS

void _aid_iati_read_country             (AidIatiReader *self,
                                         xmlNode       *node,
                                         gboolean       from_transaction);
void _aid_iati_read_region              (AidIatiReader *self,
                                         xmlNode       *node);
void _aid_iati_read_classification      (AidIatiReader *self,
                                         xmlNode       *node,
                                         const char    *vocabulary);
void _aid_iati_read_humanitarian_scope  (AidIatiReader *self,
                                         xmlNode       *node);
void _aid_iati_read_document            (AidIatiReader *self,
                                         xmlNode       *node);
void _aid_iati_read_contact             (AidIatiReader *self,
                                         xmlNode       *node);
void _aid_iati_check_places             (AidIatiReader *self);
void _aid_iati_check_classifications    (AidIatiReader *self);

G_END_DECLS
