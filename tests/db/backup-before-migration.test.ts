import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../src-main/db/backup-files';
import {
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  runMigrations,
} from '../../src-main/db/migrations/index';
import { APPLICATION_ID, DatabaseOpenError, openDatabase } from '../../src-main/db/open-database';

const NOW = new Date('2026-11-27T22:10:05Z');
const OLDER = LATEST_SCHEMA_VERSION - 1;

let dir: string;
let dataPath: string;
let backupsDir: string;
const opened: Database.Database[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-premigration-'));
  dataPath = path.join(dir, 'mending.sqlite3');
  backupsDir = path.join(dir, 'backups');
});

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function open(filePath: string, options: Parameters<typeof openDatabase>[1] = {}) {
  const db = openDatabase(filePath, { now: () => NOW, ...options });
  opened.push(db);
  return db;
}

/**
 * A data file as the previous version of the app left it: the schema one migration behind, and a
 * marker table with a row (no migration touches it), so even "version 0" has something to keep.
 */
function makeOlderFile(filePath: string, options: { keepOpen?: boolean } = {}) {
  const db = new Database(filePath);
  db.pragma('journal_mode = WAL');
  if (options.keepOpen) db.pragma('wal_autocheckpoint = 0');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  runMigrations(db, MIGRATIONS.slice(0, OLDER));
  db.exec("CREATE TABLE test_marker (note TEXT); INSERT INTO test_marker VALUES ('from before')");
  if (options.keepOpen) return db;
  db.close();
  return null;
}

function sha256(filePath: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');
}

function readBackup(filePath: string) {
  const copy = new Database(filePath, { readonly: true, fileMustExist: true });
  try {
    return {
      userVersion: copy.pragma('user_version', { simple: true }),
      integrity: copy.pragma('integrity_check', { simple: true }),
      marker: copy.prepare('SELECT note FROM test_marker').pluck().all(),
    };
  } finally {
    copy.close();
  }
}

describe('openDatabase keeps a backup before it migrates', () => {
  it('copies a file one version behind, then migrates the original', () => {
    makeOlderFile(dataPath);

    const db = open(dataPath, { backupsDir });

    const [backup, ...others] = listBackups(backupsDir);
    if (!backup) throw new Error('no backup was made');
    expect(others).toEqual([]);
    expect(backup.fileName).toBe(
      `mending-2026-11-27T22-10-05Z-before-migration-${LATEST_SCHEMA_VERSION}.sqlite3`,
    );
    expect(readBackup(backup.path)).toEqual({
      userVersion: OLDER,
      integrity: 'ok',
      marker: ['from before'],
    });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(fs.readdirSync(backupsDir)).toEqual([backup.fileName]);
  });

  it('includes changes a crash left in the -wal file', () => {
    const running = path.join(dir, 'running.sqlite3');
    const live = makeOlderFile(running, { keepOpen: true });
    if (!live) throw new Error('the older file was closed');
    live.exec("INSERT INTO test_marker VALUES ('only in the wal')");
    for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(running + suffix, dataPath + suffix);
    live.close();

    open(dataPath, { backupsDir });

    const [backup] = listBackups(backupsDir);
    if (!backup) throw new Error('no backup was made');
    expect(readBackup(backup.path).marker).toEqual(['from before', 'only in the wal']);
  });

  it('makes no backup of a new file, of a current one, or without a backups folder', () => {
    open(dataPath, { backupsDir }).close();
    open(dataPath, { backupsDir }).close();
    expect(fs.existsSync(backupsDir)).toBe(false);

    const older = path.join(dir, 'older.sqlite3');
    makeOlderFile(older);
    open(older);
    expect(fs.existsSync(backupsDir)).toBe(false);
  });

  it('calls a file damaged when its copy fails the check, and leaves no copy behind', () => {
    makeOlderFile(dataPath);
    const filler = new Database(dataPath);
    filler.exec(
      "INSERT INTO test_marker SELECT printf('%.500c', 'x') FROM json_each(json_array(" +
        Array.from({ length: 200 }, () => '0').join(',') +
        '))',
    );
    filler.close();
    fs.truncateSync(dataPath, Math.floor(fs.statSync(dataPath).size / 2));
    const before = sha256(dataPath);

    let failure: unknown;
    try {
      open(dataPath, { backupsDir });
    } catch (error) {
      failure = error;
    }

    expect(failure).toBeInstanceOf(DatabaseOpenError);
    expect(failure).toMatchObject({ reason: 'corrupt' });
    expect(sha256(dataPath)).toBe(before);
    expect(fs.readdirSync(backupsDir)).toEqual([]);
  });

  it('migrates nothing, and says why, when the backup cannot be made', () => {
    makeOlderFile(dataPath);
    fs.writeFileSync(backupsDir, 'a file where the folder should be');
    const before = sha256(dataPath);

    let failure: unknown;
    try {
      open(dataPath, { backupsDir });
    } catch (error) {
      failure = error;
    }

    expect(failure).toBeInstanceOf(DatabaseOpenError);
    expect(failure).toMatchObject({ reason: 'backup' });
    expect((failure as Error).message).toContain('could not keep a copy of it first');
    expect((failure as Error).message).toContain('left untouched');
    expect(sha256(dataPath)).toBe(before);
  });
});
