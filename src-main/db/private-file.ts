import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/*
 * Private files on disk, in one place: the owner-only modes, the one way a file is written (whole
 * or not at all), the syncs that make a rename durable, and the disk errors in words a person can
 * act on. It lives in `db/`, the lowest layer that touches the disk, so that the database, the
 * services and the shell all use the same code (they used to carry six copies of `errorCode` and
 * two `writePrivateFile`s that behaved differently).
 */

/** Readable and writable by their owner only: a person's mood and habits are nobody else's. */
export const PRIVATE_FILE_MODE = 0o600;
/** Only the owner may list or enter the folder. */
export const PRIVATE_FOLDER_MODE = 0o700;

/** The `code` of a Node or SQLite error (`ENOSPC`, `SQLITE_FULL`, ...), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** The kinds of disk trouble a person can do something about. */
export type DiskProblemKind =
  | 'full'
  | 'not_writable'
  | 'not_readable'
  | 'read_only_disk'
  | 'exists'
  | 'missing'
  | 'is_folder'
  | 'too_many_open'
  | 'io'
  | 'damaged'
  | 'busy'
  | 'cant_open';

export interface DiskProblem {
  readonly kind: DiskProblemKind;
  /** What went wrong, to follow "because": "your disk is full". */
  readonly problem: string;
  /** What to do about it, one sentence. */
  readonly advice: string;
}

const PROBLEMS: Readonly<Record<DiskProblemKind | 'missing_file', DiskProblem>> = {
  full: {
    kind: 'full',
    problem: 'your disk is full',
    advice:
      'Free some space on the disk (empty the bin, or move large files elsewhere), then try again.',
  },
  not_writable: {
    kind: 'not_writable',
    problem: 'Mending is not allowed to write in that folder (it is not writable for you)',
    advice:
      'Choose a folder of your own, or give yourself permission to write in this one, then try again.',
  },
  not_readable: {
    kind: 'not_readable',
    problem: 'Mending is not allowed to read it',
    advice: 'Check that the file is yours and that you can open it, then try again.',
  },
  read_only_disk: {
    kind: 'read_only_disk',
    problem: 'the disk is read-only',
    advice: 'Choose a folder on a disk that can be written to, then try again.',
  },
  exists: {
    kind: 'exists',
    problem: 'a file with that name appeared at the same moment',
    advice: 'Try again.',
  },
  missing: {
    kind: 'missing',
    problem: 'that folder no longer exists',
    advice: 'Choose another place, then try again.',
  },
  missing_file: {
    kind: 'missing',
    problem: 'it is no longer there',
    advice: 'Choose the file again, then try again.',
  },
  is_folder: {
    kind: 'is_folder',
    problem: 'a folder has that name',
    advice: 'Choose another name, then try again.',
  },
  too_many_open: {
    kind: 'too_many_open',
    problem: 'too many files are open on this computer right now',
    advice: 'Close a few programs, then try again.',
  },
  io: {
    kind: 'io',
    problem: 'the disk reported a read or write error',
    advice:
      'Check that the disk is still connected and working (a failing disk loses data), then try again.',
  },
  damaged: {
    kind: 'damaged',
    problem: 'your data file is damaged',
    advice:
      'Close Mending and open it again: it will offer to restore your newest good backup, and keep the damaged file.',
  },
  cant_open: {
    kind: 'cant_open',
    problem:
      'the file could not be opened: it may have been moved or renamed, or Mending may not be allowed to use it',
    advice: 'Check that the file is still there and that it is yours, then try again.',
  },
  busy: {
    kind: 'busy',
    problem: 'another program is using your data file right now',
    advice:
      'Close any other copy of Mending or any tool that may be copying the file, then try again.',
  },
};

/** What a damaged data file means for the person, and what to do. */
export const DAMAGED_DATA: DiskProblem = PROBLEMS.damaged;

/** Node's file-system codes, by kind. */
const NODE_CODES: Readonly<Record<string, DiskProblemKind>> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EFBIG: 'full',
  EACCES: 'not_writable',
  EPERM: 'not_writable',
  EROFS: 'read_only_disk',
  EEXIST: 'exists',
  ENOENT: 'missing',
  ENOTDIR: 'missing',
  EISDIR: 'is_folder',
  EMFILE: 'too_many_open',
  ENFILE: 'too_many_open',
  EIO: 'io',
};

