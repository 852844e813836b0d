import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { backupsFinished } from '../db/backup';
import { leftoverFiles, removeLeftoverFiles, type LeftoverFiles } from '../db/data-folder';
import { diskProblemOf, freeBytesAt } from '../db/private-file';
import { createDataRepo } from '../db/repositories/data-repo';
import type { DeletionSummary } from '../shared/contract/data';
import type { ClearBrowserData } from './ports';
import { ServiceError } from './service-error';

export interface DeleteEverythingOptions {
  /** The data file; ':memory:' or '' for a database with no file (tests). */
  readonly databasePath: string;
  /** The backups folder, or null when backups are not set up. */
  readonly backupsDir: string | null;
  /** Clears the browser engine's caches and storage (the app's window); absent in tests. */
  readonly clearBrowserData?: ClearBrowserData | undefined;
}

const isFile = (databasePath: string) => databasePath !== ':memory:' && databasePath !== '';

/**
 * "Delete everything": every record, every backup, and every other file beside the data that
 * could hold the person's words, so that afterwards no file in the data folder holds any of it.
 *
 * The data file is emptied in place rather than closed and made anew: every service holds this
 * one connection, and the app must be usable at once. A plain DELETE is not enough, because
 * SQLite leaves deleted text in free pages and in the -wal file. Measured with the test in
 * tests/services/delete-everything-service.test.ts: DELETE alone, and DELETE with secure_delete,
 * leave words in the data file; VACUUM with a PASSIVE checkpoint leaves them in the -wal; VACUUM
 * with a TRUNCATE checkpoint leaves none. So: VACUUM rebuilds the file from the (empty) tables,
 * and a TRUNCATE checkpoint copies that into the main file and cuts the -wal to zero bytes.
 * `secure_delete` is kept for the DELETEs too, so that if VACUUM fails (a full disk) the freed
 * pages are at least overwritten. The file's owner-only mode is untouched: it is the same file.
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

  /**
   * A disk problem in words (`what` says how far it got, ending in "because"), or the error
   * itself when it is not one a person can act on.
   */
  function explained(error: unknown, what: string): unknown {
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

  /** Empties the file through SQLite so that no freed page or -wal frame keeps old text. */
  function emptyDataFile(): void {
    const wasSecure = Number(db.pragma('secure_delete', { simple: true }));
    db.pragma('secure_delete = ON');
    try {
      db.transaction(() => {
        // Children and parents go in any order; the keys are checked at COMMIT (all empty).
        db.pragma('defer_foreign_keys = ON');
        repo.deleteEveryRow();
      }).immediate();
    } catch (error) {
      db.pragma(`secure_delete = ${wasSecure}`);
      throw explained(error, 'Nothing was deleted, because');
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
      );
    } finally {
      db.pragma(`secure_delete = ${wasSecure}`);
    }
  }

  return {
    summary,

    /**
     * Waits for any backup being written (so none lands in the folder afterwards), then deletes
     * everything without yielding: no other request can write in between.
     */
    async deleteEverything(): Promise<DeletionSummary> {
      await backupsFinished();
      const before = summary();
      emptyDataFile();
      if (!isFile(databasePath)) return before;
      let removed: LeftoverFiles;
      try {
        removed = removeLeftoverFiles(databasePath, backupsDir);
      } catch (error) {
        throw explained(
          error,
          'Your records were deleted, but not every backup could be removed, because',
        );
      }
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
      return {
        counts: before.counts,
        backups: removed.backups.length,
        otherFiles: removed.others.length,
      };
    },
  };
}

export type DeleteEverythingService = ReturnType<typeof createDeleteEverythingService>;
