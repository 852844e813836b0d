import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BackupNotFoundError,
  DataFileDamagedError,
  backupIfDue,
  createBackup,
  pruneBackups,
  restoreBackup,
} from '../../src-main/db/backup';
import { BackupCheckError, backupFileName, listBackups } from '../../src-main/db/backup-files';
import {
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  runMigrations,
} from '../../src-main/db/migrations/index';
import { APPLICATION_ID, openDatabase } from '../../src-main/db/open-database';
import { RETENTION } from '../../src-main/db/backup-retention';
import { overwriteRootPage } from '../helpers/damage';
import { snapshotAllTables } from '../helpers/test-db';

const isPosix = process.platform !== 'win32';
const NOW = new Date('2026-11-27T22:10:05Z');

let dir: string;
let backupsDir: string;
let db: Database.Database;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-backup-'));
  backupsDir = path.join(dir, 'backups');
  db = openDatabase(path.join(dir, 'mending.sqlite3'));
});

afterEach(() => {
  if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Rows in several related tables, written the way the app's repositories write them. */
function addRows(target: Database.Database, label: string): void {
  const stamp = '2026-11-01T08:00:00.000Z';
  const entry = target
    .prepare(
      `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, note, created_at, updated_at)
       VALUES (?, 'Europe/Berlin', '2026-11-01', 6, ?, ?, ?)`,
    )
    .run(stamp, `${label} 🌧️ "quoted"; DROP TABLE x`, stamp, stamp);
  target
    .prepare("INSERT INTO mood_entry_tags (entry_id, tag) VALUES (?, 'hopeful')")
    .run(entry.lastInsertRowid);
  const habit = target
    .prepare(
      `INSERT INTO habits (name, kind, target_count, period, created_at)
       VALUES (?, 'build', 1, 'day', ?)`,
    )
    .run(`${label} walk`, stamp);
  target
    .prepare(
      `INSERT INTO habit_checkins (habit_id, day, count, created_at, updated_at)
       VALUES (?, '2026-11-01', 1, ?, ?)`,
    )
    .run(habit.lastInsertRowid, stamp, stamp);
  target
    .prepare('INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)')
    .run('theme', JSON.stringify(label), stamp);
}

function moodNotes(target: Database.Database): unknown[] {
  return target.prepare('SELECT note FROM mood_entries ORDER BY id').pluck().all();
}

function sha256(filePath: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');
}

describe('createBackup', () => {
  it('makes a checked, private, single-file copy with a name that says when and why', async () => {
    addRows(db, 'first');

    const backup = await createBackup(db, backupsDir, { kind: 'manual' }, { now: NOW });

    expect(backup.fileName).toBe('mending-2026-11-27T22-10-05Z-manual.sqlite3');
    // Nothing but the finished backup in the folder: no partial file, no -wal or -shm.
    expect(fs.readdirSync(backupsDir)).toEqual([backup.fileName]);
    const copy = new Database(backup.path, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(snapshotAllTables(copy)).toEqual(snapshotAllTables(db));
    } finally {
      copy.close();
    }
    expect(fs.readdirSync(backupsDir)).toEqual([backup.fileName]);
    expect(backup.sizeBytes).toBe(fs.statSync(backup.path).size);
  });

  it.runIf(isPosix)('keeps the folder and every backup readable by their owner only', async () => {
    fs.mkdirSync(backupsDir, { mode: 0o755 });
    fs.chmodSync(backupsDir, 0o755);

    const backup = await createBackup(db, backupsDir, { kind: 'manual' }, { now: NOW });

    expect(fs.statSync(backupsDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(backup.path).mode & 0o777).toBe(0o600);
  });

  it('includes changes still in the -wal file', async () => {
    db.pragma('wal_autocheckpoint = 0');
    addRows(db, 'only in the wal');
    expect(fs.statSync(`${path.join(dir, 'mending.sqlite3')}-wal`).size).toBeGreaterThan(0);

    const backup = await createBackup(db, backupsDir, { kind: 'manual' }, { now: NOW });

    const copy = new Database(backup.path, { readonly: true });
    try {
      expect(moodNotes(copy)).toEqual(moodNotes(db));
    } finally {
      copy.close();
    }
  });

  it('gives two backups made in the same second their own names, never replacing one', async () => {
    const first = await createBackup(db, backupsDir, { kind: 'manual' }, { now: NOW });
    const firstHash = sha256(first.path);
    addRows(db, 'later');
    const second = await createBackup(db, backupsDir, { kind: 'manual' }, { now: NOW });

    expect(second.fileName).toBe('mending-2026-11-27T22-10-05Z-manual.2.sqlite3');
    expect(sha256(first.path)).toBe(firstHash);
    expect(listBackups(backupsDir).map((b) => b.fileName)).toEqual([
      second.fileName,
      first.fileName,
    ]);
  });

  it('leaves no file behind, under any name, when the snapshot fails', async () => {
    db.close();

    await expect(createBackup(db, backupsDir, { kind: 'manual' }, { now: NOW })).rejects.toThrow();

    expect(fs.readdirSync(backupsDir)).toEqual([]);
  });

  it('removes old backups by the retention policy, and never files that are not backups', async () => {
    fs.mkdirSync(backupsDir);
    const old = Array.from({ length: 10 }, (_, d) =>
      backupFileName(new Date(NOW.getTime() - (d + 1) * 86_400_000), { kind: 'daily' }),
    );
    for (const name of [...old, 'notes.txt', 'mending.sqlite3']) {
      fs.writeFileSync(path.join(backupsDir, name), 'x');
    }

    await createBackup(db, backupsDir, { kind: 'daily' }, { now: NOW });

    const left = fs.readdirSync(backupsDir);
    expect(left).toContain('notes.txt');
    expect(left).toContain('mending.sqlite3');
    // The new one and the 6 days before it; the other 4 fall in weeks those 7 already cover.
    expect(listBackups(backupsDir).map((b) => b.fileName)).toEqual([
      'mending-2026-11-27T22-10-05Z-daily.sqlite3',
      ...old.slice(0, 6),
    ]);
  });
});

describe('backupIfDue', () => {
  it('makes one daily backup per local day, in the zone it is given', async () => {
    const zone = 'Pacific/Apia'; // UTC+13: 22:10 UTC on the 27th is 11:10 on the 28th there.
    const first = await backupIfDue(db, backupsDir, { now: NOW, timeZone: zone });
    expect(first?.kind).toBe('daily');

    const laterSameDay = new Date('2026-11-28T10:00:00Z'); // 23:00 on the 28th in Apia
    expect(await backupIfDue(db, backupsDir, { now: laterSameDay, timeZone: zone })).toBeNull();

    const nextDay = new Date('2026-11-28T11:30:00Z'); // 00:30 on the 29th in Apia
    expect((await backupIfDue(db, backupsDir, { now: nextDay, timeZone: zone }))?.kind).toBe(
      'daily',
    );
    expect(listBackups(backupsDir).map((b) => b.kind)).toEqual(['daily', 'daily']);
  });

  it('is not satisfied by a backup of another kind', async () => {
    await createBackup(db, backupsDir, { kind: 'manual' }, { now: NOW });

    expect(await backupIfDue(db, backupsDir, { now: NOW, timeZone: 'UTC' })).not.toBeNull();
  });
});

describe('pruneBackups', () => {
  it('removes exactly the backups retention does not keep', () => {
    fs.mkdirSync(backupsDir);
    const names = Array.from({ length: 15 }, (_, d) =>
      backupFileName(new Date(NOW.getTime() - d * 86_400_000), { kind: 'daily' }),
    );
    for (const name of names) fs.writeFileSync(path.join(backupsDir, name), 'x');

    // Friday 27 November back to Friday 13th. Kept: the 7 days from Saturday 21st (which cover
    // the weeks of 23 and 16 November), then Sunday 15th, the newest of the week of 9 November.
    const kept = [...names.slice(0, 7), names[12]];
    const removed = names.filter((n) => !kept.includes(n));
    expect(pruneBackups(backupsDir, NOW)).toEqual(removed);
    expect(fs.readdirSync(backupsDir).sort()).toEqual([...kept].sort());
  });
});

describe('restoreBackup', () => {
  it('replaces every table with the backup, keeping ids, and keeps what was there first', async () => {
    addRows(db, 'first');
    const asBackedUp = snapshotAllTables(db);
    const backup = await createBackup(db, backupsDir, { kind: 'manual' }, { now: NOW });
    db.prepare('DELETE FROM habits').run();
    addRows(db, 'second');
    addRows(db, 'third');
    const beforeRestore = snapshotAllTables(db);

    const later = new Date(NOW.getTime() + 60_000);
    const outcome = await restoreBackup(db, backupsDir, backup.fileName, { now: later });

    expect(snapshotAllTables(db)).toEqual(asBackedUp);
    expect(outcome.restoredFrom.fileName).toBe(backup.fileName);
    expect(outcome.keptAs.kind).toBe('before-restore');
    expect(outcome.tables).toContainEqual({ table: 'mood_entries', rows: 1 });
    expect(outcome.tables).toContainEqual({ table: 'mood_entry_tags', rows: 1 });
    expect(outcome.tables).toContainEqual({ table: 'communication_entries', rows: 0 });
    // The data as it was just before is a backup of its own, and restoring it brings it back.
    const kept = new Database(outcome.keptAs.path, { readonly: true });
    try {
      expect(snapshotAllTables(kept)).toEqual(beforeRestore);
    } finally {
      kept.close();
    }
    await restoreBackup(db, backupsDir, outcome.keptAs.fileName, { now: later });
    expect(snapshotAllTables(db)).toEqual(beforeRestore);
    // The stored backup was only read; the temp copy is gone.
    expect(fs.readdirSync(backupsDir).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('brings a backup from an older version of the app up to date first', async () => {
    const olderVersion = LATEST_SCHEMA_VERSION - 1;
    fs.mkdirSync(backupsDir);
    const name = backupFileName(NOW, { kind: 'daily' });
    const older = new Database(path.join(backupsDir, name));
    older.pragma(`application_id = ${APPLICATION_ID}`);
    runMigrations(older, MIGRATIONS.slice(0, olderVersion));
    older.close();
    addRows(db, 'current');

    const outcome = await restoreBackup(db, backupsDir, name, { now: NOW });

    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(outcome.tables.every((t) => t.rows === 0)).toBe(true);
    expect(moodNotes(db)).toEqual([]);
    // The stored backup itself was not migrated.
    const stored = new Database(path.join(backupsDir, name), { readonly: true });
    expect(stored.pragma('user_version', { simple: true })).toBe(olderVersion);
    stored.close();
  });

  describe('refuses, and changes nothing, when', () => {
    async function expectRefusal(
      fileName: string,
      expected: new (...args: never[]) => Error,
    ): Promise<void> {
      addRows(db, 'current');
      const before = snapshotAllTables(db);
      const folderBefore = fs.existsSync(backupsDir) ? fs.readdirSync(backupsDir).sort() : [];

      await expect(restoreBackup(db, backupsDir, fileName, { now: NOW })).rejects.toThrow(expected);

      expect(snapshotAllTables(db)).toEqual(before);
      // No before-restore backup either: nothing happened at all.
      const folderAfter = fs.existsSync(backupsDir) ? fs.readdirSync(backupsDir).sort() : [];
      expect(folderAfter).toEqual(folderBefore);
    }

    function storedBackup(write: (filePath: string) => void): string {
      fs.mkdirSync(backupsDir, { recursive: true });
      const name = backupFileName(NOW, { kind: 'daily' });
      write(path.join(backupsDir, name));
      return name;
    }

    it('the name is not one of the backups in the folder', async () => {
      await expectRefusal('mending-2026-11-27T22-10-05Z-daily.sqlite3', BackupNotFoundError);
    });

    it('the name points elsewhere', async () => {
      const outside = path.join(dir, 'mending.sqlite3');
      await expectRefusal(outside, BackupNotFoundError);
      await expectRefusal(`../${path.basename(outside)}`, BackupNotFoundError);
    });

    it('the backup is damaged', async () => {
      const name = storedBackup((filePath) => {
        addRows(db, 'backed up');
        db.prepare('VACUUM INTO ?').run(filePath);
        const bytes = fs.readFileSync(filePath);
        fs.writeFileSync(filePath, bytes.subarray(0, Math.floor(bytes.length / 2)));
      });
      await expectRefusal(name, BackupCheckError);
    });

    it('the backup is a text file', async () => {
      const name = storedBackup((filePath) =>
        fs.writeFileSync(filePath, 'Dear diary\n'.repeat(99)),
      );
      await expectRefusal(name, BackupCheckError);
    });

    it('the backup belongs to another program', async () => {
      const name = storedBackup((filePath) => {
        const other = new Database(filePath);
        other.exec('CREATE TABLE notes (body TEXT)');
        other.close();
      });
      await expectRefusal(name, BackupCheckError);
    });

    it('the backup was made by a newer version of the app', async () => {
      const name = storedBackup((filePath) => {
        const newer = new Database(filePath);
        newer.pragma(`application_id = ${APPLICATION_ID}`);
        runMigrations(newer);
        newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
        newer.close();
      });
      await expectRefusal(name, BackupCheckError);
    });
  });
});

describe('a backup of a damaged data file', () => {
  /** The test's data file, damaged inside (header intact), and a connection opened onto it. */
  function damageLiveData(): Database.Database {
    const filePath = path.join(dir, 'mending.sqlite3');
    addRows(db, 'kept');
    db.close();
    overwriteRootPage(filePath);
    // The damage shows after the start-up check: a plain connection, as if it happened meanwhile.
    return new Database(filePath);
  }

  it('is refused, and every good backup stays, even the ones retention would prune', async () => {
    // Eight good dailies on eight days: the next backup would push the oldest out.
    for (let day = 1; day <= 8; day += 1) {
      await createBackup(
        db,
        backupsDir,
        { kind: 'daily' },
        { now: new Date(`2026-11-${String(day).padStart(2, '0')}T09:00:00Z`) },
      );
    }
    const before = fs.readdirSync(backupsDir).sort();
    db = damageLiveData();

    for (const kind of ['daily', 'manual', 'before-restore'] as const) {
      await expect(createBackup(db, backupsDir, { kind }, { now: NOW })).rejects.toBeInstanceOf(
        DataFileDamagedError,
      );
    }
    await expect(
      backupIfDue(db, backupsDir, { now: NOW, timeZone: 'Europe/Berlin' }),
    ).rejects.toBeInstanceOf(DataFileDamagedError);
    // No partial file, no new backup, and the oldest good one was not pruned.
    expect(fs.readdirSync(backupsDir).sort()).toEqual(before);
  });

  it('stops a restore before anything is touched, with the backups as they were', async () => {
    const good = await createBackup(db, backupsDir, { kind: 'manual' }, { now: NOW });
    const before = fs.readdirSync(backupsDir).sort();
    db = damageLiveData();
    await expect(restoreBackup(db, backupsDir, good.fileName, { now: NOW })).rejects.toBeInstanceOf(
      DataFileDamagedError,
    );
    expect(fs.readdirSync(backupsDir).sort()).toEqual(before);
  });
});

describe('retention and damaged backups', () => {
  it('never leaves only damaged backups: the one just made was checked, and it is kept', async () => {
    const made = [];
    for (let day = 1; day <= 8; day += 1) {
      made.push(
        await createBackup(
          db,
          backupsDir,
          { kind: 'daily' },
          { now: new Date(`2026-11-0${day}T09:00:00Z`) },
        ),
      );
    }
    // The disk rots every backup but the oldest kept one.
    const kept = listBackups(backupsDir);
    for (const backup of kept.slice(0, -1)) overwriteRootPage(backup.path);
    const oldestGood = kept.at(-1)?.fileName;

    const fresh = await createBackup(
      db,
      backupsDir,
      { kind: 'daily' },
      { now: new Date('2026-11-10T09:00:00Z') },
    );

    const after = listBackups(backupsDir).map((b) => b.fileName);
    expect(after[0]).toBe(fresh.fileName);
    // The new backup is good: a restore from it works.
    await restoreBackup(db, backupsDir, fresh.fileName, { now: new Date('2026-11-10T10:00:00Z') });
    expect(made).toHaveLength(8);
    // Retention pruned by its rules (never more than it keeps) ...
    expect(after.length).toBeLessThanOrEqual(RETENTION.dailies + RETENTION.weeklies);
    // ... and the oldest good backup, a weekly now, is still there beside the fresh one.
    expect(after).toContain(oldestGood);
  });
});
