import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { breakupEmotionWords } from '../../../src-main/db/migrations/004-breakup-emotion-words';
import {
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  runMigrations,
} from '../../../src-main/db/migrations/index';
import { APPLICATION_ID, openDatabase } from '../../../src-main/db/open-database';
import { createHandlers } from '../../../src-main/ipc/handlers';
import { createTagService } from '../../../src-main/services/tag-service';
import { createRouter } from '../../../src-main/ipc/router';
import { exportFileSchema, type ExportFile } from '../../../src-main/shared/ipc-contract';
import { createFakeFiles } from '../../helpers/fake-files';
import { snapshotAllTables } from '../../helpers/test-db';

const APP_PAGE = { url: 'app://mending/index.html' };
const AT = '2026-03-01T10:00:00.000Z';
/** The steps before this one, whatever their number: the database this step meets. */
const BEFORE = MIGRATIONS.slice(0, MIGRATIONS.indexOf(breakupEmotionWords));

let dir: string;
const opened: Database.Database[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mending-migration-004-'));
});

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A data file from before heartbroken, hurt, rejected, guilty and missing them were built in: the
 * person added some of them as words of their own, in their own case, and entries carry them.
 */
function makeFileBeforeTheWords(): string {
  const filePath = join(dir, 'mending.sqlite3');
  const db = new Database(filePath);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  runMigrations(db, BEFORE);
  const word = db.prepare('INSERT INTO custom_emotion_tags (name, created_at) VALUES (?, ?)');
  word.run('Heartbroken', '2026-01-01T00:00:00.000Z');
  word.run('wistful', '2026-01-02T00:00:00.000Z');
  word.run('Missing Them', '2026-01-03T00:00:00.000Z');
  word.run('hurting', '2026-01-04T00:00:00.000Z');
  word.run('GUILTY', '2026-01-05T00:00:00.000Z');
  const entry = db.prepare(
    `INSERT INTO mood_entries (id, occurred_at, time_zone, local_day, mood, created_at, updated_at)
     VALUES (?, ?, 'UTC', '2026-03-01', ?, ?, ?)`,
  );
  entry.run(1, AT, 3, AT, AT);
  entry.run(2, AT, 4, AT, AT);
  entry.run(3, AT, 6, AT, AT);
  const tag = db.prepare('INSERT INTO mood_entry_tags (entry_id, tag) VALUES (?, ?)');
  for (const t of ['Heartbroken', 'wistful', 'Missing Them']) tag.run(1, t);
  // A word removed from the list stays on its entries: "Rejected" was never a custom word here.
  for (const t of ['GUILTY', 'Rejected', 'hurting', 'sad']) tag.run(2, t);
  tag.run(3, 'calm');
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

async function importInto(db: Database.Database, file: unknown) {
  const app = appOver(db);
  const filePath = join(dir, `sent-${Math.random()}.json`);
  writeFileSync(filePath, JSON.stringify(file));
  app.files.answerOpen(filePath);
  return app.dispatch('data:import', { mode: 'replace' });
}

const tagsOf = (db: Database.Database, id: number) =>
  db.prepare('SELECT tag FROM mood_entry_tags WHERE entry_id = ? ORDER BY tag').pluck().all(id);

describe('migration 004: words for the breakup itself become built in', () => {
  it('merges the person’s own words into the new built-in ones, and every entry keeps its emotions', () => {
    const db = open(makeFileBeforeTheWords());
    // Opening runs every later step too: the file ends at the newest version.
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(
      db.prepare('SELECT name, created_at FROM custom_emotion_tags ORDER BY created_at').all(),
    ).toEqual([
      { name: 'wistful', created_at: '2026-01-02T00:00:00.000Z' },
      { name: 'hurting', created_at: '2026-01-04T00:00:00.000Z' },
    ]);
    expect(tagsOf(db, 1)).toEqual(['heartbroken', 'missing them', 'wistful']);
    expect(tagsOf(db, 2)).toEqual(['guilty', 'hurting', 'rejected', 'sad']);
    expect(tagsOf(db, 3)).toEqual(['calm']);
  });

  it('keeps an emotion once when an entry had it in two spellings', () => {
    const filePath = makeFileBeforeTheWords();
    const raw = new Database(filePath);
    raw
      .prepare("INSERT INTO mood_entry_tags (entry_id, tag) VALUES (3, 'HURT'), (3, 'hurt')")
      .run();
    raw.close();
    const db = open(filePath);
    expect(tagsOf(db, 3)).toEqual(['calm', 'hurt']);
  });

  it('leaves data that the contract accepts, and that an export and import give back unchanged', async () => {
    const migrated = open(makeFileBeforeTheWords());
    const exported = await exportOf(migrated);
    expect(exportFileSchema.safeParse(exported).error?.issues ?? []).toEqual([]);
    const empty = open(join(dir, 'empty.sqlite3'));
    expect(await importInto(empty, exported)).toMatchObject({
      ok: true,
      value: { imported: true },
    });
    expect(snapshotAllTables(empty)).toEqual(snapshotAllTables(migrated));
  });

  it('changes nothing in a database without those words', () => {
    const db = new Database(':memory:');
    opened.push(db);
    runMigrations(db, BEFORE);
    db.prepare("INSERT INTO custom_emotion_tags VALUES ('wistful', ?)").run(AT);
    db.prepare(
      `INSERT INTO mood_entries (id, occurred_at, time_zone, local_day, mood, created_at, updated_at)
       VALUES (1, ?, 'UTC', '2026-03-01', 5, ?, ?)`,
    ).run(AT, AT, AT);
    db.prepare("INSERT INTO mood_entry_tags VALUES (1, 'wistful'), (1, 'Calm')").run();
    const before = snapshotAllTables(db);
    runMigrations(db);
    expect(snapshotAllTables(db)).toEqual(before);
  });
});

describe('an export made before the words were built in', () => {
  it('imports whole: the person’s own "Heartbroken" merges into the built-in word, entries keep it', async () => {
    // The file a version without the new words wrote: made here by exporting the data as it was,
    // with the words still the person's own (the step not yet run).
    const raw = new Database(makeFileBeforeTheWords());
    opened.push(raw);
    const old = await exportOf(raw);
    expect(old.data.customEmotionTags.map((t) => t.name)).toContain('Heartbroken');

    const db = open(join(dir, 'fresh.sqlite3'));
    expect(await importInto(db, old)).toMatchObject({
      ok: true,
      value: { imported: true, counts: { customEmotionTags: 2, moodEntries: 3 } },
    });
    expect(db.prepare('SELECT name FROM custom_emotion_tags ORDER BY name').pluck().all()).toEqual([
      'hurting',
      'wistful',
    ]);
    expect(tagsOf(db, 1)).toEqual(['heartbroken', 'missing them', 'wistful']);
    // "Rejected" was never the person's own word in that file: an entry may spell it so.
    expect(tagsOf(db, 2)).toEqual(['Rejected', 'guilty', 'hurting', 'sad']);
    const listed = createTagService(db).list();
    expect(listed.custom.map((t) => t.name)).toEqual(['wistful', 'hurting']);
    expect(listed.builtIn).toContain('heartbroken');
  });

  it('imports a word of one’s own that was always built in ("Calm") the same way', async () => {
    const db = open(join(dir, 'fresh.sqlite3'));
    const exported = await exportOf(db);
    exported.data.customEmotionTags.push({ name: 'Calm', createdAt: AT });
    exported.data.moodEntries.push({
      id: 1,
      occurredAt: AT,
      timeZone: 'UTC',
      day: '2026-03-01',
      mood: 5,
      energy: null,
      hurt: null,
      tags: ['Calm'],
      note: null,
      createdAt: AT,
      updatedAt: AT,
    });
    expect(await importInto(db, exported)).toMatchObject({ ok: true });
    expect(db.prepare('SELECT COUNT(*) FROM custom_emotion_tags').pluck().get()).toBe(0);
    expect(tagsOf(db, 1)).toEqual(['calm']);
  });
});
