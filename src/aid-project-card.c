/* aid-project-card.c: one activity in the projects grid
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-project-card"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-disputes.h"
#include "aid-format.h"
#include "aid-labels.h"
#include "aid-language.h"
#include "aid-project-card.h"
#include "aid-rows.h"

struct _AidProjectCard
{
  GtkWidget    parent_instance;

  AidActivity *activity;

  /* Template widgets */
  GtkLabel    *amount_label;
};

enum {
  PROP_0,
  PROP_ACTIVITY,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (AidProjectCard, aid_project_card, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* The amount and what a screen reader reads; the template binds the rest to the activity. */
static void
update (AidProjectCard *self)
{
  const char *language = aid_language_get ();
  g_autofree char *amount = NULL;
  g_autofree char *exact = NULL;
  g_autofree char *accessible = NULL;

  if (self->activity == NULL)
    return;

  if (aid_headline_amount_text (self->activity, language, &amount, &exact))
    {
      gtk_label_set_text (self->amount_label, amount);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->amount_label), exact);
      gtk_widget_remove_css_class (GTK_WIDGET (self->amount_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->amount_label), "title-4");
    }
  else
    {
      gtk_label_set_text (self->amount_label, _("Budget not published"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->amount_label), NULL);
      gtk_widget_add_css_class (GTK_WIDGET (self->amount_label), "dim-label");
      gtk_widget_remove_css_class (GTK_WIDGET (self->amount_label), "title-4");
    }

