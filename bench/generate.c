/* generate.c: writes a synthetic dataset of N activities for the benchmarks.
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The output is deterministic (a fixed seed, and the same N gives the same bytes), compact (no
 * indentation) and valid: `aid-explorer --check` accepts it. Every activity has a title of 5 to
 * 15 words and a description of 50 to 150 words in French and in English, written as UTF-8
 * with the accents of French prose (never \u escapes), two participating organisations, two DAC
 * sectors, a location, three yearly budgets and four transactions, each amount with its source
 * and a short quote in the source's language.
 *
 * The search benchmark types three queries, and the data is made so that each finds something
 * at every size: "eau" is common, "maraîchage" is in about one activity in 200, and the
 * identifier "MLI/021" is one activity in 1000 (MLI/021, then MLI/021-2, MLI/021-3…).
 *
 * With --iati, the same activities are written as an IATI 2.03 activity file instead
 * (<iati-activities version="2.03">, indented as publishers' files are): narratives in French
 * (the activity's xml:lang) and English, the reporting organisation, a funder and an implementer
 * as participating organisations, the two sectors, the recipient country, the status, planned
 * and actual dates, a location, three yearly budgets and four transactions (a commitment, two
 * disbursements and an expenditure) with provider and receiver. The activity's default-currency
 * is EUR; micro-projects' transactions say currency="XOF", multilateral ones pay out in
 * currency="USD", and one activity in five states currency="EUR" on its values. Every value has
 * a value-date. It passes `aid-explorer --check` without a warning.
 *
 * Usage: aid-bench-generate [--iati] N FILE [CODELISTS]   (FILE "-" for the standard output)
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

/* Random numbers: splitmix64, so that the output never depends on the C library. */

static guint64 rng_state = G_GUINT64_CONSTANT (0x5eed0fa1de0fa1de);

static guint64
rng_next (void)
{
  guint64 z = (rng_state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);

  return z ^ (z >> 31);
}

/* A number in [0, n). */
static guint
rng_below (guint n)
{
  return (guint)(rng_next () % n);
}

/* A number in [low, high]. */
static guint
rng_range (guint low,
           guint high)
{
  return low + rng_below (high - low + 1);
}

/* The texts */

typedef struct
{
  const char *fr;
  const char *en;
} Pair;

typedef struct
{
  const char *fr;         /* with its article: "l'accès à l'eau potable" */
  const char *fr_a;       /* after "à": "au maraîchage et à l'irrigation…" */
  const char *fr_de;      /* after "de": "du maraîchage et de l'irrigation…" */
  const char *en;
  const char *sectors[2]; /* DAC 5-digit purpose codes */
  gboolean    humanitarian;
  guint       weight;     /* out of 1000 */
} Theme;

#define MARAICHAGE 12

static const Theme themes[] = {
  { "l'accès à l'eau potable",
    "à l'accès à l'eau potable",
    "de l'accès à l'eau potable",
    "access to drinking water", { "14030", "14031" }, FALSE, 110 },
  { "l'hygiène et l'assainissement en milieu rural",
    "à l'hygiène et à l'assainissement en milieu rural",
    "de l'hygiène et de l'assainissement en milieu rural",
    "hygiene and sanitation in rural areas", { "14032", "12261" }, FALSE, 80 },
  { "la sécurité alimentaire des ménages vulnérables",
    "à la sécurité alimentaire des ménages vulnérables",
    "de la sécurité alimentaire des ménages vulnérables",
    "food security for vulnerable households", { "43072", "52010" }, FALSE, 90 },
  { "la formation professionnelle des jeunes",
    "à la formation professionnelle des jeunes",
    "de la formation professionnelle des jeunes",
    "vocational training for young people", { "11330", "11231" }, FALSE, 90 },
  { "la santé maternelle et infantile",
    "à la santé maternelle et infantile",
    "de la santé maternelle et infantile",
    "maternal and child health", { "12220", "12240" }, FALSE, 90 },
  { "l'éducation de base des filles",
    "à l'éducation de base des filles",
    "de l'éducation de base des filles",
    "basic education for girls", { "11220", "11230" }, FALSE, 70 },
  { "la décentralisation et la gouvernance locale",
    "à la décentralisation et à la gouvernance locale",
    "de la décentralisation et de la gouvernance locale",
    "decentralisation and local governance", { "15112", "15110" }, FALSE, 70 },
  { "l'énergie solaire dans les centres de santé",
    "à l'énergie solaire dans les centres de santé",
    "de l'énergie solaire dans les centres de santé",
    "solar energy for health centres", { "23230", "12230" }, FALSE, 50 },
  { "l'élevage pastoral et la santé animale",
    "à l'élevage pastoral et à la santé animale",
    "de l'élevage pastoral et de la santé animale",
    "pastoral livestock farming and animal health", { "31163", "31195" }, FALSE, 60 },
  { "l'inclusion financière des femmes rurales",
    "à l'inclusion financière des femmes rurales",
    "de l'inclusion financière des femmes rurales",
    "financial inclusion for rural women", { "24030", "15170" }, FALSE, 50 },
  { "la résilience des communautés face à la sécheresse",
    "à la résilience des communautés face à la sécheresse",
    "de la résilience des communautés face à la sécheresse",
    "community resilience to drought", { "43060", "31140" }, FALSE, 60 },
  { "l'aide alimentaire d'urgence",
    "à l'aide alimentaire d'urgence",
    "de l'aide alimentaire d'urgence",
    "emergency food assistance", { "72040", "72010" }, TRUE, 60 },
  { "le maraîchage et l'irrigation de proximité",
    "au maraîchage et à l'irrigation de proximité",
    "du maraîchage et de l'irrigation de proximité",
    "market gardening and small-scale irrigation", { "31161", "31140" }, FALSE, 5 },
  { "la réhabilitation des pistes rurales",
    "à la réhabilitation des pistes rurales",
    "de la réhabilitation des pistes rurales",
    "the rehabilitation of rural roads", { "21020", "43040" }, FALSE, 50 },
  { "la protection des personnes déplacées",
    "à la protection des personnes déplacées",
    "de la protection des personnes déplacées",
    "the protection of displaced people", { "72010", "72050" }, TRUE, 65 },
};

typedef struct
{
  const char *id;
  const char *fr;
  const char *en;
  const char *towns[5];
} Region;

