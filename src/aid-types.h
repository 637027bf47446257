/* aid-types.h: the app's widget types, declared for headers that only pass them around
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A header that names a type without using its API includes this file rather than the type's
 * own header, so that headers do not pull each other in (gnome-text-editor's editor-types.h).
 * The model's types (src/model) have headers of their own, free of GTK.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _AidApplication       AidApplication;
typedef struct _AidBar               AidBar;
typedef struct _AidCountryPage       AidCountryPage;
typedef struct _AidHumanitarianPage  AidHumanitarianPage;
typedef struct _AidMainView          AidMainView;
typedef struct _AidOrganisationsPage AidOrganisationsPage;
typedef struct _AidOverviewPage      AidOverviewPage;
typedef struct _AidPlacesPage        AidPlacesPage;
typedef struct _AidPreferencesDialog AidPreferencesDialog;
typedef struct _AidProblemsDialog    AidProblemsDialog;
typedef struct _AidProjectCard       AidProjectCard;
typedef struct _AidProjectPage       AidProjectPage;
typedef struct _AidProjectsPage      AidProjectsPage;
typedef struct _AidSidebarRow        AidSidebarRow;
typedef struct _AidSourcesPage       AidSourcesPage;
typedef struct _AidTile              AidTile;
typedef struct _AidWindow            AidWindow;

G_END_DECLS
