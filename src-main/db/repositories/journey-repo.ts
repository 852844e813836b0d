import type Database from 'better-sqlite3';
import type { DayRange } from '../../shared/contract/common';

/** One day's mood, averaged in SQL, with the day's average hurt rating when any entry had one. */
export interface JourneyMoodDay {
  readonly day: string;
  readonly average: number;
  readonly hurt: number | null;
}

/**
 * The reads "Where you are now" needs beyond habits (habit-repo) and stages (stage-repo): short
 * windows of daily mood and hurt, the day the records begin, and how many apology rehearsals were
 * logged. Read-only.
 */
export function createJourneyRepo(db: Database.Database) {
  const moodDays = db.prepare<[string, string], JourneyMoodDay>(
    `SELECT local_day AS day, AVG(mood) AS average, AVG(hurt) AS hurt
       FROM mood_entries WHERE local_day BETWEEN ? AND ?
      GROUP BY local_day ORDER BY local_day`,
  );
  const firstRecordDay = db
    .prepare<[string, string, string, string, string], string | null>(
      `SELECT MIN(day) FROM (
         SELECT MIN(local_day) AS day FROM mood_entries WHERE local_day <= ?
         UNION ALL SELECT MIN(day) FROM habit_checkins WHERE day <= ?
         UNION ALL SELECT MIN(local_day) FROM communication_entries WHERE local_day <= ?
         UNION ALL SELECT MIN(local_day) FROM reflections WHERE local_day <= ?
         UNION ALL SELECT MIN(local_day) FROM trust_checkins WHERE local_day <= ?
       )`,
    )
    .pluck();
  // A rehearsal is apology practice with anyone but the ex: with the ex it is the apology itself.
  const rehearsals = db
    .prepare<[string], number>(
      `SELECT COUNT(*) FROM communication_entries
        WHERE skill = 'apology' AND is_contact_with_ex = 0 AND local_day <= ?`,
    )
    .pluck();

  return {
    /** Days with a mood entry in the range, oldest first. */
    moodDays(range: DayRange): JourneyMoodDay[] {
      return moodDays.all(range.from, range.to);
    },
    /** The first day anything was recorded, on or before `to`; null when nothing was. */
    firstRecordDay(to: string): string | null {
      return firstRecordDay.get(to, to, to, to, to) ?? null;
    },
    /** Apology rehearsals logged on or before `to`. */
    apologyRehearsals(to: string): number {
      return rehearsals.get(to) ?? 0;
    },
  };
}

export type JourneyRepo = ReturnType<typeof createJourneyRepo>;
