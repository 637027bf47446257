/* main.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "aid-application.h"
#include "aid-check.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AidApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Checking datasets needs no display, so it happens before GTK is set up. */
  if (aid_check_is_requested (argc, argv))
    return aid_check_main (argc, argv);

  app = aid_application_new (APP_ID, G_APPLICATION_HANDLES_OPEN);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
