/**
 * The periods a chart can show and how its points are grouped, said once for the app's charts, the
 * series channels and the report. Pure: "today" is passed in, no clock or zone is read.
 */
import { addDays, addMonths, dayNumber, monthOf, weekStart } from '../calendar';
import { FIRST_DAY } from '../contract/common';
import type { BucketUnit } from './buckets';

/** The periods every chart offers, shortest first. */
export const CHART_RANGES = ['week', 'month', 'quarter', 'year', 'all'] as const;
export type ChartRange = (typeof CHART_RANGES)[number];

/** The range a chart opens on. */
export const DEFAULT_CHART_RANGE: ChartRange = 'month';

export const CHART_RANGE_LABELS: Readonly<Record<ChartRange, string>> = {
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
  all: 'All time',
};

/**
 * The most points one chart's series may hold, summed over its lines (a habit chart with 12 lines
 * of 366 days is 4,392 points, so it counts by week). Past this a chart is slow to draw and no
 * easier to read: the series channels group by a longer bucket instead.
 */
export const MAX_SERIES_POINTS = 2000;

/** Buckets from the finest to the coarsest; a series uses the finest one that fits. */
export const SERIES_BUCKETS = [
  'day',
  'week',
  'month',
  'quarter',
  'year',
] as const satisfies readonly BucketUnit[];

/** The same day `months` months before `day`, clamped to the month's end (31 March - 1 = 28/29 February). */
function monthsBefore(day: string, months: number): string {
  const month = addMonths(monthOf(day), -months);
  const lastDay = new Date(
    Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0),
  ).getUTCDate();
  const dayOfMonth = Math.min(Number(day.slice(8, 10)), lastDay);
  return `${month}-${String(dayOfMonth).padStart(2, '0')}`;
}

/**
 * The days a range covers, both included, ending on `today`: a week is the last 7 days; a month,
 * a quarter and a year start the day after the same date one, three or twelve months back (on
 * 29 February 2028 a year starts on 1 March 2027); "all" starts on the history's first day
 * (`firstDay`, null when there is no history, which gives today alone). A first day after today
 * (a back-filled entry cannot be, but an imported one could) still ends the range on today. No
 * range starts before FIRST_DAY, the first day the app accepts and can answer with.
 */
export function chartWindow(
  range: ChartRange,
  today: string,
  firstDay: string | null,
): { from: string; to: string } {
  const window = windowOf(range, today, firstDay);
  return window.from < FIRST_DAY ? { from: FIRST_DAY, to: window.to } : window;
}

function windowOf(
  range: ChartRange,
  today: string,
  firstDay: string | null,
): { from: string; to: string } {
  switch (range) {
    case 'week':
      return { from: addDays(today, -6), to: today };
    case 'month':
      return { from: addDays(monthsBefore(today, 1), 1), to: today };
    case 'quarter':
      return { from: addDays(monthsBefore(today, 3), 1), to: today };
    case 'year':
      return { from: addDays(monthsBefore(today, 12), 1), to: today };
    case 'all':
      return { from: firstDay !== null && firstDay < today ? firstDay : today, to: today };
    default: {
      const unhandled: never = range;
      return unhandled;
    }
  }
}

/** How many buckets of `unit` touch the days `from` to `to` (both included; from <= to). */
export function bucketCount(from: string, to: string, unit: BucketUnit): number {
  switch (unit) {
    case 'day':
      return dayNumber(to) - dayNumber(from) + 1;
    case 'week':
      return (dayNumber(weekStart(to)) - dayNumber(weekStart(from))) / 7 + 1;
    case 'month':
      return monthIndex(to) - monthIndex(from) + 1;
    case 'quarter':
      return Math.floor(monthIndex(to) / 3) - Math.floor(monthIndex(from) / 3) + 1;
    case 'year':
      return Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1;
    default: {
      const unhandled: never = unit;
      return unhandled;
    }
  }
}

function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

/**
 * The finest bucket whose points, times `lines` (one per habit on a habit chart), stay within
 * `MAX_SERIES_POINTS`: a year of one line is counted by day, ten years by week; a year of twelve
 * habits by week. Years always fit unless a chart has thousands of lines.
 */
export function seriesBucketFor(from: string, to: string, lines = 1): BucketUnit {
  const perLine = Math.max(1, lines);
  for (const unit of SERIES_BUCKETS) {
    if (bucketCount(from, to, unit) * perLine <= MAX_SERIES_POINTS) return unit;
  }
  return 'year';
}
