import type Database from 'better-sqlite3';
import { addDays, dayNumber, dayOfNumber } from '../shared/calendar';
import { scoreCheckpoints, type DayRecord, type ScoreCheckpoint } from '../shared/habit-strength';
import { createHabitRepo } from './repositories/habit-repo';
import { createHabitScoreRepo, type HabitScoreRepo } from './repositories/habit-score-repo';

/**
 * The days a habit keeps checkpoints on: its last recorded day, and the Sunday ending each week
 * (as the habit calendar draws weeks) that has a record. The Habits screen's four-week window
 * starts the day after a Sunday, so opening it scores the same five weeks or so whether the
 * history is a month long or ten years (month ends would add up to a month more). Weeks with no
 * record get none: scoring through them reads no rows, and a habit with two records centuries
 * apart must not store a checkpoint for every week between.
 */
export function checkpointDays(records: readonly DayRecord[], last: string): string[] {
  // By day number, and a day's text made once per week rather than once per record: a back-fill
  // ten years back passes every record of the habit through here.
  const lastNumber = dayNumber(last);
  const sundays = new Set<number>();
  for (const { day } of records) {
    const n = dayNumber(day);
    const sunday = n + 6 - ((((n + 3) % 7) + 7) % 7);
    if (sunday < lastNumber) sundays.add(sunday);
  }
  return [...[...sundays].map(dayOfNumber), last];
}

/** A habit's records from a checkpoint on: what the scoring functions take as `since` and records. */
export interface RecordsSince {
  /** The newest checkpoint before the first day asked for; undefined: score from the first record. */
  readonly since: ScoreCheckpoint | undefined;
  /** The records after `since.day` (all of them without it), up to the day asked for. */
  readonly records: readonly DayRecord[];
}

/**
 * Keeps each habit's score checkpoints (migration 006) up to date and reads from them. The
 * migration's triggers drop a habit's checkpoints from the first day a write touches; `refresh`
 * scores forward again from the newest week end left, up to the habit's last recorded day, so
 * the next read starts at most a week before the days it needs. Callers own transactions:
 * `refresh` belongs in the same one as the write it follows.
 */
export function createHabitScores(db: Database.Database) {
  const habits = createHabitRepo(db);
  // Prepared on first use: services are also built over files from before migration 006 (to
  // export what an older version wrote), and reading those must not need the new table.
  let scoreRepo: HabitScoreRepo | undefined;
  const repoOf = () => (scoreRepo ??= createHabitScoreRepo(db));

  function refresh(habitId: number): void {
    const repo = repoOf();
    const habit = habits.findHabit(habitId);
    const last = repo.lastRecordDay(habitId);
    // No records: the triggers have dropped every checkpoint already (none is older than the
    // first record), and a gone habit's went with it.
    if (!habit || last === null) return;
    const newest = repo.newestDay(habitId);
    if (newest !== null && newest >= last) return;
    const start = repo.latestWeekEnd(habitId);
    // The newest checkpoint that is not a week end (the last recorded day, before this write)
    // is passed now: it goes, so each habit keeps one checkpoint a week, not one a check-in.
    repo.deleteAfter(habitId, start?.day ?? null);
    const records = repo.recordsBetween(habitId, start?.day ?? null, last);
    repo.insert(
      habitId,
      scoreCheckpoints(habit, records, last, checkpointDays(records, last), start),
    );
  }

  return {
    refresh,
    /** Brings every habit whose checkpoints stop short of its last record up to date. */
    refreshAll(): number {
      const behind = repoOf().habitsBehind();
      for (const habitId of behind) refresh(habitId);
      return behind.length;
    },
    /**
     * What scoring `habitId` from `from` to `to` needs: the newest checkpoint before `from` and
     * the records after it, read from the database rather than every check-in ever made.
     */
    recordsSince(habitId: number, from: string, to: string): RecordsSince {
      const since = repoOf().latestUpTo(habitId, addDays(from, -1));
      return { since, records: repoOf().recordsBetween(habitId, since?.day ?? null, to) };
    },
    /** The habit's last recorded day on or before `day`, or null. */
    lastRecordDay(habitId: number, day: string): string | null {
      return repoOf().lastRecordDay(habitId, day);
    },
  };
}

export type HabitScores = ReturnType<typeof createHabitScores>;
