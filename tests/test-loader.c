/* test-loader.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "aid-dataset-loader.h"
#include "aid-model-private.h"

static AidDataset *
load_fixture (const char     *name,
              AidLoadReport **report,
              GError        **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "check", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return aid_dataset_load_file (file, NULL, report, error);
}

static AidDiagnostic *
first_diagnostic (AidLoadReport *report)
{
  GListModel *diagnostics = aid_load_report_get_diagnostics (report);

  g_assert_cmpuint (g_list_model_get_n_items (diagnostics), >, 0);

  return g_list_model_get_item (diagnostics, 0);
}

/* Every member of the format, read into the model. */
static void
test_loader_every_member (void)
{
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AidDataset) dataset = load_fixture ("ok-every-member.json", &report, &error);
  g_autoptr(AidActivity) activity = NULL;
  g_autoptr(AidEnvelope) envelope = NULL;
  g_autoptr(AidIndicator) hdi = NULL;
  AidBudget *yearly;
  AidMoney *equivalent;
  gboolean fell_back;

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (aid_load_report_get_n_errors (report), ==, 0);
  g_assert_cmpuint (aid_load_report_get_n_warnings (report), ==, 0);

  g_assert_cmpstr (aid_dataset_get_id (dataset), ==, "example");
  g_assert_cmpstr (aid_dataset_get_title (dataset, "fr", NULL), ==, "Un exemple");
  g_assert_cmpstr (aid_dataset_get_default_currency (dataset), ==, "EUR");
  g_assert_cmpuint (g_list_model_get_n_items (aid_dataset_get_organisations (dataset)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (aid_dataset_get_sources (dataset)), ==, 2);
  g_assert_cmpstr (aid_organisation_get_name (aid_dataset_lookup_organisation (dataset, "lux"), "fr", NULL),
                   ==, "Gouvernement du Luxembourg");
  g_assert_cmpstr (aid_source_get_language (aid_dataset_lookup_source (dataset, "page-fr")), ==, "fr");

  g_assert_cmpuint (g_list_model_get_n_items (aid_dataset_get_activities (dataset)), ==, 1);
  activity = g_list_model_get_item (aid_dataset_get_activities (dataset), 0);
  g_assert_cmpstr (aid_activity_get_id (activity), ==, "P-1");
  g_assert_cmpint (aid_activity_get_channel (activity), ==, AID_CHANNEL_BILATERAL);

  /* The budget is exact, with its equivalent in francs CFA and its disputed Swiss figure kept
   * apart, never summed. */
  g_assert_cmpint (aid_activity_get_budget (activity)->cents, ==, G_GINT64_CONSTANT (1600000000));
  g_assert_cmpstr (aid_activity_get_budget (activity)->currency, ==, "EUR");
  g_assert_cmpuint (aid_activity_get_budget (activity)->evidence.also->len, ==, 1);
  equivalent = g_ptr_array_index (aid_activity_get_budget (activity)->equivalents, 0);
  g_assert_cmpint (equivalent->cents, ==, G_GINT64_CONSTANT (1050000000000));
  g_assert_cmpstr (equivalent->currency, ==, "XOF");
  g_assert_cmpstr (((AidMoney *)g_ptr_array_index (aid_activity_get_budget (activity)->disputes, 0))->currency, ==, "CHF");

  /* 3000000.5 is 300000050 cents, not 300000049.99... */
  yearly = g_ptr_array_index (activity->budgets, 0);
  g_assert_cmpint (yearly->money->cents, ==, G_GINT64_CONSTANT (300000050));
  g_assert_cmpint (yearly->period.end.year, ==, 2024);
  g_assert_cmpint (yearly->period.end.month, ==, 0);

  /* A text only in English falls back, and says so. */
  g_assert_cmpstr (aid_organisation_get_short_name (aid_dataset_lookup_organisation (dataset, "lux"), "fr"), ==, "Luxembourg");
  g_assert_cmpstr (aid_organisation_get_name (aid_dataset_lookup_organisation (dataset, "agency"), "fr", &fell_back),
                   ==, "Implementing agency");
  g_assert_true (fell_back);
  g_assert_cmpstr (aid_activity_get_title (activity, "fr", &fell_back), ==, "Des puits dans le nord");
  g_assert_false (fell_back);

  g_assert_cmpuint (activity->dates[AID_DATE_PLANNED_END]->disputes->len, ==, 1);
  g_assert_false (aid_result_get_value (g_ptr_array_index (aid_activity_get_results (activity), 1), NULL));
  g_assert_cmpuint (g_list_model_get_n_items (aid_dataset_get_envelopes (dataset)), ==, 1);
  envelope = g_list_model_get_item (aid_dataset_get_envelopes (dataset), 0);
  g_assert_cmpuint (aid_envelope_get_covers (envelope), ==,
                    (1u << AID_CHANNEL_BILATERAL) | (1u << AID_CHANNEL_MULTILATERAL) | (1u << AID_CHANNEL_HUMANITARIAN));
  g_assert_cmpint (aid_envelope_get_money (envelope)->cents, ==, G_GINT64_CONSTANT (4200000000));
  hdi = g_list_model_get_item (aid_dataset_get_indicators (dataset), 1);
  g_assert_cmpstr (aid_indicator_get_kind (hdi), ==, "hdi_rank");
  g_assert_cmpint (aid_indicator_get_out_of (hdi), ==, 191);
  g_assert_cmpuint (aid_indicator_get_disputes (hdi)->len, ==, 1);
  g_assert_cmpuint (aid_indicator_get_year (hdi), ==, 2024);

  g_assert_finalize_object (g_steal_pointer (&dataset));
  g_assert_finalize_object (g_steal_pointer (&activity));
  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_loader_invalid (void)
{
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AidDataset) dataset = load_fixture ("structural-amount-string.json", &report, &error);
  g_autoptr(AidDiagnostic) diagnostic = NULL;

  g_assert_error (error, AID_DATASET_ERROR, AID_DATASET_ERROR_INVALID);
  g_assert_null (dataset);
  g_assert_cmpuint (aid_load_report_get_n_errors (report), ==, 1);

  diagnostic = first_diagnostic (report);
  g_assert_cmpint (aid_diagnostic_get_severity (diagnostic), ==, AID_SEVERITY_ERROR);
  g_assert_cmpuint (aid_diagnostic_get_line (diagnostic), ==, 46);
  g_assert_cmpuint (aid_diagnostic_get_column (diagnostic), ==, 19);
  g_assert_cmpstr (aid_diagnostic_get_path (diagnostic), ==, "activities[0].budget.amount");
  g_assert_cmpstr (aid_diagnostic_get_message (diagnostic), ==,
                   "amount must be a number, found the string \"4 000 000\"");
}

