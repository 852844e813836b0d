import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { entryTimeIndexes } from '../../../src-main/db/migrations/007-entry-time-indexes';
import { MIGRATIONS, runMigrations } from '../../../src-main/db/migrations/index';
import { createChartRepo } from '../../../src-main/db/repositories/chart-repo';
import { snapshotAllTables } from '../../helpers/test-db';

/** The steps before this one, whatever their number: the database this step meets. */
const BEFORE = MIGRATIONS.slice(0, MIGRATIONS.indexOf(entryTimeIndexes));
const THROUGH = MIGRATIONS.slice(0, MIGRATIONS.indexOf(entryTimeIndexes) + 1);
const opened: Database.Database[] = [];

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

/** A database as the step before left it, with entries written in three zones. */
function databaseBeforeTheStep(): Database.Database {
  const db = new Database(':memory:');
  opened.push(db);
  db.pragma('foreign_keys = ON');
  runMigrations(db, BEFORE);
  const mood = db.prepare(
    `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, created_at, updated_at)
     VALUES (?, ?, ?, 6, ?, ?)`,
  );
  mood.run(
    '2026-02-01T09:00:00.000Z',
    'Europe/Paris',
    '2026-02-01',
    '2026-02-01T09:00:00.000Z',
    '2026-02-01T09:00:00.000Z',
  );
  mood.run(
    '2026-03-01T09:00:00.000Z',
    'Asia/Kathmandu',
    '2026-03-01',
    '2026-03-01T09:00:00.000Z',
    '2026-03-01T09:00:00.000Z',
  );
  db.prepare(
    `INSERT INTO communication_entries (occurred_at, time_zone, local_day, skill, counterpart,
       is_contact_with_ex, created_at, updated_at)
     VALUES ('2026-02-10T09:00:00.000Z', 'America/New_York', '2026-02-10', 'apology',
             'rehearsal_alone', 0, '2026-02-10T09:00:00.000Z', '2026-02-10T09:00:00.000Z')`,
  ).run();
  db.prepare(
    `INSERT INTO trust_checkins (occurred_at, time_zone, local_day, trust, tension, created_at)
     VALUES ('2026-02-20T09:00:00.000Z', 'UTC', '2026-02-20', 6, 3, '2026-02-20T09:00:00.000Z')`,
  ).run();
  return db;
}

function plan(db: Database.Database, sql: string): string {
  return db
    .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all()
    .map((row) => row.detail)
    .join('\n');
}

describe('migration 007: entry time indexes', () => {
  it('keeps every row as it was and bumps the version', () => {
    const db = databaseBeforeTheStep();
    const before = snapshotAllTables(db);
    runMigrations(db, THROUGH);
    expect(snapshotAllTables(db)).toEqual(before);
    expect(db.pragma('user_version', { simple: true })).toBe(entryTimeIndexes.version);
  });

  it('finds the entry nearest in time and the rehearsals by index, not by reading every row', () => {
    const db = databaseBeforeTheStep();
    runMigrations(db, THROUGH);
    for (const table of ['mood_entries', 'communication_entries', 'trust_checkins']) {
      expect(
        plan(
          db,
          `SELECT time_zone FROM ${table} WHERE created_at <= '2026-02-15' ORDER BY created_at DESC LIMIT 1`,
        ),
      ).toContain(`${table}_by_created`);
    }
    expect(
      plan(
        db,
        "SELECT * FROM communication_entries WHERE skill = 'apology' ORDER BY local_day DESC, occurred_at DESC LIMIT 5",
      ),
    ).toContain('communication_entries_by_skill');
  });

  it('finds the same nearest zone as reading every entry, before and after it ran', () => {
    const db = databaseBeforeTheStep();
    // The rule written the slow way: every entry and move, sorted by distance in time.
    const everyRow = db.prepare<{ at: string }, string>(
      `SELECT time_zone FROM (
         SELECT time_zone, created_at AS at FROM mood_entries
         UNION ALL SELECT time_zone, created_at FROM communication_entries
         UNION ALL SELECT time_zone, created_at FROM trust_checkins
         UNION ALL SELECT time_zone, changed_at FROM stage_changes
       ) ORDER BY abs(julianday(at) - julianday(@at)) LIMIT 1`,
    );
    const instants = [
      '2026-01-01T00:00:00.000Z',
      '2026-02-01T09:00:00.000Z',
      '2026-02-12T00:00:00.000Z',
      '2026-02-19T00:00:00.000Z',
      '2026-02-25T12:00:00.000Z',
      '2027-01-01T00:00:00.000Z',
    ];
    const slow = instants.map((at) => everyRow.pluck().get({ at }));
    expect(slow).toEqual([
      'Europe/Paris',
      'Europe/Paris',
      'America/New_York',
      'UTC',
      'Asia/Kathmandu',
      'Asia/Kathmandu',
    ]);
    expect(instants.map((at) => createChartRepo(db).zoneNear(at))).toEqual(slow);
    runMigrations(db, THROUGH);
    expect(instants.map((at) => createChartRepo(db).zoneNear(at))).toEqual(slow);
  });

  it('finds no zone without entries', () => {
    const db = new Database(':memory:');
    opened.push(db);
    runMigrations(db, THROUGH);
    expect(createChartRepo(db).zoneNear('2026-01-01T00:00:00.000Z')).toBeNull();
  });
});
