/* aid-json-scanner.c
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aid-json-scanner"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "aid-json-scanner.h"
#include "aid-json-scanner-private.h"

/* json-glib refuses to nest containers deeper than this (JSON_PARSER_MAX_RECURSION_DEPTH, the
 * root counting 1). A larger max_depth acts as this one, so that the verdicts still agree. */
#define JSON_GLIB_MAX_DEPTH 1024

/* Objects with up to this many members look for a repeated name by comparing it with each
 * earlier one, which costs less than hashing for the small objects most datasets are made of;
 * past it, the object's names go into a hash table so that large objects stay linear. */
#define LINEAR_MEMBERS 32

/* Member names live in blocks that never move, because the hash tables point at them. */
#define KEY_BLOCK_SHIFT 10
#define KEY_BLOCK_SIZE  (1 << KEY_BLOCK_SHIFT)

/* How much of a word (such as “True” or “undefined”) an error message shows. */
#define MAX_WORD_SHOWN 24

/* How much of a member name an error message shows, in bytes. */
#define MAX_NAME_SHOWN 60

typedef struct
{
  const char *text;     /* the decoded name; points into the data when it has no escapes */
  gsize       length;
  gsize       offset;   /* of the name's opening quote */
  guint       hash;
  gboolean    owned;    /* text is a decoded copy that this key owns */
} MemberKey;

typedef struct
{
  gsize         first_key;    /* an object's first name on the key stack */
  gsize         current_key;  /* the name of the member being read */
  guint         index;        /* of the element being read, or members read so far */
  gboolean      is_object;
  gboolean      in_value;     /* an element or a member is being read (for the path) */
  gboolean      hashed;       /* the object's names are in tables[depth] */
  gboolean      owns_names;   /* some of its names are decoded copies to free */
} Frame;

typedef struct
{
  const guchar  *data;
  const guchar  *end;
  const guchar  *body;          /* the data after a byte order mark */

  guint          max_depth;
  gsize          max_string_length;
  guint          max_items;

  /* Lines are counted as the scan goes (line breaks only appear between tokens); columns are
   * counted on demand from the start of the line, resuming from the last one computed so that
   * the elements of a long minified line stay linear. */
  guint          line;
  const guchar  *line_start;
  const guchar  *column_at;
  guint          column;

  /* The stack of open containers; frames[0] is the root. */
  Frame         *frames;
  guint          n_frames;
  guint          depth;

  /* The names of the members of every open object, innermost object last. */
  GPtrArray     *key_blocks;
  gsize          n_keys;
  GHashTable   **tables;          /* n_frames of them, made when an object first needs one */
  GString       *decoded;         /* scratch space to decode a name with escapes */

  const char    *collect_member;
  gsize          collect_length;
  gboolean       collect_next;    /* the next value is the collected array */
  guint          collect_depth;   /* of the collected array, G_MAXUINT when not in it */
  GArray        *items;
  AidJsonSpan    items_member;

  const guchar  *root_start;
  AidJsonScan   *result;
} Scanner;

/* Bytes a string may hold as they are: printable ASCII but the quote and the backslash, and the
 * control characters that json-glib's strict parser lets through (all but NUL, backspace, tab,
 * line feed, form feed and carriage return). */
static const guint8 plain_string_byte[256] = {
  0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1, 1, /* 0x00 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x10 */
  1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x20, '"' */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x30 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x40 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, /* 0x50, '\\' */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x60 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x70 */
  /* 0x80 to 0xff: the start or the rest of a multi-byte character, checked one by one */
};

/* Helpers */

static inline gboolean
is_digit (guchar c)
{
  return c >= '0' && c <= '9';
}

static inline gboolean
is_word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c == '_';
}

