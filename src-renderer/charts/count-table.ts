import { regroupCounts, type CountBar } from '../../src-main/shared/series/bar-buckets';
import type { BucketUnit } from '../../src-main/shared/series/buckets';
import { formatCount } from '../app/day-format';
import { bucketLabel } from './time-axis';
import { TOTAL_COLUMN } from './habit-practice-contact-copy';
import { BUCKET_COLUMN } from './chart-copy';
import type { ChartTable } from './ChartFrame';

/**
 * A channel's points as bars of `unit` over its range (see regroupCounts), counted by the kinds
 * `countsOf` picks out of each point (a practice point's skills, a contact point's tones ...).
 */
export function countBarsOf<
  P extends { readonly day: string; readonly total: number },
  K extends string,
>(
  series: { readonly points: readonly P[]; readonly from: string; readonly to: string },
  countsOf: (point: P) => Readonly<Record<K, number>>,
  keys: readonly K[],
  unit: BucketUnit,
): CountBar<K>[] {
  return regroupCounts(
    series.points.map((point) => ({ day: point.day, total: point.total, counts: countsOf(point) })),
    keys,
    unit,
    series.from,
    series.to,
  );
}

/**
 * The table behind a stacked bar chart: a row per bucket that holds anything (a table of empty
 * weeks is only noise; the chart keeps them as gaps), a column per kind that occurs, each row's
 * total, and a last row of totals, so the table's numbers add up to the summary's.
 */
export function countTable<K extends string>({
  caption,
  bars,
  keys,
  names,
  bucket,
}: {
  readonly caption: string;
  readonly bars: readonly CountBar<K>[];
  readonly keys: readonly K[];
  readonly names: Readonly<Record<K, string>>;
  readonly bucket: BucketUnit;
}): ChartTable {
  const shown = keys.filter((key) => bars.some((bar) => bar.counts[key] > 0));
  const filled = bars.filter((bar) => bar.total > 0);
  const sum = (key: K) => filled.reduce((total, bar) => total + bar.counts[key], 0);
  return {
    caption,
    columns: [BUCKET_COLUMN[bucket], ...shown.map((key) => names[key]), TOTAL_COLUMN],
    rows: [
      ...filled.map((bar) => [
        bucketLabel(bar.day, bucket),
        ...shown.map((key) => formatCount(bar.counts[key])),
        formatCount(bar.total),
      ]),
      [
        TOTAL_COLUMN,
        ...shown.map((key) => formatCount(sum(key))),
        formatCount(filled.reduce((total, bar) => total + bar.total, 0)),
      ],
    ],
  };
}
