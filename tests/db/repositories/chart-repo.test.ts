import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bucketExpression, createChartRepo } from '../../../src-main/db/repositories/chart-repo';
import { bucketStart, type BucketUnit } from '../../../src-main/shared/series/buckets';
import { SERIES_BUCKETS } from '../../../src-main/shared/series/ranges';
import { createTestDatabase } from '../../helpers/test-db';

let testDb: ReturnType<typeof createTestDatabase>;
beforeEach(() => {
  testDb = createTestDatabase();
});
afterEach(() => testDb.cleanup());

/** Every day from `from` to `to` with its bucket's first day as SQLite works it out. */
function sqlBuckets(from: string, to: string, unit: BucketUnit): { day: string; start: string }[] {
  return testDb.db
    .prepare<[string, string], { day: string; start: string }>(
      `WITH RECURSIVE days (day) AS (
         SELECT ? UNION ALL SELECT date(day, '+1 day') FROM days WHERE day < ?
       )
       SELECT day, ${bucketExpression('day', unit)} AS start FROM days`,
    )
    .all(from, to);
}

describe('bucketExpression', () => {
  // Leap years (2000 divisible by 400, 2004), a non-leap century (1900, 2100), both ends of the
  // dates Mending keeps, and years starting on every weekday.
  const periods = [
    ['1900-01-01', '1901-12-31'],
    ['1999-12-01', '2005-01-31'],
    ['2026-01-01', '2028-12-31'],
    ['2099-12-01', '2100-03-31'],
    ['2998-12-25', '2999-12-31'],
  ] as const;

  it.each(SERIES_BUCKETS)('gives the same first day as bucketStart for every day (%s)', (unit) => {
    let checked = 0;
    for (const [from, to] of periods) {
      for (const { day, start } of sqlBuckets(from, to, unit)) {
        if (start !== bucketStart(day, unit))
          expect({ day, start }).toEqual({ day, start: bucketStart(day, unit) });
        checked += 1;
      }
    }
    expect(checked).toBe(730 + 1889 + 1096 + 121 + 372);
  });

  it('starts weeks on Monday and quarters in January, April, July and October', () => {
    const week = sqlBuckets('2026-10-25', '2026-11-02', 'week').map((r) => r.start);
    expect(week).toEqual([
      '2026-10-19', // Sunday 25 October belongs to the week from Monday 19
      '2026-10-26',
      '2026-10-26',
      '2026-10-26',
      '2026-10-26',
      '2026-10-26',
      '2026-10-26',
      '2026-10-26', // Sunday 1 November
      '2026-11-02',
    ]);
    const quarters = sqlBuckets('2026-03-31', '2026-04-01', 'quarter').map((r) => r.start);
    expect(quarters).toEqual(['2026-01-01', '2026-04-01']);
    expect(sqlBuckets('2026-12-31', '2026-12-31', 'quarter')[0]?.start).toBe('2026-10-01');
  });
});

describe('the chart aggregates', () => {
  function mood(day: string, value: number, hurt: number | null): void {
    testDb.db
      .prepare(
        `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, hurt, created_at, updated_at)
         VALUES (?, 'UTC', ?, ?, ?, ?, ?)`,
      )
      .run(
        `${day}T12:00:00.000Z`,
        day,
        value,
        hurt,
        `${day}T12:00:00.000Z`,
        `${day}T12:00:00.000Z`,
      );
  }

  it('averages each day first, then the days of a bucket, so every day counts once', () => {
    mood('2026-11-02', 2, 10);
    mood('2026-11-02', 4, null);
    mood('2026-11-03', 9, 4);
    mood('2026-11-09', 5, null); // the next week
    const repo = createChartRepo(testDb.db);
    const range = { from: '2026-11-01', to: '2026-11-30' };
    expect(repo.moodBuckets(range, 'week')).toEqual([
      { day: '2026-11-02', mean: 6, low: 2, high: 9, entries: 3, days: 2 },
      { day: '2026-11-09', mean: 5, low: 5, high: 5, entries: 1, days: 1 },
    ]);
    expect(repo.hurtBuckets(range, 'week')).toEqual([{ day: '2026-11-02', mean: 7, entries: 2 }]);
    // Only the range's days: the entry on 9 November is outside.
    expect(repo.moodBuckets({ from: '2026-11-01', to: '2026-11-08' }, 'month')).toEqual([
      { day: '2026-11-01', mean: 6, low: 2, high: 9, entries: 3, days: 2 },
    ]);
  });
});