static inline int
hex_value (guchar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the four hexadecimal digits at @p, or returns -1. */
static inline gint32
read_hex4 (const guchar *p,
           const guchar *end)
{
  gint32 value = 0;

  if (end - p < 4)
    return -1;

  for (guint i = 0; i < 4; i++)
    {
      int digit = hex_value (p[i]);

      if (digit < 0)
        return -1;
      value = (value << 4) | digit;
    }

  return value;
}

/* Returns the length of the well-formed UTF-8 character at @p, as g_utf8_validate() sees it
 * (no overlong forms, no surrogates, nothing past U+10FFFF), or 0. */
static inline guint
utf8_length (const guchar *p,
             const guchar *end)
{
  guchar c = p[0];
  guchar low = 0x80;
  guchar high = 0xBF;
  guint length;

  if (c < 0x80)
    return 1;
  else if (c < 0xC2)
    return 0;
  else if (c < 0xE0)
    length = 2;
  else if (c < 0xF0)
    {
      length = 3;
      if (c == 0xE0)
        low = 0xA0;
      else if (c == 0xED)
        high = 0x9F;
    }
  else if (c < 0xF5)
    {
      length = 4;
      if (c == 0xF0)
        low = 0x90;
      else if (c == 0xF4)
        high = 0x8F;
    }
  else
    return 0;

  if ((gsize) (end - p) < length || p[1] < low || p[1] > high)
    return 0;
  for (guint i = 2; i < length; i++)
    if ((p[i] & 0xC0) != 0x80)
      return 0;

  return length;
}

/* Counts the characters in [@from, @to): every byte that does not continue a UTF-8 sequence. */
static inline guint
count_characters (const guchar *from,
                  const guchar *to)
{
  guint n = 0;

  for (const guchar *p = from; p < to; p++)
    n += (*p & 0xC0) != 0x80;

  return n;
}

static inline const guchar *
skip_whitespace (Scanner      *s,
                 const guchar *p)
{
  const guchar *end = s->end;

  while (p < end)
    {
      guchar c = *p;

      if (c == ' ')
        {
          /* Indentation comes in runs of spaces: take them eight at a time. */
          p++;
          while (end - p >= 8 && memcmp (p, "        ", 8) == 0)
            p += 8;
        }
      else if (c == '\t')
        p++;
      else if (c == '\n' || c == '\r')
        {
          if (_aid_json_ends_line (p, end))
            {
              s->line++;
              s->line_start = p + 1;
            }
          p++;
        }
      else
        break;
    }

  return p;
}

/* Skips the bytes that need no checking in a string, eight at a time while it can. */
static inline const guchar *
skip_plain_string_bytes (const guchar *p,
                         const guchar *end)
{
#define ONES  G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)
  while (end - p >= 8)
    {
      guint64 v;
      guint64 quote;
      guint64 backslash;
      guint64 special;

      memcpy (&v, p, sizeof v);
      quote = v ^ (ONES * '"');
      backslash = v ^ (ONES * '\\');
      /* A high bit per byte that is a quote, a backslash, below 0x20 or above 0x7f. */
      special = ((quote - ONES) & ~quote) |
                ((backslash - ONES) & ~backslash) |
                ((v - ONES * 0x20) & ~v) |
                v;
      if ((special & HIGHS) != 0)
        break;
      p += 8;
    }
#undef ONES
#undef HIGHS

  while (p < end && plain_string_byte[*p])
    p++;

  return p;
}

static MemberKey *
get_key (Scanner *s,
         gsize    i)
{
  MemberKey *block = g_ptr_array_index (s->key_blocks, i >> KEY_BLOCK_SHIFT);

  return &block[i & (KEY_BLOCK_SIZE - 1)];
}

static MemberKey *
push_key (Scanner         *s,
          const MemberKey *key)
{
  MemberKey *slot;

  if ((s->n_keys >> KEY_BLOCK_SHIFT) >= s->key_blocks->len)
    g_ptr_array_add (s->key_blocks, g_new (MemberKey, KEY_BLOCK_SIZE));

  slot = get_key (s, s->n_keys++);
  *slot = *key;

  return slot;
}

static guint
hash_name (const char *text,
           gsize       length)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < length; i++)
    h = (h ^ (guchar) text[i]) * 16777619u;

  return h;
}

static inline gboolean
same_name (const MemberKey *a,
           const MemberKey *b)
{
  return a->hash == b->hash && a->length == b->length &&
         memcmp (a->text, b->text, a->length) == 0;
}

static guint
member_key_hash (gconstpointer key)
{
  return ((const MemberKey *) key)->hash;
}

static gboolean
member_key_equal (gconstpointer a,
                  gconstpointer b)
{
  const MemberKey *ka = a;
  const MemberKey *kb = b;

  return same_name (ka, kb);
}

static void
append_utf8 (GString  *out,
             gunichar  c)
{
  char buffer[6];

  g_string_append_len (out, buffer, g_unichar_to_utf8 (c, buffer));
}

/* Decodes the text of a string, between its quotes, into @out. The string has been checked,
 * but aid_json_locate() also uses this on data it did not check, so it never reads past @end
 * and returns FALSE on anything malformed. */
gboolean
_aid_json_decode_string (const guchar *p,
                         const guchar *end,
                         GString      *out)
{
  g_string_truncate (out, 0);

  while (p < end)
    {
      const guchar *run = p;
      gint32 unit;

      while (p < end && *p != '\\')
        p++;
      g_string_append_len (out, (const char *) run, p - run);
      if (p == end)
        break;

      if (end - p < 2)
        return FALSE;
      switch (p[1])
        {
        case '"':
        case '\\':
        case '/':
          g_string_append_c (out, p[1]);
          p += 2;
          break;
        case 'b':
          g_string_append_c (out, '\b');
          p += 2;
          break;
        case 'f':
          g_string_append_c (out, '\f');
          p += 2;
          break;
        case 'n':
          g_string_append_c (out, '\n');
          p += 2;
          break;
        case 'r':
          g_string_append_c (out, '\r');
          p += 2;
          break;
        case 't':
          g_string_append_c (out, '\t');
          p += 2;
          break;
        case 'u':
          unit = read_hex4 (p + 2, end);
          if (unit < 0)
            return FALSE;
          p += 6;
          if (unit >= 0xD800 && unit <= 0xDBFF)
            {
              gint32 low;

              if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
                return FALSE;
              low = read_hex4 (p + 2, end);
              if (low < 0xDC00 || low > 0xDFFF)
                return FALSE;
              p += 6;
              unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            }
          else if (unit >= 0xDC00 && unit <= 0xDFFF)
            return FALSE;
          append_utf8 (out, unit);
          break;
        default:
          return FALSE;
        }
    }

  return TRUE;
}

