import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { isValidInstant } from '../shared/calendar';
import { LATEST_SCHEMA_VERSION } from './migrations/index';
import {
  createPrivateFile,
  ensurePrivateFolder,
  errorCode,
  fsyncDir,
  fsyncFile,
  makeOwnerOnly,
} from './private-file';

/*
 * Backup files on disk: their names, the private folder they live in, and the one way a backup
 * gets its final name (checked temp file -> fsync -> rename). Nothing here touches the live
 * connection; `backup.ts` builds on this for snapshots of the open database, and open-database.ts
 * for the copy it keeps before a migration.
 *
 * Names: `mending-<UTC stamp>-<kind>[.<n>].sqlite3`, for example
 * `mending-2026-11-27T22-10-05Z-daily.sqlite3` or `mending-2026-11-27T22-10-05Z-before-migration-2.sqlite3`.
 * The stamp is UTC so names sort by time and never depend on the computer's zone; `.<n>` (2, 3, ...)
 * only appears when two backups of one kind are made within the same second.
 */

/** A partial file older than this was left by a crash, never by a backup still running. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;
const PARTIAL_PREFIX = '.partial-';

export type BackupKind = 'daily' | 'manual' | 'before-restore' | 'before-migration';

/** Why a backup was made; a migration backup also says which migration it came before. */
export type BackupReason =
  | { readonly kind: 'daily' | 'manual' | 'before-restore' }
  | { readonly kind: 'before-migration'; readonly migrationVersion: number };

/** A backup file found in the backups folder. */
export interface BackupFile {
  readonly fileName: string;
  readonly path: string;
  /** When it was made, a UTC ISO instant (to the second). */
  readonly createdAt: string;
  readonly kind: BackupKind;
  /** For `before-migration`: the first migration that ran after it; null otherwise. */
  readonly migrationVersion: number | null;
  /** 1 normally; 2, 3, ... for further backups of the same kind within the same second. */
  readonly sequence: number;
  readonly sizeBytes: number;
}

const NAME_PATTERN =
  /^mending-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z-(daily|manual|before-restore|before-migration-([1-9]\d{0,5}))(?:\.([2-9]|[1-9]\d{1,3}))?\.sqlite3$/;

