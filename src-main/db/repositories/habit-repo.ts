import type Database from 'better-sqlite3';
import type { HabitKind, HabitPeriod } from '../../shared/domain/habits';
import type { DayRecord } from '../../shared/habit-strength';
import type { Checkin, Habit } from '../../shared/contract/habits';

/** A habit's fields as the service hands them over: validated, name trimmed. */
export interface HabitRecord {
  readonly name: string;
  readonly kind: HabitKind;
  readonly targetCount: number;
  readonly period: HabitPeriod;
}

/** A day of one habit for the history: its check-in, if any, already joined to the day. */
export interface HistoryRow {
  readonly day: string;
  readonly count: number | null;
  readonly isSkip: boolean;
  readonly note: string | null;
}

interface HabitRow {
  id: number;
  name: string;
  kind: HabitKind;
  target_count: number;
  period: HabitPeriod;
  created_at: string;
  archived_at: string | null;
}

interface CheckinRow {
  habit_id: number;
  day: string;
  count: number | null;
  is_skip: number;
  note: string | null;
  created_at: string;
  updated_at: string;
}

function toHabit(row: HabitRow): Habit {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    targetCount: row.target_count,
    period: row.period,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
  };
}

function toCheckin(row: CheckinRow): Checkin {
  return {
    habitId: row.habit_id,
    day: row.day,
    count: row.count,
    isSkip: row.is_skip === 1,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const HABIT_COLUMNS = 'id, name, kind, target_count, period, created_at, archived_at';
const CHECKIN_COLUMNS = 'habit_id, day, count, is_skip, note, created_at, updated_at';

/** All SQL for habits and their check-ins. Callers own transactions. */
export function createHabitRepo(db: Database.Database) {
  const insertHabit = db.prepare<[string, HabitKind, number, HabitPeriod, string]>(
    `INSERT INTO habits (name, kind, target_count, period, created_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const updateHabit = db.prepare<[string, number, HabitPeriod, number]>(
    'UPDATE habits SET name = ?, target_count = ?, period = ? WHERE id = ?',
  );
  const updateArchivedAt = db.prepare<[string | null, number]>(
    'UPDATE habits SET archived_at = ? WHERE id = ?',
  );
  const selectHabit = db.prepare<[number], HabitRow>(
    `SELECT ${HABIT_COLUMNS} FROM habits WHERE id = ?`,
  );
  // NOCASE folds ASCII letters only; names in other scripts sort and match by their exact text.
  const selectHabits = db.prepare<[number], HabitRow>(
    `SELECT ${HABIT_COLUMNS} FROM habits
      WHERE archived_at IS NULL OR ?
      ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE, name, id`,
  );
  const selectSameName = db.prepare<[string, number], HabitRow>(
    `SELECT ${HABIT_COLUMNS} FROM habits WHERE name = ? COLLATE NOCASE AND id <> ? LIMIT 1`,
  );

  const upsertCheckin = db.prepare<
    [number, string, number | null, number, string | null, string, string]
  >(
    `INSERT INTO habit_checkins (${CHECKIN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (habit_id, day) DO UPDATE
        SET count = excluded.count, is_skip = excluded.is_skip, note = excluded.note,
            updated_at = excluded.updated_at`,
  );
  const insertCheckinExact = db.prepare<
    [number, string, number | null, number, string | null, string, string]
  >(`INSERT INTO habit_checkins (${CHECKIN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const deleteCheckin = db.prepare<[number, string]>(
    'DELETE FROM habit_checkins WHERE habit_id = ? AND day = ?',
  );
  const selectCheckin = db.prepare<[number, string], CheckinRow>(
    `SELECT ${CHECKIN_COLUMNS} FROM habit_checkins WHERE habit_id = ? AND day = ?`,
  );
  const selectCheckinsOn = db.prepare<[string], CheckinRow>(
    `SELECT ${CHECKIN_COLUMNS} FROM habit_checkins WHERE day = ?`,
  );
  const selectRecordsUpTo = db.prepare<
    [string],
    { habit_id: number; day: string; count: number | null; is_skip: number }
  >(
    `SELECT habit_id, day, count, is_skip FROM habit_checkins WHERE day <= ? ORDER BY habit_id, day`,
  );
  const selectHabitRecordsUpTo = db.prepare<
    [number, string],
    { day: string; count: number | null; is_skip: number }
  >(`SELECT day, count, is_skip FROM habit_checkins WHERE habit_id = ? AND day <= ? ORDER BY day`);
  // One row per day of the range, whether or not it has a check-in: the calendar's raw material.
  const selectHistory = db.prepare<
    { habitId: number; from: string; to: string },
    { day: string; count: number | null; is_skip: number; note: string | null }
  >(
    `WITH RECURSIVE days (day) AS (
       SELECT @from
       UNION ALL
       SELECT date(day, '+1 day') FROM days WHERE day < @to
     )
     SELECT d.day AS day, c.count AS count, COALESCE(c.is_skip, 0) AS is_skip, c.note AS note
       FROM days d
       LEFT JOIN habit_checkins c ON c.habit_id = @habitId AND c.day = d.day
      ORDER BY d.day`,
  );

  return {
    insertHabit(record: HabitRecord, now: string): number {
      const { kind, name, period, targetCount } = record;
      return Number(insertHabit.run(name, kind, targetCount, period, now).lastInsertRowid);
    },
    /** Returns false when there is no habit with that id. The kind is never changed. */
    updateHabit(id: number, change: Omit<HabitRecord, 'kind'>): boolean {
      return updateHabit.run(change.name, change.targetCount, change.period, id).changes > 0;
    },
    /** Archives (an instant) or restores (null); false when there is no habit with that id. */
    setArchivedAt(id: number, archivedAt: string | null): boolean {
      return updateArchivedAt.run(archivedAt, id).changes > 0;
    },
    findHabit(id: number): Habit | undefined {
      const row = selectHabit.get(id);
      return row ? toHabit(row) : undefined;
    },
    /** Active habits first, then archived ones; each group by name. */
    listHabits(includeArchived: boolean): Habit[] {
      return selectHabits.all(includeArchived ? 1 : 0).map(toHabit);
    },
    /** Another habit with this name (ASCII letters compared without case), if there is one. */
    findOtherWithName(name: string, exceptId = 0): Habit | undefined {
      const row = selectSameName.get(name, exceptId);
      return row ? toHabit(row) : undefined;
    },
    findCheckin(habitId: number, day: string): Checkin | undefined {
      const row = selectCheckin.get(habitId, day);
      return row ? toCheckin(row) : undefined;
    },
    /** Writes a day's check-in; an existing one keeps its creation time. */
    setCheckin(
      checkin: Pick<Checkin, 'habitId' | 'day' | 'count' | 'isSkip' | 'note'>,
      now: string,
    ): void {
      const { habitId, day, count, isSkip, note } = checkin;
      upsertCheckin.run(habitId, day, count, isSkip ? 1 : 0, note, now, now);
    },
    /** Puts a check-in back with its own times; the day must be empty. */
    insertCheckinExact(checkin: Checkin): void {
      const { habitId, day, count, isSkip, note, createdAt, updatedAt } = checkin;
      insertCheckinExact.run(habitId, day, count, isSkip ? 1 : 0, note, createdAt, updatedAt);
    },
    /** Returns false when the day had no check-in. */
    deleteCheckin(habitId: number, day: string): boolean {
      return deleteCheckin.run(habitId, day).changes > 0;
    },
    /** Every habit's check-in on one day, by habit id. */
    checkinsOn(day: string): Map<number, Checkin> {
      return new Map(selectCheckinsOn.all(day).map((row) => [row.habit_id, toCheckin(row)]));
    },
    /** Every habit's recorded days up to `day`, oldest first, by habit id. */
    recordsUpTo(day: string): Map<number, DayRecord[]> {
      const byHabit = new Map<number, DayRecord[]>();
      for (const row of selectRecordsUpTo.iterate(day)) {
        const records = byHabit.get(row.habit_id) ?? [];
        records.push({ day: row.day, count: row.count, isSkip: row.is_skip === 1 });
        byHabit.set(row.habit_id, records);
      }
      return byHabit;
    },
    /** One habit's recorded days up to `day`, oldest first. */
    habitRecordsUpTo(habitId: number, day: string): DayRecord[] {
      return selectHabitRecordsUpTo
        .all(habitId, day)
        .map((row) => ({ day: row.day, count: row.count, isSkip: row.is_skip === 1 }));
    },
    /** One row per day from `from` to `to`, with that day's check-in when there is one. */
    history(habitId: number, from: string, to: string): HistoryRow[] {
      return selectHistory.all({ habitId, from, to }).map((row) => ({
        day: row.day,
        count: row.count,
        isSkip: row.is_skip === 1,
        note: row.note,
      }));
    },
  };
}

export type HabitRepo = ReturnType<typeof createHabitRepo>;