static const Region regions[] = {
  { "segou", "Ségou", "Ségou", { "San", "Tominian", "Bla", "Barouéli", "Niono" } },
  { "sikasso", "Sikasso", "Sikasso", { "Koutiala", "Bougouni", "Yorosso", "Kadiolo", "Kolondiéba" } },
  { "kayes", "Kayes", "Kayes", { "Kita", "Bafoulabé", "Diéma", "Nioro", "Yélimané" } },
  { "koulikoro", "Koulikoro", "Koulikoro", { "Kati", "Kangaba", "Dioïla", "Banamba", "Kolokani" } },
  { "mopti", "Mopti", "Mopti", { "Djenné", "Bandiagara", "Douentza", "Koro", "Ténenkou" } },
  { "tombouctou", "Tombouctou", "Timbuktu", { "Diré", "Goundam", "Niafunké", "Rharous", "Léré" } },
  { "gao", "Gao", "Gao", { "Ansongo", "Bourem", "Tessit", "Soni Aliber", "Djebock" } },
  { "kidal", "Kidal", "Kidal", { "Tessalit", "Abeïbara", "Tin-Essako", "Anéfis", "Aguelhok" } },
};

typedef struct
{
  const char *id;
  const char *name_fr;
  const char *name_en;
  const char *short_fr;   /* or NULL */
  const char *short_en;
  const char *type;
  const char *country;
} Organisation;

/* The funders come first. */
#define N_FUNDERS 4

static const Organisation organisations[] = {
  { "lux", "Gouvernement du Luxembourg – Direction de la Coopération au développement et de l'action humanitaire",
    "Government of Luxembourg – Directorate for Development Cooperation and Humanitarian Affairs",
    "Coopération luxembourgeoise", "Luxembourg Development Cooperation", "10", "LU" },
  { "ue", "Union européenne", "European Union", "UE", "EU", "40", NULL },
  { "ml-mdr", "Ministère du Développement rural du Mali", "Ministry of Rural Development of Mali", NULL, NULL, "10", "ML" },
  { "ch", "Direction du développement et de la coopération suisse", "Swiss Agency for Development and Cooperation",
    "DDC", "SDC", "10", "CH" },
  { "luxdev", "LuxDev – Agence luxembourgeoise pour la Coopération au Développement",
    "LuxDev – Luxembourg Development Cooperation Agency", "LuxDev", "LuxDev", "10", "LU" },
  { "pnud", "Programme des Nations unies pour le développement", "United Nations Development Programme",
    "PNUD", "UNDP", "40", NULL },
  { "fnuap", "Fonds des Nations unies pour la population", "United Nations Population Fund", "FNUAP", "UNFPA", "40", NULL },
  { "pam", "Programme alimentaire mondial", "World Food Programme", "PAM", "WFP", "40", NULL },
  { "unicef", "Fonds des Nations unies pour l'enfance", "United Nations Children's Fund", "UNICEF", "UNICEF", "40", NULL },
  { "fao", "Organisation des Nations unies pour l'alimentation et l'agriculture",
    "Food and Agriculture Organization of the United Nations", "FAO", "FAO", "40", NULL },
  { "cicr", "Comité international de la Croix-Rouge", "International Committee of the Red Cross", "CICR", "ICRC", "40", NULL },
  { "hcr", "Haut-Commissariat des Nations unies pour les réfugiés", "Office of the United Nations High Commissioner for Refugees",
    "HCR", "UNHCR", "40", NULL },
  { "croix-rouge-lu", "Croix-Rouge luxembourgeoise", "Luxembourg Red Cross", NULL, NULL, "21", "LU" },
  { "caritas-lu", "Caritas Luxembourg", "Caritas Luxembourg", NULL, NULL, "21", "LU" },
  { "sos-faim", "SOS Faim Luxembourg – Action pour le développement", "SOS Faim Luxembourg – Action for development",
    "SOS Faim", "SOS Faim", "21", "LU" },
  { "handicap-int", "Handicap International Luxembourg", "Handicap International Luxembourg", NULL, NULL, "21", "LU" },
  { "amedd", "Association malienne pour l'éveil au développement durable", "Malian Association for Awareness of Sustainable Development",
    "AMEDD", "AMEDD", "22", "ML" },
  { "aprofem", "Association pour la promotion des femmes et des enfants", "Association for the Promotion of Women and Children",
    "APROFEM", "APROFEM", "22", "ML" },
  { "gret", "Groupe de recherche et d'échanges technologiques", "Research and Technological Exchange Group",
    "Gret", "Gret", "21", "FR" },
  { "helvetas", "Helvetas Swiss Intercooperation", "Helvetas Swiss Intercooperation", "Helvetas", "Helvetas", "21", "CH" },
};

typedef struct
{
  const char *id;
  const char *title;
  const char *publisher;
  const char *language;
} Source;

static const Source sources[] = {
  { "ar2024", "Rapport annuel 2024 de la Coopération luxembourgeoise", "Coopération luxembourgeoise", "fr" },
  { "ar2023-en", "Luxembourg Development Cooperation annual report 2023", "Luxembourg Development Cooperation", "en" },
  { "luxdev-fiches", "Fiches des projets de LuxDev au Mali", "LuxDev", "fr" },
  { "ambassade-bamako", "Communiqués de l'ambassade du Luxembourg à Bamako", "Ambassade du Luxembourg au Mali", "fr" },
  { "pam-rapport", "Rapport pays du Programme alimentaire mondial", "Programme alimentaire mondial", "fr" },
  { "unicef-report", "UNICEF Mali country office annual report", "UNICEF", "en" },
  { "fts", "Financial Tracking Service: Mali", "OCHA", "en" },
  { "ong-rapports", "Rapports d'activité des ONG partenaires", "Cercle de coopération des ONGD", "fr" },
};

/* Title patterns: %1 is the theme, %2 a region, %3 a town, %4 a phase. */
typedef enum
{
  THEME_PLAIN,   /* l'accès… */
  THEME_A,       /* à l'accès…, au maraîchage et à l'irrigation… */
  THEME_DE,      /* de l'accès…, du maraîchage et de l'irrigation… */
  THEME_CAPITAL, /* L'accès… */
} ThemeForm;

typedef struct
{
  ThemeForm   form;
  const char *fr_before;
  const char *fr_after;   /* printf with the region's or the town's name */
  const char *en_before;
  const char *en_after;
  gboolean    town;
} TitlePattern;

