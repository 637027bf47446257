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
 * 2. Its content, not its name, says which reader decodes it: the app's own JSON format
 *    (aid-dataset-reader.c) or IATI activity XML (aid-iati-reader.c). Each feeds the same
 *    builder (aid-dataset-builder.c), which applies the rules every format shares.
 * 3. A dataset with errors is never returned: the report says what they are and where.
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

#include "aid-dataset-builder.h"
#include "aid-dataset-loader.h"
#include "aid-dataset-reader.h"
#include "aid-iati-reader.h"

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
  int files = g_strcmp0 (aid_diagnostic_get_file (da), aid_diagnostic_get_file (db));

  if (files != 0)
    return files;
  if (la != lb)
    return la < lb ? -1 : 1;
  if (ca != cb)
    return ca < cb ? -1 : 1;

  return 0;
}

/* Takes the readers' problems into the report. */
static void
collect (AidLoadReport *report,
         AidProblems   *problems)
{
  report->n_errors += problems->n_errors;
  report->n_warnings += problems->n_warnings;
  for (guint i = 0; i < problems->diagnostics->len; i++)
    g_list_store_append (report->diagnostics, g_ptr_array_index (problems->diagnostics, i));
  g_ptr_array_set_size (problems->diagnostics, 0);
  problems->n_errors = 0;
  problems->n_warnings = 0;
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

/* What of a file is read before its format is told: an IATI file larger than that is read as
 * the reader goes rather than whole. */
#define HEAD_SIZE (64 * 1024)

/* Reads a local file whole, refusing anything but a regular file within the size limit. The
 * descriptor is opened non-blocking, so that a FIFO can be refused rather than waited on.
 *
 * With @stream_fd, an XML file larger than HEAD_SIZE is not read whole: the bytes returned are
 * its head, and *@stream_fd the descriptor to read the rest from, of *@stream_size bytes in all
 * as far as it is known; the caller closes it. Otherwise *@stream_fd is -1. */
static GBytes *
read_local_file (const char    *path,
                 GCancellable  *cancellable,
                 int           *stream_fd,
                 guint64       *stream_size,
                 char         **problem)
{
  g_autofree char *buffer = NULL;
  struct stat st;
  gsize capacity;
  gsize length = 0;
  gboolean head_only;
  int fd;

  if (stream_fd != NULL)
    *stream_fd = -1;

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
  head_only = stream_fd != NULL && capacity > HEAD_SIZE;
  buffer = g_malloc (head_only ? HEAD_SIZE : capacity);
  for (;;)
    {
      gssize n;

      /* The head says whether the file is XML, and then the rest is the reader's to read. */
      if (head_only && length == HEAD_SIZE)
        {
          if (_aid_iati_sniff (buffer, length))
            {
              *stream_fd = fd;
              *stream_size = (guint64)st.st_size;
              return g_bytes_new_take (g_steal_pointer (&buffer), length);
            }
          head_only = FALSE;
          buffer = g_realloc (buffer, capacity);
        }

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

      n = read (fd, buffer + length, MIN ((head_only ? HEAD_SIZE : capacity) - length, (gsize)G_MAXSSIZE));
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

/* Loads the dataset of @bytes; with @stream_fd, they are only the head of an IATI file whose
 * rest the reader reads from it. */
static AidDataset *
load_bytes (GBytes               *bytes,
            int                   stream_fd,
            guint64               stream_size,
            const char           *name,
            GCancellable         *cancellable,
            AidLoadProgressFunc   progress,
            gpointer              progress_data,
            AidLoadReport        *report,
            GError              **error)
{
  g_autoptr(AidDataset) dataset = _aid_dataset_new ();
  AidProblems problems;
  int n_reported = 0;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (length == 0)
    {
      report_file_problem (report, _("the file is empty"));
      goto invalid;
    }

  /* By content, not by name: a file of either format may be called anything. */
  _aid_problems_init (&problems, &n_reported);
  if (stream_fd >= 0)
    {
      g_autoptr(AidIatiReader) iati = _aid_iati_reader_new (dataset, &problems, cancellable);

      if (_aid_iati_reader_read_fd (iati, data, length, stream_fd, stream_size, name, progress, progress_data))
        _aid_iati_reader_finish (iati);
    }
  else if (_aid_iati_sniff (data, length))
    {
      g_autoptr(AidIatiReader) iati = _aid_iati_reader_new (dataset, &problems, cancellable);

      if (_aid_iati_reader_read (iati, data, length, name, progress, progress_data))
        _aid_iati_reader_finish (iati);
    }
  else
    {
      _aid_json_read_dataset (dataset, data, length, cancellable, progress, progress_data, &problems);
    }
  collect (report, &problems);
  _aid_problems_clear (&problems);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (report->n_errors == 0)
    {
      _aid_builder_finish (dataset);
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
  dataset = load_bytes (bytes, -1, 0, NULL, cancellable, NULL, NULL, local_report, error);

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

/* Reads a file whole, local or not, or the head of a large local XML file with the descriptor
 * to read the rest from (see read_local_file()); NULL with @problem set when it cannot be. */
static GBytes *
read_file (GFile         *file,
           GCancellable  *cancellable,
           int           *stream_fd,
           guint64       *stream_size,
           char         **problem)
{
  g_autofree char *path = g_file_get_path (file);

  *stream_fd = -1;
  if (path != NULL)
    return read_local_file (path, cancellable, stream_fd, stream_size, problem);

  return read_remote_file (file, cancellable, problem);
}

/* The file's name on every diagnostic from @first on, where a dataset has several. */
static void
name_diagnostics (AidLoadReport *report,
                  guint          first,
                  GFile         *file)
{
  g_autofree char *name = g_file_get_parse_name (file);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report->diagnostics));

  for (guint i = first; i < n; i++)
    {
      g_autoptr(AidDiagnostic) diagnostic = g_list_model_get_item (G_LIST_MODEL (report->diagnostics), i);

      _aid_diagnostic_set_file (diagnostic, name);
    }
}

typedef struct
{
  AidLoadProgressFunc progress;
  gpointer            progress_data;
  guint               index;
  guint               n_files;
} FilesProgress;

static void
forward_file_progress (double   fraction,
                       gpointer user_data)
{
  FilesProgress *files = user_data;

  files->progress ((files->index + fraction) / files->n_files, files->progress_data);
}

/* Several IATI files make one dataset, each activity keeping the file it came from. A file
 * that cannot be read, is not IATI or is broken is named in the report, and the others open. */
static AidDataset *
load_iati_files (GFile               **files,
                 guint                 n_files,
                 GCancellable         *cancellable,
                 AidLoadProgressFunc   progress,
                 gpointer              progress_data,
                 AidLoadReport        *report,
                 GError              **error)
{
  g_autoptr(AidDataset) dataset = _aid_dataset_new ();
  g_autoptr(AidIatiReader) iati = NULL;
  FilesProgress files_progress = { progress, progress_data, 0, n_files };
  AidProblems problems;
  int n_reported = 0;
  guint n_read = 0;

  _aid_problems_init (&problems, &n_reported);
  iati = _aid_iati_reader_new (dataset, &problems, cancellable);
  for (guint i = 0; i < n_files && !g_cancellable_is_cancelled (cancellable); i++)
    {
      guint first = g_list_model_get_n_items (G_LIST_MODEL (report->diagnostics));
      g_autofree char *problem = NULL;
      g_autofree char *basename = g_file_get_basename (files[i]);
      int stream_fd = -1;
      guint64 stream_size = 0;
      g_autoptr(GBytes) bytes = read_file (files[i], cancellable, &stream_fd, &stream_size, &problem);
      const char *data;
      gsize length = 0;
      gboolean read;

      files_progress.index = i;
      if (bytes == NULL)
        {
          if (problem != NULL)
            report_file_problem (report, problem);
        }
      else if (data = g_bytes_get_data (bytes, &length), stream_fd < 0 && !_aid_iati_sniff (data, length))
        {
          report_file_problem (report, _("this is not an IATI activity file: only IATI files can be opened together"));
        }
      else
        {
          if (stream_fd >= 0)
            read = _aid_iati_reader_read_fd (iati, data, length, stream_fd, stream_size, basename,
                                             progress != NULL ? forward_file_progress : NULL, &files_progress);
          else
            read = _aid_iati_reader_read (iati, data, length, basename,
                                          progress != NULL ? forward_file_progress : NULL, &files_progress);
          if (read)
            n_read++;
          collect (report, &problems);
        }
      if (stream_fd >= 0)
        g_close (stream_fd, NULL);
      name_diagnostics (report, first, files[i]);
    }
  _aid_problems_clear (&problems);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  finish_report (report);
  if (n_read == 0)
    {
      g_set_error (error, AID_DATASET_ERROR, AID_DATASET_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "The dataset has %u error", "The dataset has %u errors",
                                MAX (report->n_errors, 1)),
                   MAX (report->n_errors, 1));
      return NULL;
    }

  _aid_iati_reader_finish (iati);
  _aid_builder_finish (dataset);

  return g_steal_pointer (&dataset);
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
  g_autofree char *problem = NULL;
  g_autofree char *basename = NULL;
  AidDataset *dataset;
  int stream_fd = -1;
  guint64 stream_size = 0;

  bytes = read_file (file, cancellable, &stream_fd, &stream_size, &problem);

  if (bytes == NULL)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      report_file_problem (report, problem);
      g_set_error_literal (error, AID_DATASET_ERROR, AID_DATASET_ERROR_UNREADABLE, problem);
      return NULL;
    }

  basename = g_file_get_basename (file);
  dataset = load_bytes (bytes, stream_fd, stream_size, basename, cancellable, progress, progress_data, report, error);
  if (stream_fd >= 0)
    g_close (stream_fd, NULL);
  if (dataset != NULL)
    dataset->filename = g_file_get_parse_name (file);

  return dataset;
}

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *name_a = g_file_get_basename (*(GFile **)a);
  g_autofree char *name_b = g_file_get_basename (*(GFile **)b);

  return g_utf8_collate (name_a, name_b);
}

