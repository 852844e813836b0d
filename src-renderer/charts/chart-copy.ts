import type { BucketUnit } from '../../src-main/shared/series/buckets';

export const SHOW_TABLE = 'Show as table';
export const SHOW_CHART = 'Show as chart';
export const RANGE_LEGEND = 'Show';

/** What one point of a chart stands for, said under it. */
export const BUCKET_NOTES: Readonly<Record<BucketUnit, string>> = {
  day: 'Each point is one day.',
  week: 'Each point is one week, Monday to Sunday.',
  month: 'Each point is one calendar month.',
  quarter: 'Each point is three months.',
  year: 'Each point is one calendar year.',
};
