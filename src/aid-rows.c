/* aid-rows.c: the rows the pages share, and a way to take them all away again
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The facts pages, the project page and the overview list facts the same way: a title, a line
 * of context and a value, built whenever the dataset or the language changes. Web addresses
 * open in the browser, in rows and in evidence popovers alike; any other address stays text.
 */

#define G_LOG_DOMAIN "aid-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-disputes.h"
#include "aid-format.h"
#include "aid-labels.h"
#include "aid-language.h"
#include "aid-rows.h"

static gboolean
unselect_cb (gpointer data)
{
  GtkLabel *label = data;
  int start, end;

  /* Only the whole text, as the focus selects it: a selection the mouse is making stays. */
  if (gtk_label_get_selection_bounds (label, &start, &end) && start == 0 &&
      end == g_utf8_strlen (gtk_label_get_text (label), -1))
    gtk_label_select_region (label, 0, 0);
  g_object_unref (label);

  return G_SOURCE_REMOVE;
}

static void
label_focus_enter_cb (GtkEventControllerFocus *controller)
{
  GtkWidget *label = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  /* GtkLabel selects all of its text once it has taken the focus. */
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, unselect_cb, g_object_ref (label), NULL);
}

/**
 * aid_label_set_selectable:
 *
 * Makes @label selectable, to copy from, without selecting all of its text when it takes the
 * focus: a popover gives the focus to its first label, and moving through a page with Tab should
 * not leave its values selected.
 */
void
aid_label_set_selectable (GtkLabel *label)
{
  GtkEventController *focus;

  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_selectable (label, TRUE);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "enter", G_CALLBACK (label_focus_enter_cb), NULL);
  gtk_widget_add_controller (GTK_WIDGET (label), focus);
}

static GtkWidget *
make_fact_row (const char *title,
               const char *subtitle,
               const char *value,
               gboolean    selectable)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *bounded_title = aid_labels_bound (title, AID_MAX_LABEL_CHARS);
  g_autofree char *bounded_subtitle = aid_labels_bound (subtitle, AID_MAX_LABEL_CHARS);

  /* Dataset text is never markup, and is bounded in what it lays out. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bounded_title != NULL ? bounded_title : "");
  if (subtitle != NULL && subtitle[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), bounded_subtitle);
  if (selectable)
    adw_action_row_set_subtitle_selectable (ADW_ACTION_ROW (row), TRUE);

  if (value != NULL)
    {
      GtkWidget *label = gtk_label_new (value);

      if (selectable)
        aid_label_set_selectable (GTK_LABEL (label));
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  return row;
}

/**
 * aid_fact_row_new:
 * @subtitle: (nullable): a line of context, left out when empty
 * @value: (nullable): the figure, shown at the end of the row
 *
 * Returns: (transfer floating): a row that states a fact
 */
GtkWidget *
aid_fact_row_new (const char *title,
                  const char *subtitle,
                  const char *value)
{
  return make_fact_row (title, subtitle, value, FALSE);
}

/**
 * aid_fact_row_new_selectable:
 *
 * Like aid_fact_row_new(), with a context and a value that can be selected and copied: a
 * project's page is where people take figures from.
 *
 * Returns: (transfer floating): a row that states a fact
 */
GtkWidget *
aid_fact_row_new_selectable (const char *title,
                             const char *subtitle,
                             const char *value)
{
  return make_fact_row (title, subtitle, value, TRUE);
}

/* How many of @n_activities a list shows: all of them, or, past %AID_MAX_ROWS, one row fewer,
 * which aid_show_all_row_new() takes. */
guint
aid_rows_n_listed (guint n_activities)
{
  return n_activities > AID_MAX_ROWS ? AID_MAX_ROWS - 1 : n_activities;
}

/**
 * aid_headline_amount_text:
 * @compact: (out): "7.3 M€ in contributions"
 * @exact: (out): "€7,300,000 in contributions"
 *
 * What a card or a row shows as an activity's amount (aid_activity_get_headline_amount()),
 * saying what it is where it is not a budget.
 *
 * Returns: FALSE when the activity publishes none
 */
gboolean
aid_headline_amount_text (AidActivity  *activity,
                          const char   *language,
                          char        **compact,
                          char        **exact)
{
  gint64 cents;
  const char *currency;
  AidHeadline source;
  g_autofree char *sum_compact = NULL;
  g_autofree char *sum_exact = NULL;

  if (!aid_activity_get_headline_amount (activity, &cents, &currency, &source))
    return FALSE;

  sum_compact = aid_format_amount_compact (cents, currency, language);
  sum_exact = aid_format_amount (cents, currency, language);
  switch (source)
    {
    case AID_HEADLINE_CONTRIBUTIONS:
      /* Translators: "7.3 M€ in contributions", where no budget is published */
      *compact = g_strdup_printf (_("%s in contributions"), sum_compact);
      *exact = g_strdup_printf (_("%s in contributions"), sum_exact);
      break;

    case AID_HEADLINE_COMMITMENTS:
      /* Translators: "7.3 M€ committed", where neither a budget nor contributions are published */
      *compact = g_strdup_printf (_("%s committed"), sum_compact);
      *exact = g_strdup_printf (_("%s committed"), sum_exact);
      break;

    case AID_HEADLINE_BUDGET:
    default:
      *compact = g_steal_pointer (&sum_compact);
      *exact = g_steal_pointer (&sum_exact);
      break;
    }

  return TRUE;
}

/**
 * aid_activity_row_new:
 * @subtitle: (nullable): who implements it, or its roles
 *
 * Returns: (transfer floating): a row with an activity's budget that opens it, as a card does
 */
