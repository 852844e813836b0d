import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backupIfDue, DataFileDamagedError } from '../../src-main/db/backup';
import { listBackups } from '../../src-main/db/backup-files';
import { DatabaseOpenError, openDatabase } from '../../src-main/db/open-database';
import { isDataDamage } from '../../src-main/app/damage-while-running';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter, type Router } from '../../src-main/ipc/router';
import type { OffMain } from '../../src-main/services/off-main';
import { DELETE_CONFIRMATION_WORD } from '../../src-main/shared/contract/data';
import { createFakeFiles, type FakeFiles } from '../helpers/fake-files';
import { overwriteRootPage } from '../helpers/damage';
import { generateSampleHere } from '../../src-main/sample/sample-file';
import { startOffMainWorker } from '../helpers/off-main-worker';
import { seedEverything } from '../helpers/sample-data';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

/*
 * The worker thread runs the same services as the main process: an import, a report, a backup
 * and Delete everything's erase made there give what they give inline, and their failures reach the person as the same words.
 * The worker is the real src-main/app/off-main-worker.ts, bundled as the app bundles it.
 */
const PAGE = { url: 'app://mending/index.html' };
const NOW = new Date('2026-11-27T10:00:00Z');
let dir: string;
let exportPath: string;
const cleanups: (() => void | Promise<void>)[] = [];

interface Place {
  readonly db: ReturnType<typeof createTestDatabase>['db'];
  readonly path: string;
  readonly files: FakeFiles;
  readonly router: Router;
}

