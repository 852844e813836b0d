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

/** How far either side of an instant `zoneNear` looks first: three days. */
const NEARBY_MS = 3 * 24 * 60 * 60 * 1000;

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
  // for a habit's days (report-service's `personalDay`): habits keep no zone of their own. With
  // no index on the times, sorting every entry by its distance costs milliseconds per habit, so
  // the entries of the few days around the instant are tried first (a cheap text comparison:
  // every stored instant is ISO UTC). If any is found there, the nearest of all is among them.
  const zoneNearFrom = (where: string) =>
    db.prepare<{ at: string; lo: string; hi: string }, { time_zone: string }>(
      `SELECT time_zone FROM (
         SELECT time_zone, created_at AS at FROM mood_entries
         UNION ALL SELECT time_zone, created_at FROM communication_entries
         UNION ALL SELECT time_zone, created_at FROM trust_checkins
         UNION ALL SELECT time_zone, changed_at FROM stage_changes
       )
       WHERE ${where} julianday(at) IS NOT NULL
       ORDER BY abs(julianday(at) - julianday(@at)) LIMIT 1`,
    );
  const zones = db
    .prepare<[], string>(
      `SELECT time_zone FROM mood_entries
       UNION SELECT time_zone FROM communication_entries
       UNION SELECT time_zone FROM trust_checkins
       UNION SELECT time_zone FROM stage_changes`,
    )
    .pluck();
  const zoneNearby = zoneNearFrom('at BETWEEN @lo AND @hi AND');
  const zoneNearAll = zoneNearFrom('');

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
    /** Every zone the person's entries and moves were made in. */
    zones(): string[] {
      return zones.all();
    },
    /** The zone of the person's entry nearest in time to `instant`; null without entries. */
    zoneNear(instant: string): string | null {
      const time = Date.parse(instant);
      const near = {
        at: instant,
        lo: new Date(time - NEARBY_MS).toISOString(),
        hi: new Date(time + NEARBY_MS).toISOString(),
      };
      return (zoneNearby.get(near) ?? zoneNearAll.get(near))?.time_zone ?? null;
    },
  };
}

export type ChartRepo = ReturnType<typeof createChartRepo>;
