/* aid-totals.c: sums that users can trust
 *
 * Copyright 2026 Aid Explorer contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules, from the dataset issue: amounts of different kinds are never added together; a
 * currency is converted only at a fixed rate the dataset publishes (XOF at 655.957 per euro),
 * and what was converted is counted as such; an amount in any other currency is kept apart; an
 * activity without any published amount is counted, never summed as zero; sectors and regions
 * get only what is attributable to them (a single sector or region, or published percentages),
 * and the rest is reported as not attributable, never split by guess.
 */

#define G_LOG_DOMAIN "aid-totals"

#include "config.h"

#include <math.h>
#include <string.h>

#include "aid-model-private.h"
#include "aid-totals.h"
#include "aid-totals-private.h"

struct _AidTotals
{
  GObject     parent_instance;

  guint       n_activities;
  guint       n_without_amount;
  AidSum      sums[AID_N_AMOUNT_KINDS];
  GArray     *rows[AID_N_DIMENSIONS];     /* of AidBreakdownRow, sorted by key, NULL last */
  GStringChunk *keys;
};

G_DEFINE_FINAL_TYPE (AidTotals, aid_totals, G_TYPE_OBJECT)

/* Sums */

void
_aid_sum_clear (AidSum *sum)
{
  g_clear_pointer (&sum->others, g_array_unref);
}

static const AidExchangeRate *
find_rate (AidDataset *dataset,
           const char *currency)
{
  for (guint i = 0; i < dataset->exchange_rates->len; i++)
    {
      const AidExchangeRate *rate = g_ptr_array_index (dataset->exchange_rates, i);

      if (rate->currency == currency && rate->base == dataset->default_currency && rate->rate > 0)
        return rate;
    }

  return NULL;
}

/* Amounts are never negative and each is at most AID_MAX_AMOUNT_CENTS, but a file can hold
 * enough of them, or a tiny enough exchange rate, to go past what a gint64 of cents holds
 * (about 92 million billion euros): such a sum stays at G_MAXINT64 rather than overflow. */
static gint64
add_cents (gint64 a,
           gint64 b)
{
  gint64 sum;

  if (__builtin_add_overflow (a, b, &sum))
    return b > 0 ? G_MAXINT64 : G_MININT64;

  return sum;
}

/* Rounds to whole cents, within what a gint64 holds. */
static gint64
round_cents (double value)
{
  /* 2^63 is the first double past G_MAXINT64; the negation also catches NaN. */
  if (!(value < 9223372036854775808.0))
    return G_MAXINT64;
  if (value < -9223372036854775808.0)
    return G_MININT64;

  return (gint64)llround (value);
}

/* Adds @cents of @currency, scaled by @fraction (1 unless a published percentage splits it). */
void
_aid_sum_add (AidSum     *sum,
              AidDataset *dataset,
              const char *currency,
              gint64      cents,
              double      fraction)
{
  const AidExchangeRate *rate;

  if (fraction != 1.0)
    cents = round_cents ((double)cents * fraction);

  if (currency == dataset->default_currency)
    {
      sum->cents = add_cents (sum->cents, cents);
      sum->n_amounts++;
    }
  else if ((rate = find_rate (dataset, currency)) != NULL)
    {
      gint64 converted = round_cents ((double)cents / rate->rate);

      sum->cents = add_cents (sum->cents, converted);
      sum->converted_cents = add_cents (sum->converted_cents, converted);
      sum->n_amounts++;
      sum->n_converted++;
    }
  else
    {
      if (sum->others == NULL)
        sum->others = g_array_new (FALSE, FALSE, sizeof (AidCurrencyAmount));

      for (guint i = 0; i < sum->others->len; i++)
        {
          AidCurrencyAmount *other = &g_array_index (sum->others, AidCurrencyAmount, i);

          if (other->currency == currency)
            {
              other->cents = add_cents (other->cents, cents);
              return;
            }
        }

      g_array_append_val (sum->others, ((AidCurrencyAmount) { currency, cents }));
    }
}