/** A seeded database file with its router, inline or with the worker thread on the same file. */
function place(where: 'inline' | 'worker'): Place {
  const testDb = createTestDatabase();
  seedEverything(testDb.db);
  const files = createFakeFiles();
  let offMain: OffMain | undefined;
  if (where === 'worker') {
    const thread = startOffMainWorker(testDb.path);
    offMain = thread.run;
    cleanups.push(thread.stop);
  }
  cleanups.push(testDb.cleanup);
  const router = createRouter({
    handlers: createHandlers({
      db: testDb.db,
      version: 'test',
      databasePath: testDb.path,
      backupsDir: join(testDb.path, '..', 'backups'),
      now: () => NOW,
      files,
      offMain,
    }),
    isTrustedSender: () => true,
  });
  return { db: testDb.db, path: testDb.path, files, router };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mending-off-main-'));
  const source = place('inline');
  // An export with every kind of row, made by data:export, that each import below reads.
  exportPath = join(dir, 'export.json');
  source.files.answerSave(exportPath);
  const saved = await source.router.dispatch('data:export', {}, PAGE);
  expect(saved.ok).toBe(true);
  source.db.exec('DELETE FROM mood_entries');
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importInto(target: Place, file: string) {
  target.files.answerOpen(file);
  return target.router.dispatch('data:import', { mode: 'replace' }, PAGE);
}

describe('an import in the worker thread', () => {
  it('writes the same rows and answers the same as an import here', async () => {
    const inline = place('inline');
    const worker = place('worker');
    inline.db.exec('DELETE FROM mood_entries');
    worker.db.exec('DELETE FROM mood_entries');
    const here = await importInto(inline, exportPath);
    const there = await importInto(worker, exportPath);
    expect(here.ok).toBe(true);
    // The safety copies differ only in their names' moments; the counts and file name do not.
    const answer = (result: typeof here) =>
      result.ok ? { ...(result.value as object), backup: 'made' } : result;
    expect(answer(there)).toEqual(answer(here));
    // The main connection sees what the worker's connection committed.
    expect(snapshotAllTables(worker.db)).toEqual(snapshotAllTables(inline.db));
    expect(
      (worker.db.prepare('SELECT COUNT(*) AS n FROM mood_entries').get() as { n: number }).n,
    ).toBeGreaterThan(0);
  });

  it.each([
    ['not JSON', 'this is not json'],
    ['cut off', '{"format": "mending-export", "formatVersion": 1, "data": {"moodEntries": ['],
    ['a bad row', 'BAD_ROW'],
  ])('refuses a file that is %s with the same message, and writes nothing', async (_, text) => {
    const good = readFileSync(exportPath, 'utf8');
    const spoiled = text === 'BAD_ROW' ? good.replace(/"mood": \d+/, '"mood": 11') : text;
    if (text === 'BAD_ROW') expect(spoiled).not.toBe(good);
    const file = join(dir, `bad-${text.length}.json`);
    writeFileSync(file, spoiled);
    const inline = place('inline');
    const worker = place('worker');
    const before = snapshotAllTables(worker.db);
    const here = await importInto(inline, file);
    const there = await importInto(worker, file);
    expect(here.ok).toBe(false);
    expect(there).toEqual(here);
    expect(snapshotAllTables(worker.db)).toEqual(before);
  });
});

describe('a report rendered in the worker thread', () => {
  it.each(['full', 'summary', 'therapist'] as const)(
    'is the same document as one rendered here (%s)',
    async (privacy) => {
      const inline = place('inline');
      const worker = place('worker');
      const request = {
        from: '2000-01-01',
        to: '2026-11-27',
        privacy,
        redactions: privacy === 'therapist' ? ['Sam'] : [],
      };
      const here = await inline.router.dispatch('report:preview', request, PAGE);
      const there = await worker.router.dispatch('report:preview', request, PAGE);
      expect(here.ok).toBe(true);
      expect(there).toEqual(here);
    },
  );

  it('is saved as the same web page as one saved from here', async () => {
    const inline = place('inline');
    const worker = place('worker');
    const request = {
      from: '2000-01-01',
      to: '2026-11-27',
      privacy: 'full',
      redactions: [],
      format: 'html',
      pageSize: 'A4',
    };
    const paths = [join(dir, 'report-here.html'), join(dir, 'report-there.html')] as const;
    inline.files.answerSave(paths[0]);
    worker.files.answerSave(paths[1]);
    const here = await inline.router.dispatch('report:save', request, PAGE);
    const there = await worker.router.dispatch('report:save', request, PAGE);
    expect(here).toMatchObject({ ok: true, value: { saved: true } });
    expect(there).toMatchObject({ ok: true, value: { saved: true } });
    const written = readFileSync(paths[1], 'utf8');
    expect(written).toMatch(/^<!DOCTYPE html>/);
    expect(written).toBe(readFileSync(paths[0], 'utf8'));
  });

  it('says a period it cannot report in the same words, beside the same field', async () => {
    const inline = place('inline');
    const worker = place('worker');
    // A stage change more than ten years back: the period asked for is longer than a report covers.
    for (const { db } of [inline, worker]) {
      db.prepare(
        `INSERT INTO stage_changes (stage, changed_at, time_zone)
         VALUES ('heal_yourself', '2001-01-01T10:00:00.000Z', 'UTC')`,
      ).run();
    }
    const request = { from: '2001-01-01', to: '2026-11-27', privacy: 'summary', redactions: [] };
    const here = await inline.router.dispatch('report:preview', request, PAGE);
    const there = await worker.router.dispatch('report:preview', request, PAGE);
    expect(here).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'from' } });
    expect(there).toEqual(here);
  });
});

describe('the daily backup made in the worker thread', () => {
  it('is made, checked and listed as one made here would be', async () => {
    const worker = place('worker');
    const backupsDir = join(dir, 'daily-backups');
    const thread = startOffMainWorker(worker.path);
    cleanups.push(thread.stop);
    const made = await backupIfDue(worker.db, backupsDir, {
      now: NOW,
      timeZone: 'UTC',
      createElsewhere: (reason, now) =>
        thread.run('createBackup', { backupsDir, reason, now: now.toISOString() }),
    });
    expect(made?.kind).toBe('daily');
    expect(listBackups(backupsDir).map((b) => b.fileName)).toEqual([made?.fileName]);
  });

  it('of a damaged file fails as damage, so the app offers a restart, and keeps nothing', async () => {
    const worker = place('worker');
    worker.db.close();
    overwriteRootPage(worker.path);
    const backupsDir = join(dir, 'damaged-backups');
    const thread = startOffMainWorker(worker.path);
    cleanups.push(thread.stop);
    const failed = await backupIfDue(
      // The main connection is not used when the backup is made elsewhere.
      worker.db,
      backupsDir,
      {
        now: NOW,
        timeZone: 'UTC',
        createElsewhere: (reason, now) =>
          thread.run('createBackup', { backupsDir, reason, now: now.toISOString() }),
      },
    ).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(DataFileDamagedError);
    expect(isDataDamage(failed)).toBe(true);
    expect(listBackups(backupsDir)).toEqual([]);
  });
});

