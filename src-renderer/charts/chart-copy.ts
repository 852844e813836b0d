/**
 * The words every chart shares, in the app: the table toggle, what a point or a bar stands for,
 * the range as the end of a sentence and a table's first column. Each chart's own words live
 * beside it (progress-charts-copy, habit-practice-contact-copy).
 */
import type { BucketUnit } from '../../src-main/shared/series/buckets';
import type { ChartRange } from '../../src-main/shared/series/ranges';

export const SHOW_TABLE = 'Show as table';
export const SHOW_CHART = 'Show as chart';
export const RANGE_LEGEND = 'Show';

/** What one point of a line or dot chart stands for, said under it. */
export const BUCKET_NOTES: Readonly<Record<BucketUnit, string>> = {
  day: 'Each point is one day.',
  week: 'Each point is one week, Monday to Sunday.',
  month: 'Each point is one calendar month.',
  quarter: 'Each point is three months.',
  year: 'Each point is one calendar year.',
};

/** What one bar of a bar chart stands for, said under it. */
export const BAR_NOTES: Readonly<Record<BucketUnit, string>> = {
  day: 'Each bar is one day.',
  week: 'Each bar is one week, Monday to Sunday.',
  month: 'Each bar is one calendar month.',
  quarter: 'Each bar is three months.',
  year: 'Each bar is one calendar year.',
};

/** The range as the end of a sentence: "Your mood rose ... over the last year." */
export const RANGE_PHRASES: Readonly<Record<ChartRange, string>> = {
  week: 'over the last week',
  month: 'over the last month',
  quarter: 'over the last three months',
  year: 'over the last year',
  all: 'since your first record',
};

/** What the first column of a table names, by bucket. */
export const BUCKET_COLUMN: Readonly<Record<BucketUnit, string>> = {
  day: 'Day',
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
};
