import type Database from 'better-sqlite3';
import { dayOfInstant } from '../../shared/calendar';
import type { Stage } from '../../shared/domain/stages';
import type { StageChange } from '../../shared/contract/stages';

interface StageChangeRow {
  id: number;
  stage: Stage;
  changed_at: string;
  time_zone: string;
  reason: string | null;
  was_suggested: number;
}

function toStageChange(row: StageChangeRow): StageChange {
  return {
    id: row.id,
    stage: row.stage,
    changedAt: row.changed_at,
    timeZone: row.time_zone,
    day: dayOfInstant(row.changed_at, row.time_zone),
    reason: row.reason,
    wasSuggested: row.was_suggested === 1,
  };
}

/** A move to be stored: when (a UTC instant) and in which zone, to which stage, and why. */
export interface NewStageChange {
  readonly stage: Stage;
  readonly changedAt: string;
  readonly timeZone: string;
  readonly reason: string | null;
  readonly wasSuggested: boolean;
}

const COLUMNS = 'id, stage, changed_at, time_zone, reason, was_suggested';

/**
 * All SQL for the moves along the journey (`stage_changes`). Moves are ordered by when they were
 * made, then by id, so two moves in the same millisecond keep the order they were made in.
 * Callers own transactions: a worksheet or an apology's outcome and the move it leads to are
 * written together by their service.
 */
export function createStageRepo(db: Database.Database) {
  const selectAll = db.prepare<[], StageChangeRow>(
    `SELECT ${COLUMNS} FROM stage_changes ORDER BY changed_at, id`,
  );
  const selectOne = db.prepare<[number], StageChangeRow>(
    `SELECT ${COLUMNS} FROM stage_changes WHERE id = ?`,
  );
  const insertRow = db.prepare<[Stage, string, string, string | null, number]>(
    `INSERT INTO stage_changes (stage, changed_at, time_zone, reason, was_suggested)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const insertWithId = db.prepare<[number, Stage, string, string, string | null, number]>(
    `INSERT INTO stage_changes (id, stage, changed_at, time_zone, reason, was_suggested)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const deleteRow = db.prepare<[number]>('DELETE FROM stage_changes WHERE id = ?');

  function get(id: number): StageChange | undefined {
    const row = selectOne.get(id);
    return row ? toStageChange(row) : undefined;
  }

  return {
    /** Stores a move and answers with it, id included. */
    insert(change: NewStageChange): StageChange {
      const { lastInsertRowid } = insertRow.run(
        change.stage,
        change.changedAt,
        change.timeZone,
        change.reason,
        change.wasSuggested ? 1 : 0,
      );
      const stored = get(Number(lastInsertRowid));
      if (!stored) throw new Error('A move that was just stored could not be read back.');
      return stored;
    },
    /** Every move, oldest first. */
    list(): StageChange[] {
      return selectAll.all().map(toStageChange);
    },
    get,
    /** Returns false when there is no move with that id. */
    remove(id: number): boolean {
      return deleteRow.run(id).changes > 0;
    },
    /** Puts a removed move back with its own id, time, zone and reason. */
    restore(change: StageChange): void {
      insertWithId.run(
        change.id,
        change.stage,
        change.changedAt,
        change.timeZone,
        change.reason,
        change.wasSuggested ? 1 : 0,
      );
    },
  };
}

export type StageRepo = ReturnType<typeof createStageRepo>;
