/* aid-check.c: `aid-explorer --check [FILE...]`, `--summary FILE...` and `--export-csv OUT
 * [FILE...]`, without a display
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-check"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "aid-check.h"
#include "aid-csv.h"
#include "aid-dataset-loader.h"
#include "aid-language.h"
#include "aid-summary.h"

enum {
  EXIT_VALID = 0,
  EXIT_INVALID = 1,
  EXIT_USAGE = 2,
};

gboolean
aid_check_is_requested (int    argc,
                        char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      if (g_str_equal (argv[i], "--check") || g_str_equal (argv[i], "--summary") ||
          g_str_has_prefix (argv[i], "--export-csv"))
        return TRUE;
    }

  return FALSE;
}

/* A line from a file, printed to a terminal: a control character such as ESC could clear the
 * screen or retitle it, so every one is written out as \x1b. */
static char *
escape_controls (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7F)
        g_string_append_printf (out, "\\x%02x", c);
      else if ((c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static void
print_diagnostics (AidLoadReport *report,
                   const char    *name,
                   FILE          *stream)
{
  GListModel *diagnostics = aid_load_report_get_diagnostics (report);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(AidDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      g_autofree char *line = aid_diagnostic_format (diagnostic, name);
      g_autofree char *escaped = escape_controls (line);

      fprintf (stream, "%s\n", escaped);
    }
}

/* Prints the problems, then one summary line that tools can rely on; neither "error" nor
 * "warning" nor the summary are translated. */
static gboolean
print_report (const char    *name,
              AidDataset    *dataset,
              AidLoadReport *report)
{
  guint n_errors = aid_load_report_get_n_errors (report);
  guint n_warnings = aid_load_report_get_n_warnings (report);

  print_diagnostics (report, name, stdout);

  if (dataset != NULL)
    {
      guint n_activities = g_list_model_get_n_items (aid_dataset_get_activities (dataset));
      guint n_organisations = g_list_model_get_n_items (aid_dataset_get_organisations (dataset));

      g_print ("%s: ok, %u %s, %u %s", name,
               n_activities, n_activities == 1 ? "activity" : "activities",
               n_organisations, n_organisations == 1 ? "organisation" : "organisations");
      if (n_warnings > 0)
        g_print (", %u %s", n_warnings, n_warnings == 1 ? "warning" : "warnings");
      g_print ("\n");
      return TRUE;
    }

  g_print ("%s: %u %s, %u %s\n", name,
           n_errors, n_errors == 1 ? "error" : "errors",
           n_warnings, n_warnings == 1 ? "warning" : "warnings");

  return FALSE;
}

static gboolean
check_bundled (void)
{
  g_autoptr(AidDataset) dataset = NULL;
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;

  dataset = aid_dataset_load_bundled (&report, &error);
  if (report == NULL)
    {
      g_print ("%s: error: %s\n", AID_BUNDLED_DATASET, error->message);
      return FALSE;
    }

  return print_report (AID_BUNDLED_DATASET, dataset, report);
}

static gboolean
check_file (const char *name)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (name);
  g_autoptr(AidDataset) dataset = NULL;
  g_autoptr(AidLoadReport) report = NULL;

  dataset = aid_dataset_load_file (file, NULL, &report, NULL);

  return print_report (name, dataset, report);
}

/* One dataset from all the files (several must be IATI files): its problems on standard
 * error, its ledger as JSON on standard output. */
static gboolean
summarize_files (GStrv names)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(AidDataset) dataset = NULL;
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (names[i]));

  dataset = aid_dataset_load_files ((GFile **)files->pdata, files->len, NULL, &report, &error);
  print_diagnostics (report, names[0], stderr);
  if (dataset == NULL)
    return FALSE;

  summary = aid_dataset_summarize (dataset);
  fputs (summary, stdout);

  return TRUE;
}

/* One dataset from the files (the bundled one when there are none), its activities written to
 * @output as CSV in the interface's language; the problems on standard error. */
static gboolean
export_csv (const char *output,
            GStrv       names)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(AidDataset) dataset = NULL;
  g_autoptr(AidLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *text = NULL;
  GListModel *list;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (names[i]));

  if (files->len > 0)
    dataset = aid_dataset_load_files ((GFile **)files->pdata, files->len, NULL, &report, &error);
  else
    dataset = aid_dataset_load_bundled (&report, &error);
  if (report != NULL)
    print_diagnostics (report, files->len > 0 ? names[0] : AID_BUNDLED_DATASET, stderr);
  if (dataset == NULL)
    {
      if (error != NULL)
        g_printerr ("aid-explorer: %s\n", error->message);
      return FALSE;
    }

  list = aid_dataset_get_activities (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (activities, g_list_model_get_item (list, i));
  text = aid_csv_format_activities (dataset, (AidActivity **)activities->pdata, activities->len, aid_language_get ());

  if (!g_file_set_contents (output, text, -1, &error))
    {
      g_printerr ("aid-explorer: %s\n", error->message);
      return FALSE;
    }

  return TRUE;
}

int
aid_check_main (int    argc,
                char **argv)
{
  gboolean check = FALSE;
  gboolean summary = FALSE;
  g_autofree char *csv = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "check", 0, 0, G_OPTION_ARG_NONE, &check, N_("Check dataset files and report their problems"), NULL },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &summary, N_("Print what the transactions of the files add up to, by type and currency, as JSON"), NULL },
    { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, &csv, N_("Write the activities of the files (or of the bundled dataset) to OUTPUT as CSV"), N_("OUTPUT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("[FILE…]") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gboolean all_valid = TRUE;

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Checks Aid Explorer datasets and IATI activity files, or the bundled dataset when no file is given."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("aid-explorer: %s\n", error->message);
      return EXIT_USAGE;
    }

  if ((summary ? 1 : 0) + (check ? 1 : 0) + (csv != NULL ? 1 : 0) > 1)
    {
      g_printerr ("aid-explorer: %s\n", _("--check, --summary and --export-csv cannot be used together"));
      return EXIT_USAGE;
    }

  if (csv != NULL)
    return export_csv (csv, files) ? EXIT_VALID : EXIT_INVALID;

  if (summary)
    {
      if (files == NULL || files[0] == NULL)
        {
          g_printerr ("aid-explorer: %s\n", _("--summary needs at least one file"));
          return EXIT_USAGE;
        }
      return summarize_files (files) ? EXIT_VALID : EXIT_INVALID;
    }

  if (files == NULL || files[0] == NULL)
    return check_bundled () ? EXIT_VALID : EXIT_INVALID;

  for (guint i = 0; files[i] != NULL; i++)
    all_valid = check_file (files[i]) && all_valid;

  return all_valid ? EXIT_VALID : EXIT_INVALID;
}