#define KIND_BIT(kind) (1u << (kind))

/* The amounts of one activity, by kind, with what each can be attributed to in time. */
typedef void (*AmountFunc) (AidAmountKind   kind,
                            const AidMoney *money,
                            guint           year,     /* 0 when not within one year */
                            gpointer        user_data);

static guint
year_of_period (const AidPeriod *period)
{
  return period->start.year != 0 && period->start.year == period->end.year ? period->start.year : 0;
}

/* Calls @func for each amount of @activity, but for those of the kinds in @skip (as bits). */
static void
foreach_amount (AidActivity *activity,
                guint        skip,
                AmountFunc   func,
                gpointer     user_data)
{
  AidPeriod period;
  guint activity_year = _aid_activity_get_published_period (activity, &period) ? year_of_period (&period) : 0;

  if (activity->budget != NULL && !activity->budget->too_large && !(skip & KIND_BIT (AID_AMOUNT_BUDGET)))
    func (AID_AMOUNT_BUDGET, activity->budget, activity_year, user_data);

  for (guint i = 0; i < activity->contributions->len; i++)
    {
      AidContribution *contribution = g_ptr_array_index (activity->contributions, i);

      if (contribution->money != NULL && !(skip & KIND_BIT (AID_AMOUNT_CONTRIBUTION)))
        func (AID_AMOUNT_CONTRIBUTION, contribution->money, activity_year, user_data);
    }

  for (guint i = 0; i < activity->budgets->len; i++)
    {
      AidBudget *budget = g_ptr_array_index (activity->budgets, i);

      if (budget->money != NULL && !budget->money->too_large && !(skip & KIND_BIT (AID_AMOUNT_YEARLY_BUDGET)))
        func (AID_AMOUNT_YEARLY_BUDGET, budget->money, year_of_period (&budget->period), user_data);
    }

  for (guint i = 0; i < activity->transactions->len; i++)
    {
      AidTransaction *transaction = g_ptr_array_index (activity->transactions, i);
      AidAmountKind kind;

      if (transaction->money == NULL || transaction->money->too_large)
        continue;

      if (g_strcmp0 (transaction->type, "2") == 0)
        kind = AID_AMOUNT_COMMITMENT;
      else if (g_strcmp0 (transaction->type, "3") == 0)
        kind = AID_AMOUNT_DISBURSEMENT;
      else if (g_strcmp0 (transaction->type, "4") == 0)
        kind = AID_AMOUNT_EXPENDITURE;
      else
        continue;

      if (!(skip & KIND_BIT (kind)))
        func (kind, transaction->money, transaction->date.year, user_data);
    }
}

/* Rows: which rows of a breakdown an activity counts in */

/* Called for each row that an activity counts in, with the share of its amounts the row gets
 * (1 unless a published percentage splits them); @key is NULL for what cannot be attributed. */
typedef void (*RowFunc) (const char *key,
                         double      fraction,
                         gpointer    user_data);

/* Splits an activity between the codes of @shares (%NULL for none): whole to a single one,
 * unless @shared (other shares of the same split are elsewhere), else to each code its published
 * percentage, and what the percentages leave (all of it when none is published) to "not
 * attributable", as docs/dataset-format.md says: one sector at 60 % and one without give 60 % to
 * the first and 40 % to "not attributable", none to the second. */
static void
foreach_share_row (GPtrArray *shares,
                   gboolean   shared,
                   RowFunc    func,
                   gpointer   user_data)
{
  double rest = 1.0;

  if (shares != NULL && shares->len == 1 && !shared)
    {
      func (((AidCodeFact *)g_ptr_array_index (shares, 0))->code, 1.0, user_data);
      return;
    }

  for (guint i = 0; shares != NULL && i < shares->len; i++)
    {
      AidCodeFact *share = g_ptr_array_index (shares, i);

      if (share->percentage > 0)
        {
          func (share->code, share->percentage / 100, user_data);
          rest -= share->percentage / 100;
        }
    }

  /* Percentages are checked never to add up to more than 100; a rounding error is no rest. */
  if (rest > 1e-9)
    func (NULL, rest, user_data);
}