GtkWidget *
aid_activity_row_new (AidActivity *activity,
                      const char  *subtitle)
{
  const char *language = aid_language_get ();
  g_autofree char *compact = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *title = NULL;
  GtkWidget *row;

  g_return_val_if_fail (AID_IS_ACTIVITY (activity), NULL);

  /* The amount its card shows, exactly. */
  if (aid_headline_amount_text (activity, language, &compact, &amount) &&
      (aid_activity_get_disputed (activity) & AID_DISPUTED_HEADLINE) != 0)
    {
      g_autofree char *marked = aid_disputes_mark (amount);

      g_set_str (&amount, marked);
    }
  title = aid_labels_activity_title (activity);
  row = aid_fact_row_new (title, subtitle,
                          amount != NULL ? amount : _("Not published"));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-project");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", aid_activity_get_id (activity));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  return row;
}

/**
 * aid_show_all_row_new:
 * @n_more: how many activities the list left out
 * @filter: the projects page's filter that shows them all ("organisation", say)
 * @value: (transfer floating): the filter's value
 *
 * Returns: (transfer floating): the last row of a list cut at %AID_MAX_ROWS: the projects
 *   page, filtered to show them all
 */
GtkWidget *
aid_show_all_row_new (guint       n_more,
                      const char *filter,
                      GVariant   *value)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *n_text = NULL;
  GtkWidget *row;

  g_return_val_if_fail (filter != NULL, NULL);
  g_return_val_if_fail (value != NULL, NULL);

  n_text = aid_language_format_count (n_more);
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s more activity", "%s more activities", n_more), n_text);
  row = aid_fact_row_new (_("Show All in Projects"), subtitle, NULL);
  aid_row_open_projects (row, filter, value);

  return row;
}

/**
 * aid_row_open_projects:
 * @row: an #AdwActionRow
 * @filter: the projects page's filter ("region", say)
 * @value: (transfer floating): the filter's value
 *
 * Makes @row open the projects page with only that filter, as a row that leads on.
 */
void
aid_row_open_projects (GtkWidget  *row,
                       const char *filter,
                       GVariant   *value)
{
  g_auto(GVariantBuilder) filters = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);

  g_return_if_fail (ADW_IS_ACTION_ROW (row));
  g_return_if_fail (filter != NULL);
  g_return_if_fail (value != NULL);

  g_variant_builder_add (&filters, "{sv}", filter, value);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-projects");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_builder_end (&filters));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
}

/* Only web addresses open, in the browser; any other scheme (file:, javascript:...) stays text.
 * The scheme is compared without case ("HTTPS://" is one) and a host is required (a bare
 * "https:" is not). */
gboolean
aid_is_web_address (const char *url)
{
  g_autoptr(GUri) uri = url != NULL ? g_uri_parse (url, G_URI_FLAGS_NONE, NULL) : NULL;
  const char *scheme;
  const char *host;

  if (uri == NULL)
    return FALSE;

  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);

  return (g_ascii_strcasecmp (scheme, "https") == 0 || g_ascii_strcasecmp (scheme, "http") == 0) &&
         host != NULL && host[0] != '\0';
}

/**
 * aid_web_link_new:
 * @url: (nullable): an address
 *
 * Returns: (transfer floating) (nullable): a link to @url named by its host, with the whole
 *   address in its tooltip, or %NULL when @url is not a web address
 */
GtkWidget *
aid_web_link_new (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  GtkWidget *link;

  if (!aid_is_web_address (url))
    return NULL;

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  link = gtk_link_button_new_with_label (url, g_uri_get_host (uri));
  gtk_widget_set_tooltip_text (link, url);

  return link;
}

/**
 * aid_rows_add_group:
 * @added: where the group is remembered, for aid_rows_remove_all()
 * @title: (nullable):
 * @description: (nullable):
 *
 * Returns: (transfer none): a new group at the end of @page
 */
AdwPreferencesGroup *
aid_rows_add_group (AdwPreferencesPage *page,
                    GPtrArray          *added,
                    const char         *title,
                    const char         *description)
{
  GtkWidget *group;

  g_return_val_if_fail (ADW_IS_PREFERENCES_PAGE (page), NULL);
  g_return_val_if_fail (added != NULL, NULL);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (added, group);

  return ADW_PREFERENCES_GROUP (group);
}

/**
 * aid_rows_add:
 * @added: where the row is remembered, for aid_rows_remove_all()
 *
 * Adds @row to @group, a group that stays when its rows are rebuilt (one from a template).
 */
void
aid_rows_add (AdwPreferencesGroup *group,
              GPtrArray           *added,
              GtkWidget           *row)
{
  g_return_if_fail (ADW_IS_PREFERENCES_GROUP (group));
  g_return_if_fail (added != NULL);
  g_return_if_fail (GTK_IS_WIDGET (row));

  adw_preferences_group_add (group, row);
  g_ptr_array_add (added, row);
}

/**
 * aid_rows_remove_all:
 *
 * Removes every group and row added with aid_rows_add_group() and aid_rows_add(), and
 * empties @added. Libadwaita 1.7 has no way to list a group's rows: the page remembers them.
 */
void
aid_rows_remove_all (GPtrArray *added)
{
  g_return_if_fail (added != NULL);

  for (guint i = 0; i < added->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (added, i);

      if (ADW_IS_PREFERENCES_GROUP (widget))
        {
          GtkWidget *page = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_PAGE);

          adw_preferences_page_remove (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (widget));
        }
      else
        {
          GtkWidget *group = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_GROUP);

          adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), widget);
        }
    }
  g_ptr_array_set_size (added, 0);
}
