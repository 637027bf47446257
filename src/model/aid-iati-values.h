/* aid-iati-values.h: reading the elements, texts and values of IATI activity XML
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the reader's parts: the state of a read, problems at an element's line and path, and
 * the helpers that turn attributes, narratives, dates, amounts and codes into the model's values.
 */

#pragma once

#include <libxml/tree.h>

#include "aid-iati-reader.h"

G_BEGIN_DECLS

#define AID_IATI_N_POSITIONS 8

struct _AidIatiReader
{
  AidDataset          *dataset;
  AidProblems         *problems;
  GCancellable        *cancellable;
  GPtrArray           *activities;       /* of AidActivity, of every file */
  GHashTable          *ids;              /* activity id -> its line, to flag repeats */
  GHashTable          *currencies;       /* interned code -> count */
  GHashTable          *languages;        /* interned code -> count */
  guint                n_files;

  /* What the builder makes of each activity read (its search keys above all) is made on a
   * thread of its own while the next ones are parsed, a batch at a time. It reads the
   * dataset's organisations and places, which the reader adds to under this lock. */
  GThreadPool         *finisher;
  GPtrArray           *batch;
  GMutex               tables_lock;

  /* The file being read */
  const char          *name;
  const char          *source;           /* its source id */
  AidSource           *source_object;
  const char          *data;             /* what is in memory of it: all of it, or its head */
  gsize                length;
  int                  fd;               /* where the rest is read from, or -1 */
  char                *chunk;            /* what was read from it and not handed on yet */
  gsize                chunk_start;
  gsize                chunk_end;
  guint64              size;             /* the whole file's, for the progress */
  guint64              offset;           /* of the bytes handed to libxml2 */
  gboolean             at_end;
  char                *input_problem;    /* why the file could not be read to its end */
  AidLoadProgressFunc  progress;
  gpointer             progress_data;
  int                  last_percent;
  char                *version;          /* of its root */
  gboolean             warned_version;
  char                *fatal;            /* the first error libxml2 reported */
  int                  fatal_code;
  guint                fatal_line;
  guint                fatal_column;

  /* The activity being read */
  guint                index;            /* in its file, from 1 */
  xmlNode             *activity_node;
  AidActivity         *activity;
  const char          *default_currency;
  const char          *activity_language;    /* the xml:lang its texts inherit, or NULL */
  gboolean             has_activity_language;
  /* The last elements whose position among their namesakes a path gave, in this activity */
  struct
  {
    xmlNode           *node;
    guint              position;
  }                    positions[AID_IATI_N_POSITIONS];
  guint                next_position;
};

guint        _aid_iati_line_of               (xmlNode *node);
void         _aid_iati_forget_positions      (AidIatiReader *self);
void         _aid_iati_report                (AidIatiReader *self,
                                              AidSeverity    severity,
                                              xmlNode       *node,
                                              const char    *format,
                                              ...) G_GNUC_PRINTF (4, 5);
gboolean     _aid_iati_is_element            (xmlNode    *node,
                                              const char *name);
char        *_aid_iati_take_trimmed          (xmlChar *value);
char        *_aid_iati_get_attribute         (xmlNode    *node,
                                              const char *name);
char        *_aid_iati_get_text              (xmlNode *node);
char        *_aid_iati_get_code              (xmlNode *node);
xmlNode     *_aid_iati_first_child           (xmlNode    *node,
                                              const char *name);
AidText     *_aid_iati_read_narratives       (AidIatiReader *self,
                                              xmlNode       *node);
gboolean     _aid_iati_count_narratives      (AidIatiReader *self,
                                              xmlNode       *node);
void         _aid_iati_set_activity_language (AidIatiReader *self,
                                              xmlNode       *node);
void         _aid_iati_merge_narratives      (AidIatiReader  *self,
                                              xmlNode        *node,
                                              AidText       **text);
AidText     *_aid_iati_neutral_text          (const char *value);
void         _aid_iati_set_evidence          (AidIatiReader *self,
                                              AidEvidence   *evidence,
                                              xmlNode       *node,
                                              const char    *quote);
gboolean     _aid_iati_parse_date            (const char *text,
                                              AidDate    *date);
gboolean     _aid_iati_read_date_attribute   (AidIatiReader *self,
                                              xmlNode       *node,
                                              const char    *name,
                                              AidDate       *date);
const char  *_aid_iati_read_currency         (AidIatiReader *self,
                                              xmlNode       *node,
                                              const char    *name);
AidMoney    *_aid_iati_read_value            (AidIatiReader *self,
                                              xmlNode       *value);
gboolean     _aid_iati_read_percentage       (AidIatiReader *self,
                                              xmlNode       *node,
                                              double        *percentage);
AidCodeFact *_aid_iati_read_code_fact        (AidIatiReader *self,
                                              xmlNode       *node,
                                              AidCodelist    list);
const char  *_aid_iati_read_role             (AidIatiReader *self,
                                              xmlNode       *node);
const char  *_aid_iati_read_transaction_type (AidIatiReader *self,
                                              xmlNode       *node);

#define warn(self, node, ...) _aid_iati_report (self, AID_SEVERITY_WARNING, node, __VA_ARGS__)

G_END_DECLS