/* Appends a member name to a path, escaping the characters that the path syntax uses. A NUL
 * (from “\u0000”) cannot be written in a C string and shows as U+FFFD. */
static void
append_path_name (GString    *path,
                  const char *name,
                  gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      char c = name[i];

      if (c == '.' || c == '[' || c == ']' || c == '\\')
        g_string_append_c (path, '\\');
      if (c == '\0')
        g_string_append (path, "\xEF\xBF\xBD");
      else
        g_string_append_c (path, c);
    }
}

/* The path of the innermost value being read; @extra, when given, names a member of the
 * innermost object that has not been pushed (a repeated name). */
static char *
build_path (Scanner         *s,
            const MemberKey *extra)
{
  GString *path = g_string_new (NULL);
  guint i;

  for (i = 0; i < s->depth; i++)
    {
      const Frame *frame = &s->frames[i];

      if (!frame->in_value)
        break;

      if (!frame->is_object)
        g_string_append_printf (path, "[%u]", frame->index);
      else
        {
          const MemberKey *key = get_key (s, frame->current_key);

          if (i > 0)
            g_string_append_c (path, '.');
          append_path_name (path, key->text, key->length);
        }
    }

  if (extra != NULL)
    {
      if (s->depth > 1)
        g_string_append_c (path, '.');
      append_path_name (path, extra->text, extra->length);
    }

  return g_string_free (path, FALSE);
}

/* The column of @at, which must be on the current line. */
static guint
column_of (Scanner      *s,
           const guchar *at)
{
  if (s->column_at < s->line_start || s->column_at > at)
    {
      s->column_at = s->line_start;
      s->column = 1;
    }

  s->column += count_characters (s->column_at, at);
  s->column_at = at;

  return s->column;
}

/* The line and column of any position, counted again from the start when it is before the
 * current line (only for messages, so at most once per scan). */
static void
position_of (Scanner      *s,
             const guchar *at,
             guint        *line,
             guint        *column)
{
  const guchar *line_start;

  if (at >= s->line_start)
    {
      *line = s->line;
      *column = column_of (s, at);
      return;
    }

  *line = 1;
  line_start = s->body;
  for (const guchar *p = s->body; p < at; p++)
    {
      if ((*p == '\n' || *p == '\r') && _aid_json_ends_line (p, s->end))
        {
          (*line)++;
          line_start = p + 1;
        }
    }
  *column = 1 + count_characters (line_start, at);
}

/* Describes what was found at @p for a message, as “x”, a word such as “True”, U+00A0 for an
 * invisible character or the end of the file. */
static char *
describe_found (Scanner      *s,
                const guchar *p)
{
  guchar c;
  guint length;

  if (p >= s->end)
    return g_strdup (_("the end of the file"));

  c = *p;
  if (is_word_byte (c))
    {
      const guchar *word_end = p;

      while (word_end < s->end && is_word_byte (*word_end) && word_end - p < MAX_WORD_SHOWN)
        word_end++;
      return g_strdup_printf ("“%.*s%s”", (int) (word_end - p), (const char *) p,
                              word_end < s->end && is_word_byte (*word_end) ? "…" : "");
    }

  if (c == '"')
    return g_strdup (_("a string"));
  if (c == ' ')
    return g_strdup (_("a space"));
  if (c == '\t')
    return g_strdup (_("a tab"));
  if (c == '\n' || c == '\r')
    return g_strdup (_("a line break"));
  if (c > 0x20 && c < 0x7F)
    return g_strdup_printf ("“%c”", c);

  if (c < 0x80)
    return g_strdup_printf ("U+%04X", c);

  length = utf8_length (p, s->end);
  if (length > 0)
    {
      gunichar u = g_utf8_get_char ((const char *) p);

      if (u == 0xFEFF)
        return g_strdup (_("a byte order mark (U+FEFF)"));
      if (g_unichar_isgraph (u) && g_unichar_type (u) != G_UNICODE_FORMAT)
        return g_strdup_printf ("“%.*s”", (int) length, (const char *) p);
      return g_strdup_printf ("U+%04X", u);
    }

  return g_strdup_printf ("“\\x%02X”", c);
}

/* Shows a member name in a message: decoded, shortened, with control characters as escapes. */
static char *
describe_name (const MemberKey *key)
{
  GString *out = g_string_new (NULL);
  const char *p = key->text;
  const char *end = key->text + key->length;

  while (p < end && out->len < MAX_NAME_SHOWN)
    {
      guint length = utf8_length ((const guchar *) p, (const guchar *) end);

      if ((guchar) *p < 0x20 || *p == 0x7F || length == 0)
        {
          g_string_append_printf (out, "\\x%02X", (guchar) *p);
          p++;
        }
      else
        {
          g_string_append_len (out, p, length);
          p += length;
        }
    }
  if (p < end)
    g_string_append (out, "…");

  return g_string_free (out, FALSE);
}