/* The rows of @dimension that @activity counts in, for the totals and for
 * aid_activity_counts_in_row() alike. Years are not here: the year rows get amounts, each the
 * row of the year it lies in (year_key()), rather than activities. */
static void
foreach_row (AidActivity  *activity,
             AidDimension  dimension,
             RowFunc       func,
             gpointer      user_data)
{
  switch (dimension)
    {
    case AID_DIMENSION_CHANNEL:
      func (aid_channel_to_string (activity->channel), 1.0, user_data);
      break;

    case AID_DIMENSION_ORGANISATION:
      for (guint i = 0; i < activity->participating_orgs->len; i++)
        {
          AidParticipation *participation = g_ptr_array_index (activity->participating_orgs, i);
          g_autofree char *key = NULL;

          if (participation->org == NULL || participation->role == NULL)
            continue;

          key = g_strdup_printf ("%s %s", participation->org, participation->role);
          func (key, 1.0, user_data);
        }
      break;

    case AID_DIMENSION_STATUS:
      func (activity->status != NULL ? activity->status->code : NULL, 1.0, user_data);
      break;

    case AID_DIMENSION_SECTOR:
      foreach_share_row (activity->sectors, FALSE, func, user_data);
      break;

    case AID_DIMENSION_REGION:
      foreach_share_row (activity->locations, FALSE, func, user_data);
      break;

    /* Countries share an activity with its recipient regions (their percentages add up to 100
     * together, the standard says): a region's share is never a country's. */
    case AID_DIMENSION_COUNTRY:
      foreach_share_row (activity->countries,
                         activity->recipient_regions != NULL && activity->recipient_regions->len > 0,
                         func, user_data);
      break;

    case AID_DIMENSION_YEAR:
    default:
      g_assert_not_reached ();
    }
}

/* The key of the year row an amount of @year goes to, formatted into @buffer: NULL (not
 * attributable) when the amount does not lie within one year. */
static const char *
year_key (guint  year,
          char  *buffer,
          gsize  size)
{
  if (year == 0)
    return NULL;

  g_snprintf (buffer, size, "%u", year);

  return buffer;
}

/* What aid_activity_counts_in_row() looks for. */
typedef struct
{
  const char *key;
  gboolean    found;
} RowSearch;

static void
find_row_cb (const char *key,
             double      fraction,
             gpointer    user_data)
{
  RowSearch *search = user_data;

  search->found |= g_strcmp0 (key, search->key) == 0;
}

static void
find_year_cb (AidAmountKind   kind,
              const AidMoney *money,
              guint           year,
              gpointer        user_data)
{
  RowSearch *search = user_data;
  char key[16];

  search->found |= g_strcmp0 (year_key (year, key, sizeof key), search->key) == 0;
}

/* Breakdowns */

typedef struct
{
  AidTotals   *totals;
  AidDataset  *dataset;
  GHashTable  *rows[AID_N_DIMENSIONS];   /* key (or "" for not attributable) -> AidBreakdownRow */
  GHashTable  *skip;                     /* find_counted_below(), or NULL */
} Builder;

static AidBreakdownRow *
get_row (Builder      *builder,
         AidDimension  dimension,
         const char   *key)
{
  AidBreakdownRow *row = g_hash_table_lookup (builder->rows[dimension], key ? key : "");

  if (row == NULL)
    {
      row = g_new0 (AidBreakdownRow, 1);
      row->key = key != NULL ? g_string_chunk_insert_const (builder->totals->keys, key) : NULL;
      g_hash_table_insert (builder->rows[dimension], (gpointer)(row->key ? row->key : ""), row);
    }

  return row;
}