/**
 * SQLite's primary codes, by kind. better-sqlite3 reports extended codes (`SQLITE_IOERR_WRITE`,
 * `SQLITE_READONLY_DIRECTORY`, `SQLITE_CORRUPT_INDEX`), so a code is matched by its primary part.
 */
const SQLITE_CODES: Readonly<Record<string, DiskProblemKind>> = {
  SQLITE_FULL: 'full',
  SQLITE_READONLY: 'not_writable',
  // SQLite says only "unable to open": a missing file, a folder, a refused permission all look
  // alike, so the file itself is asked (see cantOpenProblem).
  SQLITE_CANTOPEN: 'cant_open',
  SQLITE_CORRUPT: 'damaged',
  SQLITE_NOTADB: 'damaged',
  SQLITE_IOERR: 'io',
  SQLITE_BUSY: 'busy',
  SQLITE_LOCKED: 'busy',
};

/** The primary SQLite code of an extended one: `SQLITE_IOERR_WRITE` -> `SQLITE_IOERR`. */
function primarySqliteCode(code: string): string {
  const match = /^SQLITE_[A-Z]+/.exec(code);
  return match ? match[0] : code;
}

/**
 * Whether an error is SQLite's way of saying the file is full, when the real cause was the disk:
 * SQLite often reports ENOSPC on a write as `SQLITE_IOERR_WRITE` or `SQLITE_IOERR_FSYNC`, and
 * only its message keeps "database or disk is full".
 */
function saysDiskFull(error: unknown): boolean {
  return error instanceof Error && /disk is full|no space left/i.test(error.message);
}

/** What is known about the disk a failure happened on. */
export interface DiskContext {
  /**
   * Free bytes on the disk that holds the file (fs.statfsSync in the app). SQLite reports some
   * writes that fail for lack of space (growing the -shm index, fsync) as a plain "disk I/O
   * error"; with almost no space left, that is what it means.
   */
  readonly freeBytes?: () => number;
  /**
   * The file that was being opened, when known: SQLITE_CANTOPEN carries no errno, so the file is
   * looked at to tell a missing file from a folder or a refused permission.
   */
  readonly filePath?: string;
}

/** Less free space than this, and an I/O error on write is a full disk. */
export const ALMOST_FULL_BYTES = 1024 * 1024;

function isAlmostFull(context: DiskContext): boolean {
  try {
    return context.freeBytes !== undefined && context.freeBytes() < ALMOST_FULL_BYTES;
  } catch {
    return false; // No answer about the space: keep SQLite's own word.
  }
}

/** Free bytes (for an unprivileged user) on the disk that holds `target`. */
export function freeBytesAt(target: string): number {
  const stats = fs.statfsSync(target);
  return stats.bavail * stats.bsize;
}

/**
 * What a disk or SQLite error means for the person, or undefined for anything that is not a disk
 * problem (a bug stays a bug). `action` says whether the failing step was reading or writing, for
 * a refused permission.
 */
export function diskProblemOf(
  error: unknown,
  action: 'read' | 'write' = 'write',
  context: DiskContext = {},
): DiskProblem | undefined {
  // A wrapped error (say, "Migration 2 failed") keeps SQLite's own error as its cause.
  for (let cause = error, depth = 0; depth < 5; depth += 1) {
    const problem = ownDiskProblem(cause, action, context.filePath);
    if (problem?.kind === 'io' && isAlmostFull(context)) return PROBLEMS.full;
    if (problem !== undefined) return problem;
    if (!(cause instanceof Error) || cause.cause === undefined) return undefined;
    cause = cause.cause;
  }
  return undefined;
}

/**
 * Why SQLite could not open `filePath`, found by looking at it; the neutral words when the path
 * is unknown or nothing visible is wrong with it (SQLite also fails to open its journal or a
 * temporary file).
 */
function cantOpenProblem(action: 'read' | 'write', filePath: string | undefined): DiskProblem {
  if (filePath === undefined || filePath === ':memory:') return PROBLEMS.cant_open;
  try {
    if (fs.statSync(filePath).isDirectory()) return PROBLEMS.is_folder;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return fs.existsSync(path.dirname(filePath)) ? PROBLEMS.missing_file : PROBLEMS.missing;
    }
    return PROBLEMS.cant_open;
  }
  try {
    fs.accessSync(
      filePath,
      action === 'read' ? fs.constants.R_OK : fs.constants.R_OK | fs.constants.W_OK,
    );
  } catch {
    return action === 'read' ? PROBLEMS.not_readable : PROBLEMS.not_writable;
  }
  return PROBLEMS.cant_open;
}