describe("the start's damage check in the worker thread", () => {
  it('passes a sound file, which then opens without checking it again', async () => {
    const sound = place('inline');
    sound.db.close();
    const thread = startOffMainWorker(sound.path);
    cleanups.push(thread.stop);
    expect(await thread.run('checkDataFile', { path: sound.path })).toBe(true);
    const reopened = openDatabase(sound.path, { isCheckedForDamage: true });
    expect(reopened.prepare('SELECT COUNT(*) AS n FROM mood_entries').get()).toEqual({
      n: expect.any(Number) as unknown,
    });
    reopened.close();
  });

  it('refuses a damaged file with the very error openDatabase gives, so recovery is offered', async () => {
    const damaged = place('inline');
    damaged.db.close();
    overwriteRootPage(damaged.path);
    const here = (() => {
      try {
        openDatabase(damaged.path).close();
        return undefined;
      } catch (error) {
        return error;
      }
    })();
    const thread = startOffMainWorker(damaged.path);
    cleanups.push(thread.stop);
    const there = await thread
      .run('checkDataFile', { path: damaged.path })
      .catch((error: unknown) => error);
    expect(here).toBeInstanceOf(DatabaseOpenError);
    expect(there).toBeInstanceOf(DatabaseOpenError);
    expect(there).toMatchObject({
      reason: (here as DatabaseOpenError).reason,
      message: (here as DatabaseOpenError).message,
    });
  });

  it('leaves a file that does not exist yet to openDatabase', async () => {
    const path = join(dir, 'first-start', 'mending.sqlite3');
    const thread = startOffMainWorker(path);
    cleanups.push(thread.stop);
    expect(await thread.run('checkDataFile', { path })).toBe(false);
  });
});

