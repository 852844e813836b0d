/**
 * Pure arithmetic over the report's aggregated series: day numbers, rolling averages, buckets for
 * bars over time, trends. Days are `YYYY-MM-DD` local days, as stored; no clock or zone is read.
 */

/**
 * Days since 1970-01-01 for a local day; the difference of two is the number of days between.
 * Plain arithmetic on the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`):
 * building a `Date` per day was the slowest part of a ten-year report.
 */
export function dayNumber(day: string): number {
  const y0 = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The local day `n` days after 1970-01-01 (Hinnant's `civil_from_days`). */
export function dayFromNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

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

/** How bars over time are grouped: a week (from Monday), a month, a quarter or a year. */
export type BucketUnit = 'week' | 'month' | 'quarter' | 'year';

/** Weeks for up to four months, months for up to three years, then quarters. */
export function bucketUnitFor(from: string, to: string): BucketUnit {
  const days = spanDays(from, to);
  if (days <= 122) return 'week';
  if (days <= 1100) return 'month';
  return 'quarter';
}

/** The first day of the bucket `day` falls in. */
export function bucketStart(day: string, unit: BucketUnit): string {
  switch (unit) {
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
