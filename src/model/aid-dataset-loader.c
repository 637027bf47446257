/* aid-dataset-loader.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a dataset is loaded, fast and safely on any file:
 *
 * 1. The file is read whole into memory, and only if it is a regular file under the size limit:
 *    a FIFO or a device never blocks us, and a file truncated while we read it cannot crash us
 *    as a mapping would.
 * 2. The scanner checks the bytes once (syntax, depth, string lengths, repeated member names)
 *    and records where each activity starts and ends. json-glib never sees a file the scanner
 *    rejects: its whole-document tree costs about seven times the text and its handling of
 *    repeated names is quadratic.
 * 3. The dataset without its activities (small) is parsed and read first, so that references to
 *    sources, organisations and regions can be resolved.
 * 4. The activities are parsed one by one, each with json-glib's strict parser, on every core,
 *    and each tree is dropped as soon as it is converted into the model.
 */

#define G_LOG_DOMAIN "aid-dataset-loader"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "aid-dataset-loader.h"
#include "aid-dataset-reader.h"
#include "aid-focus.h"
#include "aid-json-tree.h"
#include "aid-model-private.h"

#define CHUNK_SIZE 128

G_DEFINE_QUARK (aid-dataset-error-quark, aid_dataset_error)

/* AidLoadReport */

struct _AidLoadReport
{
  GObject     parent_instance;

  GListStore *diagnostics;
  guint       n_errors;
  guint       n_warnings;
};

G_DEFINE_FINAL_TYPE (AidLoadReport, aid_load_report, G_TYPE_OBJECT)

static void
aid_load_report_finalize (GObject *object)
{
  AidLoadReport *self = (AidLoadReport *)object;

  g_clear_object (&self->diagnostics);

  G_OBJECT_CLASS (aid_load_report_parent_class)->finalize (object);
}

static void
aid_load_report_class_init (AidLoadReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aid_load_report_finalize;
}

static void
aid_load_report_init (AidLoadReport *self)
{
  self->diagnostics = g_list_store_new (AID_TYPE_DIAGNOSTIC);
}

/**
 * aid_load_report_get_diagnostics:
 *
 * Returns: (transfer none): the problems found, in document order, at most %AID_MAX_PROBLEMS
 *   (and one more saying that the rest was not described)
 */
GListModel *
aid_load_report_get_diagnostics (AidLoadReport *self)
{
  g_return_val_if_fail (AID_IS_LOAD_REPORT (self), NULL);

  return G_LIST_MODEL (self->diagnostics);
}

guint
aid_load_report_get_n_errors (AidLoadReport *self)
{
  g_return_val_if_fail (AID_IS_LOAD_REPORT (self), 0);

  return self->n_errors;
}

guint
aid_load_report_get_n_warnings (AidLoadReport *self)
{
  g_return_val_if_fail (AID_IS_LOAD_REPORT (self), 0);

  return self->n_warnings;
}

static void
report_file_problem (AidLoadReport *report,
                     const char    *message)
{
  g_autoptr(AidDiagnostic) diagnostic = aid_diagnostic_new (AID_SEVERITY_ERROR, 0, 0, NULL, message);

  g_list_store_append (report->diagnostics, diagnostic);
  report->n_errors++;
}

static int
compare_diagnostics (gconstpointer a,
                     gconstpointer b)
{
  AidDiagnostic *da = *(AidDiagnostic **)a;
  AidDiagnostic *db = *(AidDiagnostic **)b;
  guint la = aid_diagnostic_get_line (da), lb = aid_diagnostic_get_line (db);
  guint ca = aid_diagnostic_get_column (da), cb = aid_diagnostic_get_column (db);

  if (la != lb)
    return la < lb ? -1 : 1;
  if (ca != cb)
    return ca < cb ? -1 : 1;

  return 0;
}

