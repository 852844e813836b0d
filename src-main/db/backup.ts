import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { dayOfInstant } from '../shared/calendar';
import {
  BackupCheckError,
  checkCopy,
  checkedCopyOf,
  commitBackup,
  createPartialFile,
  ensureBackupsDir,
  listBackups,
  removeDatabaseFiles,
  type BackupFile,
  type BackupReason,
} from './backup-files';
import { chooseBackupsToKeep } from './backup-retention';
import { runMigrations } from './migrations/index';
import { APPLICATION_ID } from './open-database';
import { isDamageError } from './private-file';
import { createHabitScores } from './habit-scores';

export interface BackupOptions {
  /** When the backup is made (its name's timestamp). */
  readonly now: Date;
  /** better-sqlite3's addon for the side connections that check a copy (see open-database.ts). */
  readonly nativeBinding?: string | undefined;
  /**
   * Makes the backup elsewhere: in the app, the worker thread runs this same `createBackup` on a
   * connection of its own, so copying, syncing to disk and checking a large file (integrity and
   * foreign keys read every page) never freeze the window. Left out, it is made here. Not for a
   * restore's safety copy, which must be taken with nothing in between it and the replacement.
   */
  readonly createElsewhere?: ((reason: BackupReason, now: Date) => Promise<BackupFile>) | undefined;
}

/**
 * Makes a backup of the open database: a consistent snapshot with SQLite's online backup API
 * (better-sqlite3 copies 100 pages per turn of the event loop, so a large file never freezes the
 * app, and changes made meanwhile through this connection are carried into the copy), written to
 * a partial file, then checked (`checkCopy`), then renamed into place. Older backups are pruned
 * afterwards by the retention policy. A failure removes the partial file and keeps every backup.
 */
export function createBackup(
  db: Database.Database,
  backupsDir: string,
  reason: BackupReason,
  options: BackupOptions,
): Promise<BackupFile> {
  const task = options.createElsewhere
    ? options.createElsewhere(reason, options.now)
    : writeBackup(db, backupsDir, reason, options);
  running.add(task);
  const done = () => running.delete(task);
  task.then(done, done);
  return task;
}

/**
 * Backups being written right now (the daily one at start, one by hand, a safety copy). A backup
 * copies the file over several turns of the event loop; Delete everything waits for every one to
 * finish first, or a copy begun before it could land in the emptied folder afterwards.
 */
const running = new Set<Promise<BackupFile>>();

/** Resolves once no backup is being written (failed ones count as finished). */
export async function backupsFinished(): Promise<void> {
  while (running.size > 0) await Promise.allSettled([...running]);
}

async function writeBackup(
  db: Database.Database,
  backupsDir: string,
  reason: BackupReason,
  options: BackupOptions,
): Promise<BackupFile> {
  ensureBackupsDir(backupsDir);
  const partialPath = createPartialFile(backupsDir);
  let backup: BackupFile;
  try {
    try {
      await db.backup(partialPath);
      checkCopy(partialPath, {
        applicationId: APPLICATION_ID,
        nativeBinding: options.nativeBinding,
      });
    } catch (error) {
      // A snapshot that SQLite cannot read or that fails its checks means the live data is
      // damaged: such a copy is never kept, so it can never replace or push out a good backup.
      if (
        isDamageError(error) ||
        (error instanceof BackupCheckError &&
          (error.problem === 'damaged' || error.problem === 'not_sqlite'))
      ) {
        throw new DataFileDamagedError(error);
      }
      throw error;
    }
    backup = commitBackup(partialPath, backupsDir, reason, options.now);
  } catch (error) {
    removeDatabaseFiles(partialPath);
    throw error;
  }
  try {
    pruneBackups(backupsDir, options.now);
  } catch (error) {
    // The new backup is safe on disk; an old one left over is harmless and goes next time.
    console.error('Mending could not remove old backups:', error);
  }
  return backup;
}

/**
 * The open database is damaged: a snapshot of it could not be read or failed its checks, so no
 * backup was made. A class (against house style) so callers can tell it apart with `instanceof`.
 */
export class DataFileDamagedError extends Error {
  constructor(cause: unknown) {
    super('The data file is damaged, so no backup was made from it.', { cause });
    this.name = 'DataFileDamagedError';
  }
}

/** Removes the backups the retention policy no longer keeps; returns their file names. */
export function pruneBackups(backupsDir: string, now: Date): string[] {
  const all = listBackups(backupsDir);
  const kept = new Set(chooseBackupsToKeep(all, now).map((b) => b.fileName));
  const removed: string[] = [];
  for (const backup of all) {
    if (kept.has(backup.fileName)) continue;
    fs.rmSync(backup.path, { force: true });
    removed.push(backup.fileName);
  }
  return removed;
}

/**
 * The daily backup made when the app starts: at most one per local day, in the zone the caller
 * names (the computer's, passed explicitly by the shell). Resolves to the new backup, or null when
 * today already has one.
 */
export async function backupIfDue(
  db: Database.Database,
  backupsDir: string,
  options: BackupOptions & { readonly timeZone: string },
): Promise<BackupFile | null> {
  const today = dayOfInstant(options.now.toISOString(), options.timeZone);
  const hasToday = listBackups(backupsDir).some(
    (b) => b.kind === 'daily' && dayOfInstant(b.createdAt, options.timeZone) === today,
  );
  if (hasToday) return null;
  return createBackup(db, backupsDir, { kind: 'daily' }, options);
}

