import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOrRecover } from '../../src-main/app/open-or-recover';
import { backupIfDue, createBackup } from '../../src-main/db/backup';
import { listBackups } from '../../src-main/db/backup-files';
import { removeLeftoverFiles } from '../../src-main/db/data-folder';
import {
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  runMigrations,
} from '../../src-main/db/migrations/index';
import { APPLICATION_ID, openDatabase } from '../../src-main/db/open-database';
import { createDataRepo } from '../../src-main/db/repositories/data-repo';
import { createDeleteEverythingService } from '../../src-main/services/delete-everything-service';
import { createMoodService } from '../../src-main/services/mood-service';
import { ServiceError } from '../../src-main/services/service-error';
import { overwriteRootPage } from '../helpers/damage';

/*
 * "Delete everything" promises that afterwards no file in the data folder holds any of the
 * person's words, backups included. This fills a real data folder the way the app does (backups
 * made by the real backup code: before an update, daily, by hand, and a damaged file set aside by
 * the real recovery at start), deletes everything, then reads every byte of every file left.
 */

const ZONE = 'UTC';
let clock = new Date('2026-11-27T22:10:05Z');
const now = () => clock;

/** One distinctive text per free-text field (and the words of one's own), found nowhere else. */
const WORDS = {
  olderMoodNote: 'Qzx older-version note about the lake house',
  moodNote: 'Qzx mood note: cried at the bus stop',
  emotionWord: 'Qzxwistful-ache',
  habitName: 'Qzx stop reading our old messages',
  checkinNote: 'Qzx check-in note: deleted the photos',
  communicationNote: 'Qzx called my sister Marguerite',
  doDifferently: 'Qzx breathe before answering Robin',
  trustNote: 'Qzx trust note, felt uneasy',
  stageReason: 'Qzx ready to decide honestly',
  reflectionAnswer: 'Qzx I listen now, really',
  hiddenName: 'Qzx-Marguerite-Delacroix',
  walNote: 'Qzx long note still in the write-ahead log',
  // Not ASCII, so UTF-8 and UTF-16 differ in more than zero bytes.
  afterRestoreNote: 'Qzx après la pluie, süß 🌧',
} as const;

let dir: string;
let dataPath: string;
let backupsDir: string;
let db: Database.Database;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-delete-'));
  dataPath = path.join(dir, 'mending.sqlite3');
  backupsDir = path.join(dir, 'backups');
  clock = new Date('2026-11-27T22:10:05Z');
});

