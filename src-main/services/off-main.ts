import type Database from 'better-sqlite3';
import { createBackup, DataFileDamagedError } from '../db/backup';
import {
  BackupCheckError,
  type BackupFile,
  type BackupProblem,
  type BackupReason,
} from '../db/backup-files';
import {
  checkForDamage,
  DatabaseOpenError,
  openDatabase,
  type DatabaseOpenFailure,
} from '../db/open-database';
import { generateSampleHere } from '../sample/sample-file';
import type { DeletionSummary } from '../shared/contract/data';
import type { ReportRequest } from '../shared/contract/report';
import type { ErrorCode } from '../shared/result';
import { eraseRecordsAndFiles } from './delete-everything-service';
import { createImportService, safetyCopyBeforeImport, type ImportOutcome } from './import-service';
import {
  createReportService,
  type RenderedReport,
  type RenderedReportFile,
} from './report-service';
import { ServiceError } from './service-error';

/**
 * Work that grows with the history and must not hold the main process's event loop (a window
 * whose main process is busy freezes): making and checking a backup, importing an export, building a
 * report, emptying the data file for Delete everything. In the app it runs in a worker thread on a connection of its own (src-main/app/
 * off-main-thread.ts); in unit tests that need no thread it runs inline on the given connection.
 * Both run the functions below, so the work and its messages are the same either way.
 */
export interface OffMainJobs {
  /**
   * The start's damage check of the data file (`checkForDamage`): true when checked and sound;
   * throws DatabaseOpenError when it is damaged or not SQLite.
   */
  readonly checkDataFile: {
    readonly input: { readonly path: string };
    readonly output: boolean;
  };
  /** A backup made, checked (integrity, foreign keys) and pruned, as `createBackup` does. */
  readonly createBackup: {
    readonly input: {
      readonly backupsDir: string;
      readonly reason: BackupReason;
      /** The backup's moment, UTC ISO (the main process's clock). */
      readonly now: string;
    };
    readonly output: BackupFile;
  };
  /**
   * Delete everything's heavy part (`eraseRecordsAndFiles`): every row deleted, VACUUM, TRUNCATE
   * checkpoint, then the backups and other leftover files removed; answers what went.
   * `databasePath` is the file the connection is on (its -wal is checked to be empty afterwards).
   */
  readonly eraseDataFile: {
    readonly input: { readonly databasePath: string; readonly backupsDir: string | null };
    readonly output: DeletionSummary;
  };
  /** Read, check, back up and replace everything with an export, as the import service does. */
  readonly importFile: { readonly input: ImportRequest; readonly output: ImportOutcome };
  /** The report's data read in one transaction and rendered to its HTML document. */
  readonly renderReport: { readonly input: ReportRequest; readonly output: RenderedReport };
  /** The same, as the bytes of the HTML file (handed over without a copy). */
  readonly renderReportFile: {
    readonly input: ReportRequest;
    readonly output: RenderedReportFile;
  };
  /**
   * "Explore with sample data": a new data file at `path` (not the person's own) made with the
   * app's schema and filled with the sample's made-up year, on a connection of its own that is
   * closed when the file is complete, then checked for damage (throws if damaged).
   */
  readonly writeSampleFile: {
    readonly input: { readonly path: string; readonly today: string; readonly timeZone: string };
    readonly output: true;
  };
}

export type OffMainJob = keyof OffMainJobs;

/** Runs a job away from the main thread's event loop and resolves to its result. */
export type OffMain = <J extends OffMainJob>(
  job: J,
  input: OffMainJobs[J]['input'],
) => Promise<OffMainJobs[J]['output']>;

export interface ImportRequest {
  readonly filePath: string;
  /** Where the safety copy goes; null when backups are not set up (no copy is made). */
  readonly backupsDir: string | null;
  /** The moment the safety copy is stamped with, UTC ISO (the main process's clock). */
  readonly now: string;
  readonly maxBytes?: number | undefined;
}

export interface OffMainSetup {
  /**
   * Lends the job a connection to the data file: the worker opens its own for each job (WAL lets
   * the main connection keep reading meanwhile) and closes it after; inline, the main one.
   */
  readonly withDb: <T>(work: (db: Database.Database) => Promise<T>) => Promise<T>;
  readonly nativeBinding?: string | undefined;
}