/** The backup a file name stands for, if it is one of those in the folder right now. */
export function findBackup(backupsDir: string, fileName: string): BackupFile | undefined {
  return listBackups(backupsDir).find((b) => b.fileName === fileName);
}

/** A backup that is not (or no longer) in the backups folder. */
export class BackupNotFoundError extends Error {
  constructor(fileName: string) {
    super(`There is no backup named ${fileName}.`);
    this.name = 'BackupNotFoundError';
  }
}

/** How many rows a restore put back, per table. */
export interface TableCount {
  readonly table: string;
  readonly rows: number;
}

export interface RestoreOutcome {
  readonly restoredFrom: BackupFile;
  /** The data as it was just before the restore, kept as a backup of its own. */
  readonly keptAs: BackupFile;
  readonly tables: readonly TableCount[];
}

/** An identifier from our own schema, quoted for SQL (names are never taken from outside). */
function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/** Brings a checked copy of an older backup up to this app's schema, with foreign keys enforced. */
function migrateCopy(copy: Database.Database): void {
  try {
    copy.pragma('foreign_keys = ON');
    runMigrations(copy);
  } catch (error) {
    throw new BackupCheckError('damaged', 'it could not be brought up to this version of Mending', {
      cause: error,
    });
  }
}

const SOURCE = 'restore_source';

/**
 * Replaces every row of every table with the rows of the checked copy at `sourcePath`, in ONE
 * transaction on the live connection, so the app keeps running and a failure changes nothing.
 * The table list comes from our own `sqlite_schema`. All tables are emptied before any is filled:
 * emptying a parent later would cascade (ON DELETE CASCADE) into child rows already copied.
 * `defer_foreign_keys` lets children arrive before their parents; the keys are checked at COMMIT.
 * Migration 006's triggers fire here too: copying check-ins drops habit score checkpoints, which
 * are derived data, so they are scored again from the restored check-ins at the end.
 */
function replaceAllData(db: Database.Database, sourcePath: string): TableCount[] {
  // ATTACH is not allowed inside a transaction, so it wraps the transaction.
  db.prepare(`ATTACH DATABASE ? AS ${SOURCE}`).run(sourcePath);
  try {
    return db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      const tables = db
        .prepare<[], string>(
          `SELECT name FROM main.sqlite_schema
           WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
        )
        .pluck()
        .all();
      const sourceTables = new Set(
        db
          .prepare<[], string>(`SELECT name FROM ${SOURCE}.sqlite_schema WHERE type = 'table'`)
          .pluck()
          .all(),
      );
      const columnsOf = db
        .prepare<[string], string>("SELECT name FROM pragma_table_info(?, 'main') ORDER BY cid")
        .pluck();

      for (const table of tables) db.prepare(`DELETE FROM main.${quoted(table)}`).run();
      const counts = tables.map((table) => {
        if (!sourceTables.has(table)) throw new Error(`The backup has no table ${table}.`);
        const columns = columnsOf.all(table).map(quoted).join(', ');
        const { changes } = db
          .prepare(
            `INSERT INTO main.${quoted(table)} (${columns})
             SELECT ${columns} FROM ${SOURCE}.${quoted(table)}`,
          )
          .run();
        return { table, rows: changes };
      });
      // A backup made before migration 006 has no checkpoints, and the copy order is by name:
      // score every habit again from what was restored, in the same transaction.
      createHabitScores(db).refreshAll();
      // AUTOINCREMENT counters, should a table ever use them, come back with the rows.
      if (sourceTables.has('sqlite_sequence')) {
        const hasOwn = db
          .prepare("SELECT 1 FROM main.sqlite_schema WHERE name = 'sqlite_sequence'")
          .get();
        if (hasOwn) {
          db.prepare('DELETE FROM main.sqlite_sequence').run();
          db.prepare(
            `INSERT INTO main.sqlite_sequence (name, seq) SELECT name, seq FROM ${SOURCE}.sqlite_sequence`,
          ).run();
        }
      }
      return counts;
    })();
  } finally {
    db.prepare(`DETACH DATABASE ${SOURCE}`).run();
  }
}

/**
 * Restores a backup into the open database, live:
 * 1. only a backup listed in the folder right now is accepted (never a path from outside);
 * 2. a temp copy of it is checked (integrity, foreign keys, application id, a schema not newer than
 *    ours) and an older one is brought up to date; the stored backup itself is only read;
 * 3. the current data is kept as a 'before-restore' backup (if that fails, nothing changes);
 * 4. every table's rows are replaced in one transaction.
 * Throws BackupNotFoundError or BackupCheckError before anything is written.
 */
export async function restoreBackup(
  db: Database.Database,
  backupsDir: string,
  fileName: string,
  options: BackupOptions,
): Promise<RestoreOutcome> {
  const backup = findBackup(backupsDir, fileName);
  if (!backup) throw new BackupNotFoundError(fileName);
  const copy = checkedCopyOf(backup, backupsDir, {
    applicationId: APPLICATION_ID,
    nativeBinding: options.nativeBinding,
    migrate: migrateCopy,
  });
  try {
    const keptAs = await createBackup(db, backupsDir, { kind: 'before-restore' }, options);
    // Nothing is awaited from here on: no request can change the data between the snapshot just
    // made and the replacement (the backup's promise settles in a microtask right after its last
    // step, before any other message is handled).
    const tables = replaceAllData(db, copy.path);
    return { restoredFrom: backup, keptAs, tables };
  } finally {
    removeDatabaseFiles(copy.path);
  }
}