static void
test_loader_unreadable (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_get_tmp_dir ());
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AidDataset) dataset = aid_dataset_load_file (file, NULL, &report, &error);
  g_autoptr(AidDiagnostic) diagnostic = NULL;

  g_assert_error (error, AID_DATASET_ERROR, AID_DATASET_ERROR_UNREADABLE);
  g_assert_null (dataset);
  diagnostic = first_diagnostic (report);
  g_assert_cmpuint (aid_diagnostic_get_line (diagnostic), ==, 0);
  g_assert_cmpstr (aid_diagnostic_get_message (diagnostic), ==, "this is a folder, not a file");
}

/* The asynchronous load reports progress in the caller's main context and never blocks it. */
typedef struct
{
  GMainLoop     *loop;
  AidDataset    *dataset;
  AidLoadReport *report;
  GError        *error;
  GThread       *main_thread;
  double         last_progress;
  guint          n_progress;
} AsyncData;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  AsyncData *data = user_data;

  g_assert_true (g_thread_self () == data->main_thread);
  g_assert_cmpfloat (fraction, >=, data->last_progress);
  g_assert_cmpfloat (fraction, <=, 1.0);
  data->last_progress = fraction;
  data->n_progress++;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncData *data = user_data;

  data->dataset = aid_dataset_load_file_finish (result, &data->report, &data->error);
  g_main_loop_quit (data->loop);
}

static char *
write_many_activities (guint n)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "check", "ok-minimal.json", NULL);
  g_autofree char *minimal = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  char *list;
  int fd;

  g_file_get_contents (path, &minimal, NULL, &error);
  g_assert_no_error (error);

  list = strstr (minimal, "\"activities\": [");
  g_assert_nonnull (list);
  text = g_string_new_len (minimal, list - minimal);
  g_string_append (text, "\"activities\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text,
                            "%s{\"id\": \"A-%u\", \"title\": {\"en\": \"Activity %u\", \"fr\": \"Activité %u\"}, "
                            "\"channel\": \"bilateral\", \"budget\": {\"amount\": %u.25, \"source\": \"report\"}}",
                            i == 0 ? "" : ",\n", i, i, i, i);
  g_string_append (text, "]}\n");

  fd = g_file_open_tmp ("aid-loader-XXXXXX.json", &out, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (out, text->str, (gssize)text->len, &error));
  g_assert_no_error (error);
  close (fd);

  return out;
}