static const TitlePattern title_patterns[] = {
  { THEME_A, "Programme d'appui", " dans la région de %s", "Support programme for", " in the %s region", FALSE },
  { THEME_PLAIN, "Projet pour", " à %s", "Project for", " in %s", TRUE },
  { THEME_CAPITAL, "", " dans le cercle de %s, deuxième phase", "", " in the %s circle, second phase", TRUE },
  { THEME_DE, "Renforcement", " (région de %s)", "Strengthening", " (%s region)", FALSE },
  { THEME_PLAIN, "Initiative conjointe pour", " au Sahel et dans la région de %s", "Joint initiative for", " in the Sahel and the %s region", FALSE },
  { THEME_DE, "Amélioration durable", " à %s", "Lasting improvement of", " in %s", TRUE },
};

/* Description sentences: %s slots, in order, are filled by the kinds listed in "slots":
 * T theme, O implementer, F funder, W town, R region, N a number, Y a year, P a percentage. */
typedef struct
{
  const char *slots;
  const char *fr;
  const char *en;
  int         theme;       /* only for this theme, or -1 */
} Sentence;

static const Sentence sentences[] = {
  { "OTNW", "Le projet, mis en œuvre par %s, vise à améliorer %s dans %s communes du cercle de %s.",
    "The project, implemented by %s, aims to improve %s in %s municipalities of the %s circle.", -1 },
  { "N", "Il accompagne %s ménages, dont une majorité dirigée par des femmes, vers une meilleure maîtrise de leurs revenus.",
    "It supports %s households, most of them headed by women, towards better control of their income.", -1 },
  { "N", "Les activités prévues comprennent la construction de %s forages équipés de pompes solaires, la réhabilitation de puits anciens et la formation de comités de gestion de l'eau.",
    "Planned activities include drilling %s boreholes fitted with solar pumps, rehabilitating old wells and training water management committees.", -1 },
  { "", "Une attention particulière est portée à la participation des jeunes et à l'égalité entre les femmes et les hommes.",
    "Particular attention is paid to the participation of young people and to equality between women and men.", -1 },
  { "YY", "Après une première phase achevée en %s, le programme a été prolongé jusqu'en %s à la demande des autorités régionales.",
    "After a first phase completed in %s, the programme was extended to %s at the request of the regional authorities.", -1 },
  { "", "Les résultats sont suivis chaque année par un comité de pilotage réunissant l'État, les collectivités et les partenaires techniques.",
    "Results are monitored every year by a steering committee that brings together the State, local authorities and technical partners.", -1 },
  { "R", "Dans un contexte sécuritaire difficile, certaines zones de la région de %s n'ont été accessibles qu'à travers des relais communautaires.",
    "In a difficult security context, some areas of the %s region could only be reached through community relays.", -1 },
  { "F", "Le cofinancement apporté par %s couvre notamment l'équipement des centres de santé et la formation des agents.",
    "The co-financing provided by %s covers in particular the equipment of health centres and the training of staff.", -1 },
  { "", "L'évaluation à mi-parcours a relevé des progrès réels, mais aussi des retards dus à la hausse des prix des matériaux.",
    "The mid-term evaluation noted real progress, but also delays caused by rising prices for building materials.", -1 },
  { "NP", "Près de %s élèves, dont %s %% de filles, bénéficient des cantines scolaires et des kits pédagogiques distribués.",
    "Nearly %s pupils, %s%% of them girls, benefit from the school canteens and the teaching kits handed out.", -1 },
  { "", "La stratégie de sortie prévoit le transfert progressif des ouvrages aux communes et aux associations d'usagers.",
    "The exit strategy provides for the gradual handover of the facilities to the municipalities and to users' associations.", -1 },
  { "", "Les données de suivi sont publiées dans le rapport annuel de la coopération, avec les montants décaissés.",
    "Monitoring data are published in the cooperation's annual report, together with the amounts disbursed.", -1 },
  { "Y", "Les crues exceptionnelles de %s ont détruit une partie des récoltes et rendu nécessaire une aide d'urgence.",
    "The exceptional floods of %s destroyed part of the harvest and made emergency aid necessary.", -1 },
  { "", "Le renforcement des capacités des services techniques déconcentrés reste un objectif transversal du programme.",
    "Strengthening the capacity of the devolved technical services remains a cross-cutting objective of the programme.", -1 },
  { "W", "À %s, un centre de ressources accueille désormais les coopératives et les élus pour des sessions de formation régulières.",
    "In %s, a resource centre now hosts cooperatives and local councillors for regular training sessions.", -1 },
  { "", "Les périmètres aménagés pour le maraîchage permettent aux groupements féminins de cultiver oignons, tomates et gombo pendant la saison sèche.",
    "The plots laid out for market gardening allow women's groups to grow onions, tomatoes and okra through the dry season.", MARAICHAGE },
};

#define MIN_WORDS 50
#define MAX_WORDS 150

/* Writing JSON */

typedef struct
{
  FILE *out;
} Writer;

static void
put (Writer     *w,
     const char *text)
{
  fputs (text, w->out);
}

/* A JSON string: the text is UTF-8 and written as is, only quotes, backslashes and control
 * characters are escaped (there are none in our texts, but the writer is correct anyway). */
static void
put_string (Writer     *w,
            const char *text)
{
  fputc ('"', w->out);
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar)*p;

      if (c == '"' || c == '\\')
        {
          fputc ('\\', w->out);
          fputc (c, w->out);
        }
      else if (c < 0x20)
        {
          fprintf (w->out, "\\u%04x", c);
        }
      else
        {
          fputc (c, w->out);
        }
    }
  fputc ('"', w->out);
}

static void
put_member (Writer     *w,
            const char *name,
            const char *value)
{
  put_string (w, name);
  fputc (':', w->out);
  put_string (w, value);
}

static void
put_text (Writer     *w,
          const char *name,
          const char *fr,
          const char *en)
{
  put_string (w, name);
  put (w, ":{");
  put_member (w, "fr", fr);
  put (w, ",");
  put_member (w, "en", en);
  put (w, "}");
}

/* Texts */

static guint
count_words (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean space = *p == ' ';

      if (!space && !in_word)
        n++;
      in_word = !space;
    }

  return n;
}

/* Appends a pattern of our own tables, which takes one string. */
static void
append_pattern (GString    *out,
                const char *pattern,
                const char *value)
{
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_string_append_printf (out, pattern, value);
#pragma GCC diagnostic pop
}