/* Takes a reader's problems into the report. */
static void
collect (AidLoadReport *report,
         AidReader     *reader)
{
  report->n_errors += reader->n_errors;
  report->n_warnings += reader->n_warnings;
  for (guint i = 0; i < reader->diagnostics->len; i++)
    g_list_store_append (report->diagnostics, g_ptr_array_index (reader->diagnostics, i));
  g_ptr_array_set_size (reader->diagnostics, 0);
}

/* Reading the file */

static char *
describe_file_type (mode_t mode)
{
  if (S_ISDIR (mode))
    return g_strdup (_("this is a folder, not a file"));
  if (S_ISFIFO (mode))
    return g_strdup (_("this is a named pipe, not a regular file"));
  if (S_ISCHR (mode) || S_ISBLK (mode))
    return g_strdup (_("this is a device, not a regular file"));
  if (S_ISSOCK (mode))
    return g_strdup (_("this is a socket, not a regular file"));

  return g_strdup (_("this is not a regular file"));
}

static char *
describe_too_large (guint64 size)
{
  g_autofree char *limit = g_format_size (AID_MAX_FILE_SIZE);
  g_autofree char *actual = g_format_size (size);

  /* Translators: "the file is larger than the limit of 4.3 GB (5.0 GB)" */
  return g_strdup_printf (_("the file is larger than the limit of %s (%s)"), limit, actual);
}

/* Reads a local file whole, refusing anything but a regular file within the size limit. The
 * descriptor is opened non-blocking, so that a FIFO can be refused rather than waited on. */
static GBytes *
read_local_file (const char    *path,
                 GCancellable  *cancellable,
                 char         **problem)
{
  g_autofree char *buffer = NULL;
  struct stat st;
  gsize capacity;
  gsize length = 0;
  int fd;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        *problem = g_strdup (_("the file does not exist"));
      else if (saved_errno == EACCES)
        *problem = g_strdup (_("you are not allowed to read this file"));
      else
        *problem = g_strdup (g_strerror (saved_errno));
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      *problem = g_strdup (g_strerror (errno));
      g_close (fd, NULL);
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      *problem = describe_file_type (st.st_mode);
      g_close (fd, NULL);
      return NULL;
    }

  if ((guint64)st.st_size > AID_MAX_FILE_SIZE)
    {
      *problem = describe_too_large ((guint64)st.st_size);
      g_close (fd, NULL);
      return NULL;
    }

  /* The size may change while we read: read to the end, within the limit either way. */
  capacity = (gsize)st.st_size + 1;
  buffer = g_malloc (capacity);
  for (;;)
    {
      gssize n;

      if (g_cancellable_is_cancelled (cancellable))
        {
          g_close (fd, NULL);
          return NULL;
        }

      if (length == capacity)
        {
          if (capacity > AID_MAX_FILE_SIZE)
            {
              *problem = describe_too_large (capacity);
              g_close (fd, NULL);
              return NULL;
            }
          capacity = MIN (capacity * 2, (gsize)AID_MAX_FILE_SIZE + 1);
          buffer = g_realloc (buffer, capacity);
        }

      n = read (fd, buffer + length, MIN (capacity - length, (gsize)G_MAXSSIZE));
      if (n < 0 && (errno == EINTR || errno == EAGAIN))
        continue;
      if (n < 0)
        {
          *problem = g_strdup (g_strerror (errno));
          g_close (fd, NULL);
          return NULL;
        }
      if (n == 0)
        break;
      length += (gsize)n;
    }

  g_close (fd, NULL);

  return g_bytes_new_take (g_steal_pointer (&buffer), length);
}

/* Files that are not local (a network share through GVfs): their type and size are checked
 * first, then they are read whole. */