static gboolean
fail_with_path (Scanner           *s,
                AidJsonScanStatus  status,
                const guchar      *at,
                char              *message,
                char              *path)
{
  AidJsonScan *result = s->result;

  result->status = status;
  result->offset = at - s->data;
  position_of (s, at, &result->line, &result->column);
  result->message = message;
  result->path = path;

  return FALSE;
}

static G_GNUC_NO_INLINE gboolean
fail (Scanner           *s,
      AidJsonScanStatus  status,
      const guchar      *at,
      char              *message)
{
  return fail_with_path (s, status, at, message, build_path (s, NULL));
}

/* What the scanner expected when it found something else. */
typedef enum
{
  EXPECTED_VALUE,
  EXPECTED_DIGIT_AFTER_MINUS,
  EXPECTED_DIGIT_AFTER_POINT,
  EXPECTED_DIGIT_IN_EXPONENT,
  EXPECTED_FIRST_NAME,
  EXPECTED_NAME,
  EXPECTED_COLON,
  EXPECTED_OBJECT_NEXT,
  EXPECTED_ARRAY_NEXT,
} Expected;

/* Fails at @p with a message that says what was expected and what was found there. */
static G_GNUC_NO_INLINE gboolean
fail_expected (Scanner      *s,
               const guchar *p,
               Expected      expected)
{
  g_autofree char *found = describe_found (s, p);
  char *message = NULL;

  switch (expected)
    {
    case EXPECTED_VALUE:
      message = g_strdup_printf (_("expected a value, found %s"), found);
      break;
    case EXPECTED_DIGIT_AFTER_MINUS:
      message = g_strdup_printf (_("expected a digit after “-”, found %s"), found);
      break;
    case EXPECTED_DIGIT_AFTER_POINT:
      message = g_strdup_printf (_("expected a digit after the decimal point, found %s"), found);
      break;
    case EXPECTED_DIGIT_IN_EXPONENT:
      message = g_strdup_printf (_("expected a digit in the exponent, found %s"), found);
      break;
    case EXPECTED_FIRST_NAME:
      message = g_strdup_printf (_("expected a member name in quotes or “}”, found %s"), found);
      break;
    case EXPECTED_NAME:
      message = g_strdup_printf (_("expected a member name in quotes, found %s"), found);
      break;
    case EXPECTED_COLON:
      message = g_strdup_printf (_("expected “:” after the member name, found %s"), found);
      break;
    case EXPECTED_OBJECT_NEXT:
      message = g_strdup_printf (_("expected “,” or “}” after an object member, found %s"),
                                 found);
      break;
    case EXPECTED_ARRAY_NEXT:
      message = g_strdup_printf (_("expected “,” or “]” after an array element, found %s"),
                                 found);
      break;
    default:
      g_assert_not_reached ();
    }

  return fail (s, AID_JSON_SCAN_SYNTAX, p, message);
}

static G_GNUC_NO_INLINE gboolean
fail_expected_value (Scanner      *s,
                     const guchar *p)
{
  return fail_expected (s, p, EXPECTED_VALUE);
}

static G_GNUC_NO_INLINE gboolean
fail_too_deep (Scanner      *s,
               const guchar *p)
{
  char *message = g_strdup_printf (ngettext ("nesting deeper than %u level",
                                              "nesting deeper than %u levels",
                                              s->max_depth),
                                   s->max_depth);

  return fail (s, AID_JSON_SCAN_TOO_DEEP, p, message);
}

static G_GNUC_NO_INLINE gboolean
fail_too_many_items (Scanner      *s,
                     const guchar *p)
{
  char *message = g_strdup_printf (ngettext ("the array “%s” has more than %u element",
                                              "the array “%s” has more than %u elements",
                                              s->max_items),
                                   s->collect_member, s->max_items);

  return fail (s, AID_JSON_SCAN_TOO_MANY_ITEMS, p, message);
}

static G_GNUC_NO_INLINE const guchar *
fail_string (Scanner      *s,
             const guchar *open,
             const guchar *p)
{
  char *message;
  guchar c;

  if (p >= s->end)
    {
      fail (s, AID_JSON_SCAN_SYNTAX, open, g_strdup (_("unterminated string")));
      return NULL;
    }

  c = *p;
  if (c == '\n' || c == '\r')
    message = g_strdup (_("unterminated string: line break before the closing quote"));
  else if (c == '\t')
    message = g_strdup (_("tab character in a string, write it as “\\t”"));
  else if (c < 0x20)
    message = g_strdup_printf (_("control character U+%04X in a string, write it as “\\u%04X”"),
                               c, c);
  else
    message = g_strdup (_("invalid UTF-8 in a string"));

  fail (s, AID_JSON_SCAN_SYNTAX, p, message);

  return NULL;
}

