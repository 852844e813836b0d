/**
 * Where a daily series went, said once for the app and the report so both say the same movement
 * for the same days: the least-squares line through one value per day (x is the calendar day, so a
 * gap of a week weighs as a week), read at the first and the last day with a value. An average
 * alone would call a climb from 2 to 7 "4.8"; two end points alone would read a wobble as a climb.
 * Pure.
 */
import { dayNumber } from './calendar';
import { TREND_MIN_POINTS } from './share-words';

/** One day's value: a local day `YYYY-MM-DD` and, e.g., that day's average mood. */
export interface DayValue {
  readonly day: string;
  readonly value: number;
}

/** The fitted line's height on the first and the last day with a value. */
export interface Movement {
  readonly firstDay: string;
  readonly lastDay: string;
  /** The line's height on `firstDay`, kept within the scale. */
  readonly start: number;
  /** The line's height on `lastDay`, kept within the scale. */
  readonly end: number;
}

/**
 * The movement of `days` (one value per day, any order) on a scale from `min` to `max`, or null
 * with fewer than `TREND_MIN_POINTS` days: a handful of days carries no trend, so none is drawn or
 * put into words. Ordinary least squares (slope = Sxy / Sxx).
 */
export function leastSquaresMovement(
  days: readonly DayValue[],
  { min, max }: { readonly min: number; readonly max: number },
): Movement | null {
  if (days.length < TREND_MIN_POINTS) return null;
  const sorted = [...days].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return null;
  // Measured from the first day, so the sums stay small and exact whatever the date.
  const origin = dayNumber(first.day);
  const xs = sorted.map((d) => dayNumber(d.day) - origin);
  const ys = sorted.map((d) => d.value);
  const n = xs.length;
  const meanX = xs.reduce((s, x) => s + x, 0) / n;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * ((ys[i] ?? meanY) - meanY);
  });
  // Two values on one day cannot happen (one value per day); a zero spread means no slope.
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const at = (x: number) => Math.min(max, Math.max(min, meanY + slope * (x - meanX)));
  return { firstDay: first.day, lastDay: last.day, start: at(0), end: at(xs[n - 1] ?? 0) };
}

/**
 * A change smaller than this, in points of the scale, is said as "stayed around": on a 1 to 10
 * scale, a line that moves less than one point has not shown a direction worth naming.
 */
export const FLAT_CHANGE = 1;

/**
 * Which way a movement went, as its words say it: "flat" when the line moved less than
 * `FLAT_CHANGE` (a change of a point or more always rounds to two different whole numbers, so the
 * words never say "from about 5 to about 5"). Callers that act on a movement (a kind sentence, a
 * readiness state) ask this, so what they do never disagrees with what the person reads.
 */
export function movementDirection(
  movement: Pick<Movement, 'start' | 'end'>,
): 'up' | 'down' | 'flat' {
  const change = movement.end - movement.start;
  if (Math.abs(change) < FLAT_CHANGE) return 'flat';
  return change > 0 ? 'up' : 'down';
}

/**
 * "rose from about 2 to about 7", "went down from about 7 to about 4", "stayed around 5" (lower
 * case, no full stop, so it fits a sentence: "Your mood rose from about 2 to about 7."), in whole
 * numbers. `suffix` follows the numbers (" out of 10").
 */
export function movementInWords(movement: Pick<Movement, 'start' | 'end'>, suffix = ''): string {
  const { start, end } = movement;
  switch (movementDirection(movement)) {
    case 'flat':
      return `stayed around ${Math.round((start + end) / 2)}${suffix}`;
    case 'up':
      return `rose from about ${Math.round(start)} to about ${Math.round(end)}${suffix}`;
    case 'down':
      return `went down from about ${Math.round(start)} to about ${Math.round(end)}${suffix}`;
  }
}