static GBytes *
read_remote_file (GFile         *file,
                  GCancellable  *cancellable,
                  char         **problem)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info == NULL)
    {
      *problem = g_strdup (error->message);
      return NULL;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      *problem = g_strdup (_("this is not a regular file"));
      return NULL;
    }

  if ((guint64)g_file_info_get_size (info) > AID_MAX_FILE_SIZE)
    {
      *problem = describe_too_large ((guint64)g_file_info_get_size (info));
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &error))
    {
      *problem = g_strdup (error->message);
      return NULL;
    }

  if (length > AID_MAX_FILE_SIZE)
    {
      *problem = describe_too_large (length);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

/* Parsing the activities on every core */

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
  int            n_reported;
  AidLoadProgressFunc progress;  /* called from the first worker, the calling thread */
  gpointer       progress_data;
} Work;

/* Moves the search keys of a chunk's activities next to each other, each kind in document
 * order: a search then reads memory in a stream rather than from wherever each key was
 * allocated, which at a hundred thousand activities is most of a keystroke's time. */
static void
pack_search_keys (AidActivity **activities,
                  guint         n)
{
  gsize size = 0;
  char *block, *p;
  GBytes *bytes;

  for (guint i = 0; i < n; i++)
    for (guint k = 0; activities[i] != NULL && k < AID_N_SEARCH_KEYS; k++)
      if (activities[i]->search_keys[k] != NULL)
        size += activities[i]->search_key_lengths[k] + 1;
  if (size == 0)
    return;

  p = block = g_malloc (size);
  bytes = g_bytes_new_take (block, size);
  for (guint k = 0; k < AID_N_SEARCH_KEYS; k++)
    for (guint i = 0; i < n; i++)
      {
        AidActivity *activity = activities[i];

        if (activity == NULL || activity->search_keys[k] == NULL)
          continue;

        memcpy (p, activity->search_keys[k], activity->search_key_lengths[k] + 1);
        g_free (activity->search_keys[k]);
        activity->search_keys[k] = p;
        p += activity->search_key_lengths[k] + 1;
      }
  for (guint i = 0; i < n; i++)
    if (activities[i] != NULL)
      activities[i]->search_key_block = g_bytes_ref (bytes);
  g_bytes_unref (bytes);
}

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
          g_atomic_int_get (&work->n_reported) >= AID_MAX_PROBLEMS)
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
      pack_search_keys (work->activities + chunk * CHUNK_SIZE, end - chunk * CHUNK_SIZE);

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
read_activities (Work          *work,
                 AidLoadReport *report)
{
  guint n_items = work->items->len;
  guint n_workers;
  g_autofree GThread **threads = NULL;
  g_autofree Worker *workers = NULL;
  g_autoptr(GHashTable) ids = NULL;

  if (n_items == 0)
    return;

  work->n_chunks = (n_items + CHUNK_SIZE - 1) / CHUNK_SIZE;
  work->activities = g_new0 (AidActivity *, n_items);
  n_workers = CLAMP (g_get_num_processors (), 1, 8);
  n_workers = MIN (n_workers, work->n_chunks);

  work->readers = g_new0 (AidReader, n_workers);
  workers = g_new0 (Worker, n_workers);
  threads = g_new0 (GThread *, n_workers);
  for (guint w = 0; w < n_workers; w++)
    {
      _aid_reader_init (&work->readers[w], work->data, work->length, &work->n_reported, work->dataset);
      workers[w].work = work;
      workers[w].reader = &work->readers[w];
    }

  /* The calling thread is the first worker. */
  for (guint w = 1; w < n_workers; w++)
    threads[w] = g_thread_new ("aid-loader", worker_thread, &workers[w]);
  work_on_chunks (work, &work->readers[0], TRUE);
  for (guint w = 1; w < n_workers; w++)
    g_thread_join (threads[w]);

  /* Ids are unique across activities: checked in document order, so that the second use of an
   * id is the one reported. */
  ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n_items; i++)
    {
      AidActivity *activity = work->activities[i];
      g_autofree char *path = NULL;
      gpointer first;

      if (activity == NULL || activity->id == NULL)
        continue;

      if (g_hash_table_lookup_extended (ids, activity->id, NULL, &first))
        {
          path = g_strdup_printf ("activities[%u]", i);
          _aid_reader_set_base (&work->readers[0], &g_array_index (work->items, AidJsonSpan, i), path);
          _aid_reader_report (&work->readers[0], AID_SEVERITY_ERROR, "id",
                              _("the id \"%s\" is already used by activities[%u]"),
                              activity->id, GPOINTER_TO_UINT (first));
          continue;
        }

      g_hash_table_insert (ids, activity->id, GUINT_TO_POINTER (i));
    }

  for (guint w = 0; w < n_workers; w++)
    {
      collect (report, &work->readers[w]);
      _aid_reader_clear (&work->readers[w]);
    }
  g_clear_pointer (&work->readers, g_free);
}

