import type Database from 'better-sqlite3';
import type { DayRange } from '../../shared/contract/common';
import type { BucketUnit } from '../../shared/series/buckets';

/**
 * The SQL expression for the first day of the bucket that the `YYYY-MM-DD` column `column` falls
 * in: the same day as shared/series/buckets.ts `bucketStart` for every day from 1900 to 2999
 * (tests/db/repositories/chart-repo.test.ts checks every day of several years). Weeks start on
 * Monday: SQLite's 'weekday 0' moves forward to the next Sunday (or stays on one), and six days
 * back from that Sunday is the week's Monday. `column` is always one of our own column names,
 * never input.
 */
export function bucketExpression(column: string, unit: BucketUnit): string {
  switch (unit) {
    case 'day':
      return column;
    case 'week':
      return `date(${column}, 'weekday 0', '-6 days')`;
    case 'month':
      return `substr(${column}, 1, 8) || '01'`;
    case 'quarter':
      return `substr(${column}, 1, 5) || printf('%02d', ((CAST(substr(${column}, 6, 2) AS INTEGER) - 1) / 3) * 3 + 1) || '-01'`;
    case 'year':
      return `substr(${column}, 1, 4) || '-01-01'`;
    default: {
      const unhandled: never = unit;
      return unhandled;
    }
  }
}

/** Mood in one bucket, from the means of its days (each day counts once). */
export interface MoodBucketRow {
  readonly day: string;
  readonly mean: number;
  readonly low: number;
  readonly high: number;
  readonly entries: number;
  readonly days: number;
}

/** The hurt rating in one bucket, over entries that gave one. */
export interface HurtBucketRow {
  readonly day: string;
  readonly mean: number;
  readonly entries: number;
}

/** How many conversations in one bucket practised `skill` with `outcome` (null: none named). */
export interface PracticeCountRow {
  readonly day: string;
  readonly skill: string | null;
  readonly outcome: string | null;
  readonly count: number;
}

/** How many contacts with the ex in one bucket had `tone` (null: none given). */
export interface ContactCountRow {
  readonly day: string;
  readonly tone: string | null;
  readonly count: number;
}

/** One statement per bucket unit, prepared the first time that unit is asked for. */
function perUnit<T>(make: (unit: BucketUnit) => T): (unit: BucketUnit) => T {
  const made = new Map<BucketUnit, T>();
  return (unit) => {
    const existing = made.get(unit);
    if (existing !== undefined) return existing;
    const statement = make(unit);
    made.set(unit, statement);
    return statement;
  };
}

/**
 * The aggregates behind the charts, made in SQL: one query per series over the range's days (by
 * the `local_day` indexes), grouped by the bucket's first day; never a query per day or per
 * bucket. Read-only.
 */
export function createChartRepo(db: Database.Database) {
  // Means per day first, then per bucket, so a day with five entries weighs as much as a day
  // with one.
  const moodBuckets = perUnit((unit) =>
    db.prepare<DayRange, MoodBucketRow>(
      `WITH daily AS (
         SELECT local_day, AVG(mood) AS mean, MIN(mood) AS low, MAX(mood) AS high,
                COUNT(*) AS entries
           FROM mood_entries WHERE local_day BETWEEN @from AND @to
          GROUP BY local_day
       )
       SELECT ${bucketExpression('local_day', unit)} AS day, AVG(mean) AS mean, MIN(low) AS low,
              MAX(high) AS high, SUM(entries) AS entries, COUNT(*) AS days
         FROM daily GROUP BY 1 ORDER BY 1`,
    ),
  );
  const hurtBuckets = perUnit((unit) =>
    db.prepare<DayRange, HurtBucketRow>(
      `WITH daily AS (
         SELECT local_day, AVG(hurt) AS mean, COUNT(*) AS entries
           FROM mood_entries WHERE local_day BETWEEN @from AND @to AND hurt IS NOT NULL
          GROUP BY local_day
       )
       SELECT ${bucketExpression('local_day', unit)} AS day, AVG(mean) AS mean,
              SUM(entries) AS entries
         FROM daily GROUP BY 1 ORDER BY 1`,
    ),
  );
  const practiceCounts = perUnit((unit) =>
    db.prepare<DayRange, PracticeCountRow>(
      `SELECT ${bucketExpression('local_day', unit)} AS day, skill, outcome, COUNT(*) AS count
         FROM communication_entries WHERE local_day BETWEEN @from AND @to
        GROUP BY 1, 2, 3 ORDER BY 1`,
    ),
  );
  const contactCounts = perUnit((unit) =>
    db.prepare<DayRange, ContactCountRow>(
      `SELECT ${bucketExpression('local_day', unit)} AS day, tone, COUNT(*) AS count
         FROM communication_entries
        WHERE local_day BETWEEN @from AND @to AND is_contact_with_ex = 1
        GROUP BY 1, 2 ORDER BY 1`,
    ),
  );
  // The zone of the entry the person wrote nearest in time to an instant, as the report finds it
  // for a habit's days (report-service's `personalDay`): habits keep no zone of their own. Every
  // stored instant is ISO UTC, so text order is time order, and the nearest entry of a table is
  // the one just before the instant or the one just after: two short searches of its `created_at`
  // index (migration 007) each, however long the history. An instant that is not a time (only a
  // hand edit could store one) is passed over, as before.
  const nearestIn = (table: string, column: string) => `
    SELECT * FROM (SELECT time_zone, ${column} AS at FROM ${table}
                    WHERE ${column} <= @at AND julianday(${column}) IS NOT NULL
                    ORDER BY ${column} DESC LIMIT 1)
    UNION ALL
    SELECT * FROM (SELECT time_zone, ${column} AS at FROM ${table}
                    WHERE ${column} > @at AND julianday(${column}) IS NOT NULL
                    ORDER BY ${column} LIMIT 1)`;
  const zoneNear = db.prepare<{ at: string }, { time_zone: string }>(
    `SELECT time_zone FROM (
       ${nearestIn('mood_entries', 'created_at')}
       UNION ALL ${nearestIn('communication_entries', 'created_at')}
       UNION ALL ${nearestIn('trust_checkins', 'created_at')}
       UNION ALL ${nearestIn('stage_changes', 'changed_at')}
     )
     ORDER BY abs(julianday(at) - julianday(@at)) LIMIT 1`,
  );

  return {
    /** Mood per bucket over the range's days, oldest first; empty buckets left out. */
    moodBuckets(range: DayRange, unit: BucketUnit): MoodBucketRow[] {
      return moodBuckets(unit).all(range);
    },
    /** The hurt rating per bucket, over entries that gave one. */
    hurtBuckets(range: DayRange, unit: BucketUnit): HurtBucketRow[] {
      return hurtBuckets(unit).all(range);
    },
    /** Conversations per bucket, skill and outcome. */
    practiceCounts(range: DayRange, unit: BucketUnit): PracticeCountRow[] {
      return practiceCounts(unit).all(range);
    },
    /** Contact with the ex per bucket and tone. */
    contactCounts(range: DayRange, unit: BucketUnit): ContactCountRow[] {
      return contactCounts(unit).all(range);
    },
    /** The zone of the person's entry nearest in time to `instant`; null without entries. */
    zoneNear(instant: string): string | null {
      return zoneNear.get({ at: instant })?.time_zone ?? null;
    },
  };
}

export type ChartRepo = ReturnType<typeof createChartRepo>;
