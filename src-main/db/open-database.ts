import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BackupCheckError, backupClosedFile } from './backup-files';
import { createHabitScores } from './habit-scores';
import { LATEST_SCHEMA_VERSION, runMigrations } from './migrations/index';
import {
  PRIVATE_FOLDER_MODE,
  createPrivateFile as createOwnerOnlyFile,
  diskProblemOf,
  errorCode,
  freeBytesAt,
  makeOwnerOnly,
} from './private-file';

/** Marks a SQLite file as Mending's (`PRAGMA application_id`): the ASCII bytes 'MEND'. */
export const APPLICATION_ID = 0x4d454e44;

const BUSY_TIMEOUT_MS = 5000;

/** Why a data file was not opened. */
export type DatabaseOpenFailure =
  | 'not_sqlite'
  | 'foreign'
  | 'too_new'
  | 'corrupt'
  | 'disk_full'
  | 'not_writable'
  | 'busy'
  | 'inaccessible'
  | 'engine'
  | 'pragma'
  | 'migration'
  | 'backup';

/**
 * A data file that could not be opened, with a message a person can act on. A class (against
 * house style) so callers can tell it from a bug with `instanceof`.
 */
export class DatabaseOpenError extends Error {
  readonly reason: DatabaseOpenFailure;

  constructor(reason: DatabaseOpenFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseOpenError';
    this.reason = reason;
  }
}

export interface OpenDatabaseOptions {
  /**
   * Where better-sqlite3's compiled addon is, when it cannot find it itself (in the packaged app,
   * a build for Electron's ABI); undefined lets better-sqlite3 look it up as usual.
   */
  readonly nativeBinding?: string | undefined;
  /**
   * Where backups are kept. When given, a data file whose schema is about to be migrated is first
   * copied there (a 'before-migration-N' backup, N being the first migration to run), and nothing
   * is migrated unless that copy was made and checked.
   */
  readonly backupsDir?: string | undefined;
  /** The current instant, for the backup's name; injectable for tests. */
  readonly now?: (() => Date) | undefined;
  /**
   * Runs on the new connection before anything is written to it. Tests use it to make a full
   * disk happen on demand (`PRAGMA max_page_count`), since a real one can't be made here.
   */
  readonly onConnection?: ((db: Database.Database) => void) | undefined;
  /**
   * The caller has just run `checkForDamage` on the file (the app does, in its worker thread, so
   * a check that reads every page never holds the main thread): the quick check is not repeated.
   */
  readonly isCheckedForDamage?: boolean | undefined;
}

/** What a data file says about itself, read without writing to it. */
interface FileIdentity {
  readonly applicationId: number;
  readonly userVersion: number;
  readonly hasSchema: boolean;
}

const UNTOUCHED = 'The file was left untouched.';
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
// The 100-byte file header plus the 8-byte b-tree header of page 1, the root of sqlite_schema.
const HEADER_BYTES = 108;
const LEAF_TABLE_PAGE = 0x0d;

function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function notSqlite(filePath: string, cause?: unknown): DatabaseOpenError {
  return new DatabaseOpenError(
    'not_sqlite',
    `${filePath} is not a Mending data file (it is not a database at all). ${UNTOUCHED} ` +
      'Move it somewhere else, or choose another file.',
    { cause },
  );
}

function fromSqliteFailure(filePath: string, error: unknown): DatabaseOpenError {
  const code = errorCode(error);
  if (code === 'SQLITE_NOTADB') return notSqlite(filePath, error);
  if (code === 'MODULE_NOT_FOUND' || code === 'ERR_DLOPEN_FAILED') {
    return new DatabaseOpenError(
      'engine',
      `Mending's database engine could not be loaded (${errorDetail(error)}). ` +
        'Your data was not touched; reinstalling Mending should fix this.',
      { cause: error },
    );
  }
  if (code === 'SQLITE_CORRUPT') {
    return new DatabaseOpenError(
      'corrupt',
      `The data file ${filePath} is damaged and cannot be read (${errorDetail(error)}). ` +
        `${UNTOUCHED} Restore it from a backup, or move it aside to start afresh.`,
      { cause: error },
    );
  }
  return (
    diskFailure(filePath, error, UNTOUCHED) ??
    new DatabaseOpenError(
      'inaccessible',
      `Mending could not open its data file ${filePath}: ${errorDetail(error)}. ` +
        'Check that the file and its folder are yours, readable and writable, then try again.',
      { cause: error },
    )
  );
}

