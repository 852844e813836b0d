/**
 * Counts over time drawn as bars (communication practice, contact by tone). The series channels
 * group by the finest bucket that keeps a series within MAX_SERIES_POINTS, which for counts over a
 * year is still 365 bars too thin to read; bars are regrouped to a coarser bucket here, where sums
 * stay exact. Every bucket of the period is kept, empty ones as zeros, so a quiet month takes a
 * month's width and the axis stays time. Pure.
 */
import { SERIES_BUCKETS } from './ranges';
import { bucketStart, bucketUnitFor, bucketsOf, spanDays, type BucketUnit } from './buckets';

/** Up to this many days, bars stay one a day (a week or a month of days reads well). */
const DAY_BARS_MAX_DAYS = 31;

/** The coarser of two buckets. */
function coarser(a: BucketUnit, b: BucketUnit): BucketUnit {
  return SERIES_BUCKETS.indexOf(a) >= SERIES_BUCKETS.indexOf(b) ? a : b;
}

/**
 * The bucket bars over `from`..`to` are drawn in: days up to a month, then the report's bars
 * (bucketUnitFor: weeks, months, quarters), and never finer than the series was counted in.
 */
export function barBucketFor(seriesBucket: BucketUnit, from: string, to: string): BucketUnit {
  const wanted = spanDays(from, to) <= DAY_BARS_MAX_DAYS ? 'day' : bucketUnitFor(from, to);
  return coarser(seriesBucket, wanted);
}

/** A zero for every key. */
function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  // Object.fromEntries types its keys as string; every key of K is given here, so the record is whole.
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** One bar: the first day of its bucket and how many of each kind. */
export interface CountBar<K extends string> {
  readonly day: string;
  readonly total: number;
  readonly counts: Readonly<Record<K, number>>;
}

/**
 * Points counted by `keys` regrouped into `unit` buckets covering `from`..`to`, every bucket
 * present (zeros where nothing happened), oldest first. A point before `from` (the first bucket
 * of a week-grouped series can start before the range) goes to the first bucket. `unit` must be
 * no finer than the points' own bucket (see barBucketFor), or a point's count would all land in
 * its first day.
 */
export function regroupCounts<K extends string>(
  points: readonly {
    readonly day: string;
    readonly total: number;
    readonly counts: Readonly<Record<K, number>>;
  }[],
  keys: readonly K[],
  unit: BucketUnit,
  from: string,
  to: string,
): CountBar<K>[] {
  const zero = (): Record<K, number> => zeroCounts(keys);
  const bars = bucketsOf(from, to, unit).map((day) => ({ day, total: 0, counts: zero() }));
  const byDay = new Map(bars.map((bar) => [bar.day, bar]));
  const first = bars[0];
  for (const point of points) {
    const bar = byDay.get(bucketStart(point.day, unit)) ?? (point.day < from ? first : undefined);
    if (bar === undefined) continue;
    bar.total += point.total;
    for (const key of keys) bar.counts[key] += point.counts[key];
  }
  return bars;
}

/** Each key's sum over the bars. */
export function countTotals<K extends string>(
  bars: readonly CountBar<K>[],
  keys: readonly K[],
): Record<K, number> {
  const totals = zeroCounts(keys);
  for (const bar of bars) for (const key of keys) totals[key] += bar.counts[key];
  return totals;
}
