/* aid-organisations-page.c: who funds and who implements, and in which activities
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every organisation the dataset names, with its roles; its activities become rows when it is
 * expanded.
 */

#define G_LOG_DOMAIN "aid-organisations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-disputes.h"
#include "aid-labels.h"
#include "aid-language.h"
#include "aid-organisations-page.h"
#include "aid-rows.h"

struct _AidOrganisationsPage
{
  AdwPreferencesPage   parent_instance;

  AidDataset          *dataset;
  GPtrArray           *added;          /* the groups and rows of the dataset shown */
  gboolean             stale;          /* built when next shown */

  /* Template widgets */
  AdwPreferencesGroup *group;
};

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidOrganisationsPage, aid_organisations_page, ADW_TYPE_PREFERENCES_PAGE)

static GParamSpec *properties[N_PROPS];

/* The roles @id has in @activity, as a list for reading, each marked where sources disagree on
 * it, or NULL. */
static char *
describe_roles (AidActivity *activity,
                const char  *id)
{
  GPtrArray *participations = aid_activity_get_participations (activity);
  GString *roles = NULL;

  for (guint p = 0; p < participations->len; p++)
    {
      AidParticipation *participation = g_ptr_array_index (participations, p);

      if (g_strcmp0 (participation->org, id) != 0 || participation->role == NULL)
        continue;
      if (roles == NULL)
        roles = g_string_new (NULL);
      else
        g_string_append (roles, ", ");
      if (participation->disputes != NULL && participation->disputes->len > 0)
        {
          g_autofree char *marked = aid_disputes_mark (aid_labels_role (participation->role));

          g_string_append (roles, marked);
        }
      else
        {
          g_string_append (roles, aid_labels_role (participation->role));
        }
    }

  return roles != NULL ? g_string_free (roles, FALSE) : NULL;
}

/* An organisation's activities become rows when it is first expanded. */
static void
organisation_expanded_cb (AdwExpanderRow *expander)
{
  GPtrArray *activities = g_object_get_data (G_OBJECT (expander), "aid-activities");
  const char *id = g_object_get_data (G_OBJECT (expander), "aid-organisation");
  guint n_rows;

  if (!adw_expander_row_get_expanded (expander) || activities == NULL)
    return;

  n_rows = aid_rows_n_listed (activities->len);
  for (guint a = 0; a < n_rows; a++)
    {
      AidActivity *activity = g_ptr_array_index (activities, a);
      g_autofree char *roles = describe_roles (activity, id);

      adw_expander_row_add_row (expander, aid_activity_row_new (activity, roles));
    }
  if (n_rows < activities->len)
    adw_expander_row_add_row (expander, aid_show_all_row_new (activities->len - n_rows, "organisation", g_variant_new_string (id)));

  g_object_set_data (G_OBJECT (expander), "aid-activities", NULL);
}

typedef struct
{
  GPtrArray  *activities;   /* in document order, unowned: the dataset holds them */
  GHashTable *roles;        /* the roles it has in any of them */
  GString    *role_names;
} OrganisationEntry;

static void
organisation_entry_free (gpointer data)
{
  OrganisationEntry *entry = data;

  g_clear_pointer (&entry->activities, g_ptr_array_unref);
  g_clear_pointer (&entry->roles, g_hash_table_unref);
  g_string_free (entry->role_names, TRUE);
  g_free (entry);
}