/**
 * A disk problem while opening or setting up the data file, in words: "your disk is full" and what
 * to do, rather than SQLite's "disk I/O error". Undefined for anything else.
 */
function diskFailure(
  filePath: string,
  error: unknown,
  whatHappened: string,
): DatabaseOpenError | undefined {
  const problem = diskProblemOf(error, 'write', {
    freeBytes: () => freeBytesAt(path.dirname(filePath)),
    filePath,
  });
  if (problem === undefined) return undefined;
  if (problem.kind === 'damaged') {
    return new DatabaseOpenError(
      errorCode(error)?.startsWith('SQLITE_NOTADB') ? 'not_sqlite' : 'corrupt',
      `The data file ${filePath} is damaged and cannot be read (${errorDetail(error)}). ` +
        `${whatHappened} Restore it from a backup, or move it aside to start afresh.`,
      { cause: error },
    );
  }
  const reason =
    problem.kind === 'full'
      ? 'disk_full'
      : problem.kind === 'not_writable' || problem.kind === 'read_only_disk'
        ? 'not_writable'
        : problem.kind === 'busy'
          ? 'busy'
          : 'inaccessible';
  return new DatabaseOpenError(
    reason,
    `Mending could not open its data file ${filePath} because ${problem.problem}. ` +
      `${whatHappened} ${problem.advice}`,
    { cause: error },
  );
}

/**
 * Reads the identity straight from the file header, or returns null for an empty file. Used when
 * no -wal file exists: then the main file holds every committed change, and reading the header
 * avoids SQLite's read-only connection, which creates -wal and -shm files beside a WAL-mode
 * database and leaves them behind.
 */
