/* aid-dataset-reader.c: the reader of the app's own JSON format
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a dataset in the app's own format is read, fast and safely on any file:
 *
 * 1. The scanner checks the bytes once (syntax, depth, string lengths, repeated member names)
 *    and records where each activity starts and ends. json-glib never sees a file the scanner
 *    rejects: its whole-document tree costs about seven times the text and its handling of
 *    repeated names is quadratic.
 * 2. The dataset without its activities (small) is parsed and read first, so that references to
 *    sources, organisations and regions can be resolved.
 * 3. The activities are parsed one by one on every core, and each tree is dropped as soon as it
 *    is converted into the model (aid-activity-reader.c), then handed to the builder.
 */

#define G_LOG_DOMAIN "aid-dataset-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "aid-dataset-reader.h"
#include "aid-json-tree.h"

#define FORMAT_NAME    "aid-explorer-dataset"
#define FORMAT_VERSION 1

#define CHUNK_SIZE 128

/* The dataset's own lists */

static void
read_source (AidReader  *reader,
             JsonObject *object,
             guint       index,
             gpointer    user_data)
{
  static const char * const known[] = {
    "id", "title", "publisher", "url", "language", "published", "accessed", NULL
  };
  AidDataset *dataset = reader->dataset;
  g_autoptr(AidSource) source = _aid_source_new ();

  _aid_json_check_members (reader, object, known);
  source->title = g_strdup (_aid_json_read_string (reader, object, "title", TRUE));
  source->publisher = g_strdup (_aid_json_read_string (reader, object, "publisher", TRUE));
  for (guint i = 0; i < 2; i++)
    {
      char **field = i == 0 ? &source->title : &source->publisher;
      const char *member = i == 0 ? "title" : "publisher";
      char *clean;

      if (*field != NULL && !_aid_json_check_visible (reader, member, *field))
        g_clear_pointer (field, g_free);
      clean = *field != NULL ? _aid_json_neutralise (reader, member, *field) : NULL;
      if (clean != NULL)
        {
          g_free (*field);
          *field = clean;
        }
    }
  source->url = g_strdup (_aid_json_read_string (reader, object, "url", FALSE));
  source->language = _aid_json_read_language (reader, object, "language", TRUE);
  _aid_json_read_date (reader, object, "published", FALSE, &source->published);
  _aid_json_read_date (reader, object, "accessed", FALSE, &source->accessed);

  if ((source->id = _aid_json_read_unique_id (reader, object, dataset->sources_by_id, source)) != NULL)
    g_list_store_append (dataset->sources, source);
}

static void
read_organisation (AidReader  *reader,
                   JsonObject *object,
                   guint       index,
                   gpointer    user_data)
{
  static const char * const known[] = {
    "id", "name", "short_name", "type", "iati_ref", "country", NULL
  };
  AidDataset *dataset = reader->dataset;
  g_autoptr(AidOrganisation) organisation = _aid_organisation_new ();

  _aid_json_check_members (reader, object, known);
  organisation->name = _aid_json_read_text (reader, object, "name", TRUE);
  organisation->short_name = _aid_json_read_text (reader, object, "short_name", FALSE);
  organisation->type = _aid_json_read_code (reader, object, "type", FALSE, AID_CODELIST_ORGANISATION_TYPE);
  organisation->iati_ref = g_strdup (_aid_json_read_string (reader, object, "iati_ref", FALSE));
  organisation->country = _aid_json_read_country (reader, object, "country");

  if ((organisation->id = _aid_json_read_unique_id (reader, object, dataset->organisations_by_id, organisation)) != NULL)
    g_list_store_append (dataset->organisations, organisation);
}

static void
read_region (AidReader  *reader,
             JsonObject *object,
             guint       index,
             gpointer    user_data)
{
  static const char * const known[] = { "id", "name", "country", NULL };
  AidDataset *dataset = reader->dataset;
  AidRegion *region = g_new0 (AidRegion, 1);

  _aid_json_check_members (reader, object, known);
  region->name = _aid_json_read_text (reader, object, "name", TRUE);
  region->country = _aid_json_read_country (reader, object, "country");
  region->id = _aid_json_read_unique_id (reader, object, dataset->regions_by_id, region);
  g_ptr_array_add (dataset->regions, region);
}

static AidExchangeRate *
read_rate (AidReader  *reader,
           JsonObject *object,
           gboolean    dispute);