typedef struct
{
  Builder         *builder;
  AidActivity     *activity;
  guint            skip;
  AidDimension     dimension;
  const char      *key;
  double           fraction;
  gboolean         by_year;
} RowTarget;

static void
add_to_row_cb (AidAmountKind   kind,
               const AidMoney *money,
               guint           year,
               gpointer        user_data)
{
  RowTarget *target = user_data;
  AidBreakdownRow *row;

  if (target->by_year)
    {
      /* Formatted on the stack: eight amounts an activity, at load time. */
      char key[16];

      row = get_row (target->builder, target->dimension, year_key (year, key, sizeof key));
    }
  else
    {
      row = get_row (target->builder, target->dimension, target->key);
    }

  _aid_sum_add (&row->sums[kind], target->builder->dataset, money->currency, money->cents, target->fraction);
}

static void
add_activity_to_row_cb (const char *key,
                        double      fraction,
                        gpointer    user_data)
{
  RowTarget target = *(RowTarget *)user_data;

  target.key = key;
  target.fraction = fraction;
  get_row (target.builder, target.dimension, key)->n_activities++;
  foreach_amount (target.activity, target.skip, add_to_row_cb, &target);
}

static void
add_activity_to_rows (Builder      *builder,
                      AidActivity  *activity,
                      guint         skip,
                      AidDimension  dimension)
{
  RowTarget target = { builder, activity, skip, dimension, NULL, 1.0, FALSE };

  foreach_row (activity, dimension, add_activity_to_row_cb, &target);
}

static void
add_to_totals_cb (AidAmountKind   kind,
                  const AidMoney *money,
                  guint           year,
                  gpointer        user_data)
{
  Builder *builder = user_data;

  _aid_sum_add (&builder->totals->sums[kind], builder->dataset, money->currency, money->cents, 1.0);
}

typedef struct
{
  guint n_amounts;
  guint kinds;
} AmountCount;

static void
count_amount_cb (AidAmountKind   kind,
                 const AidMoney *money,
                 guint           year,
                 gpointer        user_data)
{
  AmountCount *count = user_data;

  count->n_amounts++;
  count->kinds |= KIND_BIT (kind);
}

/* How many amounts of any kind the activity has, and of which kinds (as bits in @kinds):
 * worked out once, by the loader. */
guint
_aid_totals_count_amounts (AidActivity *activity,
                           guint       *kinds)
{
  AmountCount count = { 0 };

  foreach_amount (activity, 0, count_amount_cb, &count);
  *kinds = count.kinds;

  return count.n_amounts;
}

/* Hierarchy: where an activity and one that is part of it are added up together, the parent's
 * amounts of each kind that one of its descendants has are left out, so that no money counts
 * twice; the most detailed figures are the ones that count. Returns the kinds (as bits) to
 * leave out by activity, or NULL when there is no activity to leave anything out of. */
static GHashTable *
find_counted_below (AidDataset         *dataset,
                    GListModel         *model,
                    AidActivity *const *array,
                    guint               n)
{
  g_autoptr(GHashTable) parents = NULL;
  GHashTable *skip = NULL;

  if (!dataset->has_hierarchy)
    return NULL;

  parents = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AidActivity) owned = model != NULL ? g_list_model_get_item (model, i) : NULL;
      AidActivity *activity = model != NULL ? owned : array[i];

      if (activity->children != NULL)
        g_hash_table_add (parents, activity);
    }
  if (g_hash_table_size (parents) == 0)
    return NULL;

  skip = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AidActivity) owned = model != NULL ? g_list_model_get_item (model, i) : NULL;
      AidActivity *activity = model != NULL ? owned : array[i];

      if (activity->amount_kinds == 0)
        continue;

      /* At most AID_MAX_HIERARCHY_DEPTH steps: the builder keeps no deeper link. */
      for (AidActivity *parent = activity->parent; parent != NULL; parent = parent->parent)
        if (g_hash_table_contains (parents, parent))
          g_hash_table_insert (skip, parent,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (skip, parent)) |
                                                 activity->amount_kinds));
    }

  return skip;
}