static G_GNUC_NO_INLINE const guchar *
fail_escape (Scanner      *s,
             const guchar *open,
             const guchar *p)
{
  const guchar *end = s->end;
  char *message;

  if (end - p < 2)
    return fail_string (s, open, end);

  if (p[1] != 'u')
    {
      guint length = utf8_length (p + 1, end);

      if (p[1] > 0x20 && p[1] != 0x7F && length > 0 &&
          g_unichar_isgraph (g_utf8_get_char ((const char *) p + 1)))
        message = g_strdup_printf (_("invalid escape “\\%.*s” in a string"),
                                   (int) length, (const char *) p + 1);
      else
        message = g_strdup (_("invalid escape in a string: a backslash must be followed by "
                              "“\"”, “\\”, “/”, “b”, “f”, “n”, “r”, “t” or “u”"));
    }
  else if (read_hex4 (p + 2, end) < 0)
    message = g_strdup (_("invalid escape in a string: “\\u” must be followed by four "
                          "hexadecimal digits"));
  else
    message = g_strdup_printf (_("unpaired surrogate “%.6s” in a string"), (const char *) p);

  fail (s, AID_JSON_SCAN_SYNTAX, p, message);

  return NULL;
}

/* Checks the escape at @p (a backslash) and returns what follows it, or NULL after failing. */
static inline const guchar *
scan_escape (Scanner      *s,
             const guchar *open,
             const guchar *p)
{
  const guchar *end = s->end;
  gint32 unit;

  if (G_UNLIKELY (end - p < 2))
    return fail_escape (s, open, p);

  switch (p[1])
    {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
      return p + 2;

    case 'u':
      unit = read_hex4 (p + 2, end);
      if (G_UNLIKELY (unit < 0))
        return fail_escape (s, open, p);
      if (G_LIKELY (unit < 0xD800 || unit > 0xDFFF))
        return p + 6;
      /* As json-glib does, a high surrogate must be followed by an escaped low one. */
      if (unit <= 0xDBFF && end - p >= 12 && p[6] == '\\' && p[7] == 'u')
        {
          gint32 low = read_hex4 (p + 8, end);

          if (low >= 0xDC00 && low <= 0xDFFF)
            return p + 12;
        }
      return fail_escape (s, open, p);

    default:
      return fail_escape (s, open, p);
    }
}

/* Checks the string whose opening quote is at @open and returns what follows its closing
 * quote, or NULL after failing. */
static inline const guchar *
scan_string (Scanner      *s,
             const guchar *open,
             gboolean     *has_escapes)
{
  const guchar *end = s->end;
  const guchar *p = open + 1;

  for (;;)
    {
      guchar c;

      p = skip_plain_string_bytes (p, end);
      if (G_UNLIKELY (p >= end))
        return fail_string (s, open, p);

      c = *p;
      if (c == '"')
        break;

      if (c == '\\')
        {
          p = scan_escape (s, open, p);
          if (p == NULL)
            return NULL;
          *has_escapes = TRUE;
        }
      else if (c >= 0x80)
        {
          guint length = utf8_length (p, end);

          if (G_UNLIKELY (length == 0))
            return fail_string (s, open, p);
          p += length;
        }
      else
        return fail_string (s, open, p);
    }

  if (G_UNLIKELY ((gsize) (p - open - 1) > s->max_string_length))
    {
      /* xgettext cannot see through G_GSIZE_FORMAT, so the number is formatted apart. */
      g_autofree char *limit = g_strdup_printf ("%" G_GSIZE_FORMAT, s->max_string_length);
      char *message = g_strdup_printf (ngettext ("string longer than %s byte",
                                                 "string longer than %s bytes",
                                                 s->max_string_length),
                                       limit);

      fail (s, AID_JSON_SCAN_STRING_TOO_LONG, open, message);
      return NULL;
    }

  return p + 1;
}

/* Checks the number at @p and returns what follows it, or NULL after failing. */
static inline const guchar *
scan_number (Scanner      *s,
             const guchar *p)
{
  const guchar *end = s->end;

  if (*p == '-')
    {
      p++;
      if (G_UNLIKELY (p == end || !is_digit (*p)))
        {
          fail_expected (s, p, EXPECTED_DIGIT_AFTER_MINUS);
          return NULL;
        }
    }

  if (*p == '0')
    {
      p++;
      if (G_UNLIKELY (p < end && is_digit (*p)))
        {
          fail (s, AID_JSON_SCAN_SYNTAX, p - 1, g_strdup (_("number with a leading zero")));
          return NULL;
        }
    }
  else
    {
      while (p < end && is_digit (*p))
        p++;
    }

  if (p < end && *p == '.')
    {
      p++;
      if (G_UNLIKELY (p == end || !is_digit (*p)))
        {
          fail_expected (s, p, EXPECTED_DIGIT_AFTER_POINT);
          return NULL;
        }
      while (p < end && is_digit (*p))
        p++;
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (G_UNLIKELY (p == end || !is_digit (*p)))
        {
          fail_expected (s, p, EXPECTED_DIGIT_IN_EXPONENT);
          return NULL;
        }
      while (p < end && is_digit (*p))
        p++;
    }

  return p;
}

