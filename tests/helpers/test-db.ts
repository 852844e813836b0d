import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { DERIVED_TABLES } from '../../src-main/db/repositories/data-repo';
import { openDatabase } from '../../src-main/db/open-database';

/** A real SQLite file in a fresh temp folder, removed by `cleanup`. */
export function createTestDatabase(): {
  db: Database.Database;
  path: string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'mending-test-'));
  const path = join(dir, 'mending.sqlite3');
  const db = openDatabase(path);
  return {
    db,
    path,
    cleanup: () => {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Every row of every table of a person's data, to show that a rejected request changed nothing.
 * Derived tables (habit score checkpoints, worked out again from the check-ins whenever they
 * change) are left out: whether they are filled yet says nothing about the person's data. Their
 * own tests (tests/db/habit-scores.test.ts) check they always agree with the check-ins.
 */
export function snapshotAllTables(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .filter(({ name }) => !DERIVED_TABLES.includes(name));
  return Object.fromEntries(
    tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]),
  );
}