static void
fill (AidOrganisationsPage *self)
{
  const char *language = aid_language_get ();
  GListModel *organisations = aid_dataset_get_organisations (self->dataset);
  GListModel *activities = aid_dataset_get_activities (self->dataset);
  g_autoptr(GHashTable) entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, organisation_entry_free);

  gtk_widget_set_visible (GTK_WIDGET (self->group), TRUE);

  /* One pass over the activities, however many organisations. */
  for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (activities, a);
      GPtrArray *participations = aid_activity_get_participations (activity);

      for (guint p = 0; p < participations->len; p++)
        {
          AidParticipation *participation = g_ptr_array_index (participations, p);
          OrganisationEntry *entry;

          if (participation->org == NULL || participation->role == NULL)
            continue;

          entry = g_hash_table_lookup (entries, participation->org);
          if (entry == NULL)
            {
              entry = g_new0 (OrganisationEntry, 1);
              entry->activities = g_ptr_array_new ();
              entry->roles = g_hash_table_new (g_str_hash, g_str_equal);
              entry->role_names = g_string_new (NULL);
              g_hash_table_insert (entries, (gpointer)participation->org, entry);
            }

          /* An organisation with two roles in one activity lists it once. */
          if (entry->activities->len == 0 || g_ptr_array_index (entry->activities, entry->activities->len - 1) != activity)
            g_ptr_array_add (entry->activities, activity);
          if (g_hash_table_add (entry->roles, (gpointer)participation->role))
            {
              if (entry->role_names->len > 0)
                g_string_append (entry->role_names, ", ");
              g_string_append (entry->role_names, aid_labels_role (participation->role));
            }
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(AidOrganisation) organisation = g_list_model_get_item (organisations, i);
      const char *id = aid_organisation_get_id (organisation);
      OrganisationEntry *entry = id != NULL ? g_hash_table_lookup (entries, id) : NULL;
      GtkWidget *expander = adw_expander_row_new ();
      g_autofree char *name = aid_labels_bound (aid_organisation_get_name (organisation, language, NULL), AID_MAX_LABEL_CHARS);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      aid_organisation_get_name (organisation, language, NULL), -1);

      if (entry != NULL)
        {
          guint n = entry->activities->len;
          g_autofree char *n_text = aid_language_format_count (n);
          g_autofree char *subtitle =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %s activity", "%s · %s activities", n),
                             entry->role_names->str, n_text);

          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
          g_object_set_data_full (G_OBJECT (expander), "aid-activities", g_ptr_array_ref (entry->activities),
                                  (GDestroyNotify)g_ptr_array_unref);
          g_object_set_data_full (G_OBJECT (expander), "aid-organisation", g_strdup (id), g_free);
          g_signal_connect (expander, "notify::expanded", G_CALLBACK (organisation_expanded_cb), NULL);
        }
      else
        {
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), _("Named by the sources, in no activity listed"));
          adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (expander), FALSE);
        }

      aid_rows_add (self->group, self->added, expander);
    }
}

static void
build (AidOrganisationsPage *self)
{
  self->stale = FALSE;
  aid_rows_remove_all (self->added);
  gtk_widget_set_visible (GTK_WIDGET (self->group), FALSE);

  if (self->dataset != NULL)
    fill (self);
}

/* GtkWidget overrides */

/* A page is built when it is shown: at a hundred thousand activities, building every page when
 * a dataset opens would block the window for as long again as the one it shows. */
static void
aid_organisations_page_map (GtkWidget *widget)
{
  AidOrganisationsPage *self = AID_ORGANISATIONS_PAGE (widget);

  if (self->stale)
    build (self);

  GTK_WIDGET_CLASS (aid_organisations_page_parent_class)->map (widget);
}

/* GObject overrides */

static void
aid_organisations_page_dispose (GObject *object)
{
  AidOrganisationsPage *self = (AidOrganisationsPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_ORGANISATIONS_PAGE);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->added, g_ptr_array_unref);

  G_OBJECT_CLASS (aid_organisations_page_parent_class)->dispose (object);
}

static void
aid_organisations_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  AidOrganisationsPage *self = AID_ORGANISATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, aid_organisations_page_get_dataset (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_organisations_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  AidOrganisationsPage *self = AID_ORGANISATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      aid_organisations_page_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_organisations_page_class_init (AidOrganisationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = aid_organisations_page_dispose;
  object_class->get_property = aid_organisations_page_get_property;
  object_class->set_property = aid_organisations_page_set_property;

  widget_class->map = aid_organisations_page_map;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, AID_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-organisations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AidOrganisationsPage, group);
}

static void
aid_organisations_page_init (AidOrganisationsPage *self)
{
  self->added = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

AidDataset *
aid_organisations_page_get_dataset (AidOrganisationsPage *self)
{
  g_return_val_if_fail (AID_IS_ORGANISATIONS_PAGE (self), NULL);

  return self->dataset;
}

void
aid_organisations_page_set_dataset (AidOrganisationsPage *self,
                                    AidDataset           *dataset)
{
  g_return_if_fail (AID_IS_ORGANISATIONS_PAGE (self));
  g_return_if_fail (dataset == NULL || AID_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    build (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}