/** What a backup's file name says about it, or null for any other file. */
export function parseBackupName(
  fileName: string,
): Pick<BackupFile, 'createdAt' | 'kind' | 'migrationVersion' | 'sequence'> | null {
  const match = NAME_PATTERN.exec(fileName);
  if (!match) return null;
  const [, day, hours, minutes, seconds, kindText = '', migration, sequence] = match;
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.000Z`;
  if (!isValidInstant(createdAt)) return null;
  const kind: BackupKind = kindText.startsWith('before-migration-')
    ? 'before-migration'
    : (kindText as Exclude<BackupKind, 'before-migration'>);
  return {
    createdAt,
    kind,
    migrationVersion: migration === undefined ? null : Number(migration),
    sequence: sequence === undefined ? 1 : Number(sequence),
  };
}

/** The file name for a backup made at `createdAt`; `sequence` > 1 tells apart same-second twins. */
export function backupFileName(createdAt: Date, reason: BackupReason, sequence = 1): string {
  const stamp = createdAt.toISOString().slice(0, 19).replaceAll(':', '-');
  const kind =
    reason.kind === 'before-migration'
      ? `before-migration-${reason.migrationVersion}`
      : reason.kind;
  return `mending-${stamp}Z-${kind}${sequence > 1 ? `.${sequence}` : ''}.sqlite3`;
}

/** Newest first: by time, then the later twin first. */
function newestFirst(a: BackupFile, b: BackupFile): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return b.sequence - a.sequence;
}

/**
 * Every backup in the folder, newest first; an empty list when the folder does not exist yet.
 * Only regular files whose names parse count: links, folders and anything a person dropped there
 * are never listed, so never restored from or pruned.
 */
export function listBackups(backupsDir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupsDir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const backups: BackupFile[] = [];
  for (const fileName of names) {
    const parsed = parseBackupName(fileName);
    if (!parsed) continue;
    const filePath = path.join(backupsDir, fileName);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(filePath);
    } catch {
      continue; // Removed meanwhile.
    }
    if (!stat.isFile()) continue;
    backups.push({ ...parsed, fileName, path: filePath, sizeBytes: stat.size });
  }
  return backups.sort(newestFirst);
}

/** Creates the backups folder if needed and keeps it private to its owner. */
export function ensureBackupsDir(backupsDir: string): void {
  ensurePrivateFolder(backupsDir);
}

/**
 * A new, empty, owner-only file in `dir` for a backup being written. Its name starts with a dot
 * and never parses as a backup, so a crash mid-write can never leave something that looks finished.
 */
export function createPartialFile(dir: string): string {
  removeStalePartials(dir);
  const filePath = path.join(dir, `${PARTIAL_PREFIX}${crypto.randomUUID()}.sqlite3`);
  createPrivateFile(filePath);
  partialsOfThisProcess.add(filePath);
  return filePath;
}

/**
 * Partial files this process made. Each is either still being written or read (a restore reads
 * its copy for a while) or already renamed or removed, so none is ever stale: the age test below
 * compares file times with the clock, which can jump forward mid-restore, and must only ever
 * judge files an earlier run left behind. (A second instance cannot write here: the shell holds
 * the single-instance lock.)
 */
const partialsOfThisProcess = new Set<string>();

/** Removes partial files a crash left behind (never one a running backup may still be writing). */
function removeStalePartials(dir: string): void {
  const cutoff = Date.now() - STALE_PARTIAL_MS;
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(PARTIAL_PREFIX)) continue;
    const filePath = path.join(dir, name);
    if (partialsOfThisProcess.has(filePath)) continue;
    try {
      if (fs.lstatSync(filePath).mtimeMs < cutoff) removeDatabaseFiles(filePath);
    } catch {
      // Another cleanup got there first.
    }
  }
}

/** Removes a database file and any journal SQLite may have left beside it. */
export function removeDatabaseFiles(filePath: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) {
    fs.rmSync(`${filePath}${suffix}`, { force: true });
  }
}

/** Why a file cannot serve as a backup. */
export type BackupProblem = 'damaged' | 'not_sqlite' | 'foreign' | 'too_new';

/**
 * A file that is not a usable backup. A class (against house style) so that callers can tell
 * this expected outcome from an I/O failure with `instanceof`.
 */
export class BackupCheckError extends Error {
  readonly problem: BackupProblem;

  constructor(problem: BackupProblem, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupCheckError';
    this.problem = problem;
  }
}

export interface CheckOptions {
  /** Mending's `PRAGMA application_id` (passed in: open-database.ts imports this module). */
  readonly applicationId: number;
  readonly nativeBinding?: string | undefined;
}

/** What a checked copy says about itself. */
export interface CheckedCopy {
  readonly userVersion: number;
}

/** Turns SQLite's complaint about a file into the problem a person can be told about. */
function problemFromSqlite(error: unknown): BackupCheckError {
  // SQLite's own wording stays in `cause`, for logs; people get plain words.
  if (errorCode(error) === 'SQLITE_NOTADB') {
    return new BackupCheckError('not_sqlite', 'it is not a database', { cause: error });
  }
  return new BackupCheckError('damaged', 'it is damaged', { cause: error });
}

/**
 * Checks a copy that this code owns (a partial file or a temp copy, never a stored backup, since
 * it writes): switches it to a single-file rollback journal, so that it never needs -wal or -shm
 * companions and opens read-only anywhere; then `integrity_check` must say 'ok', foreign keys must
 * hold, the application id must be Mending's, and the schema must be one this app knows.
 * `migrate`, when given, runs on the same connection after the checks (an older backup being
 * brought up to date before a restore) and the foreign keys are checked again after it.
 */
export function checkCopy(
  filePath: string,
  options: CheckOptions & { readonly migrate?: (db: Database.Database) => void },
): CheckedCopy {
  let db: Database.Database;
  try {
    db = new Database(filePath, { fileMustExist: true, nativeBinding: options.nativeBinding });
  } catch (error) {
    throw problemFromSqlite(error);
  }
  try {
    let applicationId: unknown;
    let userVersion: unknown;
    let integrity: unknown;
    let foreignKeyProblems: unknown[];
    try {
      db.pragma('journal_mode = DELETE');
      applicationId = db.pragma('application_id', { simple: true });
      userVersion = db.pragma('user_version', { simple: true });
      // A single row 'ok' when the file is sound; otherwise the first row is the first problem.
      integrity = db.pragma('integrity_check', { simple: true });
      foreignKeyProblems = db.prepare('PRAGMA foreign_key_check').all();
    } catch (error) {
      throw problemFromSqlite(error);
    }
    if (integrity !== 'ok') {
      throw new BackupCheckError('damaged', 'it is damaged', { cause: integrity });
    }
    if (foreignKeyProblems.length > 0) {
      throw new BackupCheckError(
        'damaged',
        'some of its entries point to entries it does not have',
      );
    }
    if (applicationId !== options.applicationId) {
      throw new BackupCheckError('foreign', 'it is not a Mending data file');
    }
    if (typeof userVersion !== 'number' || userVersion > LATEST_SCHEMA_VERSION) {
      throw new BackupCheckError('too_new', 'it was made by a newer version of Mending');
    }
    if (options.migrate) {
      options.migrate(db);
      if (db.prepare('PRAGMA foreign_key_check').all().length > 0) {
        throw new BackupCheckError('damaged', 'it could not be brought up to date');
      }
    }
    return { userVersion };
  } finally {
    db.close();
  }
}

/**
 * Gives a checked partial file its final backup name: fsync, then an atomic rename within the
 * folder, then fsync of the folder. An existing backup is never replaced: a same-second twin gets
 * the next sequence number. The name is chosen and the rename done with nothing awaited between,
 * so two backups running at once cannot pick the same name.
 */
export function commitBackup(
  partialPath: string,
  backupsDir: string,
  reason: BackupReason,
  createdAt: Date,
): BackupFile {
  makeOwnerOnly(partialPath);
  fsyncFile(partialPath);
  let sequence = 1;
  let fileName = backupFileName(createdAt, reason, sequence);
  while (fs.existsSync(path.join(backupsDir, fileName))) {
    sequence += 1;
    fileName = backupFileName(createdAt, reason, sequence);
  }
  const finalPath = path.join(backupsDir, fileName);
  fs.renameSync(partialPath, finalPath);
  fsyncDir(backupsDir);
  const parsed = parseBackupName(fileName);
  if (!parsed) throw new Error(`Made a backup name that does not parse: ${fileName}`);
  return { ...parsed, fileName, path: finalPath, sizeBytes: fs.statSync(finalPath).size };
}

/**
 * Copies a stored backup into a new partial file in `dir` and checks the copy; the stored backup
 * is only ever read. The caller owns the returned copy and must remove it.
 */
export function checkedCopyOf(
  backup: Pick<BackupFile, 'path'>,
  dir: string,
  options: CheckOptions & { readonly migrate?: (db: Database.Database) => void },
): { readonly path: string; readonly userVersion: number } {
  const copyPath = createPartialFile(dir);
  try {
    fs.copyFileSync(backup.path, copyPath);
    const { userVersion } = checkCopy(copyPath, options);
    return { path: copyPath, userVersion };
  } catch (error) {
    removeDatabaseFiles(copyPath);
    throw error;
  }
}

/**
 * Keeps a copy of a data file that is not open yet (before a migration), synchronously: a plain
 * file copy when there is no -wal file (then the main file holds every committed change), else
 * `VACUUM INTO` through a read-only connection, which reads the main file and its -wal together as
 * one consistent snapshot. (The online backup API would also do, but better-sqlite3 only offers it
 * asynchronously, and opening a database must stay synchronous.)
 */
export function backupClosedFile(
  filePath: string,
  backupsDir: string,
  reason: BackupReason,
  createdAt: Date,
  options: CheckOptions,
): BackupFile {
  ensureBackupsDir(backupsDir);
  const partialPath = createPartialFile(backupsDir);
  try {
    const walPath = `${filePath}-wal`;
    const hasWal = fs.existsSync(walPath) && fs.statSync(walPath).size > 0;
    if (hasWal) {
      // VACUUM INTO accepts an empty existing file, so the partial file keeps its private mode.
      const source = new Database(filePath, {
        readonly: true,
        fileMustExist: true,
        nativeBinding: options.nativeBinding,
      });
      try {
        source.prepare('VACUUM INTO ?').run(partialPath);
      } finally {
        source.close();
      }
    } else {
      fs.copyFileSync(filePath, partialPath);
    }
    checkCopy(partialPath, options);
    return commitBackup(partialPath, backupsDir, reason, createdAt);
  } catch (error) {
    removeDatabaseFiles(partialPath);
    throw error;
  }
}
