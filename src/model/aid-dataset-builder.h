/* aid-dataset-builder.h: what every reader feeds, whatever the format it decodes
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reader (the app's own JSON format, IATI activity XML) only decodes its format: it fills the
 * model's objects from what it reads and reports problems where they are in its file. The rules
 * that do not depend on the format live here, once: how problems are counted and capped, how an
 * activity's shares and dates are checked, the names and search keys worked out for lists, the
 * identifiers that repeat, and what a loaded dataset computes before it is shown.
 */

#pragma once

#include "aid-diagnostic.h"
#include "aid-model-private.h"

G_BEGIN_DECLS

/* Problems beyond this number are counted but not described. */
#define AID_MAX_PROBLEMS 100

/* An activity's sectors and places are a handful: a limit keeps totals, which split each
 * amount between them, linear in the file's size. */
#define AID_MAX_SHARES 100
/* How deep activities may be nested in one another (IATI hierarchy); deeper links are dropped. */
#define AID_MAX_HIERARCHY_DEPTH 16

/* The problems one reader found: one per thread, merged in the end. n_reported is shared by
 * every reader of one load, for the cap. */
typedef struct
{
  GPtrArray *diagnostics;        /* of AidDiagnostic */
  guint      n_errors;
  guint      n_warnings;
  int       *n_reported;
} AidProblems;

void     _aid_problems_init     (AidProblems *problems,
                                 int         *n_reported);
void     _aid_problems_clear    (AidProblems *problems);
gboolean _aid_problems_count    (AidProblems *problems,
                                 AidSeverity  severity);
gboolean _aid_problems_capped   (AidProblems *problems);
void     _aid_problems_add      (AidProblems *problems,
                                 AidSeverity  severity,
                                 guint        line,
                                 guint        column,
                                 const char  *path,
                                 const char  *message);
void     _aid_problems_merge    (AidProblems *into,
                                 AidProblems *from);

typedef enum
{
  AID_SHARES_OK,
  AID_SHARES_NOT_100,            /* every share has a percentage, and they do not add up to 100 */
  AID_SHARES_OVER_100,           /* some have one, and they add up to more than 100 */
} AidSharesCheck;

char          *_aid_builder_describe_percentages (const double *percentages,
                                                  guint         n_shares,
                                                  const char   *name);
char          *_aid_builder_describe_shares   (GPtrArray    *shares,
                                               const char   *name);
char          *_aid_builder_strip_invisible   (const char   *text,
                                               gunichar     *removed);
gboolean       _aid_builder_is_invisible_only (const char   *text);
char          *_aid_builder_find_look_alike_id (const char *id,
                                                gunichar   *hidden);
gboolean       _aid_builder_find_late_start   (AidActivity  *activity,
                                               AidDateKind  *start,
                                               AidDateKind  *end);

void           _aid_builder_finish_activity   (AidDataset   *dataset,
                                               AidActivity  *activity);
void           _aid_builder_pack_search_keys  (AidActivity **activities,
                                               guint         n_activities);
GArray        *_aid_builder_find_repeated_ids (AidActivity **activities,
                                               guint         n_activities);
void           _aid_builder_add_activities    (AidDataset   *dataset,
                                               AidActivity **activities,
                                               guint         n_activities);
void           _aid_builder_add_fixed_rates   (AidDataset   *dataset);
void           _aid_builder_finish            (AidDataset   *dataset);

/* An activity whose id an earlier one already has. */
typedef struct
{
  guint index;
  guint first;
} AidRepeatedId;

G_END_DECLS
