import type Database from 'better-sqlite3';
import type { Stage } from '../../shared/domain/stages';

interface ReflectionDbRow {
  id: number;
  kind: string;
  stage: Stage | null;
  local_day: string;
  answers: string;
  created_at: string;
  updated_at: string;
}

/**
 * One reflection: the answers to a stage's worksheet or checklist (the Decide worksheet, an
 * apology draft, the honest reflection), dated by the local day they belong to. `answers` is the
 * stored JSON, parsed but not checked: each kind's service checks it with its own schema.
 */
export interface ReflectionRow {
  readonly id: number;
  readonly kind: string;
  readonly stage: Stage | null;
  readonly localDay: string;
  readonly answers: unknown;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface NewReflection {
  readonly kind: string;
  readonly stage: Stage | null;
  readonly localDay: string;
  readonly answers: unknown;
  /** When it was written (a UTC instant); also its first `updatedAt`. */
  readonly createdAt: string;
}

function toReflection(row: ReflectionDbRow): ReflectionRow {
  return {
    id: row.id,
    kind: row.kind,
    stage: row.stage,
    localDay: row.local_day,
    answers: JSON.parse(row.answers) as unknown,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const COLUMNS = 'id, kind, stage, local_day, answers, created_at, updated_at';

/**
 * All SQL for reflections, one row per worksheet, draft or answered checklist. Answers are kept as
 * JSON so each kind can grow its questions without a migration; the table checks only that the
 * text is JSON. Callers own transactions and check the answers' shape.
 */
export function createReflectionRepo(db: Database.Database) {
  const selectOne = db.prepare<[number], ReflectionDbRow>(
    `SELECT ${COLUMNS} FROM reflections WHERE id = ?`,
  );
  const selectByKind = db.prepare<[string], ReflectionDbRow>(
    `SELECT ${COLUMNS} FROM reflections WHERE kind = ?
      ORDER BY local_day DESC, created_at DESC, id DESC`,
  );
  const insertRow = db.prepare<[string, Stage | null, string, string, string, string]>(
    `INSERT INTO reflections (kind, stage, local_day, answers, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertWithId = db.prepare<[number, string, Stage | null, string, string, string, string]>(
    `INSERT INTO reflections (id, kind, stage, local_day, answers, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateRow = db.prepare<[string, string, string, number]>(
    'UPDATE reflections SET local_day = ?, answers = ?, updated_at = ? WHERE id = ?',
  );
  const deleteRow = db.prepare<[number]>('DELETE FROM reflections WHERE id = ?');

  function get(id: number): ReflectionRow | undefined {
    const row = selectOne.get(id);
    return row ? toReflection(row) : undefined;
  }

  function found(id: number): ReflectionRow {
    const row = get(id);
    if (!row) throw new Error(`Reflection ${id} was just written but could not be read back.`);
    return row;
  }

  return {
    insert(reflection: NewReflection): ReflectionRow {
      const { lastInsertRowid } = insertRow.run(
        reflection.kind,
        reflection.stage,
        reflection.localDay,
        JSON.stringify(reflection.answers),
        reflection.createdAt,
        reflection.createdAt,
      );
      return found(Number(lastInsertRowid));
    },
    /** Changes the answers (and day); undefined when there is no reflection with that id. */
    update(
      id: number,
      change: { readonly localDay: string; readonly answers: unknown; readonly updatedAt: string },
    ): ReflectionRow | undefined {
      const { changes } = updateRow.run(
        change.localDay,
        JSON.stringify(change.answers),
        change.updatedAt,
        id,
      );
      return changes > 0 ? found(id) : undefined;
    },
    get,
    /** Every reflection of one kind, newest day first. */
    listByKind(kind: string): ReflectionRow[] {
      return selectByKind.all(kind).map(toReflection);
    },
    /** Returns false when there is no reflection with that id. */
    remove(id: number): boolean {
      return deleteRow.run(id).changes > 0;
    },
    /** Puts a removed reflection back exactly as it was: same id, day, answers and times. */
    restore(row: ReflectionRow): ReflectionRow {
      insertWithId.run(
        row.id,
        row.kind,
        row.stage,
        row.localDay,
        JSON.stringify(row.answers),
        row.createdAt,
        row.updatedAt,
      );
      return found(row.id);
    },
  };
}

export type ReflectionRepo = ReturnType<typeof createReflectionRepo>;