/** The jobs, run where `setup` says: the one implementation behind both the thread and inline. */
export function createOffMainJobs({ withDb, nativeBinding }: OffMainSetup): OffMain {
  const jobs: { readonly [J in OffMainJob]: OffMainHandler<J> } = {
    checkDataFile: async ({ path }) => checkForDamage(path, { nativeBinding }),
    createBackup: ({ backupsDir, reason, now }) =>
      withDb((db) => createBackup(db, backupsDir, reason, { now: new Date(now), nativeBinding })),
    eraseDataFile: ({ databasePath, backupsDir }) =>
      withDb(async (db) => eraseRecordsAndFiles(db, databasePath, backupsDir)),
    importFile: (request) =>
      withDb((db) =>
        createImportService(db, {
          maxBytes: request.maxBytes,
          backup:
            request.backupsDir === null
              ? undefined
              : safetyCopyBeforeImport(db, request.backupsDir, {
                  now: () => new Date(request.now),
                  nativeBinding,
                }),
        }).importFrom(request.filePath),
      ),
    renderReport: (request) => withDb(async (db) => createReportService(db).render(request)),
    renderReportFile: (request) =>
      withDb(async (db) => createReportService(db).renderFile(request)),
    writeSampleFile: async ({ path, today, timeZone }) => {
      const db = openDatabase(path, { nativeBinding });
      try {
        generateSampleHere(db, { today, timeZone });
      } finally {
        db.close();
      }
      // Checked here, once written and closed, so the main thread opens it without checking it
      // again (quick_check reads every page: a millisecond or more of the window's time).
      if (!checkForDamage(path, { nativeBinding })) {
        throw new Error('The sample file could not be checked once written.');
      }
      return true;
    },
  };
  // Async, so a job that throws at once rejects its promise rather than escaping the caller.
  return async (job, input) => jobs[job](input);
}

type OffMainHandler<J extends OffMainJob> = (
  input: OffMainJobs[J]['input'],
) => Promise<OffMainJobs[J]['output']>;

/** The inline runner: the same jobs on the main connection, for tests that need no thread. */
export function inlineOffMain(db: Database.Database, nativeBinding?: string): OffMain {
  return createOffMainJobs({ withDb: (work) => work(db), nativeBinding });
}

/**
 * An error as it crosses between threads: structured cloning keeps only a plain Error's message,
 * so what callers tell errors apart by (a ServiceError's code and field, a backup check's problem,
 * SQLite's or the system's error code, the cause) travels as plain data and is rebuilt.
 */
export interface ErrorMessage {
  readonly kind: 'service' | 'backup-check' | 'data-file-damaged' | 'open' | 'other';
  readonly name: string;
  readonly message: string;
  readonly code?: string | undefined;
  readonly field?: string | undefined;
  readonly problem?: string | undefined;
  /** A DatabaseOpenError's reason. */
  readonly reason?: string | undefined;
  readonly cause?: ErrorMessage | undefined;
}

const ERROR_CODES: readonly ErrorCode[] = [
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_channel',
  'untrusted_sender',
  'damaged',
  'internal',
];
const BACKUP_PROBLEMS: readonly BackupProblem[] = ['damaged', 'not_sqlite', 'foreign', 'too_new'];

const OPEN_FAILURES: readonly DatabaseOpenFailure[] = [
  'not_sqlite',
  'foreign',
  'too_new',
  'corrupt',
  'disk_full',
  'not_writable',
  'busy',
  'inaccessible',
  'engine',
  'pragma',
  'migration',
  'backup',
];

function isOpenFailure(reason: unknown): reason is DatabaseOpenFailure {
  return OPEN_FAILURES.some((known) => known === reason);
}

function isErrorCode(code: unknown): code is ErrorCode {
  return ERROR_CODES.some((known) => known === code);
}

function isBackupProblem(problem: unknown): problem is BackupProblem {
  return BACKUP_PROBLEMS.some((known) => known === problem);
}

/** The error as plain data (causes up to five deep, as diskProblemOf reads them). */
export function errorToMessage(error: unknown, depth = 0): ErrorMessage {
  if (!(error instanceof Error)) return { kind: 'other', name: 'Error', message: String(error) };
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const cause =
    error.cause !== undefined && depth < 5 ? errorToMessage(error.cause, depth + 1) : undefined;
  if (error instanceof ServiceError) {
    return { kind: 'service', name: error.name, message: error.message, code, field: error.field };
  }
  if (error instanceof DataFileDamagedError) {
    return { kind: 'data-file-damaged', name: error.name, message: error.message, cause };
  }
  if (error instanceof DatabaseOpenError) {
    return { kind: 'open', name: error.name, message: error.message, reason: error.reason, cause };
  }
  if (error instanceof BackupCheckError) {
    return {
      kind: 'backup-check',
      name: error.name,
      message: error.message,
      problem: error.problem,
      cause,
    };
  }
  return { kind: 'other', name: error.name, message: error.message, code, cause };
}

/** The error `errorToMessage` described, rebuilt so `instanceof` and `code` read as before. */
export function errorFromMessage(message: ErrorMessage): Error {
  const cause = message.cause === undefined ? undefined : errorFromMessage(message.cause);
  if (message.kind === 'service' && isErrorCode(message.code)) {
    return new ServiceError(message.code, message.message, message.field);
  }
  if (message.kind === 'data-file-damaged') return new DataFileDamagedError(cause);
  if (message.kind === 'open' && isOpenFailure(message.reason)) {
    return new DatabaseOpenError(message.reason, message.message, { cause });
  }
  if (message.kind === 'backup-check' && isBackupProblem(message.problem)) {
    return new BackupCheckError(message.problem, message.message, { cause });
  }
  const error = new Error(message.message, cause === undefined ? undefined : { cause });
  error.name = message.name;
  return message.code === undefined ? error : Object.assign(error, { code: message.code });
}