static gpointer
read_rate_dispute (AidReader  *reader,
                   JsonObject *object,
                   gpointer    user_data)
{
  return read_rate (reader, object, TRUE);
}

static AidExchangeRate *
read_rate (AidReader  *reader,
           JsonObject *object,
           gboolean    dispute)
{
  static const char * const known[] = { "currency", "base", "rate", "disputes", EVIDENCE_MEMBERS, NULL };
  static const char * const dispute_known[] = { "rate", "disputes", EVIDENCE_MEMBERS, NULL };
  AidExchangeRate *rate = g_new0 (AidExchangeRate, 1);

  _aid_json_check_members (reader, object, dispute ? dispute_known : known);
  if (!dispute)
    {
      rate->currency = _aid_json_read_code (reader, object, "currency", TRUE, AID_CODELIST_CURRENCY);
      rate->base = _aid_json_read_code (reader, object, "base", TRUE, AID_CODELIST_CURRENCY);
    }
  if (_aid_json_read_number (reader, object, "rate", TRUE, &rate->rate) && rate->rate <= 0)
    error (reader, "rate", _("rate must be greater than 0"));
  _aid_json_read_evidence_members (reader, object, &rate->evidence, TRUE);
  rate->disputes = read_disputes (reader, object, read_rate_dispute, NULL, _aid_exchange_rate_free);

  return rate;
}

static void
read_exchange_rate (AidReader  *reader,
                    JsonObject *object,
                    guint       index,
                    gpointer    user_data)
{
  g_ptr_array_add (reader->dataset->exchange_rates, read_rate (reader, object, FALSE));
}

/* Reads a list of channels into a bit set. */
static guint
read_channels (AidReader  *reader,
               JsonObject *object,
               const char *name)
{
  JsonArray *array = _aid_json_read_array (reader, object, name, FALSE);
  guint channels = 0;
  gsize mark;

  if (array == NULL)
    return 0;

  mark = _aid_json_push_member (reader, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      AidChannel channel;

      if (_aid_json_is_string (node) && aid_channel_from_string (json_node_get_string (node), &channel))
        {
          channels |= 1u << channel;
        }
      else
        {
          g_autofree char *found = _aid_json_describe (node);
          gsize item_mark = _aid_json_push_index (reader, i);

          error (reader, NULL,
                 _("each item of %s must be one of bilateral, multilateral, humanitarian, ngo or micro-project, found %s"),
                 name, found);
          _aid_json_pop (reader, item_mark);
        }
    }
  _aid_json_pop (reader, mark);

  return channels;
}

static void
read_envelope (AidReader  *reader,
               JsonObject *object,
               guint       index,
               gpointer    user_data)
{
  static const char * const known[] = { "id", "title", "period", "covers", MONEY_MEMBERS, NULL };
  g_autoptr(AidEnvelope) envelope = _aid_envelope_new ();

  _aid_json_check_members (reader, object, known);
  envelope->id = _aid_json_read_unique_id (reader, object, user_data, envelope);
  envelope->title = _aid_json_read_text (reader, object, "title", TRUE);
  _aid_json_read_period (reader, object, "period", TRUE, &envelope->period);
  envelope->covers = read_channels (reader, object, "covers");
  envelope->money = _aid_json_read_money_members (reader, object);
  g_list_store_append (reader->dataset->envelopes, envelope);
}

static gpointer read_indicator_dispute (AidReader  *reader,
                                        JsonObject *object,
                                        gpointer    user_data);

/* Reads the value of an indicator, with its evidence, as the indicator itself or one of its
 * disputes gives it. */
static AidIndicator *
read_indicator_value (AidReader  *reader,
                      JsonObject *object,
                      gboolean    dispute)
{
  AidIndicator *indicator = _aid_indicator_new ();

  _aid_json_read_number (reader, object, "value", TRUE, &indicator->value);
  indicator->unit = _aid_json_read_text (reader, object, "unit", FALSE);
  _aid_json_read_integer (reader, object, "out_of", FALSE, 1, G_MAXINT32, &indicator->out_of);
  _aid_json_read_year (reader, object, "year", !dispute, &indicator->year);
  _aid_json_read_evidence_members (reader, object, &indicator->evidence, TRUE);
  indicator->disputes = read_disputes (reader, object, read_indicator_dispute, NULL, g_object_unref);

  return indicator;
}

