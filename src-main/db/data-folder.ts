import fs from 'node:fs';
import path from 'node:path';
import { listBackups } from './backup-files';
import { ensurePrivateFolder, errorCode, fsyncDir } from './private-file';

/**
 * The files around the data file that can hold a person's words, apart from the open database
 * itself: what "Delete everything" must remove for its promise to be true.
 */
export interface LeftoverFiles {
  /** Backups the app lists (daily, by hand, before an update, a restore or an import). */
  readonly backups: readonly string[];
  /**
   * Everything else that may hold old data: anything else in the backups folder (a partial copy a
   * crash left, a file a person dropped there), damaged files kept aside beside the data file
   * (`<name>.damaged-<stamp>` with their -wal/-shm/-journal), partial copies beside it (a restore
   * at start writes one there), and a stale rollback journal of the data file.
   */
  readonly others: readonly string[];
}

function entriesOf(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/** The backups and other leftovers that hold (or may hold) the person's data; paths, sorted. */
export function leftoverFiles(databasePath: string, backupsDir: string | null): LeftoverFiles {
  const backups = backupsDir === null ? [] : listBackups(backupsDir).map((b) => b.path);
  const listed = new Set(backups);
  const inBackupsFolder =
    backupsDir === null
      ? []
      : entriesOf(backupsDir)
          .map((name) => path.join(backupsDir, name))
          .filter((p) => !listed.has(p));
  const dataDir = path.dirname(databasePath);
  const base = path.basename(databasePath);
  const beside = entriesOf(dataDir)
    .filter(
      (name) =>
        name.startsWith(`${base}.damaged-`) ||
        name.startsWith('.partial-') ||
        name === `${base}-journal`,
    )
    .map((name) => path.join(dataDir, name))
    // The backups folder may sit anywhere the shell says; never count it twice.
    .filter((p) => p !== backupsDir);
  return {
    backups: [...backups].sort(),
    others: [...inBackupsFolder, ...beside].sort(),
  };
}

/**
 * Removes every leftover file (see leftoverFiles), then leaves an empty, owner-only backups
 * folder, as a first start would. The open database and its -wal/-shm are not touched: SQLite
 * owns them while the connection is open (the caller empties them through SQLite).
 */
export function removeLeftoverFiles(
  databasePath: string,
  backupsDir: string | null,
): LeftoverFiles {
  const found = leftoverFiles(databasePath, backupsDir);
  for (const file of [...found.backups, ...found.others]) {
    fs.rmSync(file, { recursive: true, force: true });
  }
  if (backupsDir !== null) {
    ensurePrivateFolder(backupsDir);
    fsyncDir(backupsDir);
  }
  fsyncDir(path.dirname(databasePath));
  return found;
}
