/* aid-projects-page.h
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

#define AID_TYPE_PROJECTS_PAGE (aid_projects_page_get_type ())
G_DECLARE_FINAL_TYPE (AidProjectsPage, aid_projects_page, AID, PROJECTS_PAGE, GtkWidget)

AidDataset *aid_projects_page_get_dataset           (AidProjectsPage *self);
void        aid_projects_page_set_dataset           (AidProjectsPage *self,
                                                     AidDataset      *dataset);
const char *aid_projects_page_get_search_text       (AidProjectsPage *self);
void        aid_projects_page_set_search_text       (AidProjectsPage *self,
                                                     const char      *search_text);
const char *aid_projects_page_get_sort              (AidProjectsPage *self);
void        aid_projects_page_set_sort              (AidProjectsPage *self,
                                                     const char      *sort);
const char *aid_projects_page_get_channel           (AidProjectsPage *self);
void        aid_projects_page_set_channel           (AidProjectsPage *self,
                                                     const char      *channel);
const char *aid_projects_page_get_status            (AidProjectsPage *self);
void        aid_projects_page_set_status            (AidProjectsPage *self,
                                                     const char      *status);
const char *aid_projects_page_get_region            (AidProjectsPage *self);
void        aid_projects_page_set_region            (AidProjectsPage *self,
                                                     const char      *region);
const char *aid_projects_page_get_country           (AidProjectsPage *self);
void        aid_projects_page_set_country           (AidProjectsPage *self,
                                                     const char      *country);
const char *aid_projects_page_get_organisation      (AidProjectsPage *self);
void        aid_projects_page_set_organisation      (AidProjectsPage *self,
                                                     const char      *organisation);
gboolean    aid_projects_page_get_humanitarian_only (AidProjectsPage *self);
void        aid_projects_page_set_humanitarian_only (AidProjectsPage *self,
                                                     gboolean         humanitarian_only);
gboolean    aid_projects_page_get_focus_only        (AidProjectsPage *self);
void        aid_projects_page_set_focus_only        (AidProjectsPage *self,
                                                     gboolean         focus_only);
void        aid_projects_page_clear_filters         (AidProjectsPage *self);

GListModel    *aid_projects_page_get_shown       (AidProjectsPage *self);
const char    *aid_projects_page_get_summary     (AidProjectsPage *self);
GtkAdjustment *aid_projects_page_get_vadjustment (AidProjectsPage *self);
void           aid_projects_page_scroll_to       (AidProjectsPage *self,
                                                  double           value);

G_END_DECLS