static guint
lookup_skip (GHashTable  *skip,
             AidActivity *activity)
{
  return skip != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (skip, activity)) : 0;
}

static void
add_activity (Builder     *builder,
              AidActivity *activity)
{
  guint skip = lookup_skip (builder->skip, activity);
  RowTarget by_year = { builder, activity, skip, AID_DIMENSION_YEAR, NULL, 1.0, TRUE };

  builder->totals->n_activities++;
  if (activity->n_amounts == 0)
    builder->totals->n_without_amount++;

  foreach_amount (activity, skip, add_to_totals_cb, builder);

  add_activity_to_rows (builder, activity, skip, AID_DIMENSION_CHANNEL);
  add_activity_to_rows (builder, activity, skip, AID_DIMENSION_STATUS);
  add_activity_to_rows (builder, activity, skip, AID_DIMENSION_ORGANISATION);

  /* Years: each amount goes to the year it lies in, if it lies in one. */
  foreach_amount (activity, skip, add_to_row_cb, &by_year);

  add_activity_to_rows (builder, activity, skip, AID_DIMENSION_SECTOR);
  add_activity_to_rows (builder, activity, skip, AID_DIMENSION_REGION);
  add_activity_to_rows (builder, activity, skip, AID_DIMENSION_COUNTRY);
}

static void
row_free (gpointer data)
{
  AidBreakdownRow *row = data;

  for (guint k = 0; k < AID_N_AMOUNT_KINDS; k++)
    _aid_sum_clear (&row->sums[k]);
  g_free (row);
}

static void
row_clear (gpointer data)
{
  AidBreakdownRow *row = data;

  for (guint k = 0; k < AID_N_AMOUNT_KINDS; k++)
    _aid_sum_clear (&row->sums[k]);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const AidBreakdownRow *ra = a;
  const AidBreakdownRow *rb = b;

  if (ra->key == NULL || rb->key == NULL)
    return (ra->key == NULL) - (rb->key == NULL);

  return strcmp (ra->key, rb->key);
}

/* GObject overrides */

static void
aid_totals_finalize (GObject *object)
{
  AidTotals *self = (AidTotals *)object;

  for (guint k = 0; k < AID_N_AMOUNT_KINDS; k++)
    _aid_sum_clear (&self->sums[k]);
  for (guint d = 0; d < AID_N_DIMENSIONS; d++)
    g_clear_pointer (&self->rows[d], g_array_unref);
  g_clear_pointer (&self->keys, g_string_chunk_free);

  G_OBJECT_CLASS (aid_totals_parent_class)->finalize (object);
}

static void
aid_totals_class_init (AidTotalsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aid_totals_finalize;
}

static void
aid_totals_init (AidTotals *self)
{
  self->keys = g_string_chunk_new (256);
}

/* Public API */

/**
 * aid_totals_new:
 * @activities: (element-type AidActivity): the activities to add up, such as the dataset's
 *   activities in focus or the ones a search shows
 */