static gpointer
read_indicator_dispute (AidReader  *reader,
                        JsonObject *object,
                        gpointer    user_data)
{
  static const char * const known[] = { "value", "unit", "out_of", "year", "disputes", EVIDENCE_MEMBERS, NULL };

  _aid_json_check_members (reader, object, known);

  return read_indicator_value (reader, object, TRUE);
}

static void
read_indicator (AidReader  *reader,
                JsonObject *object,
                guint       index,
                gpointer    user_data)
{
  static const char * const known[] = {
    "id", "kind", "label", "value", "unit", "out_of", "year", "disputes", EVIDENCE_MEMBERS, NULL
  };
  static const char * const kinds[] = {
    "population", "gni_per_capita_ppp", "hdi_rank", "life_expectancy", "other", NULL
  };
  g_autoptr(AidIndicator) indicator = NULL;
  const char *kind;

  _aid_json_check_members (reader, object, known);
  indicator = read_indicator_value (reader, object, FALSE);
  indicator->id = _aid_json_read_unique_id (reader, object, user_data, indicator);

  if ((kind = _aid_json_read_string (reader, object, "kind", TRUE)) != NULL)
    {
      if (g_strv_contains (kinds, kind))
        indicator->kind = g_intern_string (kind);
      else
        error (reader, "kind",
               _("kind must be one of population, gni_per_capita_ppp, hdi_rank, life_expectancy or other, found \"%s\""),
               kind);
    }
  indicator->label = _aid_json_read_text (reader, object, "label", g_strcmp0 (indicator->kind, "other") == 0);

  g_list_store_append (reader->dataset->indicators, indicator);
}

static gpointer
read_count_dispute (AidReader  *reader,
                    JsonObject *object,
                    gpointer    user_data)
{
  static const char * const known[] = { "count", "year", "disputes", EVIDENCE_MEMBERS, NULL };
  AidCount *count = g_new0 (AidCount, 1);

  _aid_json_check_members (reader, object, known);
  _aid_json_read_integer (reader, object, "count", TRUE, 0, G_MAXINT32, &count->count);
  _aid_json_read_year (reader, object, "year", FALSE, &count->year);
  _aid_json_read_evidence_members (reader, object, &count->evidence, TRUE);
  count->disputes = read_disputes (reader, object, read_count_dispute, NULL, _aid_count_free);

  return count;
}

static void
read_count (AidReader  *reader,
            JsonObject *object,
            guint       index,
            gpointer    user_data)
{
  static const char * const known[] = {
    "id", "label", "count", "year", "channel", "themes", "disputes", EVIDENCE_MEMBERS, NULL
  };
  AidCount *count = g_new0 (AidCount, 1);
  JsonArray *themes;

  _aid_json_check_members (reader, object, known);
  count->id = _aid_json_read_unique_id (reader, object, user_data, count);
  count->label = _aid_json_read_text (reader, object, "label", TRUE);
  _aid_json_read_integer (reader, object, "count", TRUE, 0, G_MAXINT32, &count->count);
  _aid_json_read_year (reader, object, "year", FALSE, &count->year);
  count->has_channel = _aid_json_read_channel (reader, object, FALSE, &count->channel);

  if ((themes = _aid_json_read_array (reader, object, "themes", FALSE)) != NULL)
    {
      gsize mark = _aid_json_push_member (reader, "themes");

      count->themes = g_ptr_array_new_with_free_func ((GDestroyNotify)aid_text_free);
      for (guint i = 0; i < json_array_get_length (themes); i++)
        {
          gsize item_mark = _aid_json_push_index (reader, i);
          AidText *theme = _aid_json_read_text_node (reader, json_array_get_element (themes, i), "themes");

          if (theme != NULL)
            g_ptr_array_add (count->themes, theme);
          _aid_json_pop (reader, item_mark);
        }
      _aid_json_pop (reader, mark);
    }

  _aid_json_read_evidence_members (reader, object, &count->evidence, TRUE);
  count->disputes = read_disputes (reader, object, read_count_dispute, NULL, _aid_count_free);
  g_ptr_array_add (reader->dataset->counts, count);
}

static const char *
read_format (AidReader  *reader,
             JsonObject *root)
{
  JsonNode *node = json_object_get_member (root, "format");

  if (node == NULL)
    return _("this is not an Aid Explorer dataset: it has no \"format\": \"aid-explorer-dataset\" member");
  if (!_aid_json_is_string (node) || !g_str_equal (json_node_get_string (node), FORMAT_NAME))
    return _("this is not an Aid Explorer dataset: its format is not \"aid-explorer-dataset\"");

  return NULL;
}