static void
test_loader_async (void)
{
  g_autofree char *path = write_many_activities (5000);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AidActivity) last = NULL;
  AsyncData data = { 0 };

  data.loop = g_main_loop_new (NULL, FALSE);
  data.main_thread = g_thread_self ();
  aid_dataset_load_file_async (file, NULL, progress_cb, &data, NULL, loaded_cb, &data);
  g_main_loop_run (data.loop);

  g_assert_no_error (data.error);
  g_assert_nonnull (data.dataset);
  g_assert_cmpuint (g_list_model_get_n_items (aid_dataset_get_activities (data.dataset)), ==, 5000);
  g_assert_cmpuint (data.n_progress, >, 0);

  /* The activities keep the document's order whichever core read them. */
  last = g_list_model_get_item (aid_dataset_get_activities (data.dataset), 4999);
  g_assert_cmpstr (aid_activity_get_id (last), ==, "A-4999");
  g_assert_cmpint (aid_activity_get_budget (last)->cents, ==, G_GINT64_CONSTANT (499925));

  g_remove (path);
  g_assert_finalize_object (data.dataset);
  g_clear_object (&last);
  g_clear_object (&data.report);
  g_main_loop_unref (data.loop);
}

/* Cancelled as soon as it is asked, the load ends cancelled. */
static void
test_loader_cancel_at_once (void)
{
  g_autofree char *path = write_many_activities (20000);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncData data = { 0 };

  data.loop = g_main_loop_new (NULL, FALSE);
  data.main_thread = g_thread_self ();
  aid_dataset_load_file_async (file, cancellable, NULL, NULL, NULL, loaded_cb, &data);
  g_cancellable_cancel (cancellable);
  g_main_loop_run (data.loop);

  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (data.dataset);

  g_remove (path);
  g_clear_error (&data.error);
  g_clear_object (&data.report);
  g_main_loop_unref (data.loop);
}

typedef struct
{
  AsyncData     async;
  GCancellable *cancellable;
  double        cancelled_at;   /* the fraction read when the first progress came */
  double        last_progress;
} CancelData;

/* The first progress report cancels: the workers are reading activities by then. */
static void
cancel_progress_cb (double   fraction,
                    gpointer user_data)
{
  CancelData *data = user_data;

  g_assert_true (g_thread_self () == data->async.main_thread);
  if (!g_cancellable_is_cancelled (data->cancellable))
    {
      data->cancelled_at = fraction;
      g_cancellable_cancel (data->cancellable);
    }
  data->last_progress = fraction;
}

/* Cancelled midway, a large load stops where it is: the workers read no further chunks, and
 * it ends cancelled, without a dataset. A loader that only looked at the cancellable before
 * reading, or after reading everything, would report (nearly) the whole file read. */
static void
test_loader_cancel (void)
{
  g_autofree char *path = write_many_activities (100000);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CancelData data = { 0 };

  data.cancellable = g_cancellable_new ();
  data.async.loop = g_main_loop_new (NULL, FALSE);
  data.async.main_thread = g_thread_self ();
  aid_dataset_load_file_async (file, data.cancellable, cancel_progress_cb, &data, NULL, loaded_cb, &data.async);
  g_main_loop_run (data.async.loop);

  /* It had started: some activities were read when the cancellation came. */
  g_assert_cmpfloat (data.cancelled_at, >, 0.0);
  g_assert_cmpfloat (data.cancelled_at, <, 0.5);
  /* It stopped soon after: a chunk or two per worker, a few hundredths of the file, where a
   * loader that read on would end at or near 1 (only the first worker reports). */
  g_assert_cmpfloat (data.last_progress, <, 0.5);
  g_assert_error (data.async.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (data.async.dataset);

  g_remove (path);
  g_clear_error (&data.async.error);
  g_clear_object (&data.async.report);
  g_clear_object (&data.cancellable);
  g_main_loop_unref (data.async.loop);
}

/* The JSONTestSuite corpus (read in place from ../shared): n_ files are syntax errors with a
 * position, y_ files are JSON but not datasets (but for the two with a repeated member name),
 * i_ files get a clean verdict. None may crash or raise a GLib critical (G_DEBUG is fatal). */
static void
test_loader_json_test_suite (void)
{
  const char *folder = g_getenv ("AID_JSON_TEST_SUITE");
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  if (folder == NULL || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      if (g_strcmp0 (g_getenv ("CI"), "true") == 0)
        g_error ("The JSONTestSuite corpus is missing at %s", folder);
      g_test_skip ("the JSONTestSuite corpus is not at ../shared/data/JSONTestSuite");
      return;
    }

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(AidLoadReport) report = NULL;
      g_autoptr(GError) load_error = NULL;
      g_autoptr(AidDataset) dataset = NULL;
      g_autoptr(AidDiagnostic) diagnostic = NULL;
      const char *message;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      n_files++;
      dataset = aid_dataset_load_file (file, NULL, &report, &load_error);

      /* Nothing in the corpus is a dataset. */
      g_assert_null (dataset);
      g_assert_error (load_error, AID_DATASET_ERROR, AID_DATASET_ERROR_INVALID);
      g_assert_cmpuint (aid_load_report_get_n_errors (report), >=, 1);
      diagnostic = first_diagnostic (report);
      message = aid_diagnostic_get_message (diagnostic);

      /* Every problem has its position, but for an empty file, a problem of the file itself. */
      if (aid_diagnostic_get_line (diagnostic) == 0)
        {
          if (g_strcmp0 (message, "the file is empty") != 0)
            g_error ("%s: a problem without a position: %s", name, message);
        }
      else
        {
          g_assert_cmpuint (aid_diagnostic_get_column (diagnostic), >=, 1);
        }

      if (g_str_has_prefix (name, "n_"))
        {
          if (strstr (message, "not an Aid Explorer dataset") != NULL)
            g_error ("%s: invalid JSON was taken for JSON: %s", name, message);
        }
      else if (g_str_has_prefix (name, "y_object_duplicated_key"))
        {
          if (strstr (message, "appears twice") == NULL)
            g_error ("%s: expected the repeated-member error, got: %s", name, message);
        }
      else if (g_str_has_prefix (name, "y_"))
        {
          if (strstr (message, "not an Aid Explorer dataset") == NULL)
            g_error ("%s: expected \"not a dataset\", got: %s", name, message);
        }
    }

  g_assert_cmpuint (n_files, >=, 300);
}