static void
append_theme (GString     *out,
              const Theme *theme,
              ThemeForm    form)
{
  switch (form)
    {
    case THEME_A:
      g_string_append (out, theme->fr_a);
      break;

    case THEME_DE:
      g_string_append (out, theme->fr_de);
      break;

    case THEME_CAPITAL:
      g_string_append_c (out, g_ascii_toupper (theme->fr[0]));
      g_string_append (out, theme->fr + 1);
      break;

    case THEME_PLAIN:
    default:
      g_string_append (out, theme->fr);
      break;
    }
}

static void
make_title (const Theme  *theme,
            const Region *region,
            const char   *town,
            GString      *fr,
            GString      *en)
{
  for (;;)
    {
      const TitlePattern *pattern = &title_patterns[rng_below (G_N_ELEMENTS (title_patterns))];
      const char *place_fr = pattern->town ? town : region->fr;
      const char *place_en = pattern->town ? town : region->en;
      guint fr_words, en_words;

      g_string_truncate (fr, 0);
      g_string_truncate (en, 0);
      if (pattern->fr_before[0] != '\0')
        g_string_append_printf (fr, "%s ", pattern->fr_before);
      append_theme (fr, theme, pattern->form);
      append_pattern (fr, pattern->fr_after, place_fr);

      if (pattern->en_before[0] != '\0')
        {
          g_string_append_printf (en, "%s %s", pattern->en_before, theme->en);
        }
      else
        {
          g_string_append_c (en, g_ascii_toupper (theme->en[0]));
          g_string_append (en, theme->en + 1);
        }
      append_pattern (en, pattern->en_after, place_en);

      fr_words = count_words (fr->str);
      en_words = count_words (en->str);
      if (fr_words >= 5 && fr_words <= 15 && en_words >= 5 && en_words <= 15)
        return;
    }
}

typedef struct
{
  guint         theme;
  const Region *region;
  const char   *town;
  const char   *implementer_fr;  /* short names, as prose uses them */
  const char   *implementer_en;
  const char   *funder_fr;
  const char   *funder_en;
  guint         start_year;
} Context;