AidTotals *
aid_totals_new (AidDataset *dataset,
                GListModel *activities)
{
  AidTotals *self;
  Builder builder = { 0 };
  guint n;

  g_return_val_if_fail (AID_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (activities), NULL);

  self = g_object_new (AID_TYPE_TOTALS, NULL);
  builder.totals = self;
  builder.dataset = dataset;
  for (guint d = 0; d < AID_N_DIMENSIONS; d++)
    builder.rows[d] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, row_free);

  n = g_list_model_get_n_items (activities);
  builder.skip = find_counted_below (dataset, activities, NULL, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AidActivity) activity = g_list_model_get_item (activities, i);

      add_activity (&builder, activity);
    }
  g_clear_pointer (&builder.skip, g_hash_table_unref);

  for (guint d = 0; d < AID_N_DIMENSIONS; d++)
    {
      GHashTableIter iter;
      AidBreakdownRow *row;

      self->rows[d] = g_array_sized_new (FALSE, FALSE, sizeof (AidBreakdownRow),
                                         g_hash_table_size (builder.rows[d]));
      g_array_set_clear_func (self->rows[d], row_clear);

      /* The rows move into the array: steal them from the table, free only the shells. */
      g_hash_table_iter_init (&iter, builder.rows[d]);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&row))
        {
          g_array_append_vals (self->rows[d], row, 1);
          g_hash_table_iter_steal (&iter);
          g_free (row);
        }
      g_array_sort (self->rows[d], compare_rows);
      g_hash_table_unref (builder.rows[d]);
    }

  return self;
}

/**
 * aid_totals_new_summary:
 * @activities: (array length=n_activities): the activities
 *
 * The totals a list shows as it is filtered, fast enough for every keystroke: the number of
 * activities, of those without any amount, and the sum of their budgets. The other sums are
 * zero and there are no breakdowns.
 *
 * Returns: (transfer full): the totals
 */