/* A folder stands for the XML files in it (not in its subfolders), in the order of their names. */
static GPtrArray *
expand_folders (GFile        **files,
                guint          n_files,
                GCancellable  *cancellable)
{
  GPtrArray *expanded = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GFileEnumerator) children = NULL;
      g_autoptr(GPtrArray) found = NULL;
      GFileInfo *info;

      if (g_file_query_file_type (files[i], G_FILE_QUERY_INFO_NONE, cancellable) != G_FILE_TYPE_DIRECTORY ||
          (children = g_file_enumerate_children (files[i], G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, NULL)) == NULL)
        {
          g_ptr_array_add (expanded, g_object_ref (files[i]));
          continue;
        }

      found = g_ptr_array_new_with_free_func (g_object_unref);
      while ((info = g_file_enumerator_next_file (children, cancellable, NULL)) != NULL)
        {
          const char *name = g_file_info_get_name (info);
          g_autofree char *lower = g_ascii_strdown (name, -1);

          if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR && g_str_has_suffix (lower, ".xml"))
            g_ptr_array_add (found, g_file_get_child (files[i], name));
          g_object_unref (info);
        }
      g_ptr_array_sort (found, compare_files);
      g_ptr_array_extend_and_steal (expanded, g_steal_pointer (&found));
    }

  return expanded;
}