  /* A screen reader reads the card as "title, implementer, amount", and what is disputed. */
  accessible = aid_project_card_describe (self->activity);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/* Callbacks: the template's closures, each given the activity shown (or its property). */

static char *
channel_text (AidProjectCard *self,
              AidChannel      channel)
{
  return g_strdup (aid_labels_channel (channel));
}

static char *
status_text (AidProjectCard *self,
             const char     *status)
{
  return g_strdup (aid_labels_status (status));
}

static gboolean
is_published (AidProjectCard *self,
              const char     *value)
{
  return value != NULL;
}

static char *
activity_title (AidProjectCard *self,
                AidActivity    *activity)
{
  g_autofree char *title = activity != NULL ? aid_labels_activity_title (activity) : NULL;

  /* A card shows three lines of its title at most: it lays out no more than a row does. */
  return aid_labels_bound (title, AID_MAX_LABEL_CHARS);
}

/* What sources disagree on: "Disputed: amount, dates", or NULL. */
static char *
activity_disputed (AidProjectCard *self,
                   AidActivity    *activity)
{
  return activity != NULL ? aid_disputes_describe_parts (aid_activity_get_disputed (activity)) : NULL;
}

static gboolean
is_disputed (AidProjectCard *self,
             AidActivity    *activity)
{
  return activity != NULL && aid_activity_get_disputed (activity) != 0;
}

/* Who implements it and where: "LuxDev · Sikasso", or either alone, or NULL. */
static char *
activity_who (AidProjectCard *self,
              AidActivity    *activity)
{
  const char *language = aid_language_get ();
  const char *implementers;
  const char *places;

  if (activity == NULL)
    return NULL;

  implementers = aid_activity_get_implementers (activity, language);
  places = aid_activity_get_places (activity, language);
  if (implementers != NULL && places != NULL)
    {
      /* Translators: who implements an activity, then where: "LuxDev · Sikasso" */
      g_autofree char *who = g_strdup_printf (C_("card", "%s · %s"), implementers, places);

      return aid_labels_bound (who, AID_MAX_LABEL_CHARS);
    }

  return aid_labels_bound (implementers != NULL ? implementers : places, AID_MAX_LABEL_CHARS);
}

static gboolean
has_who (AidProjectCard *self,
         AidActivity    *activity)
{
  const char *language = aid_language_get ();

  return activity != NULL &&
         (aid_activity_get_implementers (activity, language) != NULL || aid_activity_get_places (activity, language) != NULL);
}

static char *
activity_period (AidProjectCard *self,
                 AidActivity    *activity)
{
  const char *language = aid_language_get ();
  AidDate start, end;

  if (activity == NULL)
    return NULL;
  if (aid_activity_get_period (activity, &start, &end))
    return aid_format_period (&start, &end, language);

  return g_strdup (_("Dates not published"));
}

/* GObject overrides */

static void
aid_project_card_dispose (GObject *object)
{
  AidProjectCard *self = (AidProjectCard *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), AID_TYPE_PROJECT_CARD);
  /* The template's unnamed root child is ours to unparent, as with any child of a plain
   * GtkWidget. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->activity);

  G_OBJECT_CLASS (aid_project_card_parent_class)->dispose (object);
}

static void
aid_project_card_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AidProjectCard *self = AID_PROJECT_CARD (object);

  switch (prop_id)
    {
    case PROP_ACTIVITY:
      g_value_set_object (value, aid_project_card_get_activity (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_project_card_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AidProjectCard *self = AID_PROJECT_CARD (object);

  switch (prop_id)
    {
    case PROP_ACTIVITY:
      aid_project_card_set_activity (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aid_project_card_class_init (AidProjectCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = aid_project_card_dispose;
  object_class->get_property = aid_project_card_get_property;
  object_class->set_property = aid_project_card_set_property;

  properties[PROP_ACTIVITY] =
    g_param_spec_object ("activity", NULL, NULL, AID_TYPE_ACTIVITY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/aid-project-card.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "projectcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_bind_template_child (widget_class, AidProjectCard, amount_label);
  gtk_widget_class_bind_template_callback (widget_class, channel_text);
  gtk_widget_class_bind_template_callback (widget_class, status_text);
  gtk_widget_class_bind_template_callback (widget_class, is_published);
  gtk_widget_class_bind_template_callback (widget_class, activity_title);
  gtk_widget_class_bind_template_callback (widget_class, activity_who);
  gtk_widget_class_bind_template_callback (widget_class, has_who);
  gtk_widget_class_bind_template_callback (widget_class, activity_period);
  gtk_widget_class_bind_template_callback (widget_class, activity_disputed);
  gtk_widget_class_bind_template_callback (widget_class, is_disputed);
}

static void
aid_project_card_init (AidProjectCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

AidActivity *
aid_project_card_get_activity (AidProjectCard *self)
{
  g_return_val_if_fail (AID_IS_PROJECT_CARD (self), NULL);

  return self->activity;
}

void
aid_project_card_set_activity (AidProjectCard *self,
                               AidActivity    *activity)
{
  g_return_if_fail (AID_IS_PROJECT_CARD (self));
  g_return_if_fail (activity == NULL || AID_IS_ACTIVITY (activity));

  if (g_set_object (&self->activity, activity))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVITY]);
    }
}

/**
 * aid_project_card_describe:
 *
 * Returns: (transfer full): the card as a screen reader reads it: "title, implementer, amount",
 *   then what sources disagree on
 */
char *
aid_project_card_describe (AidActivity *activity)
{
  const char *language = aid_language_get ();
  g_autofree char *compact = NULL;
  g_autofree char *exact = NULL;
  g_autofree char *title = NULL;
  g_autofree char *disputed = NULL;
  g_autoptr(GString) text = NULL;

  if (activity == NULL)
    return NULL;

  title = aid_labels_activity_title (activity);
  text = g_string_new (title);
  if (aid_activity_get_implementers (activity, language) != NULL)
    g_string_append_printf (text, ", %s", aid_activity_get_implementers (activity, language));

  g_string_append_printf (text, ", %s", aid_headline_amount_text (activity, language, &compact, &exact) ? exact : _("Budget not published"));
  disputed = aid_disputes_describe_parts (aid_activity_get_disputed (activity));
  if (disputed != NULL)
    g_string_append_printf (text, ", %s", disputed);

  return g_string_free (g_steal_pointer (&text), FALSE);
}
