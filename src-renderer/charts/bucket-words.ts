import { spanDays, type BucketUnit } from '../../src-main/shared/series/buckets';
import { formatDay } from '../app/day-format';

/**
 * Buckets and periods in words, in the system's locale (through day-format.ts): the labels of a
 * chart's table rows and tooltips, its axis ticks, and the period in a table's caption.
 */

// One way to name a bucket for every chart's tables and tooltips: the mood and stage charts' own.
export { bucketLabel } from './time-axis';

/**
 * A short tick under a chart for a day on an axis spanning `from`..`to`: the day and month while
 * the chart spans up to a year ("3 Jun"), the month and year beyond ("Jun 2026"), so a tick never
 * leaves out the year a longer chart needs.
 */
export function axisTick(day: string, from: string, to: string): string {
  return spanDays(from, to) <= 366
    ? formatDay(day, { day: 'numeric', month: 'short' })
    : formatDay(day, { month: 'short', year: 'numeric' });
}

/**
 * A bar's tick: days and weeks as days (see axisTick), months and quarters by their first month
 * and year ("Jun 2026"), years by the year.
 */
export function bucketTick(day: string, unit: BucketUnit, from: string, to: string): string {
  switch (unit) {
    case 'day':
    case 'week':
      return axisTick(day, from, to);
    case 'month':
    case 'quarter':
      return formatDay(day, { month: 'short', year: 'numeric' });
    case 'year':
      return formatDay(day, { year: 'numeric' });
    default: {
      const unhandled: never = unit;
      return unhandled;
    }
  }
}

/** A period in words: "1 November 2026 to 30 November 2026", or one day alone. */
export function periodInWords(from: string, to: string): string {
  const options = { day: 'numeric', month: 'long', year: 'numeric' } as const;
  return from === to
    ? formatDay(from, options)
    : `${formatDay(from, options)} to ${formatDay(to, options)}`;
}