/* Loading */

/* Sorts the problems in document order and keeps the first AID_MAX_PROBLEMS. */
static void
finish_report (AidLoadReport *report)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report->diagnostics));
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (G_LIST_MODEL (report->diagnostics), i));
  g_ptr_array_sort (sorted, compare_diagnostics);
  if (sorted->len > AID_MAX_PROBLEMS)
    g_ptr_array_set_size (sorted, AID_MAX_PROBLEMS);

  g_list_store_splice (report->diagnostics, 0, n, sorted->pdata, sorted->len);

  if (report->n_errors + report->n_warnings > sorted->len)
    {
      g_autofree char *message =
        g_strdup_printf (_("too many problems: only the first %u are described"), AID_MAX_PROBLEMS);
      g_autoptr(AidDiagnostic) diagnostic = aid_diagnostic_new (AID_SEVERITY_ERROR, 0, 0, NULL, message);

      g_list_store_append (report->diagnostics, diagnostic);
    }
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

static gpointer
count_citations_thread (gpointer data)
{
  _aid_dataset_ensure_citations (data);

  return NULL;
}

static AidDataset *
load_bytes (GBytes               *bytes,
            GCancellable         *cancellable,
            AidLoadProgressFunc   progress,
            gpointer              progress_data,
            AidLoadReport        *report,
            GError              **error)
{
  g_autoptr(AidDataset) dataset = _aid_dataset_new ();
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *header = NULL;
  gsize header_length = 0;
  AidJsonScan scan;
  AidJsonLimits limits;
  AidReader reader;
  Work work = { 0 };
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  gboolean is_dataset;

  if (length == 0)
    {
      report_file_problem (report, _("the file is empty"));
      goto invalid;
    }

  aid_json_limits_init_default (&limits);
  if (!aid_json_scan (data, length, "activities", &limits, &scan))
    {
      g_autoptr(AidDiagnostic) diagnostic =
        aid_diagnostic_new (AID_SEVERITY_ERROR, scan.line, scan.column, scan.path, scan.message);

      g_list_store_append (report->diagnostics, diagnostic);
      report->n_errors++;
      aid_json_scan_clear (&scan);
      goto invalid;
    }

  header = make_header_text (data, &scan, &header_length);
  parser = json_parser_new_immutable ();
  json_parser_set_strict (parser, TRUE);

  _aid_reader_init (&reader, data, length, &work.n_reported, dataset);
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
  collect (report, &reader);
  _aid_reader_clear (&reader);
  g_clear_object (&parser);
  g_clear_pointer (&header, g_free);

  if (is_dataset && scan.has_items)
    {
      work.data = data;
      work.length = length;
      work.items = scan.items;
      work.dataset = dataset;
      work.cancellable = cancellable;
      work.progress = progress;
      work.progress_data = progress_data;
      read_activities (&work, report);
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      for (guint i = 0; work.activities != NULL && i < work.items->len; i++)
        g_clear_object (&work.activities[i]);
      g_free (work.activities);
      aid_json_scan_clear (&scan);
      return NULL;
    }

  if (work.activities != NULL)
    {
      g_autoptr(GPtrArray) activities = g_ptr_array_new_full (work.items->len, g_object_unref);

      /* In document order; an item that is not an activity has no slot filled. */
      for (guint i = 0; i < work.items->len; i++)
        if (work.activities[i] != NULL)
          g_ptr_array_add (activities, work.activities[i]);
      g_clear_pointer (&work.activities, g_free);
      g_list_store_splice (dataset->activities, 0, 0, activities->pdata, activities->len);
    }
  aid_json_scan_clear (&scan);

  if (report->n_errors == 0)
    {
      GThread *citations;

      /* What every window computes first, computed here: off the main thread when loading
       * asynchronously, where a large dataset would block it for seconds. The totals go
       * through the activities in focus and the citations through all of them, each on a core
       * (a GListStore is not to be read from two threads at once). */
      aid_dataset_get_focus_activities (dataset);
      aid_dataset_get_humanitarian_activities (dataset);
      citations = g_thread_new ("aid-citations", count_citations_thread, dataset);
      aid_dataset_get_totals (dataset);
      g_thread_join (citations);
      finish_report (report);
      return g_steal_pointer (&dataset);
    }

invalid:
  finish_report (report);
  g_set_error (error, AID_DATASET_ERROR, AID_DATASET_ERROR_INVALID,
               g_dngettext (GETTEXT_PACKAGE, "The dataset has %u error", "The dataset has %u errors",
                            MAX (report->n_errors, 1)),
               MAX (report->n_errors, 1));

  return NULL;
}