/* Reads everything but the activities. Returns FALSE when the document is not a dataset this
 * version can read, in which case nothing else is worth reporting. */
gboolean
_aid_reader_read_header (AidReader *reader,
                         JsonNode  *root)
{
  static const char * const known[] = {
    "format", "format_version", "id", "title", "description", "default_language",
    "default_currency", "donor", "reporting_org", "recipient_country", "focus_period", "licence",
    "sources", "organisations", "regions", "exchange_rates", "envelopes", "indicators", "counts",
    "notes", "activities", NULL
  };
  static const char * const licence_members[] = { "name", "url", "note", NULL };
  g_autoptr(GHashTable) envelope_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) indicator_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) count_ids = g_hash_table_new (g_str_hash, g_str_equal);
  AidDataset *dataset = reader->dataset;
  JsonObject *object;
  JsonObject *licence;
  const char *problem;
  const char *id;
  gint64 version = 0;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_autofree char *found = _aid_json_describe (root);

      error (reader, NULL,
             _("this is not an Aid Explorer dataset: the document is %s, not an object with \"format\": \"aid-explorer-dataset\""),
             found);
      return FALSE;
    }

  object = json_node_get_object (root);
  if ((problem = read_format (reader, object)) != NULL)
    {
      error (reader, json_object_has_member (object, "format") ? "format" : NULL, "%s", problem);
      return FALSE;
    }

  if (!_aid_json_read_integer (reader, object, "format_version", TRUE, 1, G_MAXINT32, &version))
    return FALSE;
  if (version > FORMAT_VERSION)
    {
      g_autofree char *version_text = g_strdup_printf ("%" G_GINT64_FORMAT, version);

      error (reader, "format_version",
             _("this file is in format version %s, and this version of Aid Explorer reads version %d: update Aid Explorer to open it"),
             version_text, FORMAT_VERSION);
      return FALSE;
    }

  _aid_json_check_members (reader, object, known);

  if ((id = _aid_json_read_string (reader, object, "id", TRUE)) != NULL)
    dataset->id = g_string_chunk_insert (dataset->strings, id);
  dataset->title = _aid_json_read_text (reader, object, "title", TRUE);
  dataset->description = _aid_json_read_text (reader, object, "description", FALSE);
  dataset->default_language = _aid_json_read_language (reader, object, "default_language", TRUE);
  dataset->default_currency = _aid_json_read_code (reader, object, "default_currency", TRUE, AID_CODELIST_CURRENCY);
  dataset->recipient_country = _aid_json_read_country (reader, object, "recipient_country");
  dataset->has_focus_period = _aid_json_read_period (reader, object, "focus_period", FALSE, &dataset->focus_period);

  if ((licence = _aid_json_read_object (reader, object, "licence", TRUE)) != NULL)
    {
      gsize mark = _aid_json_push_member (reader, "licence");

      _aid_json_check_members (reader, licence, licence_members);
      dataset->licence_name = g_strdup (_aid_json_read_string (reader, licence, "name", TRUE));
      dataset->licence_url = g_strdup (_aid_json_read_string (reader, licence, "url", FALSE));
      dataset->licence_note = _aid_json_read_text (reader, licence, "note", FALSE);
      _aid_json_pop (reader, mark);
    }

  /* What others refer to comes first. */
  _aid_json_read_each (reader, object, "sources", TRUE, read_source, NULL);
  _aid_json_read_each (reader, object, "organisations", FALSE, read_organisation, NULL);
  _aid_json_read_each (reader, object, "regions", FALSE, read_region, NULL);

  dataset->donor = _aid_json_read_ref (reader, object, "donor", FALSE, dataset->organisations_by_id, _("organisation"));
  dataset->reporting_org = _aid_json_read_ref (reader, object, "reporting_org", FALSE, dataset->organisations_by_id, _("organisation"));

  _aid_json_read_each (reader, object, "exchange_rates", FALSE, read_exchange_rate, NULL);
  _aid_json_read_each (reader, object, "envelopes", FALSE, read_envelope, envelope_ids);
  _aid_json_read_each (reader, object, "indicators", FALSE, read_indicator, indicator_ids);
  _aid_json_read_each (reader, object, "counts", FALSE, read_count, count_ids);
  _aid_json_read_each (reader, object, "notes", FALSE, _aid_json_read_note, dataset->notes);

  if (_aid_json_read_array (reader, object, "activities", TRUE) == NULL)
    return FALSE;

  return TRUE;
}