/* Fails on the name @second, which repeats one of the innermost object's earlier names. */
static G_GNUC_NO_INLINE gboolean
fail_duplicate (Scanner         *s,
                const MemberKey *second)
{
  const Frame *frame = &s->frames[s->depth - 1];
  g_autofree char *name = describe_name (second);
  const MemberKey *first = NULL;
  guint line;
  guint column;
  char *message;

  for (gsize i = frame->first_key; first == NULL; i++)
    if (same_name (get_key (s, i), second))
      first = get_key (s, i);

  position_of (s, s->data + first->offset, &line, &column);
  message = g_strdup_printf (_("the member “%s” appears twice in this object "
                               "(first at line %u, column %u)"),
                             name, line, column);

  return fail_with_path (s, AID_JSON_SCAN_DUPLICATE_KEY, s->data + second->offset, message,
                         build_path (s, second));
}

/* Checks that the member name between @open and @after (past its closing quote) is new in
 * the innermost object, and makes it the member being read. */
static gboolean
add_member (Scanner      *s,
            const guchar *open,
            const guchar *after,
            gboolean      has_escapes)
{
  Frame *frame = &s->frames[s->depth - 1];
  MemberKey key = { 0, };
  MemberKey *pushed;

  key.offset = open - s->data;
  if (G_LIKELY (!has_escapes))
    {
      key.text = (const char *) open + 1;
      key.length = after - open - 2;
    }
  else
    {
      /* The string was checked, so decoding cannot fail. */
      _aid_json_decode_string (open + 1, after - 1, s->decoded);
      key.text = s->decoded->str;
      key.length = s->decoded->len;
    }
  key.hash = hash_name (key.text, key.length);

  if (!frame->hashed)
    {
      gsize n = s->n_keys - frame->first_key;

      for (gsize i = frame->first_key; i < s->n_keys; i++)
        if (G_UNLIKELY (same_name (get_key (s, i), &key)))
          return fail_duplicate (s, &key);

      if (n >= LINEAR_MEMBERS)
        {
          GHashTable *table = s->tables[s->depth - 1];

          if (table == NULL)
            table = s->tables[s->depth - 1] = g_hash_table_new (member_key_hash,
                                                                member_key_equal);
          for (gsize i = frame->first_key; i < s->n_keys; i++)
            g_hash_table_add (table, get_key (s, i));
          frame->hashed = TRUE;
        }
    }

  if (has_escapes)
    {
      key.text = g_memdup2 (key.text, key.length + 1);
      key.owned = TRUE;
      frame->owns_names = TRUE;
    }
  pushed = push_key (s, &key);

  /* One operation per name: adding tells whether the name was there. The repeated name stays
   * on the key stack, where the scan's end frees it. */
  if (frame->hashed && G_UNLIKELY (!g_hash_table_add (s->tables[s->depth - 1], pushed)))
    return fail_duplicate (s, pushed);

  frame->current_key = s->n_keys - 1;
  frame->index++;
  frame->in_value = TRUE;

  return TRUE;
}

static gboolean
push_frame (Scanner      *s,
            const guchar *p,
            gboolean      is_object)
{
  Frame *frame;

  if (G_UNLIKELY (s->depth >= s->max_depth))
    return fail_too_deep (s, p);

  if (s->depth == s->n_frames)
    {
      guint n = MIN (MAX (s->n_frames * 2, 16), s->max_depth);

      s->frames = g_renew (Frame, s->frames, n);
      s->tables = g_renew (GHashTable *, s->tables, n);
      memset (s->tables + s->n_frames, 0, (n - s->n_frames) * sizeof (GHashTable *));
      s->n_frames = n;
    }

  frame = &s->frames[s->depth++];
  frame->first_key = s->n_keys;
  frame->current_key = 0;
  frame->index = 0;
  frame->is_object = is_object;
  frame->in_value = FALSE;
  frame->hashed = FALSE;
  frame->owns_names = FALSE;

  return TRUE;
}

static void
pop_frame (Scanner *s)
{
  Frame *frame = &s->frames[--s->depth];

  if (!frame->is_object)
    return;

  if (frame->owns_names)
    {
      for (gsize i = frame->first_key; i < s->n_keys; i++)
        {
          MemberKey *key = get_key (s, i);

          if (key->owned)
            g_free ((char *) key->text);
        }
    }
  s->n_keys = frame->first_key;

  if (frame->hashed)
    g_hash_table_remove_all (s->tables[s->depth]);
}

static inline void
start_item (Scanner      *s,
            const guchar *p)
{
  AidJsonSpan span;

  span.offset = p - s->data;
  span.length = 0;
  span.line = s->line;
  span.column = column_of (s, p);
  g_array_append_val (s->items, span);
}

/* The scan proper: a loop over the bytes that jumps between three states (a value is
 * expected, a value has ended, a member name is expected) and keeps its open containers on
 * an explicit stack instead of recursing. */
