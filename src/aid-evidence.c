/* aid-evidence.c: where a figure comes from, one click or key press away
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-evidence"

#include "config.h"

#include <glib/gi18n.h>

#include "aid-evidence.h"
#include "aid-format.h"
#include "aid-labels.h"
#include "aid-language.h"
#include "aid-rows.h"

/* The most characters of one text of a source (a title, a quote) a popover lays out: a hostile
 * 10 000-character word would take Pango seconds to break into lines. */
#define MAX_EVIDENCE_CHARS 1000

/* A label of the popover for @text, as long as it is: only for text bounded by construction. */
static GtkWidget *
make_whole_label (const char *text,
                  const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* Narrow enough to fit a 360-pixel window beside its margins. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  aid_label_set_selectable (GTK_LABEL (label));
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  g_autofree char *bounded = aid_labels_bound (text, MAX_EVIDENCE_CHARS);

  return make_whole_label (bounded, css_class);
}

/* A quote is shown as published: in another language than the interface's, it says which. */
static void
append_quote_language (GtkBox     *box,
                       const char *language)
{
  g_autofree char *text = NULL;

  if (language == NULL || g_ascii_strcasecmp (language, aid_language_get ()) == 0)
    return;

  if (g_ascii_strcasecmp (language, "fr") == 0)
    text = g_strdup (_("Quoted in French, as published"));
  else if (g_ascii_strcasecmp (language, "en") == 0)
    text = g_strdup (_("Quoted in English, as published"));
  else
    /* Translators: %s is a language code, such as "de" */
    text = g_strdup_printf (_("Quoted as published, in the language “%s”"), language);

  gtk_box_append (box, make_label (text, "caption"));
}

static void
append_source (GtkBox            *box,
               AidDataset        *dataset,
               const AidEvidence *evidence)
{
  const char *language = aid_language_get ();
  AidSource *source = aid_dataset_lookup_source (dataset, evidence->source);
  g_autofree char *quote = NULL;
  g_autofree char *published = NULL;
  g_autofree char *byline = NULL;

  if (source == NULL)
    {
      gtk_box_append (box, make_label (_("No source is given for this figure"), "dim-label"));
      return;
    }

  gtk_box_append (box, make_label (aid_source_get_title (source), "heading"));

  if (aid_date_is_set (aid_source_get_published (source)))
    published = aid_format_date (aid_source_get_published (source), language);
  byline = published != NULL ? g_strdup_printf ("%s · %s", aid_source_get_publisher (source), published)
                             : g_strdup (aid_source_get_publisher (source));
  gtk_box_append (box, make_label (byline, "dim-label"));

  if (evidence->quote != NULL)
    {
      /* Translators: a quotation from a source; use your language's quotation marks */
      quote = g_strdup_printf (_("“%s”"), evidence->quote);
      gtk_box_append (box, make_label (quote, "quote"));
      append_quote_language (box, evidence->quote_language != NULL ? evidence->quote_language
                                                                   : aid_source_get_language (source));
    }

  if (aid_source_get_url (source) != NULL)
    {
      const char *url = aid_source_get_url (source);
      GtkWidget *link = aid_web_link_new (url);

      /* Only web addresses open, in the browser; any other stays text. */
      if (link != NULL)
        {
          gtk_widget_set_halign (link, GTK_ALIGN_START);
          gtk_box_append (box, link);
        }
      else
        {
          gtk_box_append (box, make_label (url, "caption"));
        }
    }
}

static void
copy_clicked_cb (GtkButton  *button,
                 const char *citation)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), citation);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER)));
}

/* "4,1 M€ — Coopération luxembourgeoise, Rapport annuel 2024": the figure as people quote it. */
static char *
make_citation (AidDataset        *dataset,
               const AidEvidence *evidence,
               const char        *figure)
{
  AidSource *source = aid_dataset_lookup_source (dataset, evidence->source);

  if (source == NULL)
    return g_strdup (figure);

  /* Translators: a figure with its citation: "4,1 M€ — Publisher, Title" */
  return g_strdup_printf (_("%s — %s, %s"), figure, aid_source_get_publisher (source), aid_source_get_title (source));
}

/**
 * aid_evidence_button_new:
 * @disputed: (nullable): the other values the sources give, when they disagree
 *
 * Returns: (transfer floating): a button that shows where a figure comes from
 */
GtkWidget *
aid_evidence_button_new (AidDataset        *dataset,
                         const AidEvidence *evidence,
                         const char        *disputed)
{
  return aid_evidence_button_new_for_figure (dataset, evidence, disputed, NULL);
}