static void
fill_sentence (const Sentence *sentence,
               const Context  *context,
               gboolean        french,
               GString        *out)
{
  const char *format = french ? sentence->fr : sentence->en;
  char numbers[4][24];
  const char *values[4] = { NULL };
  guint n_values = 0;
  const Theme *theme = &themes[context->theme];

  for (const char *slot = sentence->slots; *slot != '\0'; slot++, n_values++)
    {
      switch (*slot)
        {
        case 'T':
          values[n_values] = french ? theme->fr : theme->en;
          break;
        case 'O':
          values[n_values] = french ? context->implementer_fr : context->implementer_en;
          break;
        case 'F':
          values[n_values] = french ? context->funder_fr : context->funder_en;
          break;
        case 'W':
          values[n_values] = context->town;
          break;
        case 'R':
          values[n_values] = french ? context->region->fr : context->region->en;
          break;
        case 'N':
          g_snprintf (numbers[n_values], sizeof numbers[n_values], "%u", rng_range (12, 4800));
          values[n_values] = numbers[n_values];
          break;
        case 'Y':
          g_snprintf (numbers[n_values], sizeof numbers[n_values], "%u", context->start_year + n_values);
          values[n_values] = numbers[n_values];
          break;
        case 'P':
          g_snprintf (numbers[n_values], sizeof numbers[n_values], "%u", rng_range (35, 65));
          values[n_values] = numbers[n_values];
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (out->len > 0)
    g_string_append_c (out, ' ');

  /* The formats are ours and take their slots in order. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_string_append_printf (out, format, values[0], values[1], values[2], values[3]);
#pragma GCC diagnostic pop
}

/* Sentences in a random order, none twice, until both languages have between 50 and 150
 * words; the two descriptions say the same things in the same order. */
static void
make_description (const Context *context,
                  GString       *fr,
                  GString       *en)
{
  guint target = rng_range (MIN_WORDS, 125);

  for (;;)
    {
      guint order[G_N_ELEMENTS (sentences)];
      guint n = 0;
      guint fr_words = 0, en_words = 0;

      for (guint i = 0; i < G_N_ELEMENTS (sentences); i++)
        if (sentences[i].theme < 0 || (guint)sentences[i].theme == context->theme)
          order[n++] = i;
      /* The theme's own sentence, if any, comes first. */
      for (guint i = n - 1; i > 0; i--)
        {
          guint j = rng_below (i + 1);
          guint t = order[i];

          order[i] = order[j];
          order[j] = t;
        }
      for (guint i = 0; i < n; i++)
        if (sentences[order[i]].theme >= 0)
          {
            guint t = order[0];

            order[0] = order[i];
            order[i] = t;
          }

      g_string_truncate (fr, 0);
      g_string_truncate (en, 0);
      for (guint i = 0; i < n && (fr_words < target || en_words < target); i++)
        {
          fill_sentence (&sentences[order[i]], context, TRUE, fr);
          fill_sentence (&sentences[order[i]], context, FALSE, en);
          fr_words = count_words (fr->str);
          en_words = count_words (en->str);
        }

      if (fr_words >= MIN_WORDS && fr_words <= MAX_WORDS && en_words >= MIN_WORDS && en_words <= MAX_WORDS)
        return;
      target = rng_range (MIN_WORDS, 110);
    }
}

/* Amounts, with their quotes */

static void
format_grouped (gint64      cents,
                char        separator,
                char        decimal,
                GString    *out)
{
  char digits[32];
  gint64 units = cents / 100;
  int length = g_snprintf (digits, sizeof digits, "%" G_GINT64_FORMAT, units);

  for (int i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        {
          /* A narrow no-break space groups French digits, as French typography does. */
          if (separator == ' ')
            g_string_append (out, "\u202f");
          else
            g_string_append_c (out, separator);
        }
      g_string_append_c (out, digits[i]);
    }
  if (cents % 100 != 0)
    g_string_append_printf (out, "%c%02d", decimal, (int)(cents % 100));
}

static const Source *
pick_source (void)
{
  return &sources[rng_below (G_N_ELEMENTS (sources))];
}

/* "source": …, "quote": … in the source's own language. what_fr/what_en say what the amount
 * is ("budget 2024", "décaissement"). */
static void
put_money (Writer     *w,
           gint64      cents,
           const char *currency,
           const char *what_fr,
           const char *what_en)
{
  const Source *source = pick_source ();
  g_autoptr(GString) quote = g_string_new (NULL);

  if (g_str_equal (source->language, "fr"))
    {
      g_string_append_printf (quote, "%s : ", what_fr);
      format_grouped (cents, ' ', ',', quote);
      g_string_append (quote, g_str_equal (currency, "EUR") ? " euros" : " francs CFA");
    }
  else
    {
      g_string_append_printf (quote, "%s: %s ", what_en, currency);
      format_grouped (cents, ',', '.', quote);
    }

  fprintf (w->out, "\"amount\":%" G_GINT64_FORMAT, cents / 100);
  if (cents % 100 != 0)
    fprintf (w->out, ".%02d", (int)(cents % 100));
  put (w, ",\"currency\":");
  put_string (w, currency);
  put (w, ",");
  put_member (w, "source", source->id);
  put (w, ",");
  put_member (w, "quote", quote->str);
}

/* The dataset */

static void
write_header (Writer *w,
              guint   n)
{
  g_autofree char *id = g_strdup_printf ("bench-%u", n);
  g_autofree char *title_fr = g_strdup_printf ("Jeu de données d'essai : %u activités synthétiques au Mali", n);
  g_autofree char *title_en = g_strdup_printf ("Benchmark dataset: %u synthetic activities in Mali", n);

  put (w, "{");
  put_member (w, "format", "aid-explorer-dataset");
  put (w, ",\"format_version\":1,");
  put_member (w, "id", id);
  put (w, ",");
  put_text (w, "title", title_fr, title_en);
  put (w, ",");
  put_text (w, "description",
            "Données synthétiques pour mesurer les performances d'Aid Explorer : les textes, les "
            "organisations et les montants sont générés et ne décrivent aucun projet réel.",
            "Synthetic data for measuring Aid Explorer's performance: the texts, organisations and "
            "amounts are generated and describe no real project.");
  put (w, ",");
  put_member (w, "default_language", "fr");
  put (w, ",");
  put_member (w, "default_currency", "EUR");
  put (w, ",");
  put_member (w, "donor", "lux");
  put (w, ",");
  put_member (w, "recipient_country", "ML");
  put (w, ",\"focus_period\":{\"start\":\"2023-01-01\",\"end\":\"2024-12-31\"}");
  put (w, ",\"licence\":{\"name\":\"CC0 1.0\"}");

  put (w, ",\"sources\":[");
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autofree char *url = g_strdup_printf ("https://example.org/sources/%s", sources[i].id);

      put (w, i > 0 ? ",{" : "{");
      put_member (w, "id", sources[i].id);
      put (w, ",");
      put_member (w, "title", sources[i].title);
      put (w, ",");
      put_member (w, "publisher", sources[i].publisher);
      put (w, ",");
      put_member (w, "url", url);
      put (w, ",");
      put_member (w, "language", sources[i].language);
      put (w, "}");
    }

  put (w, "],\"organisations\":[");
  for (guint i = 0; i < G_N_ELEMENTS (organisations); i++)
    {
      const Organisation *o = &organisations[i];

      put (w, i > 0 ? ",{" : "{");
      put_member (w, "id", o->id);
      put (w, ",");
      put_text (w, "name", o->name_fr, o->name_en);
      if (o->short_fr != NULL)
        {
          put (w, ",");
          put_text (w, "short_name", o->short_fr, o->short_en);
        }
      put (w, ",");
      put_member (w, "type", o->type);
      if (o->country != NULL)
        {
          put (w, ",");
          put_member (w, "country", o->country);
        }
      put (w, "}");
    }

  put (w, "],\"regions\":[");
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      g_autofree char *fr = g_strdup_printf ("Région de %s", regions[i].fr);
      g_autofree char *en = g_strdup_printf ("%s Region", regions[i].en);

      put (w, i > 0 ? ",{" : "{");
      put_member (w, "id", regions[i].id);
      put (w, ",");
      put_text (w, "name", fr, en);
      put (w, ",");
      put_member (w, "country", "ML");
      put (w, "}");
    }

  put (w, "],\"exchange_rates\":[{\"currency\":\"XOF\",\"base\":\"EUR\",\"rate\":655.957,");
  put_member (w, "source", "ar2024");
  put (w, ",");
  put_member (w, "quote", "1 euro = 655,957 francs CFA");
  put (w, "}]");
}

static guint
pick_theme (guint index)
{
  guint total = 0, r;

  /* At least one activity of every size is about market gardening. */
  if (index == 7)
    return MARAICHAGE;

  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    total += themes[i].weight;
  r = rng_below (total);
  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    {
      if (r < themes[i].weight)
        return i;
      r -= themes[i].weight;
    }

  return 0;
}

static const char *
pick_channel (const Theme *theme)
{
  guint r;

  if (theme->humanitarian)
    return "humanitarian";

  r = rng_below (100);
  if (r < 60)
    return "bilateral";
  if (r < 75)
    return "multilateral";
  if (r < 90)
    return "ngo";

  return "micro-project";
}

/* Implementers by channel: indexes into organisations[]. */
static guint
pick_implementer (const char *channel)
{
  static const guint bilateral[] = { 4, 4, 4, 18, 19 };
  static const guint multilateral[] = { 5, 6, 7, 8, 9 };
  static const guint humanitarian[] = { 7, 8, 10, 11, 12, 13 };
  static const guint ngo[] = { 12, 13, 14, 15, 16, 17, 18, 19 };

  if (g_str_equal (channel, "bilateral"))
    return bilateral[rng_below (G_N_ELEMENTS (bilateral))];
  if (g_str_equal (channel, "multilateral"))
    return multilateral[rng_below (G_N_ELEMENTS (multilateral))];
  if (g_str_equal (channel, "humanitarian"))
    return humanitarian[rng_below (G_N_ELEMENTS (humanitarian))];

  return ngo[rng_below (G_N_ELEMENTS (ngo))];
}

static const char *
short_or_name (const char *short_name,
               const char *name)
{
  return short_name != NULL ? short_name : name;
}

static void
write_activity (Writer *w,
                guint   index)
{
  guint theme_index = pick_theme (index);
  const Theme *theme = &themes[theme_index];
  const Region *region = &regions[rng_below (G_N_ELEMENTS (regions))];
  const char *town = region->towns[rng_below (G_N_ELEMENTS (region->towns))];
  const char *channel = pick_channel (theme);
  const Organisation *implementer = &organisations[pick_implementer (channel)];
  const Organisation *funder = &organisations[rng_below (4) == 0 ? rng_below (N_FUNDERS) : 0];
  guint number = index % 1000;
  guint round = index / 1000;
  g_autofree char *id = NULL;
  g_autofree char *iati = NULL;
  g_autoptr(GString) fr = g_string_new (NULL);
  g_autoptr(GString) en = g_string_new (NULL);
  guint start_year = rng_range (2017, 2025);
  guint start_month = rng_range (1, 12);
  gint64 yearly[3];
  gint64 total = 0;
  Context context;

  id = round == 0 ? g_strdup_printf ("MLI/%03u", number) : g_strdup_printf ("MLI/%03u-%u", number, round + 1);
  iati = round == 0 ? g_strdup_printf ("XM-DAC-22-1-MLI-%03u", number)
                    : g_strdup_printf ("XM-DAC-22-1-MLI-%03u-%u", number, round + 1);

  context.theme = theme_index;
  context.region = region;
  context.town = town;
  context.implementer_fr = short_or_name (implementer->short_fr, implementer->name_fr);
  context.implementer_en = short_or_name (implementer->short_en, implementer->name_en);
  context.funder_fr = short_or_name (funder->short_fr, funder->name_fr);
  context.funder_en = short_or_name (funder->short_en, funder->name_en);
  context.start_year = start_year;

  put (w, index > 0 ? ",{" : "{");
  put_member (w, "id", id);
  put (w, ",");
  put_member (w, "iati_identifier", iati);
  make_title (theme, region, town, fr, en);
  put (w, ",");
  put_text (w, "title", fr->str, en->str);
  make_description (&context, fr, en);
  put (w, ",");
  put_text (w, "description", fr->str, en->str);

  /* Status: the planned period says whether it is over. */
  put (w, ",\"status\":{");
  put_member (w, "code", start_year + 3 <= 2024 ? "4" : start_year <= 2025 ? "2" : "1");
  put (w, ",");
  put_member (w, "source", pick_source ()->id);
  fprintf (w->out, "},\"dates\":{\"planned_start\":{\"date\":\"%u-%02u-01\",", start_year, start_month);
  put_member (w, "source", pick_source ()->id);
  fprintf (w->out, "},\"planned_end\":{\"date\":\"%u-%02u\",", start_year + 3, start_month);
  put_member (w, "source", pick_source ()->id);
  put (w, "}}");

  put (w, ",\"participating_orgs\":[{");
  put_member (w, "org", funder->id);
  put (w, ",\"role\":\"1\",");
  put_member (w, "source", pick_source ()->id);
  put (w, "},{");
  put_member (w, "org", implementer->id);
  put (w, ",\"role\":\"4\",");
  put_member (w, "source", pick_source ()->id);
  put (w, "}]");

  put (w, ",\"locations\":[{");
  put_member (w, "region", region->id);
  put (w, ",");
  put_member (w, "source", pick_source ()->id);
  put (w, "}]");

  /* Two sectors: without percentages, or with percentages that add up to 100. */
  {
    guint split = rng_below (3) == 0 ? 0 : 10 * rng_range (5, 9);

    put (w, ",\"sectors\":[");
    for (guint s = 0; s < 2; s++)
      {
        put (w, s > 0 ? ",{" : "{");
        put_member (w, "code", theme->sectors[s]);
        if (split > 0)
          fprintf (w->out, ",\"percentage\":%u", s == 0 ? split : 100 - split);
        put (w, ",\"method\":\"mapped\",");
        put_member (w, "source", pick_source ()->id);
        put (w, "}");
      }
    put (w, "]");
  }

  put (w, ",");
  put_member (w, "channel", channel);
  if (theme->humanitarian)
    put (w, ",\"humanitarian\":true");

  for (guint y = 0; y < 3; y++)
    {
      /* Whole euros mostly, some with cents. */
      yearly[y] = (gint64)rng_range (20, 4000) * 100000 + (rng_below (4) == 0 ? rng_range (1, 99) : 0);
      total += yearly[y];
    }

  put (w, ",\"budget\":{");
  put_money (w, total, "EUR", "Budget total", "Total budget");
  put (w, "}");

  put (w, ",\"budgets\":[");
  for (guint y = 0; y < 3; y++)
    {
      g_autofree char *what_fr = g_strdup_printf ("Budget %u", start_year + y);
      g_autofree char *what_en = g_strdup_printf ("Budget %u", start_year + y);

      fprintf (w->out, "%s{\"period\":{\"start\":\"%u-01-01\",\"end\":\"%u-12-31\"},",
               y > 0 ? "," : "", start_year + y, start_year + y);
      put_money (w, yearly[y], "EUR", what_fr, what_en);
      put (w, "}");
    }
  put (w, "]");

  /* A commitment, two disbursements and an expenditure; micro-projects are paid in CFA francs. */
  put (w, ",\"transactions\":[");
  {
    static const char * const types[] = { "2", "3", "3", "4" };
    static const char * const what_fr[] = { "Engagement", "Décaissement", "Décaissement", "Dépenses" };
    static const char * const what_en[] = { "Commitment", "Disbursement", "Disbursement", "Expenditure" };
    gboolean xof = g_str_equal (channel, "micro-project");

    for (guint t = 0; t < 4; t++)
      {
        gint64 cents = t == 0 ? total : t == 3 ? yearly[0] * 9 / 10 : yearly[t - 1];

        if (xof)
          cents = cents / 100 * 655957 / 1000 * 100;
        fprintf (w->out, "%s{\"type\":\"%s\",\"date\":\"%u-%02u-%02u\",", t > 0 ? "," : "", types[t],
                 start_year + (t == 0 ? 0 : t - 1), t == 0 ? start_month : rng_range (1, 12), rng_range (1, 28));
        put_member (w, "provider", funder->id);
        put (w, ",");
        put_member (w, "receiver", implementer->id);
        put (w, ",");
        put_money (w, cents, xof ? "XOF" : "EUR", what_fr[t], what_en[t]);
        put (w, "}");
      }
  }
  put (w, "]}");
}

/* The same activities as IATI 2.03 XML */

/* XML text or attribute content: the text is UTF-8 and written as is, only the five
 * characters XML gives a meaning to are escaped. */
static void
put_xml (Writer     *w,
         const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          put (w, "&amp;");
          break;
        case '<':
          put (w, "&lt;");
          break;
        case '>':
          put (w, "&gt;");
          break;
        case '"':
          put (w, "&quot;");
          break;
        default:
          fputc (*p, w->out);
          break;
        }
    }
}

