import type Database from 'better-sqlite3';
import type { HabitKind, HabitPeriod } from '../../shared/domain/habits';
import type { DayRecord } from '../../shared/habit-strength';
import type { EmotionDay, MoodDay } from '../../shared/series/went-together';

/** A habit with records, and the first and last day anything was recorded for it. */
export interface InsightHabitRow {
  readonly habitId: number;
  readonly name: string;
  readonly kind: HabitKind;
  readonly targetCount: number;
  readonly period: HabitPeriod;
  readonly isArchived: boolean;
  readonly firstDay: string;
  readonly lastDay: string;
}

/** One habit's record of one day. */
export interface InsightCheckinRow extends DayRecord {
  readonly habitId: number;
}

interface HabitRow {
  id: number;
  name: string;
  kind: HabitKind;
  target_count: number;
  period: HabitPeriod;
  is_archived: number;
  first_day: string;
  last_day: string;
}

interface CheckinRow {
  habit_id: number;
  day: string;
  count: number | null;
  is_skip: number;
}

/**
 * The reads behind "what went together", each aggregated in SQL over a range of days with one
 * statement (never one query per day): mood per day, the emotion words named per day, the days
 * with contact with the ex, the habits in use over the range and their records. Read-only.
 */
export function createInsightRepo(db: Database.Database) {
  // Each day once, as the mean of its entries: a day with five entries weighs as much as one.
  const moodDays = db.prepare<[string, string], MoodDay>(
    `SELECT local_day AS day, AVG(mood) AS mean
       FROM mood_entries WHERE local_day BETWEEN ? AND ?
      GROUP BY local_day ORDER BY local_day`,
  );
  const emotionDays = db.prepare<[string, string], EmotionDay>(
    `SELECT DISTINCT e.local_day AS day, t.tag AS word
       FROM mood_entries e JOIN mood_entry_tags t ON t.entry_id = e.id
      WHERE e.local_day BETWEEN ? AND ?
      ORDER BY e.local_day, t.tag`,
  );
  const contactDays = db
    .prepare<[string, string], string>(
      `SELECT DISTINCT local_day FROM communication_entries
        WHERE is_contact_with_ex = 1 AND local_day BETWEEN ? AND ?
        ORDER BY local_day`,
    )
    .pluck();
  // A habit's life runs from its first record; an archived one's ends on its last (see
  // went-together.ts), so a habit is read when that life touches the range.
  const habits = db.prepare<[string, string], HabitRow>(
    `SELECT * FROM (
       SELECT id, name, kind, target_count, period, archived_at IS NOT NULL AS is_archived,
              -- Each a seek on the check-ins' key (habit_id, day), not a scan of them all.
              (SELECT MIN(day) FROM habit_checkins WHERE habit_id = h.id) AS first_day,
              (SELECT MAX(day) FROM habit_checkins WHERE habit_id = h.id) AS last_day
         FROM habits h)
      WHERE first_day <= ? AND (is_archived = 0 OR last_day >= ?)
      ORDER BY id`,
  );
  // Through habits first (CROSS JOIN keeps SQLite from scanning the check-ins instead), so each
  // habit's days are a range on the check-ins' key: a month reads a month of rows, not ten years.
  const checkins = db.prepare<[string, string], CheckinRow>(
    `SELECT c.habit_id, c.day, c.count, c.is_skip
       FROM habits h CROSS JOIN habit_checkins c ON c.habit_id = h.id AND c.day BETWEEN ? AND ?
      ORDER BY h.id, c.day`,
  );
  return {
    /** Days with a mood entry from `from` to `to`, each with its mean mood, oldest first. */
    moodDays(from: string, to: string): MoodDay[] {
      return moodDays.all(from, to);
    },
    /** Each emotion word named on each day from `from` to `to`, once per day. */
    emotionDays(from: string, to: string): EmotionDay[] {
      return emotionDays.all(from, to);
    },
    /** Days from `from` to `to` with contact with the ex. */
    contactDays(from: string, to: string): string[] {
      return contactDays.all(from, to);
    },
    /** Habits whose recorded life touches `from` to `to`. */
    habits(from: string, to: string): InsightHabitRow[] {
      return habits.all(to, from).map((row) => ({
        habitId: row.id,
        name: row.name,
        kind: row.kind,
        targetCount: row.target_count,
        period: row.period,
        isArchived: row.is_archived === 1,
        firstDay: row.first_day,
        lastDay: row.last_day,
      }));
    },
    /** Every habit's records from `from` to `to`, by habit, oldest first. */
    checkins(from: string, to: string): InsightCheckinRow[] {
      return checkins.all(from, to).map((row) => ({
        habitId: row.habit_id,
        day: row.day,
        count: row.count,
        isSkip: row.is_skip === 1,
      }));
    },
  };
}

export type InsightRepo = ReturnType<typeof createInsightRepo>;
