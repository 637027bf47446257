/* aid-json-values.h: reading and checking the values of the app's own JSON format
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the dataset's header reader (aid-dataset-reader.c) and its activity reader
 * (aid-activity-reader.c). Each helper reads one member, checks its type and meaning, reports a
 * problem at its line, column and JSON path, and converts it into the model's value.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "aid-codelists.h"
#include "aid-dataset-builder.h"
#include "aid-json-scanner.h"

G_BEGIN_DECLS

/* The amounts the format accepts: 10 000 000 000 000 in whole cents. */
#define AID_MAX_AMOUNT_CENTS G_GINT64_CONSTANT (1000000000000000)

/* What one reader (the header, or one worker's activities) needs. The document is read-only and
 * shared; problems are the reader's own until the loader merges them. */
typedef struct
{
  const char  *data;
  gsize        length;
  AidJsonSpan  base;            /* the span of the value being read */
  GString     *path;            /* the JSON path of the value being read */
  gsize        base_path_len;   /* the length of base's own path in path */
  AidProblems  problems;
  AidDataset  *dataset;         /* read-only while activities are read */
  int          nul_escapes;     /* whether the document may hold a “\u0000”: -1 unknown */
} AidReader;

void         _aid_reader_init          (AidReader         *reader,
                                        const char        *data,
                                        gsize              length,
                                        int               *n_reported,
                                        AidDataset        *dataset);
void         _aid_reader_clear         (AidReader         *reader);
void         _aid_reader_set_base      (AidReader         *reader,
                                        const AidJsonSpan *base,
                                        const char        *base_path);
void         _aid_reader_report        (AidReader         *reader,
                                        AidSeverity        severity,
                                        const char        *member,
                                        const char        *format,
                                        ...) G_GNUC_PRINTF (4, 5);

#define EVIDENCE_MEMBERS "source", "quote", "quote_language", "method", "note", "also"
#define MONEY_MEMBERS    "amount", "currency", "value_date", "equivalents", "disputes", EVIDENCE_MEMBERS

#define error(reader, member, ...)   _aid_reader_report (reader, AID_SEVERITY_ERROR, member, __VA_ARGS__)
#define warning(reader, member, ...) _aid_reader_report (reader, AID_SEVERITY_WARNING, member, __VA_ARGS__)

/* Reads one object of a list (a dispute, an equivalent, a further source); @user_data is the
 * reader's own. */
typedef gpointer (*AidReadObjectFunc) (AidReader  *reader,
                                       JsonObject *object,
                                       gpointer    user_data);

/* The other values that sources give for a fact. */
#define read_disputes(reader, object, func, user_data, free_func) \
  _aid_json_read_list ((reader), (object), "disputes", (func), (user_data), (free_func))

/* Iterates over the objects of an array member, calling @func with the path set to each. */
typedef void (*AidReadItemFunc) (AidReader  *reader,
                                 JsonObject *item,
                                 guint       index,
                                 gpointer    user_data);

gsize        _aid_json_push_member           (AidReader  *reader,
                                              const char *name);
gsize        _aid_json_push_index            (AidReader *reader,
                                              guint      index);
void         _aid_json_pop                   (AidReader *reader,
                                              gsize      mark);
char        *_aid_json_describe              (JsonNode *node);
void         _aid_json_report_type           (AidReader  *reader,
                                              const char *member,
                                              JsonNode   *node,
                                              const char *expected);
gboolean     _aid_json_is_string             (JsonNode *node);
void         _aid_json_check_members         (AidReader          *reader,
                                              JsonObject         *object,
                                              const char * const *known);
const char  *_aid_json_read_string           (AidReader  *reader,
                                              JsonObject *object,
                                              const char *name,
                                              gboolean    required);
const char  *_aid_json_read_language         (AidReader  *reader,
                                              JsonObject *object,
                                              const char *name,
                                              gboolean    required);
const char  *_aid_json_read_country          (AidReader  *reader,
                                              JsonObject *object,
                                              const char *name);