/* One file is a dataset of either format; several are IATI files read into one dataset. */
static AidDataset *
load_files (GFile               **given,
            guint                 n_given,
            GCancellable         *cancellable,
            AidLoadProgressFunc   progress,
            gpointer              progress_data,
            AidLoadReport        *report,
            GError              **error)
{
  g_autoptr(GPtrArray) expanded = expand_folders (given, n_given, cancellable);
  GFile **files = (GFile **)expanded->pdata;
  guint n_files = expanded->len;
  AidDataset *dataset;
  GString *names;

  if (n_files == 0)
    {
      report_file_problem (report, _("the folder holds no XML file"));
      g_set_error_literal (error, AID_DATASET_ERROR, AID_DATASET_ERROR_UNREADABLE, _("the folder holds no XML file"));
      return NULL;
    }

  if (n_files == 1 && n_given == 1 && g_file_equal (files[0], given[0]))
    return load_file (files[0], cancellable, progress, progress_data, report, error);

  dataset = load_iati_files (files, n_files, cancellable, progress, progress_data, report, error);
  if (dataset == NULL)
    return NULL;

  names = g_string_new (NULL);
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *basename = g_file_get_basename (files[i]);

      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, basename);
    }
  dataset->filename = g_string_free (names, FALSE);

  return dataset;
}