function readHeaderIdentity(filePath: string): FileIdentity | null {
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = fs.openSync(filePath, 'r');
  let bytesRead: number;
  try {
    bytesRead = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (bytesRead === 0) return null;
  if (bytesRead < HEADER_BYTES || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw notSqlite(filePath);
  }
  const rootPageType = header.readUInt8(100);
  const rootCellCount = header.readUInt16BE(103);
  return {
    userVersion: header.readInt32BE(60),
    applicationId: header.readInt32BE(68),
    hasSchema: !(rootPageType === LEAF_TABLE_PAGE && rootCellCount === 0),
  };
}

function readConnectionIdentity(db: Database.Database): FileIdentity {
  const applicationId = db.pragma('application_id', { simple: true });
  const userVersion = db.pragma('user_version', { simple: true });
  const schemaCount = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
  if (typeof applicationId !== 'number' || typeof userVersion !== 'number') {
    throw new Error('The file did not report its application id and schema version.');
  }
  return { applicationId, userVersion, hasSchema: schemaCount !== 0 };
}

/** The file's identity, read without writing to it; null for an empty file. */
function inspectExistingFile(filePath: string, options: OpenDatabaseOptions): FileIdentity | null {
  try {
    const headerIdentity = readHeaderIdentity(filePath);
    // A -wal file may hold changes newer than the header (say, after a crash), so ask SQLite. The
    // -wal already exists, so a read-only connection adds at most a -shm index; the main file and
    // the -wal are only read, and a read-only connection never checkpoints on close.
    if (headerIdentity === null || !fs.existsSync(`${filePath}-wal`)) return headerIdentity;
    const db = new Database(filePath, {
      readonly: true,
      fileMustExist: true,
      nativeBinding: options.nativeBinding,
    });
    try {
      return readConnectionIdentity(db);
    } finally {
      db.close();
    }
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    throw fromSqliteFailure(filePath, error);
  }
}

/** Refuses, before anything is written, a file that is not ours or is newer than this app. */
function assertOpenable(identity: FileIdentity, filePath: string): void {
  const isOurs = identity.applicationId === APPLICATION_ID;
  const isBlank = identity.applicationId === 0 && identity.userVersion === 0 && !identity.hasSchema;
  if (!isOurs && !isBlank) {
    throw new DatabaseOpenError(
      'foreign',
      `${filePath} is a database that belongs to another program, not a Mending data file. ` +
        `${UNTOUCHED} Choose another file, or move this one somewhere else.`,
    );
  }
  if (identity.userVersion > LATEST_SCHEMA_VERSION) {
    throw new DatabaseOpenError(
      'too_new',
      `This data file was made by a newer version of Mending (schema ${identity.userVersion}; ` +
        `this app knows up to ${LATEST_SCHEMA_VERSION}). Update the app to open it; ${UNTOUCHED.toLowerCase()}`,
    );
  }
}

/**
 * Creates an empty file only its owner can read. A missing folder is made owner-only; an existing
 * one is left as it is (it may be a folder the person shares with other things, and is theirs).
 */
function createPrivateFile(filePath: string): void {
  fs.mkdirSync(path.dirname(filePath), { recursive: true, mode: PRIVATE_FOLDER_MODE });
  // 'wx' fails if the file appeared meanwhile; the caller then inspects it like any existing file.
  createOwnerOnlyFile(filePath);
}

/**
 * Refuses, before anything is written, a data file or folder this user cannot write to: SQLite
 * would open such a file read-only without a word, and fail at the first save. (A process running
 * as root passes this check everywhere; SQLite's own SQLITE_READONLY is mapped the same way.)
 */
function assertWritable(filePath: string): void {
  for (const target of [path.dirname(filePath), filePath]) {
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch (error) {
      const isFolder = target !== filePath;
      throw new DatabaseOpenError(
        'not_writable',
        `Mending can't save your data: ${isFolder ? 'the folder' : 'the data file'} ${target} ` +
          `is not writable for you (${errorCode(error) ?? 'refused'}). ${UNTOUCHED} ` +
          `Give yourself permission to change ${isFolder ? 'that folder' : 'that file'}, then try again.`,
        { cause: error },
      );
    }
  }
}

/**
 * Makes sure the file exists and is safe to open for writing; returns what an existing file says
 * about itself (null for a new or empty file), and whether this call created it.
 */
function prepareFile(
  filePath: string,
  options: OpenDatabaseOptions,
): { readonly identity: FileIdentity | null; readonly isCreated: boolean } {
  try {
    createPrivateFile(filePath);
    return { identity: null, isCreated: true };
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') {
      const problem = diskProblemOf(error);
      throw new DatabaseOpenError(
        problem?.kind === 'full' ? 'disk_full' : 'not_writable',
        problem?.kind === 'full'
          ? `Mending could not create its data file ${filePath} because ${problem.problem}. ` +
              `Nothing was written. ${problem.advice}`
          : `Mending could not create its data file ${filePath}: the folder is not writable for you ` +
              `(${errorDetail(error)}). Give yourself permission to change that folder, then try again.`,
        { cause: error },
      );
    }
  }
  assertWritable(filePath);
  const identity = inspectExistingFile(filePath, options);
  if (identity !== null) assertOpenable(identity, filePath);
  return { identity, isCreated: false };
}

/** Keeps a checked copy of a data file whose schema is about to change, before it is opened. */
function backupBeforeMigration(
  filePath: string,
  identity: FileIdentity | null,
  options: OpenDatabaseOptions,
): void {
  const { backupsDir } = options;
  if (backupsDir === undefined || identity === null || !identity.hasSchema) return;
  if (identity.userVersion >= LATEST_SCHEMA_VERSION) return;
  try {
    backupClosedFile(
      filePath,
      backupsDir,
      { kind: 'before-migration', migrationVersion: identity.userVersion + 1 },
      options.now?.() ?? new Date(),
      { applicationId: APPLICATION_ID, nativeBinding: options.nativeBinding },
    );
  } catch (error) {
    // The copy is checked like any backup: if it is damaged, so is the file it came from.
    if (
      error instanceof BackupCheckError &&
      (error.problem === 'damaged' || error.problem === 'not_sqlite')
    ) {
      throw new DatabaseOpenError(
        'corrupt',
        `The data file ${filePath} is damaged and cannot be read (a copy of it did not ` +
          `pass the checks: ${error.message}). ${UNTOUCHED} Restore it from a backup, or move it aside ` +
          'to start afresh.',
        { cause: error },
      );
    }
    throw new DatabaseOpenError(
      'backup',
      `Mending needs to update its data file, but could not keep a copy of it first ` +
        `(${errorDetail(error)}). ${UNTOUCHED} Check that there is free space in ${backupsDir}, ` +
        'then try again.',
      { cause: error },
    );
  }
}