/* Public API */

/**
 * aid_dataset_load_bytes:
 * @report: (out) (optional): where the problems found go
 *
 * Loads a dataset from its text. Fails with %AID_DATASET_ERROR_INVALID when the text has errors
 * (warnings alone do not fail); the report says what they are and where.
 *
 * Returns: (transfer full) (nullable): the dataset
 */
AidDataset *
aid_dataset_load_bytes (GBytes         *bytes,
                        GCancellable   *cancellable,
                        AidLoadReport **report,
                        GError        **error)
{
  g_autoptr(AidLoadReport) local_report = NULL;
  AidDataset *dataset;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  local_report = g_object_new (AID_TYPE_LOAD_REPORT, NULL);
  dataset = load_bytes (bytes, cancellable, NULL, NULL, local_report, error);

  if (report != NULL)
    *report = g_steal_pointer (&local_report);

  return dataset;
}

/**
 * aid_dataset_load_bundled:
 * @report: (out) (optional): where the problems found go (none, unless the build is broken)
 *
 * Returns: (transfer full) (nullable): the dataset that ships with the app
 */
AidDataset *
aid_dataset_load_bundled (AidLoadReport **report,
                          GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _aid_model_ensure_resources ();
  bytes = g_resources_lookup_data (RESOURCE_BASE "/model/" AID_BUNDLED_DATASET, 0, error);
  if (bytes == NULL)
    return NULL;

  return aid_dataset_load_bytes (bytes, NULL, report, error);
}

static AidDataset *
load_file (GFile                *file,
           GCancellable         *cancellable,
           AidLoadProgressFunc   progress,
           gpointer              progress_data,
           AidLoadReport        *report,
           GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *problem = NULL;
  AidDataset *dataset;

  if (path != NULL)
    bytes = read_local_file (path, cancellable, &problem);
  else
    bytes = read_remote_file (file, cancellable, &problem);

  if (bytes == NULL)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      report_file_problem (report, problem);
      g_set_error_literal (error, AID_DATASET_ERROR, AID_DATASET_ERROR_UNREADABLE, problem);
      return NULL;
    }

  dataset = load_bytes (bytes, cancellable, progress, progress_data, report, error);
  if (dataset != NULL)
    dataset->filename = g_file_get_parse_name (file);

  return dataset;
}