static gboolean
scan_document (Scanner *s)
{
  const guchar *end = s->end;
  const guchar *p = s->body;
  const guchar *comma = NULL;
  Frame *frame;

  p = skip_whitespace (s, p);
  if (p == end)
    {
      const char *message = s->body == end ? _("the file is empty")
                                           : _("the file contains only whitespace");

      return fail (s, AID_JSON_SCAN_SYNTAX, s->body, g_strdup (message));
    }
  s->root_start = p;
  s->result->root.line = s->line;
  s->result->root.column = column_of (s, p);

value:
  /* @p is where a value must start, after any whitespace. */
  if (G_UNLIKELY (p == end))
    return fail_expected_value (s, p);

  if (G_UNLIKELY (s->depth == s->collect_depth))
    {
      if (s->items->len >= s->max_items)
        return fail_too_many_items (s, p);
      start_item (s, p);
    }

  switch (*p)
    {
    case '"':
      {
        gboolean has_escapes = FALSE;

        p = scan_string (s, p, &has_escapes);
        if (p == NULL)
          return FALSE;
      }
      goto after_value;

    case '{':
      if (!push_frame (s, p, TRUE))
        return FALSE;
      p = skip_whitespace (s, p + 1);
      if (p < end && *p == '}')
        {
          pop_frame (s);
          p++;
          goto after_value;
        }
      comma = NULL;
      goto member_name;

    case '[':
      if (!push_frame (s, p, FALSE))
        return FALSE;
      if (G_UNLIKELY (s->collect_next))
        {
          s->collect_next = FALSE;
          s->collect_depth = s->depth;
          s->items_member.offset = p - s->data;
          s->items_member.line = s->line;
          s->items_member.column = column_of (s, p);
        }
      p = skip_whitespace (s, p + 1);
      if (p < end && *p == ']')
        {
          if (G_UNLIKELY (s->depth == s->collect_depth))
            {
              s->items_member.length = (p + 1 - s->data) - s->items_member.offset;
              s->result->has_items = TRUE;
              s->collect_depth = G_MAXUINT;
            }
          pop_frame (s);
          p++;
          goto after_value;
        }
      s->frames[s->depth - 1].in_value = TRUE;
      goto value;

    case 't':
      if (end - p < 4 || memcmp (p, "true", 4) != 0 || (end - p > 4 && is_word_byte (p[4])))
        return fail_expected_value (s, p);
      p += 4;
      goto after_value;

    case 'f':
      if (end - p < 5 || memcmp (p, "false", 5) != 0 || (end - p > 5 && is_word_byte (p[5])))
        return fail_expected_value (s, p);
      p += 5;
      goto after_value;

    case 'n':
      if (end - p < 4 || memcmp (p, "null", 4) != 0 || (end - p > 4 && is_word_byte (p[4])))
        return fail_expected_value (s, p);
      p += 4;
      goto after_value;

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      p = scan_number (s, p);
      if (p == NULL)
        return FALSE;
      goto after_value;

    default:
      return fail_expected_value (s, p);
    }

member_name:
  /* @p is where a member name must start, after “{” or “,” and whitespace. */
  if (G_UNLIKELY (p == end || *p != '"'))
    {
      if (comma == NULL)
        return fail_expected (s, p, EXPECTED_FIRST_NAME);
      return fail_expected (s, p, EXPECTED_NAME);
    }
  {
    const guchar *open = p;
    gboolean has_escapes = FALSE;

    p = scan_string (s, open, &has_escapes);
    if (p == NULL || !add_member (s, open, p, has_escapes))
      return FALSE;

    p = skip_whitespace (s, p);
    if (G_UNLIKELY (p == end || *p != ':'))
      return fail_expected (s, p, EXPECTED_COLON);
    p = skip_whitespace (s, p + 1);

    if (G_UNLIKELY (s->depth == 1 && s->collect_member != NULL) && p < end && *p == '[')
      {
        const MemberKey *key = get_key (s, s->frames[0].current_key);

        s->collect_next = key->length == s->collect_length &&
                          memcmp (key->text, s->collect_member, key->length) == 0;
      }
  }
  goto value;

after_value:
  /* @p is just after a complete value. */
  if (G_UNLIKELY (s->depth == s->collect_depth))
    {
      AidJsonSpan *span = &g_array_index (s->items, AidJsonSpan, s->items->len - 1);

      span->length = (p - s->data) - span->offset;
    }

  if (G_UNLIKELY (s->depth == 0))
    {
      s->result->root.offset = s->root_start - s->data;
      s->result->root.length = p - s->root_start;
      p = skip_whitespace (s, p);
      if (p != end)
        return fail (s, AID_JSON_SCAN_SYNTAX, p,
                     g_strdup (_("unexpected text after the end of the document")));
      return TRUE;
    }

  frame = &s->frames[s->depth - 1];
  frame->in_value = FALSE;
  p = skip_whitespace (s, p);

  if (G_LIKELY (p < end && *p == ','))
    {
      comma = p;
      p = skip_whitespace (s, p + 1);
      if (frame->is_object)
        {
          if (G_UNLIKELY (p < end && *p == '}'))
            return fail (s, AID_JSON_SCAN_SYNTAX, comma, g_strdup (_("trailing comma before “}”")));
          goto member_name;
        }
      if (G_UNLIKELY (p < end && *p == ']'))
        return fail (s, AID_JSON_SCAN_SYNTAX, comma, g_strdup (_("trailing comma before “]”")));
      frame->index++;
      frame->in_value = TRUE;
      goto value;
    }

  if (frame->is_object)
    {
      if (G_UNLIKELY (p == end || *p != '}'))
        return fail_expected (s, p, EXPECTED_OBJECT_NEXT);
    }
  else
    {
      if (G_UNLIKELY (p == end || *p != ']'))
        return fail_expected (s, p, EXPECTED_ARRAY_NEXT);
      if (G_UNLIKELY (s->depth == s->collect_depth))
        {
          s->items_member.length = (p + 1 - s->data) - s->items_member.offset;
          s->result->has_items = TRUE;
          s->collect_depth = G_MAXUINT;
        }
    }
  pop_frame (s);
  p++;
  goto after_value;
}