AidTotals *
aid_totals_new_summary (AidDataset         *dataset,
                        AidActivity *const *activities,
                        guint               n_activities)
{
  AidTotals *self;
  AidSum *budget;
  g_autoptr(GHashTable) skip = NULL;

  g_return_val_if_fail (AID_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (activities != NULL || n_activities == 0, NULL);

  self = g_object_new (AID_TYPE_TOTALS, NULL);
  self->n_activities = n_activities;
  budget = &self->sums[AID_AMOUNT_BUDGET];
  skip = find_counted_below (dataset, NULL, activities, n_activities);
  for (guint i = 0; i < n_activities; i++)
    {
      AidActivity *activity = activities[i];

      if (activity->n_amounts == 0)
        self->n_without_amount++;
      if (activity->budget != NULL && !(lookup_skip (skip, activity) & KIND_BIT (AID_AMOUNT_BUDGET)))
        _aid_sum_add (budget, dataset, activity->budget->currency, activity->budget->cents, 1.0);
    }
  for (guint d = 0; d < AID_N_DIMENSIONS; d++)
    {
      self->rows[d] = g_array_new (FALSE, FALSE, sizeof (AidBreakdownRow));
      g_array_set_clear_func (self->rows[d], row_clear);
    }

  return self;
}

guint
aid_totals_get_n_activities (AidTotals *self)
{
  g_return_val_if_fail (AID_IS_TOTALS (self), 0);

  return self->n_activities;
}

/* Activities with no published amount of any kind: counted apart, never as zero. */
guint
aid_totals_get_n_without_amount (AidTotals *self)
{
  g_return_val_if_fail (AID_IS_TOTALS (self), 0);

  return self->n_without_amount;
}

const AidSum *
aid_totals_get_sum (AidTotals     *self,
                    AidAmountKind  kind)
{
  g_return_val_if_fail (AID_IS_TOTALS (self), NULL);
  g_return_val_if_fail (kind < AID_N_AMOUNT_KINDS, NULL);

  return &self->sums[kind];
}

guint
aid_totals_get_n_rows (AidTotals    *self,
                       AidDimension  dimension)
{
  g_return_val_if_fail (AID_IS_TOTALS (self), 0);
  g_return_val_if_fail (dimension < AID_N_DIMENSIONS, 0);

  return self->rows[dimension]->len;
}

const AidBreakdownRow *
aid_totals_get_row (AidTotals    *self,
                    AidDimension  dimension,
                    guint         index)
{
  g_return_val_if_fail (AID_IS_TOTALS (self), NULL);
  g_return_val_if_fail (dimension < AID_N_DIMENSIONS, NULL);
  g_return_val_if_fail (index < self->rows[dimension]->len, NULL);

  return &g_array_index (self->rows[dimension], AidBreakdownRow, index);
}

/**
 * aid_totals_lookup_row:
 * @key: (nullable): the row's key, or %NULL for what cannot be attributed
 */
const AidBreakdownRow *
aid_totals_lookup_row (AidTotals    *self,
                       AidDimension  dimension,
                       const char   *key)
{
  g_return_val_if_fail (AID_IS_TOTALS (self), NULL);
  g_return_val_if_fail (dimension < AID_N_DIMENSIONS, NULL);

  for (guint i = 0; i < self->rows[dimension]->len; i++)
    {
      const AidBreakdownRow *row = &g_array_index (self->rows[dimension], AidBreakdownRow, i);

      if (g_strcmp0 (row->key, key) == 0)
        return row;
    }

  return NULL;
}

gint64
aid_sum_get_other (const AidSum *sum,
                   const char   *currency)
{
  g_return_val_if_fail (sum != NULL, 0);

  for (guint i = 0; sum->others != NULL && i < sum->others->len; i++)
    {
      const AidCurrencyAmount *other = &g_array_index (sum->others, AidCurrencyAmount, i);

      if (g_strcmp0 (other->currency, currency) == 0)
        return other->cents;
    }

  return 0;
}

/**
 * aid_activity_counts_in_row:
 * @activity: an activity
 * @dimension: the breakdown
 * @key: (nullable): the row's key, or %NULL for the row of what cannot be attributed
 *
 * Whether totals that add up @activity count it in that row, by the rule aid_totals_new()
 * follows: the row of its channel, of its status, of each of its organisations in each role;
 * the row of its single sector (or region), each row of a split with published percentages,
 * else the row of what cannot be attributed. Year rows add up amounts rather than activities:
 * for %AID_DIMENSION_YEAR, whether one of its amounts lies in that year (for %NULL, one that
 * does not lie within a single year).
 */
gboolean
aid_activity_counts_in_row (AidActivity  *activity,
                            AidDimension  dimension,
                            const char   *key)
{
  RowSearch search = { key, FALSE };

  g_return_val_if_fail (AID_IS_ACTIVITY (activity), FALSE);
  g_return_val_if_fail (dimension < AID_N_DIMENSIONS, FALSE);

  if (dimension == AID_DIMENSION_YEAR)
    foreach_amount (activity, 0, find_year_cb, &search);
  else
    foreach_row (activity, dimension, find_row_cb, &search);

  return search.found;
}

/**
 * aid_activity_compute_shares:
 *
 * Returns: (transfer full) (element-type AidShare): each funder's contribution, with its share
 *   of the lifetime budget (or, where none is published, of the contributions together)
 */
GArray *
aid_activity_compute_shares (AidActivity *activity)
{
  GArray *shares;
  gint64 total = 0;
  const char *currency = NULL;
  gboolean one_currency = TRUE;

  g_return_val_if_fail (AID_IS_ACTIVITY (activity), NULL);

  shares = g_array_new (FALSE, FALSE, sizeof (AidShare));

  for (guint i = 0; i < activity->contributions->len; i++)
    {
      AidContribution *contribution = g_ptr_array_index (activity->contributions, i);
      AidShare share = { contribution->funder, NULL, 0, -1 };

      if (contribution->money == NULL)
        continue;

      share.currency = contribution->money->currency;
      share.cents = contribution->money->cents;
      g_array_append_val (shares, share);

      one_currency &= currency == NULL || currency == share.currency;
      currency = share.currency;
      total = add_cents (total, share.cents);
    }

  if (activity->budget != NULL && activity->budget->currency == currency)
    total = activity->budget->cents;

  if (one_currency && total > 0)
    {
      for (guint i = 0; i < shares->len; i++)
        g_array_index (shares, AidShare, i).share = (double)g_array_index (shares, AidShare, i).cents / (double)total;
    }

  return shares;
}