/* Reading the activities on every core */

typedef struct
{
  const char    *data;
  gsize          length;
  GArray        *items;          /* of AidJsonSpan */
  AidDataset    *dataset;
  GCancellable  *cancellable;
  AidActivity  **activities;     /* one slot per item */
  AidReader     *readers;        /* one per worker */
  guint          n_chunks;
  int            next_chunk;
  int            n_done;
  int           *n_reported;
  AidLoadProgressFunc progress;  /* called from the first worker, the calling thread */
  gpointer       progress_data;
} Work;

static void
work_on_chunks (Work      *work,
                AidReader *reader,
                gboolean   reports_progress)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) path = g_string_new (NULL);
  guint n_items = work->items->len;

  json_parser_set_strict (parser, TRUE);

  for (;;)
    {
      guint chunk = (guint)g_atomic_int_add (&work->next_chunk, 1);
      guint end;

      if (chunk >= work->n_chunks ||
          g_cancellable_is_cancelled (work->cancellable) ||
          _aid_problems_capped (&reader->problems))
        break;

      end = MIN ((chunk + 1) * CHUNK_SIZE, n_items);
      for (guint i = chunk * CHUNK_SIZE; i < end; i++)
        {
          const AidJsonSpan *span = &g_array_index (work->items, AidJsonSpan, i);
          g_autoptr(JsonNode) root = NULL;
          g_autoptr(GError) error = NULL;

          g_string_printf (path, "activities[%u]", i);
          _aid_reader_set_base (reader, span, path->str);

          /* The scanner accepted the whole document: the tree is built without checking it
           * again, or, where that could differ from json-glib, by json-glib, which accepts
           * each part of it. */
          root = aid_json_tree_build (work->data + span->offset, span->length);
          if (root == NULL && !json_parser_load_from_data (parser, work->data + span->offset, (gssize)span->length, &error))
            {
              _aid_reader_report (reader, AID_SEVERITY_ERROR, NULL, "%s", error->message);
              continue;
            }

          work->activities[i] = _aid_reader_read_activity (reader, root != NULL ? root : json_parser_get_root (parser));
        }
      _aid_builder_pack_search_keys (work->activities + chunk * CHUNK_SIZE, end - chunk * CHUNK_SIZE);

      g_atomic_int_add (&work->n_done, (int)(end - chunk * CHUNK_SIZE));
      if (reports_progress && work->progress != NULL)
        work->progress ((double)g_atomic_int_get (&work->n_done) / n_items, work->progress_data);
    }
}

typedef struct
{
  Work      *work;
  AidReader *reader;
} Worker;

static gpointer
worker_thread (gpointer data)
{
  Worker *worker = data;

  work_on_chunks (worker->work, worker->reader, FALSE);

  return NULL;
}

static void
read_activities (Work        *work,
                 AidProblems *problems)
{
  guint n_items = work->items->len;
  guint n_workers;
  g_autofree GThread **threads = NULL;
  g_autofree Worker *workers = NULL;
  g_autoptr(GArray) repeated = NULL;

  work->n_chunks = (n_items + CHUNK_SIZE - 1) / CHUNK_SIZE;
  work->activities = g_new0 (AidActivity *, n_items);
  n_workers = CLAMP (g_get_num_processors (), 1, 8);
  n_workers = MIN (n_workers, work->n_chunks);

  work->readers = g_new0 (AidReader, n_workers);
  workers = g_new0 (Worker, n_workers);
  threads = g_new0 (GThread *, n_workers);
  for (guint w = 0; w < n_workers; w++)
    {
      _aid_reader_init (&work->readers[w], work->data, work->length, work->n_reported, work->dataset);
      workers[w].work = work;
      workers[w].reader = &work->readers[w];
    }

  /* The calling thread is the first worker. */
  for (guint w = 1; w < n_workers; w++)
    threads[w] = g_thread_new ("aid-loader", worker_thread, &workers[w]);
  work_on_chunks (work, &work->readers[0], TRUE);
  for (guint w = 1; w < n_workers; w++)
    g_thread_join (threads[w]);

  /* Ids are unique across activities. */
  repeated = _aid_builder_find_repeated_ids (work->activities, n_items);
  for (guint r = 0; r < repeated->len; r++)
    {
      const AidRepeatedId *id = &g_array_index (repeated, AidRepeatedId, r);
      g_autofree char *path = g_strdup_printf ("activities[%u]", id->index);

      _aid_reader_set_base (&work->readers[0], &g_array_index (work->items, AidJsonSpan, id->index), path);
      _aid_reader_report (&work->readers[0], AID_SEVERITY_ERROR, "id",
                          _("the id \"%s\" is already used by activities[%u]"),
                          work->activities[id->index]->id, id->first);
    }

  for (guint w = 0; w < n_workers; w++)
    {
      _aid_problems_merge (problems, &work->readers[w].problems);
      _aid_reader_clear (&work->readers[w]);
    }
  g_clear_pointer (&work->readers, g_free);
}