const char  *_aid_json_read_code             (AidReader   *reader,
                                              JsonObject  *object,
                                              const char  *name,
                                              gboolean     required,
                                              AidCodelist  list);
const char  *_aid_json_read_ref              (AidReader  *reader,
                                              JsonObject *object,
                                              const char *name,
                                              gboolean    required,
                                              GHashTable *table,
                                              const char *what);
gboolean     _aid_json_read_date             (AidReader  *reader,
                                              JsonObject *object,
                                              const char *name,
                                              gboolean    required,
                                              AidDate    *date);
gboolean     _aid_json_read_number           (AidReader  *reader,
                                              JsonObject *object,
                                              const char *name,
                                              gboolean    required,
                                              double     *value);
gboolean     _aid_json_read_integer          (AidReader  *reader,
                                              JsonObject *object,
                                              const char *name,
                                              gboolean    required,
                                              gint64      min,
                                              gint64      max,
                                              gint64     *value);
gboolean     _aid_json_read_year             (AidReader  *reader,
                                              JsonObject *object,
                                              const char *name,
                                              gboolean    required,
                                              guint      *year);
gboolean     _aid_json_read_percentage       (AidReader  *reader,
                                              JsonObject *object,
                                              double     *percentage);
JsonObject  *_aid_json_expect_object         (AidReader  *reader,
                                              JsonNode   *node,
                                              const char *what);
JsonObject  *_aid_json_read_object           (AidReader  *reader,
                                              JsonObject *object,
                                              const char *name,
                                              gboolean    required);
JsonArray   *_aid_json_read_array            (AidReader  *reader,
                                              JsonObject *object,
                                              const char *name,
                                              gboolean    required);
gboolean     _aid_json_check_visible         (AidReader  *reader,
                                              const char *member,
                                              const char *text);
char        *_aid_json_neutralise            (AidReader  *reader,
                                              const char *member,
                                              const char *text);
AidText     *_aid_json_read_text_node        (AidReader  *reader,
                                              JsonNode   *node,
                                              const char *name);
AidText     *_aid_json_read_text             (AidReader  *reader,
                                              JsonObject *object,
                                              const char *name,
                                              gboolean    required);
GPtrArray   *_aid_json_read_list             (AidReader      *reader,
                                              JsonObject     *object,
                                              const char     *name,
                                              AidReadObjectFunc  func,
                                              gpointer        user_data,
                                              GDestroyNotify  free_func);
void         _aid_json_read_evidence_members (AidReader   *reader,
                                              JsonObject  *object,
                                              AidEvidence *evidence,
                                              gboolean     source_required);
AidMoney    *_aid_json_read_money_members    (AidReader  *reader,
                                              JsonObject *object);
AidMoney    *_aid_json_read_money            (AidReader  *reader,
                                              JsonObject *object,
                                              const char *name);
AidCodeFact *_aid_json_read_code_fact        (AidReader   *reader,
                                              JsonObject  *object,
                                              const char  *name,
                                              AidCodelist  list);
AidDateFact *_aid_json_read_date_fact        (AidReader  *reader,
                                              JsonObject *object,
                                              gboolean    dispute);
gboolean     _aid_json_read_period           (AidReader  *reader,
                                              JsonObject *object,
                                              const char *name,
                                              gboolean    required,
                                              AidPeriod  *period);
gboolean     _aid_json_read_channel          (AidReader  *reader,
                                              JsonObject *object,
                                              gboolean    required,
                                              AidChannel *channel);
void         _aid_json_read_each             (AidReader    *reader,
                                              JsonObject   *object,
                                              const char   *name,
                                              gboolean      required,
                                              AidReadItemFunc  func,
                                              gpointer      user_data);
const char  *_aid_json_read_unique_id        (AidReader  *reader,
                                              JsonObject *object,
                                              GHashTable *table,
                                              gpointer    value);
void         _aid_json_read_note              (AidReader  *reader,
                                              JsonObject *object,
                                              guint       index,
                                              gpointer    user_data);

G_END_DECLS