/* Bidirectional overrides and zero-width characters never reach the screen: a title cannot
 * read backwards or hide what it says. */
static void
test_loader_invisible_characters (void)
{
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AidDataset) dataset = load_fixture ("ok-invisible-characters.json", &report, &error);
  g_autoptr(AidActivity) activity = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (aid_load_report_get_n_warnings (report), ==, 2);
  activity = g_list_model_get_item (aid_dataset_get_activities (dataset), 0);
  g_assert_cmpstr (aid_activity_get_title (activity, "en", NULL), ==, "Wells elif.exe in the north");
  g_assert_cmpstr (aid_activity_get_title (activity, "fr", NULL), ==, "Des puits dans le nord");
}

/* Joiners between two visible characters shape Persian and Indic words and emoji sequences:
 * they stay; a joiner elsewhere and a bidi override go. */
static void
test_loader_joiners (void)
{
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AidDataset) dataset = load_fixture ("ok-joiners-and-look-alike-ids.json", &report, &error);
  g_autoptr(AidActivity) activity = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (aid_load_report_get_n_warnings (report), ==, 2);
  activity = g_list_model_get_item (aid_dataset_get_activities (dataset), 0);
  g_assert_cmpstr (aid_activity_get_title (activity, "en", NULL), ==,
                   "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001F469\u200d\U0001F4BB "
                   "\u0915\u094d\u200d\u0937 wells abc");
}

/* A NUL (“\u0000”) would cut the text where json-glib keeps it: it is an error, as is a title
 * made only of invisible characters, and neither file loads. */
static void
test_loader_nul_and_invisible_only (void)
{
  const char *names[] = { "semantic-nul-escape.json", "semantic-invisible-only.json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(AidLoadReport) report = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(AidDataset) dataset = load_fixture (names[i], &report, &error);

      g_assert_null (dataset);
      g_assert_nonnull (error);
    }
}

static void
test_loader_dates (void)
{
  AidDate date;

  g_assert_true (aid_date_parse ("2024", &date));
  g_assert_cmpint (date.year, ==, 2024);
  g_assert_cmpint (date.month, ==, 0);
  g_assert_true (aid_date_parse ("2024-02-29", &date));
  g_assert_false (aid_date_parse ("2023-02-29", &date));
  g_assert_false (aid_date_parse ("2024-13", &date));
  g_assert_false (aid_date_parse ("2024-1-01", &date));
  g_assert_false (aid_date_parse ("0000", &date));
  g_assert_false (aid_date_parse ("2024-06-30T00:00", &date));
}

/* Hostile sizes: found while fuzzing the loader (fuzzing/fuzz-dataset-loader.c). A quadratic
 * step shows as these tests timing out: minutes for what takes well under a second. */