afterEach(() => {
  if (db?.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every file under `root`, recursively. */
function filesUnder(root: string): string[] {
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(root, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** The text as SQLite may store it: UTF-8, UTF-16 little- and big-endian. */
function encodings(text: string): Buffer[] {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  return [Buffer.from(text, 'utf8'), le, be];
}

/** Which of WORDS appear in which files, in any encoding. */
function wordsOnDisk(): { word: string; file: string }[] {
  const found: { word: string; file: string }[] = [];
  for (const file of filesUnder(dir)) {
    const bytes = fs.readFileSync(file);
    for (const word of Object.values(WORDS)) {
      if (encodings(word).some((encoded) => bytes.includes(encoded))) {
        found.push({ word, file: path.relative(dir, file) });
      }
    }
  }
  return found;
}

function addMood(target: Database.Database, note: string, at: string): void {
  target
    .prepare(
      `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, note, created_at, updated_at)
       VALUES (?, 'UTC', ?, 5, ?, ?, ?)`,
    )
    .run(at, at.slice(0, 10), note, at, at);
}

/** Every free-text field of the schema, each with its own distinctive words. */
function fillEveryTextField(target: Database.Database): void {
  target.transaction(() => {
    addMood(target, WORDS.moodNote, '2026-11-20T08:00:00.000Z');
    const moodId = Number(target.prepare('SELECT max(id) FROM mood_entries').pluck().get());
    target
      .prepare('INSERT INTO custom_emotion_tags (name, created_at) VALUES (?, ?)')
      .run(WORDS.emotionWord, '2026-11-20T08:00:00.000Z');
    target
      .prepare('INSERT INTO mood_entry_tags (entry_id, tag) VALUES (?, ?)')
      .run(moodId, WORDS.emotionWord);
    target
      .prepare(
        `INSERT INTO habits (id, name, kind, target_count, period, created_at, archived_at)
         VALUES (1, ?, 'break', 0, 'day', '2026-11-01T08:00:00.000Z', NULL)`,
      )
      .run(WORDS.habitName);
    target
      .prepare(
        `INSERT INTO habit_checkins (habit_id, day, count, is_skip, note, created_at, updated_at)
         VALUES (1, '2026-11-20', 0, 0, ?, '2026-11-20T20:00:00.000Z', '2026-11-20T20:00:00.000Z')`,
      )
      .run(WORDS.checkinNote);
    target
      .prepare(
        `INSERT INTO communication_entries (occurred_at, time_zone, local_day, skill, counterpart,
           is_contact_with_ex, contact_context, initiated_by, tone, self_rating, outcome,
           mood_before, mood_after, do_differently, note, created_at, updated_at)
         VALUES ('2026-11-21T17:30:00.000Z', 'UTC', '2026-11-21', 'calm_logistics', 'ex', 1,
           'co_parenting', 'them', 'civil', 4, 'resolved', 4, 6, ?, ?,
           '2026-11-21T18:00:00.000Z', '2026-11-21T18:00:00.000Z')`,
      )
      .run(WORDS.doDifferently, WORDS.communicationNote);
    target
      .prepare(
        `INSERT INTO trust_checkins (occurred_at, time_zone, local_day, trust, tension, note, created_at)
         VALUES ('2026-11-22T20:00:00.000Z', 'UTC', '2026-11-22', 3, 8, ?, '2026-11-22T20:01:00.000Z')`,
      )
      .run(WORDS.trustNote);
    target
      .prepare(
        `INSERT INTO stage_changes (stage, changed_at, time_zone, reason, was_suggested)
         VALUES ('decide', '2026-11-23T08:00:00.000Z', 'UTC', ?, 0)`,
      )
      .run(WORDS.stageReason);
    target
      .prepare(
        `INSERT INTO reflections (kind, stage, local_day, answers, created_at, updated_at)
         VALUES ('decide_worksheet', 'decide', '2026-11-23', ?, '2026-11-23T10:00:00.000Z',
           '2026-11-23T10:00:00.000Z')`,
      )
      .run(JSON.stringify({ fault: 'both', changes: [WORDS.reflectionAnswer] }));
    // Settings: the situations one cannot avoid, and names to hide in a report.
    const setting = target.prepare(
      'INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)',
    );
    setting.run(
      'unavoidableSituations',
      JSON.stringify(['children_together']),
      '2026-11-01T08:05:00.000Z',
    );
    setting.run('hiddenNames', JSON.stringify([WORDS.hiddenName]), '2026-11-01T08:05:00.000Z');
  })();
}

/**
 * A data folder as months of use leave it: a file from the previous version (so opening it keeps
 * a 'before-migration' backup), every field filled, a daily backup and one made by hand, then
 * damage at start, which sets the damaged file aside and restores the newest backup, and a new
 * entry written after that (so it sits in the -wal).
 */
async function lifeLikeFolder(): Promise<void> {
  const older = new Database(dataPath);
  older.pragma('journal_mode = WAL');
  older.pragma(`application_id = ${APPLICATION_ID}`);
  runMigrations(older, MIGRATIONS.slice(0, LATEST_SCHEMA_VERSION - 1));
  addMood(older, WORDS.olderMoodNote, '2026-10-01T08:00:00.000Z');
  older.close();

  db = openDatabase(dataPath, { backupsDir, now });
  fillEveryTextField(db);
  await backupIfDue(db, backupsDir, { now: clock, timeZone: ZONE });
  clock = new Date('2026-11-28T09:00:00Z');
  await createBackup(db, backupsDir, { kind: 'manual' }, { now: clock });
  db.close();

  // A failing disk spoils one table; the recovery at start keeps the damaged file aside.
  overwriteRootPage(dataPath, 'stage_changes');
  clock = new Date('2026-11-29T07:00:00Z');
  const outcome = await openOrRecover({
    databasePath: dataPath,
    backupsDir,
    timeZone: ZONE,
    now,
    open: (filePath) => openDatabase(filePath, { backupsDir, now }),
    ask: () => Promise.resolve('restore'),
  });
  if (outcome.status !== 'opened') throw new Error('the recovery did not open the data');
  db = outcome.db;
  addMood(db, WORDS.afterRestoreNote, '2026-11-29T07:30:00.000Z');
  // A week of long notes since the last checkpoint: the -wal holds many pages of them, more than
  // an emptied file needs, so only cutting the -wal (not just copying it back) clears them.
  const long = db.prepare(
    `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, note, created_at, updated_at)
     VALUES ('2026-11-29T08:00:00.000Z', 'UTC', '2026-11-29', 4, ?, 'x', 'x')`,
  );
  db.transaction(() => {
    for (let i = 0; i < 200; i += 1) long.run(`${WORDS.walNote} ${i} ${'and then '.repeat(200)}`);
  })();
}

describe('Delete everything', () => {
  it('leaves no file in the data folder holding any of the person’s words, in UTF-8 or UTF-16', async () => {
    await lifeLikeFolder();
    const kinds = new Set(listBackups(backupsDir).map((b) => b.kind));
    expect([...kinds].sort()).toEqual(['before-migration', 'daily', 'manual']);
    const damaged = fs.readdirSync(dir).filter((n) => n.includes('.damaged-'));
    expect(damaged.length).toBeGreaterThan(0);
    // Not vacuous: before the deletion every word is on disk, and the damaged file holds some.
    const before = wordsOnDisk();
    expect(new Set(before.map((f) => f.word))).toEqual(new Set(Object.values(WORDS)));
    expect(before.some((f) => f.file.includes('.damaged-'))).toBe(true);

    const service = createDeleteEverythingService(db, { databasePath: dataPath, backupsDir });
    const summary = service.summary();
    expect(summary.backups).toBe(3);
    expect(summary.otherFiles).toBe(damaged.length);
    const outcome = await service.deleteEverything();

    expect(outcome).toEqual(summary);
    expect(wordsOnDisk()).toEqual([]);
  });

  it('a version that only ran DELETE statements would fail that test: the words stay on disk', async () => {
    await lifeLikeFolder();
    const repo = createDataRepo(db);
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      repo.deleteEveryRow();
    })();
    removeLeftoverFiles(dataPath, backupsDir);
    expect(repo.counts().moodEntries).toBe(0);
    expect(wordsOnDisk()).not.toEqual([]);
  });

  it('leaves the app empty and usable at once, its files as private as before', async () => {
    await lifeLikeFolder();
    const service = createDeleteEverythingService(db, { databasePath: dataPath, backupsDir });
    const counted = service.summary();
    expect(counted.counts).toMatchObject({
      moodEntries: 203,
      habits: 1,
      habitCheckins: 1,
      communicationEntries: 1,
      customEmotionTags: 1,
      settings: 2,
    });

    await service.deleteEverything();

    expect(service.summary()).toEqual({
      counts: {
        moodEntries: 0,
        customEmotionTags: 0,
        habits: 0,
        habitCheckins: 0,
        communicationEntries: 0,
        trustCheckins: 0,
        stageChanges: 0,
        reflections: 0,
        settings: 0,
      },
      backups: 0,
      otherFiles: 0,
    });
    // The same connection takes a new entry straight away, and it is kept.
    const mood = createMoodService(db);
    mood.create({
      occurredAt: '2026-11-29T08:00:00.000Z',
      timeZone: ZONE,
      mood: 6,
      tags: [],
    });
    expect(db.prepare('SELECT count(*) FROM mood_entries').pluck().get()).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    if (process.platform !== 'win32') {
      expect(fs.statSync(dataPath).mode & 0o777).toBe(0o600);
      expect(fs.statSync(backupsDir).mode & 0o777).toBe(0o700);
    }
    expect(fs.readdirSync(backupsDir)).toEqual([]);
    // A backup made afterwards works as before, and holds only what came after.
    const backup = await createBackup(db, backupsDir, { kind: 'manual' }, { now: clock });
    expect(listBackups(backupsDir).map((b) => b.fileName)).toEqual([backup.fileName]);
  });

  it('waits for a backup still being written, so no copy lands in the emptied folder', async () => {
    await lifeLikeFolder();
    // Big enough that the copy takes several turns of the event loop (100 pages a turn).
    const padding = 'x'.repeat(4000);
    const insert = db.prepare(
      `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, note, created_at, updated_at)
       VALUES ('2026-11-25T08:00:00.000Z', 'UTC', '2026-11-25', 5, ?, 'x', 'x')`,
    );
    db.transaction(() => {
      for (let i = 0; i < 400; i += 1) insert.run(`${WORDS.moodNote} ${i} ${padding}`);
    })();
    const copying = createBackup(db, backupsDir, { kind: 'manual' }, { now: clock });

    const service = createDeleteEverythingService(db, { databasePath: dataPath, backupsDir });
    const deleting = service.deleteEverything();
    await copying;
    await deleting;

    expect(fs.readdirSync(backupsDir)).toEqual([]);
    expect(wordsOnDisk()).toEqual([]);
  });

  it('clears the browser engine’s caches last, once the files are gone, and says if it could not', async () => {
    await lifeLikeFolder();
    const seen: string[][] = [];
    const service = createDeleteEverythingService(db, {
      databasePath: dataPath,
      backupsDir,
      clearBrowserData: () => {
        seen.push(fs.readdirSync(backupsDir));
        return Promise.resolve();
      },
    });
    await service.deleteEverything();
    expect(seen).toEqual([[]]);

    const failing = createDeleteEverythingService(db, {
      databasePath: dataPath,
      backupsDir,
      clearBrowserData: () => Promise.reject(new Error('session busy')),
    });
    const failure: unknown = await failing.deleteEverything().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ServiceError);
    expect(failure instanceof ServiceError && failure.message).toBe(
      'Your records and backups were deleted, but Mending could not clear the cache of its own ' +
        'window. Choose Delete everything again to finish.',
    );
  });

  it('leaves alone files in the data folder that are not the app’s', async () => {
    await lifeLikeFolder();
    const mine = path.join(dir, 'my-notes.txt');
    fs.writeFileSync(mine, 'not Mending’s');
    await createDeleteEverythingService(db, {
      databasePath: dataPath,
      backupsDir,
    }).deleteEverything();
    expect(fs.readFileSync(mine, 'utf8')).toBe('not Mending’s');
  });

  it('on a database with no file (tests), empties it and reports no files', async () => {
    db = openDatabase(':memory:');
    fillEveryTextField(db);
    const service = createDeleteEverythingService(db, {
      databasePath: ':memory:',
      backupsDir: null,
    });
    const outcome = await service.deleteEverything();
    expect(outcome.counts.moodEntries).toBe(1);
    expect(outcome).toMatchObject({ backups: 0, otherFiles: 0 });
    expect(service.summary().counts.settings).toBe(0);
  });

  it('when another reader holds the file, says the records are gone but not yet cleared, and keeps the backups', async () => {
    await lifeLikeFolder();
    const service = createDeleteEverythingService(db, { databasePath: dataPath, backupsDir });
    // A reader in the middle of a read (as a backup check would be) stops the -wal being cut.
    const reader = new Database(dataPath, { readonly: true });
    // The app waits up to five seconds for a busy file; the test need not.
    db.pragma('busy_timeout = 50');
    let failure: unknown;
    try {
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM mood_entries').get();
      await service.deleteEverything();
    } catch (error) {
      failure = error;
    } finally {
      reader.close();
    }
    expect(failure).toBeInstanceOf(ServiceError);
    expect(failure instanceof ServiceError && failure.message).toMatch(
      /^Your records were deleted, but .*Choose Delete everything again to finish\.$/,
    );
    expect(service.summary().backups).toBe(3);
    // Asked again, with nothing else reading, it finishes the job.
    await service.deleteEverything();
    expect(wordsOnDisk()).toEqual([]);
  });
});