/* Public API */

/**
 * aid_json_limits_init_default:
 * @limits: the limits to fill
 *
 * Fills @limits with the defaults: %AID_JSON_DEFAULT_MAX_DEPTH,
 * %AID_JSON_DEFAULT_MAX_STRING_LENGTH and %AID_JSON_DEFAULT_MAX_ITEMS.
 */
void
aid_json_limits_init_default (AidJsonLimits *limits)
{
  g_return_if_fail (limits != NULL);

  limits->max_depth = AID_JSON_DEFAULT_MAX_DEPTH;
  limits->max_string_length = AID_JSON_DEFAULT_MAX_STRING_LENGTH;
  limits->max_items = AID_JSON_DEFAULT_MAX_ITEMS;
}

/**
 * aid_json_scan:
 * @data: the document's bytes, not necessarily NUL-terminated
 * @length: the number of bytes in @data
 * @collect_member: (nullable): the root object's member whose array elements to record
 * @limits: (nullable): the limits, or %NULL for the defaults
 * @scan: (out caller-allocates): the result, overwritten (clear it first if it holds one)
 *
 * Checks a whole JSON document in one pass. @scan is always filled, so that
 * aid_json_scan_clear() can be called whatever the result.
 *
 * Returns: %TRUE if @scan's status is %AID_JSON_SCAN_OK
 */
gboolean
aid_json_scan (const char          *data,
               gsize                length,
               const char          *collect_member,
               const AidJsonLimits *limits,
               AidJsonScan         *scan)
{
  AidJsonLimits defaults;
  Scanner s = { 0, };
  gboolean ok;

  g_return_val_if_fail (scan != NULL, FALSE);

  /* A failed precondition below still leaves a result that can be cleared. */
  memset (scan, 0, sizeof *scan);
  scan->status = AID_JSON_SCAN_SYNTAX;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (limits == NULL)
    {
      aid_json_limits_init_default (&defaults);
      limits = &defaults;
    }

  scan->status = AID_JSON_SCAN_OK;

  s.data = (const guchar *) (data != NULL ? data : "");
  s.end = s.data + length;
  s.body = s.data;
  /* json-glib skips one UTF-8 byte order mark; it does not count as a column either. */
  if (length >= 3 && memcmp (s.data, "\xEF\xBB\xBF", 3) == 0)
    s.body += 3;

  s.max_depth = MIN (limits->max_depth, JSON_GLIB_MAX_DEPTH);
  s.max_string_length = limits->max_string_length;
  s.max_items = limits->max_items;
  s.line = 1;
  s.line_start = s.body;
  s.column_at = s.body;
  s.column = 1;
  s.key_blocks = g_ptr_array_new_with_free_func (g_free);
  s.decoded = g_string_new (NULL);
  s.collect_member = collect_member;
  s.collect_length = collect_member != NULL ? strlen (collect_member) : 0;
  s.collect_depth = G_MAXUINT;
  s.items = g_array_new (FALSE, FALSE, sizeof (AidJsonSpan));
  s.result = scan;

  ok = scan_document (&s);

  if (ok)
    {
      scan->root_is_object = *s.root_start == '{';
      if (scan->has_items)
        {
          scan->items_member = s.items_member;
          scan->items = g_steal_pointer (&s.items);
        }
    }
  else
    {
      scan->root = (AidJsonSpan) { 0, };
      scan->has_items = FALSE;
    }

  /* Frees what open objects still hold when the scan stopped early. */
  while (s.depth > 0)
    pop_frame (&s);
  for (guint i = 0; i < s.n_frames; i++)
    g_clear_pointer (&s.tables[i], g_hash_table_unref);
  g_free (s.tables);
  g_free (s.frames);
  g_ptr_array_unref (s.key_blocks);
  g_string_free (s.decoded, TRUE);
  g_clear_pointer (&s.items, g_array_unref);

  return ok;
}

/**
 * aid_json_scan_clear:
 * @scan: a result of aid_json_scan()
 *
 * Frees what @scan holds and zeroes it.
 */
void
aid_json_scan_clear (AidJsonScan *scan)
{
  g_return_if_fail (scan != NULL);

  g_free (scan->message);
  g_free (scan->path);
  g_clear_pointer (&scan->items, g_array_unref);
  memset (scan, 0, sizeof *scan);
}
