import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bucketStart,
  bucketUnitFor,
  bucketsOf,
  dayFromNumber,
  dayNumber,
  rollingAverage,
} from '../../../src-main/shared/series/buckets';

describe('day numbers', () => {
  it('agree with the calendar for every day from 1900 to 2999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 376199 }), (n) => {
        const day = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(dayFromNumber(n)).toBe(day);
        expect(dayNumber(day)).toBe(n);
      }),
      { numRuns: 2000 },
    );
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('1970-01-01')).toBe(0);
  });
});

describe('rollingAverage', () => {
  it('averages the days with a value among the last seven, and is empty where there are none', () => {
    const values = [
      { day: '2026-01-01', value: 2 },
      { day: '2026-01-03', value: 4 },
      { day: '2026-01-08', value: 9 },
    ];
    expect(rollingAverage(values, '2026-01-01', '2026-01-12')).toEqual([
      2, 2, 3, 3, 3, 3, 3, 6.5, 6.5, 9, 9, 9,
    ]);
    expect(rollingAverage(values, '2026-01-16', '2026-01-16')).toEqual([null]);
  });

  it('is empty on days whose seven hold fewer values than asked for (no trend from too few)', () => {
    const values = ['01', '02', '03', '05', '09'].map((d, i) => ({
      day: `2026-01-${d}`,
      value: i + 1,
    }));
    // Four values from the 5th to the 7th; the 8th's week (2nd to 8th) holds only three.
    expect(rollingAverage(values, '2026-01-01', '2026-01-09', 7, 4)).toEqual([
      null,
      null,
      null,
      null,
      2.5,
      2.5,
      2.5,
      null,
      null,
    ]);
  });
});

describe('buckets', () => {
  it('starts weeks on Monday and months and quarters on their first day', () => {
    expect(bucketStart('2026-11-27', 'week')).toBe('2026-11-23');
    expect(bucketStart('2026-11-23', 'week')).toBe('2026-11-23');
    expect(bucketStart('2026-11-27', 'month')).toBe('2026-11-01');
    expect(bucketStart('2026-11-27', 'quarter')).toBe('2026-10-01');
    expect(bucketStart('2026-02-14', 'quarter')).toBe('2026-01-01');
    expect(bucketsOf('2026-11-15', '2027-02-02', 'month')).toEqual([
      '2026-11-01',
      '2026-12-01',
      '2027-01-01',
      '2027-02-01',
    ]);
  });

  it('uses weeks for a few months, months for up to three years, then quarters', () => {
    expect(bucketUnitFor('2026-09-01', '2026-11-27')).toBe('week');
    expect(bucketUnitFor('2025-11-28', '2026-11-27')).toBe('month');
    expect(bucketUnitFor('2016-11-28', '2026-11-27')).toBe('quarter');
  });
});
