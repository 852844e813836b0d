import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations } from '../../../src-main/db/migrations/index';
import { APPLICATION_ID, openDatabase } from '../../../src-main/db/open-database';
import { createHandlers } from '../../../src-main/ipc/handlers';
import { createRouter } from '../../../src-main/ipc/router';
import { exportFileSchema, type ExportFile } from '../../../src-main/shared/ipc-contract';
import { createFakeFiles } from '../../helpers/fake-files';
import { snapshotAllTables } from '../../helpers/test-db';

const APP_PAGE = { url: 'app://mending/index.html' };
const AT = '2026-03-01T10:00:00.000Z';

let dir: string;
const opened: Database.Database[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mending-migration-002-'));
});

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A data file as version 1 left it after an older import let in rows the contract now refuses:
 * words with spaces and line breaks, case duplicates, a word that is built in, habits sharing a
 * name in another case, entries filed under a day their moment does not fall on.
 */
function makeVersionOneFile(): string {
  const filePath = join(dir, 'mending.sqlite3');
  const db = new Database(filePath);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  runMigrations(db, MIGRATIONS.slice(0, 1));
  const word = db.prepare('INSERT INTO custom_emotion_tags (name, created_at) VALUES (?, ?)');
  word.run(' Wistful ', '2026-01-01T00:00:00.000Z');
  word.run('wistful', '2026-01-02T00:00:00.000Z');
  word.run('WISTFUL\n', '2026-01-03T00:00:00.000Z');
  word.run('Calm', '2026-01-04T00:00:00.000Z');
  word.run('torn\nin two', '2026-01-05T00:00:00.000Z');
  word.run('\n \t', '2026-01-06T00:00:00.000Z');
  // 40 characters with a Windows line break: one break, so one space, and still 40.
  word.run(`${'a'.repeat(19)}\r\n${'b'.repeat(20)}`, '2026-01-07T00:00:00.000Z');
  const entry = db.prepare(
    `INSERT INTO mood_entries (id, occurred_at, time_zone, local_day, mood, created_at, updated_at)
     VALUES (?, ?, ?, ?, 5, ?, ?)`,
  );
  // 23:30 UTC is the next day in Kathmandu; the stored day is the UTC one.
  entry.run(1, '2026-03-01T23:30:00.000Z', 'Asia/Kathmandu', '2026-03-01', AT, AT);
  entry.run(2, AT, 'UTC', '2026-03-01', AT, AT);
  const tag = db.prepare('INSERT INTO mood_entry_tags (entry_id, tag) VALUES (?, ?)');
  for (const t of [' Wistful ', 'wistful', 'WISTFUL\n', 'Calm', 'calm']) tag.run(1, t);
  for (const t of ['torn\nin two', '\n \t', ' sad']) tag.run(2, t);
  const habit = db.prepare(
    `INSERT INTO habits (id, name, kind, target_count, period, created_at)
     VALUES (?, ?, 'build', 1, 'day', ?)`,
  );
  habit.run(1, 'Walk', AT);
  habit.run(2, ' walk ', AT);
  habit.run(3, 'WALK', AT);
  habit.run(4, 'walk (2)', AT);
  habit.run(5, `${'x'.repeat(80)}`, AT);
  habit.run(6, `${'X'.repeat(80)}`, AT);
  habit.run(7, '   ', AT);
  habit.run(8, '\n', AT);
  db.prepare(
    `INSERT INTO communication_entries (id, occurred_at, time_zone, local_day, skill, counterpart,
       is_contact_with_ex, created_at, updated_at)
     VALUES (1, '2026-03-02T02:00:00.000Z', 'America/New_York', '2026-03-02', 'listening', 'friend',
       0, ?, ?)`,
  ).run(AT, AT);
  db.prepare(
    `INSERT INTO trust_checkins (id, occurred_at, time_zone, local_day, trust, tension, created_at)
     VALUES (1, '2026-03-01T12:00:00.000Z', 'Pacific/Apia', '2026-03-01', 5, 5, ?)`,
  ).run(AT);
  db.close();
  return filePath;
}

function open(filePath: string): Database.Database {
  const db = openDatabase(filePath);
  opened.push(db);
  return db;
}

