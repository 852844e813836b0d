import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { backupsFinished } from '../db/backup';
import { leftoverFiles, removeLeftoverFiles, type LeftoverFiles } from '../db/data-folder';
import { diskProblemOf, freeBytesAt } from '../db/private-file';
import { createDataRepo } from '../db/repositories/data-repo';
import type { DataCounts, DeletionSummary } from '../shared/contract/data';
import type { ClearBrowserData } from './ports';
import { ServiceError } from './service-error';

export interface DeleteEverythingOptions {
  /** The data file; ':memory:' or '' for a database with no file (tests). */
  readonly databasePath: string;
  /** The backups folder, or null when backups are not set up. */
  readonly backupsDir: string | null;
  /** Clears the browser engine's caches and storage (the app's window); absent in tests. */
  readonly clearBrowserData?: ClearBrowserData | undefined;
  /**
   * Empties the data file and removes the leftover files elsewhere (the worker thread's
   * `eraseDataFile` job, on a connection of its own) and answers what went; without it the work
   * is done on `db`, as in tests. Either way it is `eraseRecordsAndFiles` below that runs.
   */
  readonly eraseElsewhere?: (() => Promise<DeletionSummary>) | undefined;
}

const isFile = (databasePath: string) => databasePath !== ':memory:' && databasePath !== '';

/**
 * A disk problem in words (`what` says how far it got, ending in "because"), or the error
 * itself when it is not one a person can act on.
 */
function explained(error: unknown, what: string, databasePath: string): unknown {
  if (error instanceof ServiceError) return error;
  const problem = diskProblemOf(error, 'write', {
    ...(isFile(databasePath) ? { freeBytes: () => freeBytesAt(databasePath) } : {}),
  });
  if (!problem) return error;
  return new ServiceError(
    'conflict',
    `${what} ${problem.problem}. ${problem.advice} Then choose Delete everything again.`,
  );
}

/**
 * Empties the data file through SQLite so that no freed page or -wal frame keeps old text, and
 * answers how many records of each kind it deleted (counted inside the same transaction, so the
 * numbers are exactly what went).
 *
 * A plain DELETE is not enough, because SQLite leaves deleted text in free pages and in the -wal
 * file. Measured with the test in tests/services/delete-everything-service.test.ts: DELETE alone,
 * and DELETE with secure_delete, leave words in the data file; VACUUM with a PASSIVE checkpoint
 * leaves them in the -wal; VACUUM with a TRUNCATE checkpoint leaves none. So: VACUUM rebuilds the
 * file from the (empty) tables, and a TRUNCATE checkpoint copies that into the main file and cuts
 * the -wal to zero bytes. `secure_delete` is kept for the DELETEs too, so that if VACUUM fails (a
 * full disk) the freed pages are at least overwritten.
 *
 * It grows with the file (VACUUM rewrites it), so in the app it runs on the worker thread's own
 * connection to the same file (the off-main job `eraseDataFile`); `db` may be any connection to
 * the data file. Nothing can be written between the DELETE and the VACUUM: the router holds every
 * write from the window until Delete everything has finished (see router.ts), and the only other
 * writers, backups, are waited for before this starts.
 */
export function emptyDataFile(db: Database.Database, databasePath: string): DataCounts {
  const repo = createDataRepo(db);
  const wasSecure = Number(db.pragma('secure_delete', { simple: true }));
  db.pragma('secure_delete = ON');
  let counts: DataCounts;
  try {
    counts = db
      .transaction(() => {
        // Children and parents go in any order; the keys are checked at COMMIT (all empty).
        db.pragma('defer_foreign_keys = ON');
        const deleted = repo.counts();
        repo.deleteEveryRow();
        return deleted;
      })
      .immediate();
  } catch (error) {
    db.pragma(`secure_delete = ${wasSecure}`);
    throw explained(error, 'Nothing was deleted, because', databasePath);
  }
  try {
    db.exec('VACUUM');
    if (isFile(databasePath)) {
      const result = db.prepare<[], { busy: number }>('PRAGMA wal_checkpoint(TRUNCATE)').get();
      const walPath = `${databasePath}-wal`;
      const walLeft = fs.existsSync(walPath) ? fs.statSync(walPath).size : 0;
      if (result?.busy !== 0 || walLeft !== 0) {
        throw new ServiceError(
          'conflict',
          'Your records were deleted, but Mending could not yet clear them from its working ' +
            'file, because another part of the app was reading it. Your backups are still ' +
            'there. Choose Delete everything again to finish.',
        );
      }
    }
  } catch (error) {
    throw explained(
      error,
      'Your records were deleted, but Mending could not yet clear them from its file, and your ' +
        'backups are still there, because',
      databasePath,
    );
  } finally {
    db.pragma(`secure_delete = ${wasSecure}`);
  }
  return counts;
}

/**
 * The part of Delete everything that grows with the history: the data file emptied
 * (`emptyDataFile`), then every backup and other leftover file removed and their folders synced.
 * Deleting megabytes of backups and syncing folders are blocking calls too, so they go with the
 * erase (to the worker thread in the app). Answers what went.
 */
export function eraseRecordsAndFiles(
  db: Database.Database,
  databasePath: string,
  backupsDir: string | null,
): DeletionSummary {
  const counts = emptyDataFile(db, databasePath);
  if (!isFile(databasePath)) return { counts, backups: 0, otherFiles: 0 };
  let removed: LeftoverFiles;
  try {
    removed = removeLeftoverFiles(databasePath, backupsDir);
  } catch (error) {
    throw explained(
      error,
      'Your records were deleted, but not every backup could be removed, because',
      databasePath,
    );
  }
  return { counts, backups: removed.backups.length, otherFiles: removed.others.length };
}

/**
 * "Delete everything": every record, every backup, and every other file beside the data that
 * could hold the person's words, so that afterwards no file in the data folder holds any of it.
 *
 * The data file is emptied in place rather than closed and made anew: every service holds this
 * one connection, and the app must be usable at once. The file's owner-only mode is untouched:
 * it is the same file.
 */
export function createDeleteEverythingService(
  db: Database.Database,
  options: DeleteEverythingOptions,
) {
  const repo = createDataRepo(db);
  const { databasePath, backupsDir } = options;

  function summary(): DeletionSummary {
    const files = isFile(databasePath)
      ? leftoverFiles(databasePath, backupsDir)
      : { backups: [], others: [] };
    return {
      counts: repo.counts(),
      backups: files.backups.length,
      otherFiles: files.others.length,
    };
  }

  return {
    summary,

    /**
     * Waits for any backup being written (so none lands in the folder afterwards), then empties
     * the data file and removes the backups and other files (off the main thread when
     * `eraseElsewhere` is given), then clears the window's caches. The router holds every other write
     * until this has finished, so none can land in between.
     */
    async deleteEverything(): Promise<DeletionSummary> {
      await backupsFinished();
      const erased = options.eraseElsewhere
        ? await options.eraseElsewhere()
        : eraseRecordsAndFiles(db, databasePath, backupsDir);
      if (!isFile(databasePath)) return erased;
      try {
        await options.clearBrowserData?.();
      } catch (error) {
        console.error('Mending could not clear its window’s cache:', error);
        throw new ServiceError(
          'conflict',
          'Your records and backups were deleted, but Mending could not clear the cache of its ' +
            'own window. Choose Delete everything again to finish.',
        );
      }
      return erased;
    },
  };
}

export type DeleteEverythingService = ReturnType<typeof createDeleteEverythingService>;