/** Keeps the data file and its WAL companions readable by their owner only. */
function restrictToOwner(filePath: string): void {
  for (const file of [filePath, `${filePath}-wal`, `${filePath}-shm`]) makeOwnerOnly(file);
}

function applyPragmas(db: Database.Database, isMemory: boolean): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
    db.pragma(`application_id = ${APPLICATION_ID}`);
  }

  // Read every setting back: SQLite ignores some pragmas silently (WAL on some network drives).
  const expected: ReadonlyArray<readonly [string, string | number]> = [
    ['journal_mode', isMemory ? 'memory' : 'wal'],
    ['synchronous', 2],
    ['foreign_keys', 1],
    ['application_id', APPLICATION_ID],
    ['busy_timeout', BUSY_TIMEOUT_MS],
  ];
  for (const [name, value] of expected) {
    const actual: unknown = db.pragma(name, { simple: true });
    if (actual !== value) {
      throw new DatabaseOpenError(
        'pragma',
        `Mending could not set up its data file safely: ${name} is ${String(actual)} instead of ` +
          `${String(value)}. If the file is on a network or cloud drive, move it to a folder on ` +
          'this computer and try again.',
      );
    }
  }
}

/**
 * Finds damage at start, cheaply: `quick_check` reads every page of every table and index and
 * checks each b-tree's shape, but not that indexes match their tables, so it costs less than
 * `integrity_check` (which every backup copy still gets). On a ten-year file (2 MB) it took about
 * 30 ms against about 40 ms for integrity_check, on a busy 2-core machine; see
 * tests/bench/open-check.bench.ts. A root page overwritten with garbage, the damage a crash on a
 * failing disk leaves, is found either way.
 */
function assertUndamaged(db: Database.Database, filePath: string): void {
  let result: unknown;
  try {
    result = db.pragma('quick_check(1)', { simple: true });
  } catch (error) {
    throw fromSqliteFailure(filePath, error);
  }
  if (result !== 'ok') {
    throw new DatabaseOpenError(
      'corrupt',
      `The data file ${filePath} is damaged and cannot be read (${String(result)}). ` +
        `${UNTOUCHED} Restore it from a backup, or move it aside to start afresh.`,
    );
  }
}

/**
 * The damage check openDatabase makes at start (`quick_check`), on a read-only connection of its
 * own, for the worker thread. Throws the same DatabaseOpenError for a damaged file or one that is
 * not SQLite; answers true when the file was checked and is sound, and false when it could not be
 * checked this way (missing, no tables yet, a WAL a read-only connection cannot open): then
 * openDatabase checks it itself, as it always has.
 */
export function checkForDamage(
  filePath: string,
  options: { readonly nativeBinding?: string | undefined } = {},
): boolean {
  let db: Database.Database;
  try {
    db = new Database(filePath, {
      readonly: true,
      fileMustExist: true,
      nativeBinding: options.nativeBinding,
    });
  } catch {
    return false;
  }
  try {
    let hasSchema: boolean;
    try {
      hasSchema = db.prepare('SELECT 1 FROM sqlite_schema LIMIT 1').get() !== undefined;
    } catch (error) {
      const failure = fromSqliteFailure(filePath, error);
      if (failure.reason === 'corrupt' || failure.reason === 'not_sqlite') throw failure;
      return false;
    }
    if (!hasSchema) return false;
    try {
      assertUndamaged(db, filePath);
    } catch (error) {
      if (
        error instanceof DatabaseOpenError &&
        (error.reason === 'corrupt' || error.reason === 'not_sqlite')
      ) {
        throw error;
      }
      return false;
    }
    return true;
  } finally {
    db.close();
  }
}

