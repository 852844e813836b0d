import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dayIndexes } from '../../../src-main/db/migrations/005-day-indexes';
import { MIGRATIONS, runMigrations } from '../../../src-main/db/migrations/index';
import { createJourneyRepo } from '../../../src-main/db/repositories/journey-repo';
import { snapshotAllTables } from '../../helpers/test-db';

/** The steps before this one, whatever their number: the database this step meets. */
const BEFORE = MIGRATIONS.slice(0, MIGRATIONS.indexOf(dayIndexes));
const AT = '2026-03-01T10:00:00.000Z';
const opened: Database.Database[] = [];

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

/** A database as the step before left it, with a habit's check-ins, a trust check-in and a reflection. */
function databaseBeforeTheStep(): Database.Database {
  const db = new Database(':memory:');
  opened.push(db);
  db.pragma('foreign_keys = ON');
  runMigrations(db, BEFORE);
  db.prepare(
    `INSERT INTO habits (id, name, kind, target_count, period, created_at)
     VALUES (1, 'Walk outside', 'build', 1, 'day', ?)`,
  ).run(AT);
  const checkin = db.prepare(
    `INSERT INTO habit_checkins (habit_id, day, count, created_at, updated_at)
     VALUES (1, ?, 1, ?, ?)`,
  );
  for (const day of ['2026-02-10', '2026-01-05', '2026-03-01']) checkin.run(day, AT, AT);
  db.prepare(
    `INSERT INTO trust_checkins (occurred_at, time_zone, local_day, trust, tension, created_at)
     VALUES (?, 'UTC', '2026-02-20', 6, 3, ?)`,
  ).run(AT, AT);
  db.prepare(
    `INSERT INTO reflections (kind, local_day, answers, created_at, updated_at)
     VALUES ('honest', '2026-02-01', '{}', ?, ?)`,
  ).run(AT, AT);
  return db;
}

function plan(db: Database.Database, sql: string): string {
  return db
    .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all()
    .map((row) => row.detail)
    .join('\n');
}

describe('migration 006: day indexes', () => {
  it('keeps every row as it was and bumps the version', () => {
    const db = databaseBeforeTheStep();
    const before = snapshotAllTables(db);
    // This step and those before it: a later step (006) may add tables of its own.
    runMigrations(db, MIGRATIONS.slice(0, MIGRATIONS.indexOf(dayIndexes) + 1));
    expect(snapshotAllTables(db)).toEqual(before);
    expect(db.pragma('user_version', { simple: true })).toBe(dayIndexes.version);
  });

  it('finds the earliest check-in, trust check-in and reflection by index, not by reading every row', () => {
    const db = databaseBeforeTheStep();
    runMigrations(db, MIGRATIONS);
    expect(plan(db, "SELECT MIN(day) FROM habit_checkins WHERE day <= '2026-03-01'")).toContain(
      'habit_checkins_by_day',
    );
    expect(
      plan(db, "SELECT MIN(local_day) FROM trust_checkins WHERE local_day <= '2026-03-01'"),
    ).toContain('trust_checkins_by_day');
    expect(
      plan(db, "SELECT MIN(local_day) FROM reflections WHERE local_day <= '2026-03-01'"),
    ).toContain('reflections_by_day');
  });

  it('leaves the first recorded day where it was', () => {
    const db = databaseBeforeTheStep();
    const firstBefore = createJourneyRepo(db).firstRecordDay('2026-03-01');
    runMigrations(db, MIGRATIONS);
    expect(firstBefore).toBe('2026-01-05');
    expect(createJourneyRepo(db).firstRecordDay('2026-03-01')).toBe('2026-01-05');
  });
});