/* <NAME ATTRIBUTES><narrative>FR</narrative><narrative xml:lang="en">EN</narrative></NAME>: the
 * French narrative takes the activity's language, as most publishers write it. */
static void
put_narratives (Writer     *w,
                const char *indent,
                const char *name,
                const char *attributes,
                const char *fr,
                const char *en)
{
  fprintf (w->out, "%s<%s%s>\n%s <narrative>", indent, name, attributes, indent);
  put_xml (w, fr);
  fprintf (w->out, "</narrative>\n%s <narrative xml:lang=\"en\">", indent);
  put_xml (w, en);
  fprintf (w->out, "</narrative>\n%s</%s>\n", indent, name);
}

static char *
iati_ref (const Organisation *organisation)
{
  g_autofree char *upper = g_ascii_strup (organisation->id, -1);

  /* Luxembourg's ministry has its DAC identifier; the others one of the benchmark's own. */
  if (g_str_equal (organisation->id, "lux"))
    return g_strdup ("XM-DAC-22-1");

  return g_strdup_printf ("XM-BENCH-%s", upper);
}

static void
put_organisation (Writer             *w,
                  const char         *indent,
                  const char         *name,
                  const char         *role,
                  const Organisation *organisation)
{
  g_autofree char *ref = iati_ref (organisation);
  g_autofree char *attributes = NULL;

  if (role != NULL)
    attributes = g_strdup_printf (" ref=\"%s\" role=\"%s\" type=\"%s\"", ref, role, organisation->type);
  else
    attributes = g_strdup_printf (" ref=\"%s\" type=\"%s\"", ref, organisation->type);
  put_narratives (w, indent, name, attributes, organisation->name_fr, organisation->name_en);
}

