import type Database from 'better-sqlite3';
import {
  BackupNotFoundError,
  DataFileDamagedError,
  createBackup,
  restoreBackup,
  type RestoreOutcome,
} from '../db/backup';
import { BackupCheckError, listBackups, type BackupFile } from '../db/backup-files';
import { DAMAGED_DATA, diskProblemOf, freeBytesAt } from '../db/private-file';
import type { Backup, RestoreSummary } from '../shared/contract/backup';
import { ServiceError } from './service-error';

export interface BackupServiceOptions {
  /** The backups folder; null when the data is not kept in a file, so there is nothing to copy. */
  readonly backupsDir: string | null;
  readonly now?: () => Date;
  /** better-sqlite3's addon for the side connections that check copies (see open-database.ts). */
  readonly nativeBinding?: string | undefined;
}

/** A backup as the renderer sees it: no paths, nothing about the folder's layout. */
function describe(backup: BackupFile): Backup {
  return {
    fileName: backup.fileName,
    createdAt: backup.createdAt,
    kind: backup.kind,
    migrationVersion: backup.migrationVersion,
    sizeBytes: backup.sizeBytes,
  };
}

function summary(outcome: RestoreOutcome): RestoreSummary {
  return {
    restoredFrom: describe(outcome.restoredFrom),
    keptAs: describe(outcome.keptAs),
    tables: outcome.tables.map(({ table, rows }) => ({ table, rows })),
  };
}

/**
 * Backups from Settings: list, make one now, restore one. Making and restoring are queued one
 * after the other, so two clicks can never interleave a restore with another backup or restore.
 */
export function createBackupService(db: Database.Database, options: BackupServiceOptions) {
  const now = options.now ?? (() => new Date());
  let queue: Promise<unknown> = Promise.resolve();

  function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  function requireFolder(): string {
    if (options.backupsDir === null) {
      throw new ServiceError(
        'conflict',
        'Backups are made only when your data is kept in a file, and this session keeps it in memory.',
      );
    }
    return options.backupsDir;
  }

  /** Turns an expected failure into a message; anything else stays an unexpected error. */
  function explained(error: unknown, action: string): unknown {
    if (error instanceof ServiceError) return error;
    if (error instanceof BackupNotFoundError) {
      return new ServiceError(
        'not_found',
        'That backup is no longer in the backups folder. Choose another one from the list.',
        'fileName',
      );
    }
    if (error instanceof DataFileDamagedError) {
      // No backup is kept from damaged data, so it can never push a good backup out. Restoring has
      // to happen at start, where the damaged file is set aside: SQLite cannot empty a damaged
      // table in place.
      return new ServiceError(
        'damaged',
        `${action} could not be made because your data file is damaged. No backup was made from ` +
          `it, so your good backups stay as they are. ${DAMAGED_DATA.advice}`,
      );
    }
    if (error instanceof BackupCheckError) {
      return new ServiceError(
        'conflict',
        `This backup can't be used: ${error.message}. Nothing was changed; choose another one.`,
        'fileName',
      );
    }
    const folder = options.backupsDir;
    const problem = diskProblemOf(error, 'write', {
      ...(folder === null ? {} : { freeBytes: () => freeBytesAt(folder) }),
    });
    if (problem) {
      return new ServiceError(
        'conflict',
        `${action} failed because ${problem.problem}. Nothing was changed. ${problem.advice}`,
      );
    }
    return error;
  }

  return {
    list(): { folder: string | null; backups: Backup[] } {
      if (options.backupsDir === null) return { folder: null, backups: [] };
      return { folder: options.backupsDir, backups: listBackups(options.backupsDir).map(describe) };
    },

    create(): Promise<Backup> {
      return oneAtATime(async () => {
        const folder = requireFolder();
        try {
          const backup = await createBackup(
            db,
            folder,
            { kind: 'manual' },
            {
              now: now(),
              nativeBinding: options.nativeBinding,
            },
          );
          return describe(backup);
        } catch (error) {
          throw explained(error, 'The backup');
        }
      });
    },

    restore(fileName: string): Promise<RestoreSummary> {
      return oneAtATime(async () => {
        const folder = requireFolder();
        try {
          const outcome = await restoreBackup(db, folder, fileName, {
            now: now(),
            nativeBinding: options.nativeBinding,
          });
          return summary(outcome);
        } catch (error) {
          throw explained(error, 'The restore');
        }
      });
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