static char *
make_header_text (const char        *data,
                  const AidJsonScan *scan,
                  gsize             *length)
{
  GString *text;

  if (!scan->has_items)
    {
      *length = scan->root.length;
      return g_strndup (data + scan->root.offset, scan->root.length);
    }

  /* The document with an empty activities array: small, and valid since the whole was. */
  text = g_string_sized_new (scan->root.length - scan->items_member.length + 2);
  g_string_append_len (text, data + scan->root.offset, (gssize)(scan->items_member.offset - scan->root.offset));
  g_string_append (text, "[]");
  g_string_append_len (text, data + scan->items_member.offset + scan->items_member.length,
                       (gssize)(scan->root.offset + scan->root.length -
                                scan->items_member.offset - scan->items_member.length));
  *length = text->len;

  return g_string_free (text, FALSE);
}

/* Reads a dataset in the app's own format into @dataset, its problems into @problems. Returns
 * FALSE when the text is not such a dataset (problems says why); TRUE when it is one, errors
 * or not, with its activities added in document order. */
gboolean
_aid_json_read_dataset (AidDataset          *dataset,
                        const char          *data,
                        gsize                length,
                        GCancellable        *cancellable,
                        AidLoadProgressFunc  progress,
                        gpointer             progress_data,
                        AidProblems         *problems)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *header = NULL;
  gsize header_length = 0;
  AidJsonScan scan;
  AidJsonLimits limits;
  AidReader reader;
  Work work = { 0 };
  gboolean is_dataset;

  aid_json_limits_init_default (&limits);
  if (!aid_json_scan (data, length, "activities", &limits, &scan))
    {
      if (_aid_problems_count (problems, AID_SEVERITY_ERROR))
        _aid_problems_add (problems, AID_SEVERITY_ERROR, scan.line, scan.column, scan.path, scan.message);
      aid_json_scan_clear (&scan);
      return FALSE;
    }

  header = make_header_text (data, &scan, &header_length);
  parser = json_parser_new_immutable ();
  json_parser_set_strict (parser, TRUE);

  _aid_reader_init (&reader, data, length, problems->n_reported, dataset);
  _aid_reader_set_base (&reader, &scan.root, "");
  if (!json_parser_load_from_data (parser, header, (gssize)header_length, &local_error))
    {
      _aid_reader_report (&reader, AID_SEVERITY_ERROR, NULL, "%s", local_error->message);
      is_dataset = FALSE;
    }
  else
    {
      is_dataset = _aid_reader_read_header (&reader, json_parser_get_root (parser));
    }
  _aid_problems_merge (problems, &reader.problems);
  _aid_reader_clear (&reader);

  if (is_dataset && scan.has_items && scan.items->len > 0)
    {
      work.data = data;
      work.length = length;
      work.items = scan.items;
      work.dataset = dataset;
      work.cancellable = cancellable;
      work.n_reported = problems->n_reported;
      work.progress = progress;
      work.progress_data = progress_data;
      read_activities (&work, problems);

      /* In document order; an item that is not an activity has no slot filled. */
      if (g_cancellable_is_cancelled (cancellable))
        {
          for (guint i = 0; i < work.items->len; i++)
            g_clear_object (&work.activities[i]);
        }
      else
        {
          _aid_builder_add_activities (dataset, work.activities, work.items->len);
        }
      g_clear_pointer (&work.activities, g_free);
    }
  aid_json_scan_clear (&scan);

  return is_dataset;
}
