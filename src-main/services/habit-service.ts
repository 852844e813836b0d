import type Database from 'better-sqlite3';
import { createHabitScores } from '../db/habit-scores';
import { createHabitRepo, type HabitRecord } from '../db/repositories/habit-repo';
import {
  checkinRestoreSchema,
  checkinSetSchema,
  habitCreateSchema,
  habitHistoryInputSchema,
  habitUpdateSchema,
  type Checkin,
  type CheckinRestoreInput,
  type CheckinSetInput,
  type Habit,
  type HabitCreateInput,
  type HabitHistoryDay,
  type HabitSummary,
  type HabitUpdateInput,
} from '../shared/contract/habits';
import type { Checked } from '../shared/checked';
import { keptLately, keptWindowStart, periodProgress } from '../shared/habit-kept';
import { metTarget, scoreHabitDays, summarizeHabit } from '../shared/habit-strength';
import { goneAlready, goneWhileEditing } from './gone-words';
import { ServiceError } from './service-error';

export interface HabitServiceOptions {
  /** The current instant, injectable so tests can pin it. */
  readonly now?: () => Date;
}

/** The furthest ahead of UTC any zone's clocks run (Pacific/Kiritimati, UTC+14). */
const MAX_ZONE_OFFSET_MS = 14 * 60 * 60 * 1000;

/**
 * The newest calendar day that has begun somewhere on Earth. The main process does not know which
 * zone the person is in (and must not guess from the computer's), so a check-in may be for any
 * day up to this one: "today" for everyone, wherever they are, and never a day that has not come.
 * Earlier days are all allowed, including days before the habit was added, so that a person can
 * back-fill what they did before they started using the app.
 */
export function latestDayOnEarth(now: Date): string {
  return new Date(now.getTime() + MAX_ZONE_OFFSET_MS).toISOString().slice(0, 10);
}

/** `isEditing`: the person was saving changes in the habit's form, which keeps what they typed. */
function habitNotFound(field: string, isEditing = false): ServiceError {
  return new ServiceError(
    'not_found',
    isEditing ? goneWhileEditing('habit') : goneAlready('habit'),
    field,
  );
}

/**
 * Habits and their daily check-ins. Every change answers with what it replaced, so the renderer
 * can offer Undo that puts back exactly what was there. Input is validated again here so that
 * callers inside the main process cannot bypass the contract.
 */
