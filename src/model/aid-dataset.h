/* aid-dataset.h
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "aid-activity.h"
#include "aid-organisation.h"
#include "aid-source.h"

G_BEGIN_DECLS

#define AID_TYPE_DATASET (aid_dataset_get_type ())
G_DECLARE_FINAL_TYPE (AidDataset, aid_dataset, AID, DATASET, GObject)

const char      *aid_dataset_get_id                (AidDataset *self);
const char      *aid_dataset_get_title             (AidDataset *self,
                                                    const char *language,
                                                    gboolean   *fell_back);
const char      *aid_dataset_get_default_language  (AidDataset *self);
const char      *aid_dataset_get_default_currency  (AidDataset *self);
const char      *aid_dataset_get_description       (AidDataset *self,
                                                    const char *language);
gboolean         aid_dataset_get_focus_period      (AidDataset *self,
                                                    AidPeriod  *period);
GListModel      *aid_dataset_get_activities        (AidDataset *self);
GListModel      *aid_dataset_get_organisations     (AidDataset *self);
GListModel      *aid_dataset_get_sources           (AidDataset *self);
GListModel      *aid_dataset_get_envelopes         (AidDataset *self);
GListModel      *aid_dataset_get_indicators        (AidDataset *self);
GPtrArray       *aid_dataset_get_counts            (AidDataset *self);
GPtrArray       *aid_dataset_get_notes             (AidDataset *self);
guint            aid_dataset_count_citations       (AidDataset *self,
                                                    const char *source);
AidOrganisation *aid_dataset_lookup_organisation   (AidDataset *self,
                                                    const char *id);
AidSource       *aid_dataset_lookup_source         (AidDataset *self,
                                                    const char *id);
gboolean         aid_dataset_convert               (AidDataset *self,
                                                    gint64      cents,
                                                    const char *from,
                                                    const char *to,
                                                    gint64     *converted);
const char      *aid_dataset_get_region_name       (AidDataset *self,
                                                    const char *id,
                                                    const char *language);

G_END_DECLS
