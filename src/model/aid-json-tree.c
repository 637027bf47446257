/* aid-json-tree.c: json-glib trees from text the scanner has accepted
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * JsonParser spends most of a large dataset's load lexing again what aid_json_scan() has just
 * checked, and emitting a signal for every object, array and member. Text the scanner accepted
 * needs no checking: this builds the same tree (the same node types, values and member order)
 * in one descent. Where it could differ from json-glib, an integer past what a gint64 holds, it
 * gives up and the caller parses with json-glib.
 */

#define G_LOG_DOMAIN "aid-json-tree"

#include "config.h"

#include <errno.h>
#include <string.h>

#include "aid-json-tree.h"

typedef struct
{
  const char *p;
  const char *end;
  GString    *buffer;
  gboolean    failed;
} Builder;

static JsonNode *build_value (Builder *b);

static inline void
skip_space (Builder *b)
{
  while (b->p < b->end && (*b->p == ' ' || *b->p == '\n' || *b->p == '\r' || *b->p == '\t'))
    b->p++;
}

static guint
hex4 (const char *p)
{
  guint value = 0;

  for (guint i = 0; i < 4; i++)
    value = value * 16 + (guint)g_ascii_xdigit_value (p[i]);

  return value;
}

/* The string whose opening quote is at b->p, unescaped into b->buffer. */
static const char *
read_string (Builder *b)
{
  const char *start = ++b->p;
  const char *p = start;

  /* Most strings have no escape: copied as they are. */
  while (*p != '"' && *p != '\\')
    p++;
  g_string_truncate (b->buffer, 0);
  g_string_append_len (b->buffer, start, p - start);

  while (*p != '"')
    {
      const char *plain;

      /* *p is a backslash: the scanner checked every escape. */
      switch (p[1])
        {
        case 'b': g_string_append_c (b->buffer, '\b'); p += 2; break;
        case 'f': g_string_append_c (b->buffer, '\f'); p += 2; break;
        case 'n': g_string_append_c (b->buffer, '\n'); p += 2; break;
        case 'r': g_string_append_c (b->buffer, '\r'); p += 2; break;
        case 't': g_string_append_c (b->buffer, '\t'); p += 2; break;
        case 'u':
          {
            gunichar c = hex4 (p + 2);

            p += 6;
            if (c >= 0xD800 && c <= 0xDBFF)
              {
                c = 0x10000 + ((c - 0xD800) << 10) + (hex4 (p + 2) - 0xDC00);
                p += 6;
              }
            g_string_append_unichar (b->buffer, c);
          }
          break;
        default:  /* " \ / */
          g_string_append_c (b->buffer, p[1]);
          p += 2;
          break;
        }

      plain = p;
      while (*p != '"' && *p != '\\')
        p++;
      g_string_append_len (b->buffer, plain, p - plain);
    }

  b->p = p + 1;

  return b->buffer->str;
}

static JsonNode *
build_number (Builder *b)
{
  const char *start = b->p;
  gboolean is_integer = TRUE;
  char stack[64];
  g_autofree char *heap = NULL;
  char *text;
  gsize length;
  JsonNode *node;

  if (*b->p == '-')
    b->p++;
  while (b->p < b->end && ((*b->p >= '0' && *b->p <= '9') || *b->p == '.' || *b->p == 'e' || *b->p == 'E' ||
                           *b->p == '+' || *b->p == '-'))
    {
      if (*b->p == '.' || *b->p == 'e' || *b->p == 'E')
        is_integer = FALSE;
      b->p++;
    }

  /* The number's text alone: the value may end where @data does, with nothing after it. */
  length = (gsize)(b->p - start);
  text = length < sizeof stack ? stack : (heap = g_malloc (length + 1));
  memcpy (text, start, length);
  text[length] = '\0';

  node = json_node_alloc ();
  if (is_integer)
    {
      gint64 value;

      /* Past what a gint64 holds, json-glib's rule is json-glib's to apply. */
      errno = 0;
      value = g_ascii_strtoll (text, NULL, 10);
      if (errno != 0)
        {
          b->failed = TRUE;
          return json_node_init_null (node);
        }
      return json_node_init_int (node, value);
    }

  return json_node_init_double (node, g_ascii_strtod (text, NULL));
}

