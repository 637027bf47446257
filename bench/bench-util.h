/* bench-util.h: what the benchmark's programs share.
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdio.h>

/* Prints " NAME=A,B,C": samples in milliseconds, on the line of KEY=VALUE pairs. */
static inline void
bench_print_samples (const char *name,
                     GArray     *samples)
{
  printf (" %s=", name);
  for (guint i = 0; i < samples->len; i++)
    printf ("%s%.3f", i > 0 ? "," : "", g_array_index (samples, double, i));
}

#ifdef GTK_MAJOR_VERSION
/* The first widget of @type in @widget's tree, @widget included. */
static inline GtkWidget *
bench_find_widget (GtkWidget *widget,
                   GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = bench_find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}
#endif
