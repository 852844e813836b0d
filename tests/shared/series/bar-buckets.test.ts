import { describe, expect, it } from 'vitest';
import {
  barBucketFor,
  countTotals,
  regroupCounts,
} from '../../../src-main/shared/series/bar-buckets';

const KEYS = ['a', 'b'] as const;
const point = (day: string, a: number, b: number) => ({ day, total: a + b, counts: { a, b } });

describe('barBucketFor', () => {
  it('keeps days for a week or a month of days', () => {
    expect(barBucketFor('day', '2026-11-24', '2026-11-30')).toBe('day');
    expect(barBucketFor('day', '2026-10-31', '2026-11-30')).toBe('day');
  });

  it('reads a quarter by week, a year by month and ten years by quarter', () => {
    expect(barBucketFor('day', '2026-08-31', '2026-11-30')).toBe('week');
    expect(barBucketFor('day', '2025-12-01', '2026-11-30')).toBe('month');
    expect(barBucketFor('week', '2016-12-01', '2026-11-30')).toBe('quarter');
  });

  it('is never finer than the bucket the series was counted in', () => {
    expect(barBucketFor('week', '2026-11-24', '2026-11-30')).toBe('week');
    expect(barBucketFor('year', '2025-12-01', '2026-11-30')).toBe('year');
  });
});

describe('regroupCounts', () => {
  it('sums days into their months and keeps an empty month between them as zeros', () => {
    // A gap of months: entries in January and March, none in February.
    const bars = regroupCounts(
      [point('2026-01-05', 1, 0), point('2026-01-20', 2, 1), point('2026-03-02', 0, 4)],
      KEYS,
      'month',
      '2026-01-01',
      '2026-03-31',
    );
    expect(bars).toEqual([
      { day: '2026-01-01', total: 4, counts: { a: 3, b: 1 } },
      { day: '2026-02-01', total: 0, counts: { a: 0, b: 0 } },
      { day: '2026-03-01', total: 4, counts: { a: 0, b: 4 } },
    ]);
    expect(countTotals(bars, KEYS)).toEqual({ a: 3, b: 5 });
  });

  it('gives every day of a week its bar, empty days too, with nothing to count', () => {
    const bars = regroupCounts([], KEYS, 'day', '2026-11-24', '2026-11-30');
    expect(bars.map((bar) => bar.day)).toEqual([
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
    ]);
    expect(bars.every((bar) => bar.total === 0)).toBe(true);
  });

  it('puts a week that began before the range into the first bar', () => {
    // 2026-08-31 is a Monday; the range starts on the Tuesday, its first week on the Monday.
    const bars = regroupCounts(
      [point('2026-08-31', 2, 0)],
      KEYS,
      'month',
      '2026-09-01',
      '2026-11-30',
    );
    expect(bars[0]).toEqual({ day: '2026-09-01', total: 2, counts: { a: 2, b: 0 } });
    expect(bars).toHaveLength(3);
  });

  it('keeps one point alone as one bar with its counts', () => {
    const bars = regroupCounts(
      [point('2026-11-30', 1, 1)],
      KEYS,
      'day',
      '2026-11-30',
      '2026-11-30',
    );
    expect(bars).toEqual([{ day: '2026-11-30', total: 2, counts: { a: 1, b: 1 } }]);
  });
});