/* <value currency="…" value-date="…">1234.5</value> */
static void
put_value (Writer     *w,
           const char *indent,
           gint64      cents,
           const char *currency,
           guint       year,
           guint       month,
           guint       day)
{
  fprintf (w->out, "%s<value", indent);
  if (currency != NULL)
    fprintf (w->out, " currency=\"%s\"", currency);
  fprintf (w->out, " value-date=\"%u-%02u-%02u\">%" G_GINT64_FORMAT, year, month, day, cents / 100);
  if (cents % 100 != 0)
    fprintf (w->out, ".%02d", (int)(cents % 100));
  put (w, "</value>\n");
}

static void
write_iati_header (Writer *w,
                   guint   n)
{
  put (w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  fprintf (w->out, "<!-- Benchmark file: %u synthetic activities in Mali. The texts, organisations and "
           "amounts are generated and describe no real project. -->\n", n);
  put (w, "<iati-activities version=\"2.03\" generated-datetime=\"2026-01-01T00:00:00Z\">\n");
}

static void
write_iati_activity (Writer *w,
                     guint   index)
{
  guint theme_index = pick_theme (index);
  const Theme *theme = &themes[theme_index];
  const Region *region = &regions[rng_below (G_N_ELEMENTS (regions))];
  const char *town = region->towns[rng_below (G_N_ELEMENTS (region->towns))];
  const char *channel = pick_channel (theme);
  const Organisation *implementer = &organisations[pick_implementer (channel)];
  const Organisation *funder = &organisations[rng_below (4) == 0 ? rng_below (N_FUNDERS) : 0];
  guint number = index % 1000;
  guint round = index / 1000;
  g_autofree char *iati = NULL;
  g_autoptr(GString) fr = g_string_new (NULL);
  g_autoptr(GString) en = g_string_new (NULL);
  guint start_year = rng_range (2017, 2025);
  guint start_month = rng_range (1, 12);
  gboolean xof = g_str_equal (channel, "micro-project");
  gboolean usd = g_str_equal (channel, "multilateral");
  gboolean explicit_eur = rng_below (5) == 0;
  const char *status = start_year + 3 <= 2024 ? "4" : start_year <= 2025 ? "2" : "1";
  const char *collaboration = g_str_equal (channel, "multilateral") ? "2" :
                              g_str_equal (channel, "ngo") || g_str_equal (channel, "humanitarian") ? "3" : "1";
  gint64 yearly[3];
  gint64 total = 0;
  Context context;

  iati = round == 0 ? g_strdup_printf ("XM-DAC-22-1-MLI-%03u", number)
                    : g_strdup_printf ("XM-DAC-22-1-MLI-%03u-%u", number, round + 1);

  context.theme = theme_index;
  context.region = region;
  context.town = town;
  context.implementer_fr = short_or_name (implementer->short_fr, implementer->name_fr);
  context.implementer_en = short_or_name (implementer->short_en, implementer->name_en);
  context.funder_fr = short_or_name (funder->short_fr, funder->name_fr);
  context.funder_en = short_or_name (funder->short_en, funder->name_en);
  context.start_year = start_year;

  fprintf (w->out, " <iati-activity last-updated-datetime=\"2026-01-01T00:00:00Z\" xml:lang=\"fr\" "
           "default-currency=\"EUR\"%s>\n", theme->humanitarian ? " humanitarian=\"1\"" : "");
  put (w, "  <iati-identifier>");
  put_xml (w, iati);
  put (w, "</iati-identifier>\n");
  put_organisation (w, "  ", "reporting-org", NULL, &organisations[0]);
  make_title (theme, region, town, fr, en);
  put_narratives (w, "  ", "title", "", fr->str, en->str);
  make_description (&context, fr, en);
  put_narratives (w, "  ", "description", " type=\"1\"", fr->str, en->str);
  put_organisation (w, "  ", "participating-org", "1", funder);
  put_organisation (w, "  ", "participating-org", "4", implementer);
  fprintf (w->out, "  <activity-status code=\"%s\"/>\n", status);
  fprintf (w->out, "  <activity-date iso-date=\"%u-%02u-01\" type=\"1\"/>\n", start_year, start_month);
  if (!g_str_equal (status, "1"))
    fprintf (w->out, "  <activity-date iso-date=\"%u-%02u-%02u\" type=\"2\"/>\n", start_year, start_month,
             rng_range (1, 28));
  fprintf (w->out, "  <activity-date iso-date=\"%u-%02u-28\" type=\"3\"/>\n", start_year + 3, start_month);
  put (w, "  <recipient-country code=\"ML\" percentage=\"100\"/>\n");
  put (w, "  <location>\n");
  put_narratives (w, "   ", "name", "", town, town);
  put (w, "  </location>\n");

  /* Two sectors: without percentages, or with percentages that add up to 100. */
  {
    guint split = rng_below (3) == 0 ? 0 : 10 * rng_range (5, 9);

    for (guint s = 0; s < 2; s++)
      {
        fprintf (w->out, "  <sector vocabulary=\"1\" code=\"%s\"", theme->sectors[s]);
        if (split > 0)
          fprintf (w->out, " percentage=\"%u\"", s == 0 ? split : 100 - split);
        put (w, "/>\n");
      }
  }
  fprintf (w->out, "  <collaboration-type code=\"%s\"/>\n", collaboration);
  put (w, "  <default-flow-type code=\"10\"/>\n  <default-finance-type code=\"110\"/>\n");
  fprintf (w->out, "  <default-aid-type code=\"%s\"/>\n", xof ? "C01" : usd ? "B02" : "C01");

  for (guint y = 0; y < 3; y++)
    {
      /* Whole euros mostly, some with cents. */
      yearly[y] = (gint64)rng_range (20, 4000) * 100000 + (rng_below (4) == 0 ? rng_range (1, 99) : 0);
      total += yearly[y];
    }

  for (guint y = 0; y < 3; y++)
    {
      put (w, "  <budget type=\"1\" status=\"2\">\n");
      fprintf (w->out, "   <period-start iso-date=\"%u-01-01\"/>\n   <period-end iso-date=\"%u-12-31\"/>\n",
               start_year + y, start_year + y);
      put_value (w, "   ", yearly[y], explicit_eur ? "EUR" : NULL, start_year + y, 1, 1);
      put (w, "  </budget>\n");
    }

  /* A commitment, two disbursements and an expenditure: micro-projects are paid in CFA francs,
   * multilateral organisations are paid in dollars. */
  {
    static const char * const types[] = { "2", "3", "3", "4" };
    static const char * const what_fr[] = { "Engagement", "Décaissement", "Décaissement", "Dépenses" };
    static const char * const what_en[] = { "Commitment", "Disbursement", "Disbursement", "Expenditure" };

    for (guint t = 0; t < 4; t++)
      {
        gint64 cents = t == 0 ? total : t == 3 ? yearly[0] * 9 / 10 : yearly[t - 1];
        const char *currency = explicit_eur ? "EUR" : NULL;
        guint year = start_year + (t == 0 ? 0 : t - 1);
        guint month = t == 0 ? start_month : rng_range (1, 12);
        guint day = rng_range (1, 28);

        if (xof)
          {
            cents = cents / 100 * 655957 / 1000 * 100;
            currency = "XOF";
          }
        else if (usd && t > 0)
          {
            cents = cents * 108 / 100;
            currency = "USD";
          }
        fprintf (w->out, "  <transaction ref=\"%s-%u\">\n", iati, t + 1);
        fprintf (w->out, "   <transaction-type code=\"%s\"/>\n", types[t]);
        fprintf (w->out, "   <transaction-date iso-date=\"%u-%02u-%02u\"/>\n", year, month, day);
        put_value (w, "   ", cents, currency, year, month, day);
        put_narratives (w, "   ", "description", "", what_fr[t], what_en[t]);
        put_organisation (w, "   ", "provider-org", NULL, funder);
        put_organisation (w, "   ", "receiver-org", NULL, implementer);
        put (w, "  </transaction>\n");
      }
  }
  put (w, " </iati-activity>\n");
}

static GPtrArray *
read_sector_codes (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  JsonObject *sectors;
  g_autoptr(GList) members = NULL;

  if (!json_parser_load_from_file (parser, path, &error))
    {
      g_printerr ("aid-bench-generate: %s: %s\n", path, error->message);
      exit (1);
    }
  sectors = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "Sector");
  members = json_object_get_members (sectors);
  for (GList *l = members; l != NULL; l = l->next)
    g_ptr_array_add (codes, g_strdup (l->data));

  return codes;
}

