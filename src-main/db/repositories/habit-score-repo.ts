import type Database from 'better-sqlite3';
import type { DayRecord, ScoreCheckpoint } from '../../shared/habit-strength';
import { DAY_OUTCOMES } from '../../shared/habit-strength';

interface CheckpointRow {
  day: string;
  strength: number;
  state: string;
}

/** What `state` holds: the checkpoint without its day and strength, which have columns. */
type StoredState = Pick<ScoreCheckpoint, 'outcome' | 'window' | 'firstDay' | 'countedDays'>;

function isStoredState(value: unknown): value is StoredState {
  if (typeof value !== 'object' || value === null) return false;
  const { outcome, window, firstDay, countedDays } = value as Record<string, unknown>;
  return (
    DAY_OUTCOMES.some((o) => o === outcome) &&
    Array.isArray(window) &&
    window.every((c) => typeof c === 'number') &&
    typeof firstDay === 'string' &&
    typeof countedDays === 'number'
  );
}

/** A stored checkpoint, or undefined when its state cannot be read (then it is scored again). */
function toCheckpoint(row: CheckpointRow): ScoreCheckpoint | undefined {
  let state: unknown;
  try {
    state = JSON.parse(row.state);
  } catch {
    return undefined;
  }
  if (!isStoredState(state)) return undefined;
  return {
    day: row.day,
    strength: row.strength,
    outcome: state.outcome,
    window: state.window,
    firstDay: state.firstDay,
    countedDays: state.countedDays,
  };
}

/**
 * All SQL for the habit score checkpoints (migration 006), and the check-in reads that go with
 * them: the days after a checkpoint. Callers own transactions.
 */
export function createHabitScoreRepo(db: Database.Database) {
  const selectLatestUpTo = db.prepare<[number, string], CheckpointRow>(
    `SELECT day, strength, state FROM habit_score_checkpoints
      WHERE habit_id = ? AND day <= ? ORDER BY day DESC LIMIT 1`,
  );
  const selectLatestBefore = db.prepare<[number, string], CheckpointRow>(
    `SELECT day, strength, state FROM habit_score_checkpoints
      WHERE habit_id = ? AND day < ? ORDER BY day DESC LIMIT 1`,
  );
  // The end of a week: a Sunday (strftime's %w counts from Sunday, 0).
  const selectLatestWeekEnd = db.prepare<[number], CheckpointRow>(
    `SELECT day, strength, state FROM habit_score_checkpoints
      WHERE habit_id = ? AND strftime('%w', day) = '0' ORDER BY day DESC LIMIT 1`,
  );
  const selectNewestDay = db
    .prepare<[number], string | null>(
      'SELECT MAX(day) FROM habit_score_checkpoints WHERE habit_id = ?',
    )
    .pluck();
  const selectLastRecordDay = db
    .prepare<[number, string], string | null>(
      'SELECT MAX(day) FROM habit_checkins WHERE habit_id = ? AND day <= ?',
    )
    .pluck();
  const selectRecordsBetween = db.prepare<
    [number, string, string],
    { day: string; count: number | null; is_skip: number }
  >(
    `SELECT day, count, is_skip FROM habit_checkins
      WHERE habit_id = ? AND day > ? AND day <= ? ORDER BY day`,
  );
  // Habits whose newest checkpoint is older than their last recorded day: scored only in part.
  const selectBehind = db
    .prepare<[], number>(
      `SELECT h.id FROM habits h
        WHERE (SELECT MAX(day) FROM habit_checkins WHERE habit_id = h.id)
              > COALESCE((SELECT MAX(day) FROM habit_score_checkpoints WHERE habit_id = h.id), '')
        ORDER BY h.id`,
    )
    .pluck();
  const insertCheckpoint = db.prepare<[number, string, number, string]>(
    'INSERT INTO habit_score_checkpoints (habit_id, day, strength, state) VALUES (?, ?, ?, ?)',
  );
  const deleteAfter = db.prepare<[number, string]>(
    'DELETE FROM habit_score_checkpoints WHERE habit_id = ? AND day > ?',
  );

  return {
    /** The newest readable checkpoint on or before `day`. */
    latestUpTo(habitId: number, day: string): ScoreCheckpoint | undefined {
      // An unreadable row (only a hand edit could make one) is passed over for an older one.
      for (let row = selectLatestUpTo.get(habitId, day); row;) {
        const checkpoint = toCheckpoint(row);
        if (checkpoint) return checkpoint;
        row = selectLatestBefore.get(habitId, row.day);
      }
      return undefined;
    },
    /** The newest checkpoint at the end of a week, if it can be read. */
    latestWeekEnd(habitId: number): ScoreCheckpoint | undefined {
      const row = selectLatestWeekEnd.get(habitId);
      return row ? toCheckpoint(row) : undefined;
    },
    newestDay(habitId: number): string | null {
      return selectNewestDay.get(habitId) ?? null;
    },
    /** The habit's last recorded day on or before `day`. */
    lastRecordDay(habitId: number, day = '9999-12-31'): string | null {
      return selectLastRecordDay.get(habitId, day) ?? null;
    },
    /** The habit's records after `after` (every one when null) up to `to`, oldest first. */
    recordsBetween(habitId: number, after: string | null, to: string): DayRecord[] {
      return selectRecordsBetween
        .all(habitId, after ?? '', to)
        .map((row) => ({ day: row.day, count: row.count, isSkip: row.is_skip === 1 }));
    },
    /** Habits whose checkpoints stop before their last recorded day. */
    habitsBehind(): number[] {
      return selectBehind.all();
    },
    insert(habitId: number, checkpoints: readonly ScoreCheckpoint[]): void {
      for (const { day, strength, outcome, window, firstDay, countedDays } of checkpoints) {
        const state: StoredState = { outcome, window, firstDay, countedDays };
        insertCheckpoint.run(habitId, day, strength, JSON.stringify(state));
      }
    },
    /** Drops the habit's checkpoints after `day` (all of them when null). */
    deleteAfter(habitId: number, day: string | null): void {
      deleteAfter.run(habitId, day ?? '');
    },
  };
}

export type HabitScoreRepo = ReturnType<typeof createHabitScoreRepo>;