describe('Delete everything in the worker thread', () => {
  const WORD = 'Qzx worker-erase note about the lake house';
  const ERASE = { confirmation: DELETE_CONFIRMATION_WORD };

  /** A place with a distinctive note (still in the -wal) and a backup made by hand. */
  async function filled(where: 'inline' | 'worker'): Promise<Place> {
    const target = place(where);
    const made = await target.router.dispatch(
      'mood:create',
      { occurredAt: '2026-11-27T09:15:00.000Z', timeZone: 'UTC', mood: 4, note: WORD },
      PAGE,
    );
    expect(made.ok).toBe(true);
    expect((await target.router.dispatch('backup:create', {}, PAGE)).ok).toBe(true);
    return target;
  }

  /** Every file in the place's folder that holds WORD. */
  function filesWithWord(target: Place): string[] {
    const folder = dirname(target.path);
    const files = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    return files.filter((file) => readFileSync(file).includes(Buffer.from(WORD, 'utf8')));
  }

  it('deletes the same records and files and answers the same as Delete everything here', async () => {
    const inline = await filled('inline');
    const worker = await filled('worker');
    expect(filesWithWord(worker).length).toBeGreaterThan(0);
    const moods = worker.db.prepare('SELECT count(*) FROM mood_entries').pluck().get();
    const here = await inline.router.dispatch('data:erase', ERASE, PAGE);
    const there = await worker.router.dispatch('data:erase', ERASE, PAGE);
    // Counted as it deleted them: every mood entry, and the backup made by hand.
    expect(here).toMatchObject({ ok: true, value: { backups: 1, counts: { moodEntries: moods } } });
    expect(there).toEqual(here);
    // The main connection sees the emptied file, and no file in the folder keeps the words.
    expect(snapshotAllTables(worker.db)).toEqual(snapshotAllTables(inline.db));
    expect(Object.values(snapshotAllTables(worker.db)).flat()).toEqual([]);
    expect(filesWithWord(worker)).toEqual([]);
    expect(statSync(`${worker.path}-wal`, { throwIfNoEntry: false })?.size ?? 0).toBe(0);
    expect(readdirSync(join(dirname(worker.path), 'backups'))).toEqual([]);
  });

  it('leaves the app usable at once: the main connection writes and reads again', async () => {
    const worker = await filled('worker');
    expect((await worker.router.dispatch('data:erase', ERASE, PAGE)).ok).toBe(true);
    const saved = await worker.router.dispatch(
      'mood:create',
      { occurredAt: '2026-11-27T10:00:00.000Z', timeZone: 'UTC', mood: 7 },
      PAGE,
    );
    expect(saved).toMatchObject({ ok: true, value: { mood: 7 } });
    const listed = await worker.router.dispatch(
      'mood:list',
      { from: '2026-11-27', to: '2026-11-27' },
      PAGE,
    );
    expect(listed).toMatchObject({ ok: true, value: [{ mood: 7 }] });
  });

  it('waits in its own thread for a reader to finish, then clears the file all the same', async () => {
    const worker = await filled('worker');
    // A reader in the middle of a read stops the -wal being cut. Inline, the main thread would
    // sleep in SQLite's busy handler (and this reader, on the same thread, could never finish);
    // here only the worker waits.
    const reader = new Database(worker.path, { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM mood_entries').get();
    const erasing = worker.router.dispatch('data:erase', ERASE, PAGE);
    let ticks = 0;
    const ticking = setInterval(() => {
      ticks += 1;
    }, 5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    reader.exec('COMMIT');
    reader.close();
    const answer = await erasing;
    clearInterval(ticking);
    expect(answer).toMatchObject({ ok: true });
    // The main thread's timers kept running while the worker waited for the reader.
    expect(ticks).toBeGreaterThan(10);
    expect(filesWithWord(worker)).toEqual([]);
  });
});

describe('the sample file written in the worker thread', () => {
  it('holds the same made-up year as one written here, in a file of its own', async () => {
    const own = place('inline');
    const before = snapshotAllTables(own.db);
    const thread = startOffMainWorker(own.path);
    cleanups.push(thread.stop);
    const there = join(dir, 'sample-there.sqlite3');
    expect(
      await thread.run('writeSampleFile', { path: there, today: '2026-11-27', timeZone: 'UTC' }),
    ).toBe(true);
    const here = openDatabase(join(dir, 'sample-here.sqlite3'));
    generateSampleHere(here, { today: '2026-11-27', timeZone: 'UTC' });
    const written = openDatabase(there);
    const count = (db: typeof here, table: string) =>
      db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM ${table}`).get()?.n;
    for (const table of ['mood_entries', 'habit_checkins', 'communication_entries']) {
      expect(count(written, table)).toBeGreaterThan(0);
      expect(count(written, table)).toBe(count(here, table));
    }
    written.close();
    here.close();
    // The person's own file, which the worker was started on, is untouched.
    expect(snapshotAllTables(own.db)).toEqual(before);
  });

  it('refuses a day the generator cannot start from, with its own words', async () => {
    const own = place('inline');
    const thread = startOffMainWorker(own.path);
    cleanups.push(thread.stop);
    const path = join(dir, 'sample-bad-day.sqlite3');
    const inline = (() => {
      const db = openDatabase(join(dir, 'sample-bad-day-here.sqlite3'));
      try {
        generateSampleHere(db, { today: 'not a day', timeZone: 'UTC' });
        return undefined;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      } finally {
        db.close();
      }
    })();
    expect(inline).toEqual(expect.any(String));
    await expect(
      thread.run('writeSampleFile', { path, today: 'not a day', timeZone: 'UTC' }),
    ).rejects.toThrow(inline);
  });
});