/**
 * aid_dataset_load_files:
 * @files: (array length=n_files): IATI activity files, or one dataset file of either format
 * @report: (out) (optional): where the problems found go, each with its file
 *
 * Loads several IATI activity files as one dataset, synchronously. A file that cannot be read
 * or is not IATI is named in the report, and the others open; the load fails only when none
 * can be read.
 *
 * Returns: (transfer full) (nullable): the dataset
 */
AidDataset *
aid_dataset_load_files (GFile          **files,
                        guint            n_files,
                        GCancellable    *cancellable,
                        AidLoadReport  **report,
                        GError         **error)
{
  g_autoptr(AidLoadReport) local_report = NULL;
  AidDataset *dataset;

  g_return_val_if_fail (files != NULL && n_files > 0, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  local_report = g_object_new (AID_TYPE_LOAD_REPORT, NULL);
  dataset = load_files (files, n_files, cancellable, NULL, NULL, local_report, error);

  if (report != NULL)
    *report = g_steal_pointer (&local_report);

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
  GPtrArray           *files;          /* of GFile */
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
  g_clear_pointer (&data->files, g_ptr_array_unref);
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

  dataset = load_files ((GFile **)data->files->pdata, data->files->len, cancellable,
                        data->progress != NULL ? forward_progress : NULL,
                        task, data->report, &error);
  if (dataset == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

/**
 * aid_dataset_load_files_async:
 * @files: (array length=n_files): IATI activity files, or one dataset file of either format
 * @progress: (nullable): called in the thread-default main context of this call
 *
 * Loads datasets on worker threads, so that the main loop is never blocked; see
 * aid_dataset_load_files(). Finish with aid_dataset_load_file_finish().
 */
void
aid_dataset_load_files_async (GFile               **files,
                              guint                 n_files,
                              GCancellable         *cancellable,
                              AidLoadProgressFunc   progress,
                              gpointer              progress_data,
                              GDestroyNotify        progress_data_destroy,
                              GAsyncReadyCallback   callback,
                              gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (files != NULL && n_files > 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (LoadData, 1);
  data->files = g_ptr_array_new_full (n_files, g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (data->files, g_object_ref (files[i]));
  data->report = g_object_new (AID_TYPE_LOAD_REPORT, NULL);
  data->context = g_main_context_ref_thread_default ();
  data->progress = progress;
  data->progress_data = progress_data;
  data->progress_data_destroy = progress_data_destroy;
  data->last_percent = -1;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, aid_dataset_load_files_async);
  g_task_set_task_data (task, data, (GDestroyNotify)load_data_free);
  g_task_run_in_thread (task, load_thread);
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
  g_return_if_fail (G_IS_FILE (file));

  aid_dataset_load_files_async (&file, 1, cancellable, progress, progress_data, progress_data_destroy,
                                callback, user_data);
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
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == aid_dataset_load_files_async, NULL);

  data = g_task_get_task_data (G_TASK (result));
  if (report != NULL)
    *report = g_object_ref (data->report);

  return g_task_propagate_pointer (G_TASK (result), error);
}
