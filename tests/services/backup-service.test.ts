import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { createBackupService } from '../../src-main/services/backup-service';
import { ServiceError } from '../../src-main/services/service-error';
import { overwriteRootPage } from '../helpers/damage';
import { createTestDatabase } from '../helpers/test-db';

let testDb: ReturnType<typeof createTestDatabase>;
let backupsDir: string;
let clock: Date;

beforeEach(() => {
  testDb = createTestDatabase();
  backupsDir = path.join(path.dirname(testDb.path), 'backups');
  clock = new Date('2026-11-27T22:10:05Z');
});

afterEach(() => testDb.cleanup());

function service() {
  return createBackupService(testDb.db, { backupsDir, now: () => clock });
}

function addMood(db: Database.Database, note: string): void {
  db.prepare(
    `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, note, created_at, updated_at)
     VALUES ('2026-11-20T08:00:00.000Z', 'UTC', '2026-11-20', 5, ?, 'x', 'x')`,
  ).run(note);
}

function notesIn(filePath: string): unknown[] {
  const db = new Database(filePath, { readonly: true });
  try {
    return db.prepare('SELECT note FROM mood_entries ORDER BY id').pluck().all();
  } finally {
    db.close();
  }
}

async function failure(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('backup service', () => {
  it('lists what it made, newest first, with no paths beyond the folder', async () => {
    const backups = service();
    expect(backups.list()).toEqual({ folder: backupsDir, backups: [] });

    const first = await backups.create();
    clock = new Date('2026-11-28T09:00:00Z');
    const second = await backups.create();

    expect(backups.list()).toEqual({ folder: backupsDir, backups: [second, first] });
    expect(first).toEqual({
      fileName: 'mending-2026-11-27T22-10-05Z-manual.sqlite3',
      createdAt: '2026-11-27T22:10:05.000Z',
      kind: 'manual',
      migrationVersion: null,
      sizeBytes: fs.statSync(path.join(backupsDir, first.fileName)).size,
    });
  });

  it('restores while the computer clock runs far ahead of the files, never removing its own copy', async () => {
    const backups = service();
    addMood(testDb.db, 'first');
    const made = await backups.create();
    addMood(testDb.db, 'second');
    // The files were written a moment ago; the process clock now says a month later, as after a
    // clock correction mid-restore. Only partial files an earlier run left behind may look stale.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date(Date.now() + 31 * 86_400_000));
      const summary = await backups.restore(made.fileName);
      expect(summary.restoredFrom).toEqual(made);
    } finally {
      vi.useRealTimers();
    }
    expect(notesIn(testDb.path)).toEqual(['first']);
  });

  it('restores a backup and answers with what it kept and how many rows came back', async () => {
    const backups = service();
    addMood(testDb.db, 'first');
    const made = await backups.create();
    addMood(testDb.db, 'second');

    const summary = await backups.restore(made.fileName);

    expect(summary.restoredFrom).toEqual(made);
    expect(summary.keptAs.kind).toBe('before-restore');
    expect(summary.tables).toContainEqual({ table: 'mood_entries', rows: 1 });
    expect(testDb.db.prepare('SELECT note FROM mood_entries').pluck().all()).toEqual(['first']);
    expect(notesIn(path.join(backupsDir, summary.keptAs.fileName))).toEqual(['first', 'second']);
  });

  it('runs restores one after the other, so each keeps the data the previous one left', async () => {
    const backups = service();
    addMood(testDb.db, 'a');
    const a = await backups.create();
    addMood(testDb.db, 'b');
    const ab = await backups.create();
    addMood(testDb.db, 'c');

    const [first, second] = await Promise.all([
      backups.restore(a.fileName),
      backups.restore(ab.fileName),
    ]);

    expect(notesIn(path.join(backupsDir, first.keptAs.fileName))).toEqual(['a', 'b', 'c']);
    expect(notesIn(path.join(backupsDir, second.keptAs.fileName))).toEqual(['a']);
    expect(testDb.db.prepare('SELECT note FROM mood_entries').pluck().all()).toEqual(['a', 'b']);
  });

  it('says a backup is gone when the name is not in the folder, next to the choice', async () => {
    const error = await failure(service().restore('mending-2026-11-27T22-10-05Z-manual.sqlite3'));

    expect(error).toMatchObject({ code: 'not_found', field: 'fileName' });
    expect(error.message).toContain('no longer in the backups folder');
  });

  it('says plainly that a damaged backup cannot be used, and changes nothing', async () => {
    const backups = service();
    addMood(testDb.db, 'keep me');
    const made = await backups.create();
    fs.writeFileSync(path.join(backupsDir, made.fileName), 'not a database at all');
    const listed = backups.list();

    const error = await failure(backups.restore(made.fileName));

    expect(error).toMatchObject({ code: 'conflict', field: 'fileName' });
    expect(error.message).toBe(
      "This backup can't be used: it is not a database. Nothing was changed; choose another one.",
    );
    expect(testDb.db.prepare('SELECT note FROM mood_entries').pluck().all()).toEqual(['keep me']);
    expect(backups.list()).toEqual(listed);
  });

  it('explains that an in-memory database has nothing to back up', async () => {
    const db = openDatabase(':memory:');
    try {
      const backups = createBackupService(db, { backupsDir: null });
      expect(backups.list()).toEqual({ folder: null, backups: [] });
      expect(await failure(backups.create())).toMatchObject({ code: 'conflict' });
      expect(await failure(backups.restore('x'))).toMatchObject({ code: 'conflict' });
    } finally {
      db.close();
    }
  });
});

describe('backups when the data file is damaged', () => {
  it('answers "damaged" with what happened and how to restore, and makes no backup', async () => {
    addMood(testDb.db, 'a good day');
    await service().create();
    const before = fs.readdirSync(backupsDir).sort();
    testDb.db.close();
    overwriteRootPage(testDb.path);
    const damaged = new Database(testDb.path);
    try {
      const backups = createBackupService(damaged, { backupsDir, now: () => clock });
      clock = new Date('2026-11-28T08:00:00Z');
      const made = await failure(backups.create());
      expect(made.code).toBe('damaged');
      expect(made.message).toBe(
        'The backup could not be made because your data file is damaged. No backup was made ' +
          'from it, so your good backups stay as they are. Close Mending and open it again: it ' +
          'will offer to restore your newest good backup, and keep the damaged file.',
      );
      const restored = await failure(backups.restore(before[0] ?? ''));
      expect(restored.code).toBe('damaged');
      expect(fs.readdirSync(backupsDir).sort()).toEqual(before);
    } finally {
      damaged.close();
    }
  });
});