function ownDiskProblem(
  error: unknown,
  action: 'read' | 'write',
  filePath: string | undefined,
): DiskProblem | undefined {
  const code = errorCode(error);
  if (code === undefined) return saysDiskFull(error) ? PROBLEMS.full : undefined;
  if (saysDiskFull(error)) return PROBLEMS.full;
  const kind = code.startsWith('SQLITE_')
    ? SQLITE_CODES[primarySqliteCode(code)]
    : NODE_CODES[code];
  if (kind === undefined) return undefined;
  if (kind === 'cant_open') return cantOpenProblem(action, filePath);
  if (kind === 'not_writable' && action === 'read') return PROBLEMS.not_readable;
  if (kind === 'missing' && action === 'read') return PROBLEMS.missing_file;
  return PROBLEMS[kind];
}

/** Whether an error says the data file is damaged (SQLITE_CORRUPT or SQLITE_NOTADB, any variant). */
export function isDamageError(error: unknown): boolean {
  return diskProblemOf(error)?.kind === 'damaged';
}

/** Creates a folder (and its parents) that only its owner may enter. */
export function ensurePrivateFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  // mkdir's mode is reduced by the umask and never applied to a folder that already exists.
  fs.chmodSync(dir, PRIVATE_FOLDER_MODE);
}

/**
 * Creates a new, empty, owner-only file; fails with EEXIST if something already has the name
 * ('wx'), so two writers can never share one file.
 */
export function createPrivateFile(filePath: string): void {
  const fd = fs.openSync(filePath, 'wx', PRIVATE_FILE_MODE);
  try {
    // The mode given to open() is reduced by the umask; this makes it exactly 0600.
    fs.fchmodSync(fd, PRIVATE_FILE_MODE);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes an existing file owner-only (0600); a file that does not exist is left alone. */
export function makeOwnerOnly(filePath: string): void {
  try {
    fs.chmodSync(filePath, PRIVATE_FILE_MODE);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

/** Flushes a file's bytes to the disk, so a rename can never expose an unwritten file. */
export function fsyncFile(filePath: string): void {
  const fd = fs.openSync(filePath, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename); not possible on Windows, where renames are durable. */
export function fsyncDir(dir: string): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(fd);
  } catch {
    // EISDIR/EPERM/EINVAL: this platform cannot sync a folder; the rename is as durable as it gets.
  } finally {
    fs.closeSync(fd);
  }
}

/** A new temporary file's path beside `target` (same folder, so a rename cannot cross disks). */
function tempPathBeside(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomUUID().slice(0, 8)}.tmp`,
  );
}

/**
 * Writes a file that only its owner can read, whole or not at all: the bytes go to a temporary
 * file beside the target (same folder, so the rename cannot cross disks), are flushed to disk,
 * the temporary file is renamed over the target, and the folder is flushed so the rename itself
 * survives a power cut. A failure removes the temporary file and rethrows the original error (use
 * `diskProblemOf` for its words); the target is then exactly as it was.
 */
export async function writePrivateFile(target: string, data: string | Uint8Array): Promise<void> {
  const folder = path.dirname(target);
  const temp = tempPathBeside(target);
  let isRenamed = false;
  try {
    const handle = await fs.promises.open(temp, 'wx', PRIVATE_FILE_MODE);
    try {
      await handle.chmod(PRIVATE_FILE_MODE);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temp, target);
    isRenamed = true;
    fsyncDir(folder);
  } finally {
    if (!isRenamed) await fs.promises.rm(temp, { force: true });
  }
}

/**
 * `writePrivateFile`, synchronously, for small files written as the app closes a window or quits:
 * a pending promise does not keep Electron from exiting, so an asynchronous write could be cut
 * off half way (the rename makes that harmless, but the new contents would be lost). Also used
 * when the appearance changes (window-state-file.ts), a rare write of a few hundred bytes.
 */
export function writePrivateFileSync(target: string, data: string | Uint8Array): void {
  const folder = path.dirname(target);
  const temp = tempPathBeside(target);
  let isRenamed = false;
  try {
    const fd = fs.openSync(temp, 'wx', PRIVATE_FILE_MODE);
    try {
      fs.fchmodSync(fd, PRIVATE_FILE_MODE);
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
    isRenamed = true;
    fsyncDir(folder);
  } finally {
    if (!isRenamed) fs.rmSync(temp, { force: true });
  }
}
