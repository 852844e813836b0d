import { describe, expect, it } from 'vitest';
import {
  CHART_RANGES,
  MAX_SERIES_POINTS,
  bucketCount,
  chartWindow,
  seriesBucketFor,
} from '../../../src-main/shared/series/ranges';
import { bucketsOf } from '../../../src-main/shared/series/buckets';

describe('chartWindow', () => {
  it('ends every range on today and starts it the day after the same date back', () => {
    const today = '2026-11-27';
    expect(chartWindow('week', today, null)).toEqual({ from: '2026-11-21', to: today });
    expect(chartWindow('month', today, null)).toEqual({ from: '2026-10-28', to: today });
    expect(chartWindow('quarter', today, null)).toEqual({ from: '2026-08-28', to: today });
    expect(chartWindow('year', today, null)).toEqual({ from: '2025-11-28', to: today });
  });

  it('clamps a month back to its last day on 31 March and 31 May', () => {
    // 31 March less a month is 28 February (there is no 31st): the month starts on 1 March.
    expect(chartWindow('month', '2026-03-31', null)).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(chartWindow('month', '2028-03-31', null).from).toBe('2028-03-01');
    expect(chartWindow('month', '2028-03-30', null).from).toBe('2028-03-01');
    expect(chartWindow('month', '2026-03-28', null).from).toBe('2026-03-01');
    expect(chartWindow('month', '2026-03-27', null).from).toBe('2026-02-28');
    // 31 May less three months is 28 February 2026.
    expect(chartWindow('quarter', '2026-05-31', null).from).toBe('2026-03-01');
    expect(chartWindow('year', '2026-03-31', null).from).toBe('2025-04-01');
  });

  it('handles 29 February 2028', () => {
    expect(chartWindow('week', '2028-02-29', null).from).toBe('2028-02-23');
    expect(chartWindow('month', '2028-02-29', null).from).toBe('2028-01-30');
    expect(chartWindow('quarter', '2028-02-29', null).from).toBe('2027-11-30');
    // 28 February 2027 is the same date a year back: the year starts the day after.
    expect(chartWindow('year', '2028-02-29', null)).toEqual({
      from: '2027-03-01',
      to: '2028-02-29',
    });
    // A year back from 28 February 2029 is 28 February 2028: the leap day is in the year.
    expect(chartWindow('year', '2029-02-28', null).from).toBe('2028-02-29');
  });

  it('crosses the year on 1 January', () => {
    const today = '2027-01-01';
    expect(chartWindow('week', today, null).from).toBe('2026-12-26');
    expect(chartWindow('month', today, null).from).toBe('2026-12-02');
    expect(chartWindow('quarter', today, null).from).toBe('2026-10-02');
    expect(chartWindow('year', today, null).from).toBe('2026-01-02');
  });

  it('starts all time on the first day of the history, and on today without one', () => {
    const today = '2026-11-27';
    expect(chartWindow('all', today, null)).toEqual({ from: today, to: today });
    expect(chartWindow('all', today, '2019-01-10')).toEqual({ from: '2019-01-10', to: today });
    expect(chartWindow('all', today, today)).toEqual({ from: today, to: today });
    // An imported entry dated after today still ends the range on today.
    expect(chartWindow('all', today, '2027-01-01')).toEqual({ from: today, to: today });
  });

  it('does not let the history move the fixed ranges', () => {
    for (const range of CHART_RANGES.filter((r) => r !== 'all')) {
      expect(chartWindow(range, '2026-11-27', '2000-01-01')).toEqual(
        chartWindow(range, '2026-11-27', null),
      );
    }
  });
});