function appOver(db: Database.Database) {
  const files = createFakeFiles();
  const router = createRouter({
    handlers: createHandlers({ db, version: 'test', databasePath: ':memory:', files }),
    isTrustedSender: (sender) => sender.url === APP_PAGE.url,
    onUnexpectedError: (error) => {
      throw error;
    },
  });
  return {
    files,
    dispatch: (channel: 'data:export' | 'data:import', input: unknown) =>
      router.dispatch(channel, input, APP_PAGE),
  };
}

async function exportOf(db: Database.Database): Promise<ExportFile> {
  const app = appOver(db);
  const filePath = join(dir, `export-${opened.length}-${Math.random()}.json`);
  app.files.answerSave(filePath);
  expect(await app.dispatch('data:export', {})).toMatchObject({ ok: true });
  return JSON.parse(readFileSync(filePath, 'utf8')) as ExportFile;
}

describe('migration 002: repairing rows the contract now refuses', () => {
  it('merges, trims and renames emotion words, keeping every entry’s emotions', () => {
    const db = open(makeVersionOneFile());
    // Opening runs every step, this one and those after it.
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(
      db.prepare('SELECT name, created_at FROM custom_emotion_tags ORDER BY created_at').all(),
    ).toEqual([
      { name: 'Wistful', created_at: '2026-01-01T00:00:00.000Z' },
      { name: 'torn in two', created_at: '2026-01-05T00:00:00.000Z' },
      { name: `${'a'.repeat(19)} ${'b'.repeat(20)}`, created_at: '2026-01-07T00:00:00.000Z' },
    ]);
    const tagsOf = (id: number) =>
      db.prepare('SELECT tag FROM mood_entry_tags WHERE entry_id = ? ORDER BY tag').pluck().all(id);
    expect(tagsOf(1)).toEqual(['Wistful', 'calm']);
    expect(tagsOf(2)).toEqual(['sad', 'torn in two']);
  });

  it('trims habit names, names blank ones, and makes names unique in any case without taking one already used', () => {
    const db = open(makeVersionOneFile());
    expect(db.prepare('SELECT id, name FROM habits ORDER BY id').all()).toEqual([
      { id: 1, name: 'Walk' },
      { id: 2, name: 'walk (3)' },
      { id: 3, name: 'WALK (4)' },
      { id: 4, name: 'walk (2)' },
      { id: 5, name: 'x'.repeat(80) },
      { id: 6, name: `${'X'.repeat(76)} (2)` },
      { id: 7, name: 'Unnamed habit' },
      { id: 8, name: 'Unnamed habit (2)' },
    ]);
  });

  it('files each entry under the day its moment falls on in its zone', () => {
    const db = open(makeVersionOneFile());
    const dayOf = (table: string) =>
      db.prepare(`SELECT local_day FROM ${table} WHERE id = 1`).pluck().get();
    expect(dayOf('mood_entries')).toBe('2026-03-02');
    expect(dayOf('communication_entries')).toBe('2026-03-01');
    expect(dayOf('trust_checkins')).toBe('2026-03-02');
  });

  it('leaves data that an export then import into an empty database gives back unchanged', async () => {
    const migrated = open(makeVersionOneFile());
    const exported = await exportOf(migrated);
    expect(exportFileSchema.safeParse(exported).error?.issues ?? []).toEqual([]);

    const empty = open(join(dir, 'empty.sqlite3'));
    const app = appOver(empty);
    const filePath = join(dir, 'sent.json');
    writeFileSync(filePath, JSON.stringify(exported));
    app.files.answerOpen(filePath);
    expect(await app.dispatch('data:import', { mode: 'replace' })).toMatchObject({
      ok: true,
      value: { imported: true },
    });
    expect(snapshotAllTables(empty)).toEqual(snapshotAllTables(migrated));
    expect((await exportOf(empty)).data).toEqual(exported.data);
  });

  it('changes nothing in a database whose rows already keep the rules', () => {
    const db = new Database(':memory:');
    opened.push(db);
    runMigrations(db, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO custom_emotion_tags VALUES ('wistful', ?)").run(AT);
    db.prepare(
      "INSERT INTO habits (id, name, kind, target_count, period, created_at) VALUES (1, 'Walk', 'build', 1, 'day', ?)",
    ).run(AT);
    const before = snapshotAllTables(db);
    runMigrations(db);
    expect(snapshotAllTables(db)).toEqual(before);
  });
});