int
main (int   argc,
      char *argv[])
{
  gboolean iati = argc > 1 && g_str_equal (argv[1], "--iati");
  const char *codelists;
  g_autoptr(GPtrArray) codes = NULL;
  Writer w;
  char *end = NULL;
  guint64 n;

  if (iati)
    {
      argc--;
      argv++;
    }
  if (argc < 3)
    {
      g_printerr ("Usage: aid-bench-generate [--iati] N FILE [CODELISTS]\n");
      return 2;
    }
  codelists = argc > 3 ? argv[3] : BENCH_CODELISTS;

  errno = 0;
  n = g_ascii_strtoull (argv[1], &end, 10);
  if (errno != 0 || end == argv[1] || *end != '\0' || n > 2000000)
    {
      g_printerr ("aid-bench-generate: N must be a number of activities from 0 to 2000000\n");
      return 2;
    }

  /* The sectors must be codes that the app knows. */
  codes = read_sector_codes (codelists);
  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    for (guint s = 0; s < 2; s++)
      if (!g_ptr_array_find_with_equal_func (codes, themes[i].sectors[s], g_str_equal, NULL))
        {
          g_printerr ("aid-bench-generate: %s is not a DAC code of %s\n", themes[i].sectors[s], codelists);
          return 1;
        }

  w.out = g_str_equal (argv[2], "-") ? stdout : fopen (argv[2], "w");
  if (w.out == NULL)
    {
      g_printerr ("aid-bench-generate: %s: %s\n", argv[2], g_strerror (errno));
      return 1;
    }
  setvbuf (w.out, NULL, _IOFBF, 1 << 20);

  if (iati)
    {
      write_iati_header (&w, (guint)n);
      for (guint i = 0; i < n; i++)
        write_iati_activity (&w, i);
      put (&w, "</iati-activities>\n");
    }
  else
    {
      write_header (&w, (guint)n);
      put (&w, ",\"activities\":[");
      for (guint i = 0; i < n; i++)
        write_activity (&w, i);
      put (&w, "]}\n");
    }

  if (fflush (w.out) != 0 || ferror (w.out) || (w.out != stdout && fclose (w.out) != 0))
    {
      g_printerr ("aid-bench-generate: %s: %s\n", argv[2], g_strerror (errno));
      return 1;
    }

  return 0;
}
