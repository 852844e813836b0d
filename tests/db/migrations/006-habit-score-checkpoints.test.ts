import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { habitScoreCheckpoints } from '../../../src-main/db/migrations/006-habit-score-checkpoints';
import { MIGRATIONS, runMigrations } from '../../../src-main/db/migrations/index';
import { APPLICATION_ID, openDatabase } from '../../../src-main/db/open-database';
import { addDays, daysBetween, weekdayIndex } from '../../../src-main/shared/calendar';
import { scoreCheckpoints } from '../../../src-main/shared/habit-strength';

/** The steps before this one, whatever their number: the database this step meets. */
const BEFORE = MIGRATIONS.slice(0, MIGRATIONS.indexOf(habitScoreCheckpoints));
const AT = '2026-01-01T09:00:00.000Z';
const walk = { kind: 'build', targetCount: 1, period: 'day' } as const;
const drinks = { kind: 'break', targetCount: 2, period: 'week' } as const;
/** The Sundays of the four months below (1 January 2026 was a Thursday). */
const SUNDAYS = daysBetween('2026-01-04', '2026-04-26').filter((day) => weekdayIndex(day) === 6);

let dir: string;
const opened: Database.Database[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mending-migration-006-'));
});
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A file from before checkpoints: two habits with four months of check-ins and skips. */
function makeFileBeforeCheckpoints(): string {
  const filePath = join(dir, 'mending.sqlite3');
  const db = new Database(filePath);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  runMigrations(db, BEFORE);
  const habit = db.prepare(
    `INSERT INTO habits (id, name, kind, target_count, period, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  habit.run(1, 'Walk', walk.kind, walk.targetCount, walk.period, AT);
  habit.run(2, 'Drinks', drinks.kind, drinks.targetCount, drinks.period, AT);
  const checkin = db.prepare(
    `INSERT INTO habit_checkins (habit_id, day, count, is_skip, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (let i = 0; i < 120; i += 1) {
    const day = addDays('2026-01-01', i);
    if (i % 5 !== 3) checkin.run(1, day, i % 11 === 0 ? null : 1, i % 11 === 0 ? 1 : 0, AT, AT);
    if (i % 3 === 0) checkin.run(2, day, i % 4, 0, AT, AT);
  }
  db.close();
  return filePath;
}

function open(filePath: string): Database.Database {
  const db = openDatabase(filePath);
  opened.push(db);
  return db;
}

const daysOf = (db: Database.Database, habitId: number): string[] =>
  db
    .prepare<[number], string>(
      'SELECT day FROM habit_score_checkpoints WHERE habit_id = ? ORDER BY day',
    )
    .pluck()
    .all(habitId);

describe('migration 006: habit score checkpoints', () => {
  it('scores an older file’s habits on opening: a checkpoint each Sunday and on the last day, each as scored from the first record', () => {
    const db = open(makeFileBeforeCheckpoints());
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(
      habitScoreCheckpoints.version,
    );
    expect(daysOf(db, 1)).toEqual([...SUNDAYS, '2026-04-30']);
    expect(daysOf(db, 2)).toEqual([...SUNDAYS, '2026-04-28']);
    const rows = db
      .prepare<[], { habit_id: number; day: string; strength: number; state: string }>(
        'SELECT habit_id, day, strength, state FROM habit_score_checkpoints ORDER BY habit_id, day',
      )
      .all();
    for (const [habitId, rule] of [
      [1, walk],
      [2, drinks],
    ] as const) {
      const records = db
        .prepare<[number], { day: string; count: number | null; is_skip: number }>(
          'SELECT day, count, is_skip FROM habit_checkins WHERE habit_id = ?',
        )
        .all(habitId)
        .map((r) => ({ day: r.day, count: r.count, isSkip: r.is_skip === 1 }));
      const stored = rows.filter((r) => r.habit_id === habitId);
      const expected = scoreCheckpoints(
        rule,
        records,
        '2026-04-30',
        stored.map((r) => r.day),
      );
      expect(
        stored.map((r) => ({ day: r.day, strength: r.strength, ...JSON.parse(r.state) })),
      ).toEqual(expected);
    }
  });

  it('drops a habit’s checkpoints from the day any write touches, and only that habit’s', () => {
    const db = open(makeFileBeforeCheckpoints());
    const at = "'2026-03-10', 1, 0, 'x', 'x'";
    db.exec(`INSERT INTO habit_checkins (habit_id, day, count, is_skip, created_at, updated_at)
             VALUES (1, ${at}) ON CONFLICT DO UPDATE SET count = 1`);
    expect(daysOf(db, 1)).toEqual(SUNDAYS.filter((day) => day < '2026-03-10'));
    expect(daysOf(db, 2)).toEqual([...SUNDAYS, '2026-04-28']);

    db.prepare(
      "UPDATE habit_checkins SET count = 3 WHERE habit_id = 2 AND day = '2026-02-03'",
    ).run();
    expect(daysOf(db, 2)).toEqual([
      '2026-01-04',
      '2026-01-11',
      '2026-01-18',
      '2026-01-25',
      '2026-02-01',
    ]);

    db.prepare("DELETE FROM habit_checkins WHERE habit_id = 1 AND day = '2026-01-30'").run();
    expect(daysOf(db, 1)).toEqual(['2026-01-04', '2026-01-11', '2026-01-18', '2026-01-25']);
  });

  it('keeps checkpoints when only a note or a name changes, and drops them all when the rule does', () => {
    const db = open(makeFileBeforeCheckpoints());
    db.prepare("UPDATE habit_checkins SET note = 'felt good' WHERE habit_id = 1").run();
    db.prepare("UPDATE habits SET name = 'Walk outside', target_count = 1 WHERE id = 1").run();
    expect(daysOf(db, 1)).toEqual([...SUNDAYS, '2026-04-30']);

    db.prepare('UPDATE habits SET target_count = 2 WHERE id = 1').run();
    expect(daysOf(db, 1)).toEqual([]);
    db.prepare("UPDATE habits SET period = 'day' WHERE id = 2").run();
    expect(daysOf(db, 2)).toEqual([]);
  });

  it('goes with its habit', () => {
    const db = open(makeFileBeforeCheckpoints());
    db.prepare('DELETE FROM habits WHERE id = 2').run();
    expect(
      db.prepare('SELECT DISTINCT habit_id FROM habit_score_checkpoints').pluck().all(),
    ).toEqual([1]);
  });
});