/* A dataset with one activity that has @members, loaded. */
static AidDataset *
load_one_activity (const char     *members,
                   AidLoadReport **report,
                   GError        **error)
{
  g_autofree char *json = NULL;
  g_autoptr(GBytes) bytes = NULL;

  json = g_strdup_printf ("{\"format\": \"aid-explorer-dataset\", \"format_version\": 1, \"id\": \"x\",\n"
                          " \"title\": {\"en\": \"X\"}, \"default_language\": \"en\",\n"
                          " \"default_currency\": \"EUR\", \"licence\": {\"name\": \"CC BY 4.0\"},\n"
                          " \"sources\": [{\"id\": \"r\", \"title\": \"R\", \"publisher\": \"P\", \"language\": \"en\"}],\n"
                          " \"organisations\": [{\"id\": \"a\", \"name\": {\"en\": \"A\"}}],\n"
                          " \"activities\": [{\"id\": \"P\", \"title\": {\"en\": \"P\"}, \"channel\": \"bilateral\",\n"
                          "   \"participating_orgs\": [{\"org\": \"a\", \"role\": \"1\", \"source\": \"r\"}],\n"
                          "   %s}]}\n",
                          members);
  bytes = g_bytes_new (json, strlen (json));

  return aid_dataset_load_bytes (bytes, NULL, report, error);
}

/* Every amount with decimals was found again in the text (for messages that show it as written),
 * each time walking its activity from the start: a valid file of 24 000 contributions took
 * minutes to load. Only amounts that are reported are looked for now. */
static void
test_loader_many_amounts (void)
{
  g_autoptr(GString) members = g_string_new ("\"contributions\": [");
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AidDataset) dataset = NULL;
  g_autoptr(AidActivity) activity = NULL;

  for (guint i = 0; i < 24000; i++)
    g_string_append_printf (members, "%s{\"funder\": \"a\", \"amount\": 1.5, \"source\": \"r\"}",
                            i > 0 ? ", " : "");
  g_string_append (members, "]");

  dataset = load_one_activity (members->str, &report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (aid_load_report_get_n_errors (report), ==, 0);
  activity = g_list_model_get_item (aid_dataset_get_activities (dataset), 0);
  g_assert_cmpuint (aid_activity_get_contributions (activity)->len, ==, 24000);
}

/* The same walk for wrong numbers, which are counted past the cap on problems but no longer
 * described: none is looked for then. */
static void
test_loader_many_wrong_numbers (void)
{
  g_autoptr(GString) members = g_string_new ("\"sectors\": [");
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AidDataset) dataset = NULL;
  g_autoptr(AidDiagnostic) diagnostic = NULL;

  for (guint i = 0; i < 200000; i++)
    g_string_append (members, i > 0 ? ", 1.5" : "1.5");
  g_string_append (members, "]");

  dataset = load_one_activity (members->str, &report, &error);
  g_assert_error (error, AID_DATASET_ERROR, AID_DATASET_ERROR_INVALID);
  g_assert_null (dataset);
  g_assert_cmpuint (aid_load_report_get_n_errors (report), >=, 200000);
  g_assert_cmpuint (g_list_model_get_n_items (aid_load_report_get_diagnostics (report)), ==, 101);

  /* The ones described still show the number as written. */
  diagnostic = first_diagnostic (report);
  g_assert_cmpstr (aid_diagnostic_get_path (diagnostic), ==, "activities[0].sectors[0]");
  g_assert_nonnull (strstr (aid_diagnostic_get_message (diagnostic), "the number 1.5"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aid/loader/every-member", test_loader_every_member);
  g_test_add_func ("/aid/loader/invalid", test_loader_invalid);
  g_test_add_func ("/aid/loader/unreadable", test_loader_unreadable);
  g_test_add_func ("/aid/loader/async", test_loader_async);
  g_test_add_func ("/aid/loader/cancel", test_loader_cancel);
  g_test_add_func ("/aid/loader/cancel-at-once", test_loader_cancel_at_once);
  g_test_add_func ("/aid/loader/json-test-suite", test_loader_json_test_suite);
  g_test_add_func ("/aid/loader/dates", test_loader_dates);
  g_test_add_func ("/aid/loader/invisible-characters", test_loader_invisible_characters);
  g_test_add_func ("/aid/loader/joiners", test_loader_joiners);
  g_test_add_func ("/aid/loader/nul-and-invisible-only", test_loader_nul_and_invisible_only);
  g_test_add_func ("/aid/loader/many-amounts", test_loader_many_amounts);
  g_test_add_func ("/aid/loader/many-wrong-numbers", test_loader_many_wrong_numbers);

  return g_test_run ();
}