/**
 * aid_dataset_load_file:
 * @report: (out) (optional): where the problems found go
 *
 * Loads a dataset file synchronously, for the command line and tests. Fails with
 * %AID_DATASET_ERROR_UNREADABLE when the file cannot be read (the report has the reason as a
 * problem of the file itself) and %AID_DATASET_ERROR_INVALID when its content has errors.
 *
 * Returns: (transfer full) (nullable): the dataset
 */
AidDataset *
aid_dataset_load_file (GFile          *file,
                       GCancellable   *cancellable,
                       AidLoadReport **report,
                       GError        **error)
{
  g_autoptr(AidLoadReport) local_report = NULL;
  AidDataset *dataset;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  local_report = g_object_new (AID_TYPE_LOAD_REPORT, NULL);
  dataset = load_file (file, cancellable, NULL, NULL, local_report, error);

  if (report != NULL)
    *report = g_steal_pointer (&local_report);

  return dataset;
}

typedef struct
{
  GFile               *file;
  AidLoadReport       *report;
  GMainContext        *context;
  AidLoadProgressFunc  progress;
  gpointer             progress_data;
  GDestroyNotify       progress_data_destroy;
  int                  last_percent;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->report);
  g_clear_pointer (&data->context, g_main_context_unref);
  if (data->progress_data_destroy != NULL)
    data->progress_data_destroy (data->progress_data);
  g_free (data);
}

typedef struct
{
  GTask  *task;
  double  fraction;
} Progress;

static gboolean
report_progress_cb (gpointer user_data)
{
  Progress *progress = user_data;
  LoadData *data = g_task_get_task_data (progress->task);

  /* Once the task has returned, the caller no longer expects progress. */
  if (!g_task_get_completed (progress->task))
    data->progress (progress->fraction, data->progress_data);

  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer user_data)
{
  Progress *progress = user_data;

  g_object_unref (progress->task);
  g_free (progress);
}

/* Runs in the loading thread: hands the progress over to the caller's main context, once per
 * percent at most. */
static void
forward_progress (double   fraction,
                  gpointer user_data)
{
  GTask *task = user_data;
  LoadData *data = g_task_get_task_data (task);
  int percent = (int)(fraction * 100);
  Progress *progress;

  if (percent <= data->last_percent)
    return;
  data->last_percent = percent;

  progress = g_new0 (Progress, 1);
  progress->task = g_object_ref (task);
  progress->fraction = fraction;
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, report_progress_cb, progress,
                              progress_free);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;
  AidDataset *dataset;

  dataset = load_file (data->file, cancellable, data->progress != NULL ? forward_progress : NULL,
                       task, data->report, &error);
  if (dataset == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

/**
 * aid_dataset_load_file_async:
 * @progress: (nullable): called in the thread-default main context of this call
 *
 * Loads a dataset file on worker threads, so that the main loop is never blocked.
 */
void
aid_dataset_load_file_async (GFile               *file,
                             GCancellable        *cancellable,
                             AidLoadProgressFunc  progress,
                             gpointer             progress_data,
                             GDestroyNotify       progress_data_destroy,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (LoadData, 1);
  data->file = g_object_ref (file);
  data->report = g_object_new (AID_TYPE_LOAD_REPORT, NULL);
  data->context = g_main_context_ref_thread_default ();
  data->progress = progress;
  data->progress_data = progress_data;
  data->progress_data_destroy = progress_data_destroy;
  data->last_percent = -1;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, aid_dataset_load_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify)load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * aid_dataset_load_file_finish:
 * @report: (out) (optional): the problems found, also when loading failed
 *
 * Returns: (transfer full) (nullable): the dataset
 */
AidDataset *
aid_dataset_load_file_finish (GAsyncResult   *result,
                              AidLoadReport **report,
                              GError        **error)
{
  LoadData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == aid_dataset_load_file_async, NULL);

  data = g_task_get_task_data (G_TASK (result));
  if (report != NULL)
    *report = g_object_ref (data->report);

  return g_task_propagate_pointer (G_TASK (result), error);
}