/** Sets up an open connection: identity, damage check, privacy, pragmas, migrations. */
function setUp(
  db: Database.Database,
  filePath: string,
  isMemory: boolean,
  options: OpenDatabaseOptions,
): void {
  let identity: FileIdentity;
  try {
    identity = readConnectionIdentity(db);
  } catch (error) {
    throw fromSqliteFailure(filePath, error);
  }
  // Checked again through the connection that will write, in case the file changed since.
  assertOpenable(identity, filePath);
  if (!isMemory && identity.hasSchema && options.isCheckedForDamage !== true) {
    assertUndamaged(db, filePath);
  }
  // Before WAL is switched on: SQLite gives new -wal and -shm files the main file's mode.
  if (!isMemory) restrictToOwner(filePath);
  options.onConnection?.(db);
  try {
    applyPragmas(db, isMemory);
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    throw diskFailure(filePath, error, 'Nothing was changed.') ?? error;
  }
  try {
    runMigrations(db);
  } catch (error) {
    const undone = 'The failed step was undone, so your entries are as they were.';
    throw (
      diskFailure(filePath, error, undone) ??
      new DatabaseOpenError(
        'migration',
        `Mending could not update its data file to this version: ${errorDetail(error)}. ${undone}`,
        { cause: error },
      )
    );
  }
  try {
    // A file whose check-ins were written without their score checkpoints (by a version before
    // migration 006, or by a tool writing SQL) gets them once, so every later open reads a month.
    db.transaction(() => createHabitScores(db).refreshAll())();
  } catch (error) {
    // Checkpoints only make reads faster, and every read is right without them: a file that
    // cannot take them now (a full disk, a read-only folder) still opens, and the next save names
    // the problem. Damage is another matter, and is said as such.
    const problem = diskFailure(filePath, error, 'Nothing was changed.');
    if (problem === undefined || problem.reason === 'corrupt' || problem.reason === 'not_sqlite') {
      throw problem ?? error;
    }
  }
}

/**
 * Opens (or creates) Mending's data file: refuses files that are not ours, are too new, cannot be
 * written or are damaged, without writing to them; keeps the file private to its owner; sets and
 * checks the pragmas the app relies on (WAL, synchronous FULL, foreign keys, busy timeout), and
 * brings the schema up to date (after keeping a copy in `options.backupsDir`, when given). When
 * it created the file itself and setting it up fails (a full disk), it removes what it made, so a
 * failed first start leaves nothing half made behind. `':memory:'` is accepted for tests.
 */
export function openDatabase(
  filePath: string,
  options: OpenDatabaseOptions = {},
): Database.Database {
  const isMemory = filePath === ':memory:';
  let isCreated = false;
  if (!isMemory) {
    const prepared = prepareFile(filePath, options);
    isCreated = prepared.isCreated;
    try {
      backupBeforeMigration(filePath, prepared.identity, options);
    } catch (error) {
      if (isCreated) removeNewFile(filePath);
      throw error;
    }
  }

  let db: Database.Database;
  try {
    db = new Database(filePath, {
      fileMustExist: !isMemory,
      timeout: BUSY_TIMEOUT_MS,
      nativeBinding: options.nativeBinding,
    });
  } catch (error) {
    if (isCreated) removeNewFile(filePath);
    throw fromSqliteFailure(filePath, error);
  }

  try {
    setUp(db, filePath, isMemory, options);
  } catch (error) {
    db.close();
    if (isCreated) removeNewFile(filePath);
    throw error;
  }
  return db;
}

/** Removes a data file this start created and could not finish, with anything SQLite added. */
function removeNewFile(filePath: string): void {
  for (const suffix of ['-wal', '-shm', '-journal', '']) {
    fs.rmSync(`${filePath}${suffix}`, { force: true });
  }
}