export function createHabitService(db: Database.Database, options: HabitServiceOptions = {}) {
  const repo = createHabitRepo(db);
  // Every write to a habit's check-ins or rule scores it forward again in the same transaction
  // (see db/habit-scores.ts), so reads start from a checkpoint a week or so before their days.
  const scores = createHabitScores(db);
  const now = () => (options.now ?? (() => new Date()))();

  const findHabit = (id: number, field = 'id', isEditing = false): Habit =>
    repo.findHabit(id) ?? raise(habitNotFound(field, isEditing));

  function assertNameIsFree(name: string, exceptId?: number): void {
    const other = repo.findOtherWithName(name, exceptId);
    if (!other) return;
    throw new ServiceError(
      'conflict',
      other.archivedAt === null
        ? `You already have a habit called “${other.name}”.`
        : `“${other.name}” is one of your archived habits: you can restore it instead.`,
      'name',
    );
  }

  const create = db.transaction((record: HabitRecord): Habit => {
    assertNameIsFree(record.name);
    return findHabit(repo.insertHabit(record, now().toISOString()));
  });

  const update = db.transaction((input: ReturnType<typeof habitUpdateSchema.parse>): Habit => {
    const habit = findHabit(input.id, 'id', true);
    if (habit.kind === 'build' && input.targetCount < 1) {
      throw new ServiceError(
        'invalid_input',
        'A habit to build needs a target of at least 1.',
        'targetCount',
      );
    }
    assertNameIsFree(input.name, input.id);
    repo.updateHabit(input.id, input);
    scores.refresh(input.id);
    return findHabit(input.id);
  });

  const setArchived = db.transaction((id: number, isArchived: boolean): Habit => {
    const habit = findHabit(id);
    // Archiving twice keeps the first time; restoring an active habit changes nothing.
    if (isArchived === (habit.archivedAt !== null)) return habit;
    repo.setArchivedAt(id, isArchived ? now().toISOString() : null);
    return findHabit(id);
  });

  const list = db.transaction((day: string, includeArchived: boolean): HabitSummary[] => {
    return repo.listHabits(includeArchived).map((habit) => {
      // An archived habit keeps the strength it had on its last recorded day: putting a habit
      // away is not missing it every day since.
      const asOf = habit.archivedAt === null ? day : (scores.lastRecordDay(habit.id, day) ?? day);
      // Only the last weeks are read: the score before them comes from a stored checkpoint.
      const { since, records } = scores.recordsSince(habit.id, keptWindowStart(asOf), asOf);
      return {
        ...habit,
        ...summarizeHabit(habit, records, asOf, since),
        keptLately: keptLately(habit, records, asOf, since),
        thisPeriod: periodProgress(habit, records, asOf),
        // One key lookup per habit, whatever the indexes.
        today: repo.findCheckin(habit.id, day) ?? null,
      };
    });
  });

  const setCheckin = db.transaction(
    (
      input: ReturnType<typeof checkinSetSchema.parse>,
    ): { checkin: Checkin; previous: Checkin | null } => {
      const habit = findHabit(input.habitId, 'habitId');
      if (habit.archivedAt !== null) {
        throw new ServiceError(
          'conflict',
          `“${habit.name}” is archived: restore it to check in again.`,
          'habitId',
        );
      }
      if (input.day > latestDayOnEarth(now())) {
        throw new ServiceError(
          'invalid_input',
          'That day has not begun yet. You can record today and any day before it.',
          'day',
        );
      }
      const previous = repo.findCheckin(input.habitId, input.day) ?? null;
      repo.setCheckin(input, now().toISOString());
      scores.refresh(input.habitId);
      const checkin = repo.findCheckin(input.habitId, input.day) ?? raise(habitNotFound('habitId'));
      return { checkin, previous };
    },
  );

  const clearCheckin = db.transaction((habitId: number, day: string): Checkin | null => {
    findHabit(habitId, 'habitId');
    const previous = repo.findCheckin(habitId, day) ?? null;
    if (previous) repo.deleteCheckin(habitId, day);
    scores.refresh(habitId);
    return previous;
  });

  const restoreCheckin = db.transaction(
    (habitId: number, day: string, previous: Checkin | null): Checkin | null => {
      findHabit(habitId, 'habitId');
      repo.deleteCheckin(habitId, day);
      if (previous) repo.insertCheckinExact(previous);
      scores.refresh(habitId);
      return repo.findCheckin(habitId, day) ?? null;
    },
  );

  // One snapshot, so the days and the strength behind them always agree.
  const history = db.transaction(
    (habitId: number, from: string, to: string): { habit: Habit; days: HabitHistoryDay[] } => {
      const habit = findHabit(habitId, 'habitId');
      const { since, records } = scores.recordsSince(habitId, from, to);
      const scored = scoreHabitDays(habit, records, from, to, since);
      const days = repo.history(habitId, from, to).map((row, index) => {
        const score = scored[index];
        if (score?.day !== row.day) throw new Error(`History out of step at ${row.day}.`);
        return { ...row, strength: score.strength, metTarget: metTarget(score.outcome) };
      });
      return { habit, days };
    },
  );

  return {
    create(input: HabitCreateInput): Habit {
      const { name, kind, targetCount, period } = habitCreateSchema.parse(input);
      return create({ name, kind, targetCount, period });
    },
    /** Renames a habit or changes its target; the kind stays. */
    update(input: HabitUpdateInput): Habit {
      return update(habitUpdateSchema.parse(input));
    },
    archive(id: number): Habit {
      return setArchived(id, true);
    },
    restore(id: number): Habit {
      return setArchived(id, false);
    },
    /** Every habit with its strength and days kept as of `day` (a day the person is living). */
    list(day: string, includeArchived = false): HabitSummary[] {
      return list(day, includeArchived);
    },
    /** Records a day and answers with what was there before, for Undo. */
    setCheckin(input: CheckinSetInput): { checkin: Checkin; previous: Checkin | null } {
      return setCheckin(checkinSetSchema.parse(input));
    },
    /** `setCheckin` for input the router has already checked against the contract. */
    setCheckinChecked(input: Checked<ReturnType<typeof checkinSetSchema.parse>>): {
      checkin: Checkin;
      previous: Checkin | null;
    } {
      return setCheckin(input);
    },
    /** Empties a day and answers with what was there, for Undo. */
    clearCheckin(habitId: number, day: string): { previous: Checkin | null } {
      return { previous: clearCheckin(habitId, day) };
    },
    /** Puts a day back exactly as `previous` was, times included; null empties the day. */
    restoreCheckin(input: CheckinRestoreInput): { checkin: Checkin | null } {
      const { habitId, day, previous } = checkinRestoreSchema.parse(input);
      return { checkin: restoreCheckin(habitId, day, previous) };
    },
    history(input: { habitId: number; from: string; to: string }) {
      const { habitId, from, to } = habitHistoryInputSchema.parse(input);
      return history(habitId, from, to);
    },
  };
}

export type HabitService = ReturnType<typeof createHabitService>;

function raise(error: Error): never {
  throw error;
}
