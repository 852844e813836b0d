/**
 * Pure arithmetic over aggregated series, shared by the app's charts and the report so the two
 * always agree: rolling averages, buckets (day, week from Monday, month, quarter, year), trends.
 * Days are `YYYY-MM-DD` local days, as stored; no clock or zone is read.
 */
import { dayNumber, dayOfNumber } from '../calendar';

export { dayNumber } from '../calendar';

/** The local day `n` days after 1970-01-01 (the calendar's `dayOfNumber`). */
export const dayFromNumber = dayOfNumber;

/** Number of days from `from` to `to`, both included. */
export function spanDays(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

export interface DayValue {
  readonly day: string;
  readonly value: number;
}

/**
 * The average of the values on the `window` days ending on each day from `from` to `to`; null on
 * days whose window holds fewer than `minPoints` values (an average of one or two days is not a
 * trend: see `TREND_MIN_POINTS`). Values are per day (already averaged in SQL), in any order.
 */
export function rollingAverage(
  values: readonly DayValue[],
  from: string,
  to: string,
  window = 7,
  minPoints = 1,
): (number | null)[] {
  const start = dayNumber(from);
  const length = spanDays(from, to);
  const byIndex = new Array<number | null>(length).fill(null);
  for (const { day, value } of values) {
    const index = dayNumber(day) - start;
    if (index >= 0 && index < length) byIndex[index] = value;
  }
  const result: (number | null)[] = [];
  let sum = 0;
  let count = 0;
  for (let i = 0; i < length; i += 1) {
    const entering = byIndex[i];
    if (entering !== null && entering !== undefined) {
      sum += entering;
      count += 1;
    }
    const leaving = i >= window ? byIndex[i - window] : null;
    if (leaving !== null && leaving !== undefined) {
      sum -= leaving;
      count -= 1;
    }
    result.push(count > 0 && count >= minPoints ? sum / count : null);
  }
  return result;
}

/** How points over time are grouped: a day, a week (from Monday), a month, a quarter or a year. */
export type BucketUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** For bars over time: weeks for up to four months, months for up to three years, then quarters. */
export function bucketUnitFor(from: string, to: string): Exclude<BucketUnit, 'day' | 'year'> {
  const days = spanDays(from, to);
  if (days <= 122) return 'week';
  if (days <= 1100) return 'month';
  return 'quarter';
}

/** The first day of the bucket `day` falls in. */
export function bucketStart(day: string, unit: BucketUnit): string {
  switch (unit) {
    case 'day':
      return day;
    case 'week': {
      const n = dayNumber(day);
      // 1970-01-01 was a Thursday: (n + 3) mod 7 is 0 on Mondays.
      return dayFromNumber(n - ((((n + 3) % 7) + 7) % 7));
    }
    case 'month':
      return `${day.slice(0, 7)}-01`;
    case 'quarter': {
      const month = Number(day.slice(5, 7));
      const first = month - ((month - 1) % 3);
      return `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
    }
    case 'year':
      return `${day.slice(0, 4)}-01-01`;
    default: {
      const unhandled: never = unit;
      return unhandled;
    }
  }
}

/** The first day of the bucket after the one starting on `start`. */
export function nextBucketStart(start: string, unit: BucketUnit): string {
  if (unit === 'day') return dayFromNumber(dayNumber(start) + 1);
  if (unit === 'week') return dayFromNumber(dayNumber(start) + 7);
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  const step = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  const next = month - 1 + step;
  const y = year + Math.floor(next / 12);
  const m = (next % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}-01`;
}

/** Every bucket that touches the period, in order, as its first day. */
export function bucketsOf(from: string, to: string, unit: BucketUnit): string[] {
  const starts: string[] = [];
  for (let s = bucketStart(from, unit); s <= to; s = nextBucketStart(s, unit)) starts.push(s);
  return starts;
}

/** Slope of the least-squares line through the points, per unit of x; null with fewer than 2 x's. */
export function slope(points: readonly { x: number; y: number }[]): number | null {
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - meanX) * (p.y - meanY);
    sxx += (p.x - meanX) ** 2;
  }
  return sxx === 0 ? null : sxy / sxx;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}
