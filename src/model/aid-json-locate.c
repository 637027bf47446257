/* aid-json-locate.c: finding a value again by its path in a scanned document
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * aid_json_scan() checks a document once; the loader's diagnostics then need the line and column
 * of one value, by its path, inside one collected element. This walks forward over that element
 * only, trusting the scan for the document's syntax but never reading past the span it is given.
 */

#define G_LOG_DOMAIN "aid-json-locate"

#include "config.h"

#include <string.h>

#include "aid-json-locate.h"
#include "aid-json-scanner-private.h"

/* Helpers */

static inline const guchar *
locate_skip_whitespace (const guchar *p,
                        const guchar *end)
{
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
    p++;

  return p;
}

/* Returns what follows the string whose opening quote is at @p, or NULL. */
static const guchar *
locate_skip_string (const guchar *p,
                    const guchar *end)
{
  for (p++; p < end; p++)
    {
      if (*p == '\\')
        p++;
      else if (*p == '"')
        return p + 1;
    }

  return NULL;
}

/* Returns what follows the value at @p, or NULL. Containers are skipped by counting brackets,
 * which is enough for a document that was scanned. */
static const guchar *
locate_skip_value (const guchar *p,
                   const guchar *end)
{
  const guchar *start = p;
  gsize depth = 0;

  if (p >= end)
    return NULL;

  if (*p == '"')
    return locate_skip_string (p, end);

  if (*p != '[' && *p != '{')
    {
      while (p < end && *p != ',' && *p != ']' && *p != '}' && *p != ' ' && *p != '\t' &&
             *p != '\n' && *p != '\r' && *p != ':' && *p != '"' && *p != '[' && *p != '{')
        p++;
      return p > start ? p : NULL;
    }

  while (p < end)
    {
      switch (*p)
        {
        case '"':
          p = locate_skip_string (p, end);
          if (p == NULL)
            return NULL;
          continue;
        case '[':
        case '{':
          depth++;
          break;
        case ']':
        case '}':
          if (--depth == 0)
            return p + 1;
          break;
        default:
          break;
        }
      p++;
    }

  return NULL;
}

/* Moves from the object at @p to the value of its member @name. */
static const guchar *
locate_member (const guchar *p,
               const guchar *end,
               const GString *name,
               GString      *decoded)
{
  if (p >= end || *p != '{')
    return NULL;

  p = locate_skip_whitespace (p + 1, end);
  if (p < end && *p == '}')
    return NULL;

  while (p < end && *p == '"')
    {
      const guchar *open = p;
      const guchar *after = locate_skip_string (p, end);
      gboolean match;

      if (after == NULL)
        return NULL;

      if (memchr (open + 1, '\\', after - 1 - (open + 1)) == NULL)
        match = (gsize) (after - open - 2) == name->len &&
                memcmp (open + 1, name->str, name->len) == 0;
      else
        match = _aid_json_decode_string (open + 1, after - 1, decoded) &&
                decoded->len == name->len &&
                memcmp (decoded->str, name->str, name->len) == 0;

      p = locate_skip_whitespace (after, end);
      if (p >= end || *p != ':')
        return NULL;
      p = locate_skip_whitespace (p + 1, end);
      if (match)
        return p;

      p = locate_skip_value (p, end);
      if (p == NULL)
        return NULL;
      p = locate_skip_whitespace (p, end);
      if (p >= end || *p != ',')
        return NULL;
      p = locate_skip_whitespace (p + 1, end);
    }

  return NULL;
}

/* Moves from the array at @p to its element @index. */
static const guchar *
locate_element (const guchar *p,
                const guchar *end,
                guint64       index)
{
  if (p >= end || *p != '[')
    return NULL;

  p = locate_skip_whitespace (p + 1, end);
  if (p < end && *p == ']')
    return NULL;

  for (guint64 i = 0; i < index; i++)
    {
      p = locate_skip_value (p, end);
      if (p == NULL)
        return NULL;
      p = locate_skip_whitespace (p, end);
      if (p >= end || *p != ',')
        return NULL;
      p = locate_skip_whitespace (p + 1, end);
    }

  return p < end ? p : NULL;
}

/* Public API */

/**
 * aid_json_locate:
 * @data: the document that aid_json_scan() accepted
 * @length: the number of bytes in @data
 * @within: the span of a value in @data, such as one of the collected items
 * @path: a path relative to @within, such as "budget.amount", "sectors[1].code" or ""
 * @located: (out caller-allocates): the span of the value at @path
 *
 * Finds a value inside another, in one forward pass over @within. Member names in @path escape
 * “.”, “[”, “]” and “\” with a backslash, as the paths of #AidJsonScan do.
 *
 * Returns: %TRUE if @path leads to a value, %FALSE if a member is missing, an index is out of
 *   range, a container has the other type or @path is malformed
 */
gboolean
aid_json_locate (const char        *data,
                 gsize              length,
                 const AidJsonSpan *within,
                 const char        *path,
                 AidJsonSpan       *located)
{
  g_autoptr(GString) name = NULL;
  g_autoptr(GString) decoded = NULL;
  const guchar *start;
  const guchar *end;
  const guchar *p;
  const guchar *value_end;
  const char *q = path;
  guint line;
  guint column;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (within != NULL, FALSE);
  g_return_val_if_fail (within->offset <= length, FALSE);
  g_return_val_if_fail (within->length <= length - within->offset, FALSE);
  g_return_val_if_fail (within->line >= 1 && within->column >= 1, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (located != NULL, FALSE);

  if (within->length == 0)
    return FALSE;

  start = (const guchar *) data + within->offset;
  end = start + within->length;
  p = start;
  name = g_string_new (NULL);
  decoded = g_string_new (NULL);

  while (*q != '\0')
    {
      if (*q == '[')
        {
          guint64 index = 0;

          q++;
          if (!g_ascii_isdigit (*q))
            return FALSE;
          for (; g_ascii_isdigit (*q); q++)
            {
              if (index > (G_MAXUINT64 - 9) / 10)
                return FALSE;
              index = index * 10 + (*q - '0');
            }
          if (*q != ']')
            return FALSE;
          q++;
          p = locate_element (p, end, index);
        }
      else
        {
          if (q != path)
            {
              if (*q != '.')
                return FALSE;
              q++;
            }
          g_string_truncate (name, 0);
          while (*q != '\0' && *q != '.' && *q != '[')
            {
              if (*q == '\\' && q[1] != '\0')
                q++;
              g_string_append_c (name, *q);
              q++;
            }
          p = locate_member (p, end, name, decoded);
        }

      if (p == NULL)
        return FALSE;
    }

  value_end = locate_skip_value (p, end);
  if (value_end == NULL)
    return FALSE;

  /* Counts lines and columns from @within's own position, as the scanner does. */
  line = within->line;
  column = within->column;
  for (const guchar *c = start; c < p; c++)
    {
      if ((*c == '\n' || *c == '\r') && _aid_json_ends_line (c, (const guchar *) data + length))
        {
          line++;
          column = 1;
        }
      else if (*c != '\n')
        column += (*c & 0xC0) != 0x80;
    }

  located->offset = p - (const guchar *) data;
  located->length = value_end - p;
  located->line = line;
  located->column = column;

  return TRUE;
}