/**
 * aid_evidence_button_new_for_figure:
 * @figure: (nullable): the figure as shown, to copy it with its citation
 *
 * Returns: (transfer floating): a button that shows where a figure comes from
 */
GtkWidget *
aid_evidence_button_new_for_figure (AidDataset        *dataset,
                                    const AidEvidence *evidence,
                                    const char        *disputed,
                                    const char        *figure)
{
  GtkWidget *button = gtk_menu_button_new ();

  g_return_val_if_fail (AID_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (evidence != NULL, NULL);

  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), aid_evidence_popover_new (dataset, evidence, disputed, figure));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), disputed != NULL ? "dialog-warning-symbolic" : "aid-source-symbolic");
  gtk_widget_set_tooltip_text (button, disputed != NULL ? _("Disputed: see the sources") : _("Source"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  if (disputed != NULL)
    gtk_widget_add_css_class (button, "warning");

  return button;
}

/**
 * aid_evidence_popover_new:
 * @disputed: (nullable): the other values the sources give, when they disagree
 * @figure: (nullable): the figure as shown, to copy it with its citation
 *
 * Returns: (transfer floating): a popover that says where a figure comes from
 */
GtkWidget *
aid_evidence_popover_new (AidDataset        *dataset,
                          const AidEvidence *evidence,
                          const char        *disputed,
                          const char        *figure)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  g_return_val_if_fail (AID_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (evidence != NULL, NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  append_source (GTK_BOX (box), dataset, evidence);
  gtk_box_append (GTK_BOX (box), make_label (aid_labels_method (evidence->method), "caption"));

  if (evidence->note != NULL)
    gtk_box_append (GTK_BOX (box), make_label (aid_text_get (evidence->note, aid_language_get (), NULL), "caption"));

  for (guint i = 0; evidence->also != NULL && i < evidence->also->len; i++)
    {
      gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
      gtk_box_append (GTK_BOX (box), make_label (_("Also stated by"), "caption-heading"));
      append_source (GTK_BOX (box), dataset, g_ptr_array_index (evidence->also, i));
    }

  if (disputed != NULL)
    {
      gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
      gtk_box_append (GTK_BOX (box), make_label (_("Disputed"), "caption-heading"));
      /* The list is bounded where it is made (aid-disputes.c), each value in it too. */
      gtk_box_append (GTK_BOX (box), make_whole_label (disputed, NULL));
    }

  if (figure != NULL)
    {
      GtkWidget *copy = gtk_button_new_with_mnemonic (_("_Copy with Citation"));

      gtk_widget_set_halign (copy, GTK_ALIGN_START);
      gtk_widget_set_margin_top (copy, 6);
      g_signal_connect_data (copy, "clicked", G_CALLBACK (copy_clicked_cb),
                             make_citation (dataset, evidence, figure), (GClosureNotify)(void (*) (void))g_free, 0);
      gtk_box_append (GTK_BOX (box), copy);
    }

  gtk_popover_set_child (GTK_POPOVER (popover), box);

  return popover;
}

/**
 * aid_evidence_sum_popover_set_items:
 * @items: (element-type utf8): one line per amount added, "Title: amount"
 * @n_more: how many more were added than listed
 *
 * Fills a popover made by aid_evidence_sum_popover_new() with NULL items, when it is first
 * shown: listing the amounts of a large dataset is work no one needs until then.
 */
void
aid_evidence_sum_popover_set_items (GtkPopover *popover,
                                    const char *explanation,
                                    GPtrArray  *items,
                                    guint       n_more)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  g_return_if_fail (GTK_IS_POPOVER (popover));
  g_return_if_fail (explanation != NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  gtk_box_append (GTK_BOX (box), make_label (aid_labels_method (AID_METHOD_SUMMED), "heading"));
  gtk_box_append (GTK_BOX (box), make_label (explanation, "dim-label"));
  for (guint i = 0; items != NULL && i < items->len; i++)
    gtk_box_append (GTK_BOX (box), make_label (g_ptr_array_index (items, i), "caption"));
  if (n_more > 0)
    {
      g_autofree char *n_text = aid_language_format_count (n_more);
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %s more", "And %s more", n_more), n_text);

      gtk_box_append (GTK_BOX (box), make_label (more, "caption"));
    }
  gtk_box_append (GTK_BOX (box), make_label (_("Each amount’s source is on its project’s page."), "caption"));

  gtk_popover_set_child (popover, box);
}