describe('chartWindow near the first day the app accepts', () => {
  it('starts no range before 1 January 1900', () => {
    expect(chartWindow('year', '1900-01-03', null)).toEqual({
      from: '1900-01-01',
      to: '1900-01-03',
    });
    expect(chartWindow('week', '1900-01-01', null)).toEqual({
      from: '1900-01-01',
      to: '1900-01-01',
    });
    expect(chartWindow('quarter', '1900-02-10', null)).toEqual({
      from: '1900-01-01',
      to: '1900-02-10',
    });
    // The first day that needs no clamping is left as it is.
    expect(chartWindow('week', '1900-01-07', null)).toEqual({
      from: '1900-01-01',
      to: '1900-01-07',
    });
  });
});

describe('bucketCount', () => {
  it('counts every bucket the days touch, partial ones included', () => {
    expect(bucketCount('2026-11-21', '2026-11-27', 'day')).toBe(7);
    // Sunday 1 November ends one week, Monday 2 November starts the next.
    expect(bucketCount('2026-11-01', '2026-11-02', 'week')).toBe(2);
    expect(bucketCount('2026-11-02', '2026-11-08', 'week')).toBe(1);
    expect(bucketCount('2026-01-31', '2026-03-01', 'month')).toBe(3);
    expect(bucketCount('2026-03-31', '2026-04-01', 'quarter')).toBe(2);
    expect(bucketCount('2026-01-01', '2026-12-31', 'quarter')).toBe(4);
    expect(bucketCount('2026-12-31', '2027-01-01', 'year')).toBe(2);
    expect(bucketCount('2026-11-27', '2026-11-27', 'year')).toBe(1);
  });

  it('agrees with the list of buckets', () => {
    for (const unit of ['day', 'week', 'month', 'quarter', 'year'] as const) {
      for (const [from, to] of [
        ['2016-11-28', '2026-11-27'],
        ['2028-02-29', '2028-03-01'],
        ['1900-01-01', '1900-12-31'],
      ] as const) {
        expect(bucketCount(from, to, unit)).toBe(bucketsOf(from, to, unit).length);
      }
    }
  });
});

describe('seriesBucketFor', () => {
  const tenYears = ['2016-11-28', '2026-11-27'] as const; // 522 weeks, 121 months, 41 quarters
  const oneYear = ['2025-11-28', '2026-11-27'] as const; // 365 days, 53 weeks

  it('uses the finest bucket whose points over every line stay within the cap', () => {
    expect(seriesBucketFor(...oneYear)).toBe('day');
    expect(seriesBucketFor(...oneYear, 1)).toBe('day');
    expect(seriesBucketFor(...tenYears)).toBe('week');
    expect(seriesBucketFor(...oneYear, 5)).toBe('day'); // 1825 points
    expect(seriesBucketFor(...oneYear, 6)).toBe('week'); // 2190 days would be too many
    expect(seriesBucketFor(...oneYear, 12)).toBe('week'); // 53 x 12 = 636
    expect(seriesBucketFor(...tenYears, 3)).toBe('week'); // 1566
    expect(seriesBucketFor(...tenYears, 4)).toBe('month'); // 2088 weeks, 484 months
    expect(seriesBucketFor(...tenYears, 12)).toBe('month'); // 1452
    expect(seriesBucketFor(...tenYears, 16)).toBe('month'); // 1936
    expect(seriesBucketFor(...tenYears, 17)).toBe('quarter'); // 2057 months, 697 quarters
    expect(seriesBucketFor(...tenYears, 40)).toBe('quarter'); // 1640
    expect(seriesBucketFor(...tenYears, 49)).toBe('year'); // 2009 quarters, 539 years
  });

  it('counts a line as one when there are none, and keeps exactly the cap', () => {
    expect(seriesBucketFor(...oneYear, 0)).toBe('day');
    // 2000 days from 1 January 2020 fit by day; 2001 do not.
    expect(bucketCount('2020-01-01', '2025-06-22', 'day')).toBe(MAX_SERIES_POINTS);
    expect(seriesBucketFor('2020-01-01', '2025-06-22')).toBe('day');
    expect(seriesBucketFor('2020-01-01', '2025-06-23')).toBe('week');
  });
});