static JsonNode *
build_object (Builder *b)
{
  JsonObject *object = json_object_new ();
  JsonNode *node;

  b->p++;
  skip_space (b);
  while (*b->p != '}' && !b->failed)
    {
      char *name;
      JsonNode *value;

      name = g_strdup (read_string (b));
      skip_space (b);
      b->p++;  /* : */
      skip_space (b);
      value = build_value (b);
      json_object_set_member (object, name, value);
      g_free (name);
      skip_space (b);
      if (*b->p == ',')
        {
          b->p++;
          skip_space (b);
        }
    }
  b->p++;

  node = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);

  return node;
}

static JsonNode *
build_value (Builder *b)
{
  switch (*b->p)
    {
    case '{':
      return build_object (b);

    case '[':
      {
        JsonArray *array = json_array_new ();
        JsonNode *node;

        b->p++;
        skip_space (b);
        while (*b->p != ']' && !b->failed)
          {
            json_array_add_element (array, build_value (b));
            skip_space (b);
            if (*b->p == ',')
              {
                b->p++;
                skip_space (b);
              }
          }
        b->p++;
        node = json_node_init_array (json_node_alloc (), array);
        json_array_unref (array);

        return node;
      }

    case '"':
      return json_node_init_string (json_node_alloc (), read_string (b));

    case 't':
      b->p += 4;
      return json_node_init_boolean (json_node_alloc (), TRUE);

    case 'f':
      b->p += 5;
      return json_node_init_boolean (json_node_alloc (), FALSE);

    case 'n':
      b->p += 4;
      return json_node_init_null (json_node_alloc ());

    default:
      return build_number (b);
    }
}

/**
 * aid_json_tree_build:
 * @data: JSON text that aid_json_scan() accepted, not necessarily followed by a NUL byte
 * @length: its length
 *
 * Returns: (transfer full) (nullable): the tree json-glib's strict parser would make of @data,
 *   or NULL where this cannot be sure to make the same (the caller then uses json-glib)
 */
JsonNode *
aid_json_tree_build (const char *data,
                     gsize       length)
{
  g_autoptr(GString) buffer = g_string_sized_new (256);
  Builder b = { data, data + length, buffer, FALSE };
  JsonNode *root;

  skip_space (&b);
  root = build_value (&b);
  if (b.failed)
    {
      json_node_unref (root);
      return NULL;
    }

  return root;
}

/**
 * aid_json_tree_equal:
 *
 * Whether two trees are the same as aid_json_tree_build() means it: the same node and value
 * types (json_node_equal() takes 1 and 1.0 as equal), values, member names and order. For the
 * tests and the fuzzing that hold it to json-glib.
 */
gboolean
aid_json_tree_equal (JsonNode *a,
                     JsonNode *b)
{
  if (json_node_get_node_type (a) != json_node_get_node_type (b))
    return FALSE;

  switch (json_node_get_node_type (a))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter_a, iter_b;
        const char *name_a, *name_b;
        JsonNode *member_a, *member_b;

        if (json_object_get_size (json_node_get_object (a)) != json_object_get_size (json_node_get_object (b)))
          return FALSE;
        json_object_iter_init_ordered (&iter_a, json_node_get_object (a));
        json_object_iter_init_ordered (&iter_b, json_node_get_object (b));
        while (json_object_iter_next_ordered (&iter_a, &name_a, &member_a))
          if (!json_object_iter_next_ordered (&iter_b, &name_b, &member_b) ||
              g_strcmp0 (name_a, name_b) != 0 || !aid_json_tree_equal (member_a, member_b))
            return FALSE;
      }
      return TRUE;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array_a = json_node_get_array (a), *array_b = json_node_get_array (b);

        if (json_array_get_length (array_a) != json_array_get_length (array_b))
          return FALSE;
        for (guint i = 0; i < json_array_get_length (array_a); i++)
          if (!aid_json_tree_equal (json_array_get_element (array_a, i), json_array_get_element (array_b, i)))
            return FALSE;
      }
      return TRUE;

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (a) != json_node_get_value_type (b))
        return FALSE;
      if (json_node_get_value_type (a) == G_TYPE_INT64)
        return json_node_get_int (a) == json_node_get_int (b);
      if (json_node_get_value_type (a) == G_TYPE_DOUBLE)
        {
          double x = json_node_get_double (a), y = json_node_get_double (b);

          return memcmp (&x, &y, sizeof x) == 0;
        }
      if (json_node_get_value_type (a) == G_TYPE_BOOLEAN)
        return json_node_get_boolean (a) == json_node_get_boolean (b);
      return g_strcmp0 (json_node_get_string (a), json_node_get_string (b)) == 0;

    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}
