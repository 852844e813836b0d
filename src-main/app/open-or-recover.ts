import { dateTimeInWords } from '../shared/locale-format';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { MessageBoxOptions } from 'electron';
import {
  BackupCheckError,
  checkCopy,
  checkedCopyOf,
  createPartialFile,
  listBackups,
  removeDatabaseFiles,
  type BackupFile,
} from '../db/backup-files';
import { APPLICATION_ID, DatabaseOpenError } from '../db/open-database';
import {
  diskProblemOf,
  ensurePrivateFolder,
  errorCode,
  fsyncDir,
  fsyncFile,
} from '../db/private-file';

/*
 * Opening the data file at start, and what happens when it cannot be read. The rule: nothing is
 * overwritten, moved or deleted unless the person said Restore, and even then the damaged file is
 * only renamed (to `<name>.damaged-<UTC stamp>`, beside it), never deleted.
 */

/** What the person can answer. */
export type RecoveryChoice = 'restore' | 'fresh' | 'quit' | 'restart' | 'later';

/** A question for the person; `choices` lists the buttons, the first one the default. */
export interface RecoveryQuestion {
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  readonly choices: readonly RecoveryChoice[];
}

export interface OpenOrRecoverOptions {
  readonly databasePath: string;
  readonly backupsDir: string;
  /**
   * Opens the data file (openDatabase with the app's options); throws (or rejects with)
   * DatabaseOpenError. The app checks the file for damage in its worker thread first.
   */
  readonly open: (databasePath: string) => Database.Database | Promise<Database.Database>;
  /** Shows a question (a message box in the app, a fake in tests) and resolves to the answer. */
  readonly ask: (question: RecoveryQuestion) => Promise<RecoveryChoice>;
  /** The zone in which to write the backup's date (the computer's, passed explicitly). */
  readonly timeZone: string;
  readonly now?: () => Date;
  readonly nativeBinding?: string | undefined;
}

export type OpenOutcome =
  | {
      readonly status: 'opened';
      readonly db: Database.Database;
      /** Set when a backup replaced a damaged file. */
      readonly recovered?: {
        readonly from: string;
        /** The unreadable (or empty) file's new name beside it; null when there was no file. */
        readonly damagedKeptAs: string | null;
      };
    }
  | { readonly status: 'quit' };

const TITLE = "Mending couldn't open your data";
const BUTTON_LABELS: Readonly<Record<RecoveryChoice, string>> = {
  restore: 'Restore',
  fresh: 'Start fresh',
  quit: 'Quit',
  restart: 'Restart Mending',
  later: 'Not now',
};

/** The message box options for a question, and how to read its answer back. */
export function messageBoxFor(question: RecoveryQuestion): {
  readonly options: MessageBoxOptions;
  readonly choiceAt: (response: number) => RecoveryChoice;
} {
  // Escape or closing the box means the answer that changes nothing: Quit, or Not now.
  const safeIndex = question.choices.findIndex((c) => c === 'quit' || c === 'later');
  const isOffer = question.choices.includes('restore') || question.choices.includes('restart');
  return {
    options: {
      type: isOffer ? 'warning' : 'error',
      title: question.title,
      message: question.message,
      detail: question.detail,
      buttons: question.choices.map((c) => BUTTON_LABELS[c]),
      defaultId: 0,
      cancelId: safeIndex === -1 ? 0 : safeIndex,
      noLink: true,
    },
    choiceAt: (response) => question.choices[response] ?? question.choices[safeIndex] ?? 'quit',
  };
}

/**
 * A backup's time in words, in the given zone and the system's locale, as the renderer writes it:
 * "Friday 27 November 2026, 22:10" in en-GB.
 */
export function backupDateInWords(createdAt: string, timeZone: string): string {
  return dateTimeInWords(createdAt, { timeZone });
}

function fileStamp(now: Date): string {
  return `${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z`;
}

/** A name beside the data file that nothing has yet: `<name>.damaged-<stamp>`, or `...-2`, ... */
function damagedName(databasePath: string, now: Date): string {
  const base = `${databasePath}.damaged-${fileStamp(now)}`;
  const isFree = (candidate: string) =>
    ['', '-wal', '-shm', '-journal'].every((suffix) => !fs.existsSync(candidate + suffix));
  let candidate = base;
  for (let n = 2; !isFree(candidate); n += 1) candidate = `${base}-${n}`;
  return candidate;
}

/** The newest backup whose copy passes every check, or null; the backups are only read. */
function newestGoodBackup(
  backupsDir: string,
  nativeBinding: string | undefined,
): BackupFile | null {
  for (const backup of listBackups(backupsDir)) {
    try {
      const copy = checkedCopyOf(backup, backupsDir, {
        applicationId: APPLICATION_ID,
        nativeBinding,
      });
      removeDatabaseFiles(copy.path);
      return backup;
    } catch (error) {
      if (!(error instanceof BackupCheckError)) throw error;
    }
  }
  return null;
}

/**
 * Puts a backup in place of the damaged data file. The copy is made and checked first, beside the
 * data file; only then is the damaged file (and any -wal, -shm, -journal) renamed aside, WAL
 * companions first so that no stale -wal could ever meet the restored file; then the checked copy
 * is renamed into place.
 */
function replaceWithBackup(
  databasePath: string,
  backup: BackupFile,
  damagedPath: string,
  nativeBinding: string | undefined,
): void {
  const folder = path.dirname(databasePath);
  const copyPath = createPartialFile(folder);
  try {
    fs.copyFileSync(backup.path, copyPath);
    checkCopy(copyPath, { applicationId: APPLICATION_ID, nativeBinding });
    fsyncFile(copyPath);
    for (const suffix of ['-wal', '-shm', '-journal', '']) {
      if (fs.existsSync(databasePath + suffix)) {
        fs.renameSync(databasePath + suffix, damagedPath + suffix);
      }
    }
    fs.renameSync(copyPath, databasePath);
    fsyncDir(folder);
  } catch (error) {
    removeDatabaseFiles(copyPath);
    throw error;
  }
}

/**
 * Puts the backup in place; when the disk refuses (full, not writable), says so in words and
 * answers false. replaceWithBackup removes its copy on failure and renames nothing before the
 * copy is whole, so the data file and the backups are then exactly as they were.
 */
async function restoredOrExplained(
  options: OpenOrRecoverOptions,
  backup: BackupFile,
  keptAs: string,
): Promise<boolean> {
  try {
    replaceWithBackup(options.databasePath, backup, keptAs, options.nativeBinding);
    return true;
  } catch (error) {
    const problem = diskProblemOf(error);
    if (problem === undefined) throw error;
    await options.ask({
      title: TITLE,
      message: `Mending could not restore the backup because ${problem.problem}. ${problem.advice}`,
      detail: `Nothing was changed: your data file and every backup are as they were.`,
      choices: ['quit'],
    });
    return false;
  }
}

/** Whether the data file is missing or empty (0 bytes): nothing in it to lose. */
function isMissingOrEmpty(databasePath: string): boolean {
  try {
    return fs.statSync(databasePath).size === 0 && !fs.existsSync(`${databasePath}-wal`);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return true;
    throw error;
  }
}

/**
 * A missing or empty data file while backups exist is not a first start: the file was lost (a
 * sync tool, a full disk, a mistaken clean-up). Opening it as a new database would show the
 * person an empty app with their history seemingly gone, so they are asked first: restore the
 * newest good backup, start fresh, or quit. Null when there is nothing to ask (a true first
 * start, or a file with data in it).
 */
async function askAboutMissingData(
  options: OpenOrRecoverOptions,
  now: Date,
): Promise<OpenOutcome | null> {
  const { databasePath, backupsDir, open, ask } = options;
  if (!isMissingOrEmpty(databasePath)) return null;
  if (listBackups(backupsDir).length === 0) return null;
  const backup = newestGoodBackup(backupsDir, options.nativeBinding);
  const isMissing = !fs.existsSync(databasePath);
  if (!backup) {
    const choice = await ask({
      title: 'Mending found backups but no data',
      message:
        `Your data file is ${isMissing ? 'missing' : 'empty'}, and none of the backups can be ` +
        'read (they are damaged). Start fresh with an empty journal?',
      detail:
        `Starting fresh keeps every backup as it is, in ${backupsDir}. If you choose Quit, ` +
        'nothing is changed.',
      choices: ['fresh', 'quit'],
    });
    return choice === 'fresh' ? null : { status: 'quit' };
  }
  const choice = await ask({
    title: 'Mending found backups but no data',
    message:
      `Your data file is ${isMissing ? 'missing' : 'empty'}, but there are backups. Restore the ` +
      `newest good one, from ${backupDateInWords(backup.createdAt, options.timeZone)}?`,
    detail:
      'Entries made after that backup are not in it. Start fresh opens an empty journal and ' +
      `keeps every backup, so you can still restore one later from Settings. The file is at ${databasePath}.`,
    choices: ['restore', 'fresh', 'quit'],
  });
  if (choice === 'quit') return { status: 'quit' };
  if (choice === 'fresh') return null;
  const keptAs = damagedName(databasePath, now);
  if (!(await restoredOrExplained(options, backup, keptAs))) return { status: 'quit' };
  try {
    return {
      status: 'opened',
      db: await open(databasePath),
      recovered: { from: backup.fileName, damagedKeptAs: isMissing ? null : path.basename(keptAs) },
    };
  } catch (reopenError) {
    if (!(reopenError instanceof DatabaseOpenError)) throw reopenError;
    await ask({ title: TITLE, message: reopenError.message, detail: '', choices: ['quit'] });
    return { status: 'quit' };
  }
}

/** Why the file can't be read, in a few words for the question. */
function whyUnreadable(error: DatabaseOpenError): string {
  return error.reason === 'not_sqlite' ? 'it no longer looks like a database' : 'it is damaged';
}

/**
 * Opens the data file. When it is damaged (reason 'corrupt' or 'not_sqlite'), offers the newest
 * backup that passes its checks, and restores it only if the person says Restore. Every other
 * failure (a file from another program or a newer version, a folder that can't be read, ...) is
 * explained and the app quits, with the file untouched.
 */
export async function openOrRecover(options: OpenOrRecoverOptions): Promise<OpenOutcome> {
  const { databasePath, backupsDir, open, ask } = options;
  const now = options.now ?? (() => new Date());
  // The app's own folder (Electron may have made it first, with the default mode): owner-only,
  // as the README promises, before anything is written in it.
  try {
    ensurePrivateFolder(path.dirname(databasePath));
  } catch (error) {
    const problem = diskProblemOf(error);
    await ask({
      title: TITLE,
      message:
        `Mending could not make its folder ${path.dirname(databasePath)} private to you` +
        (problem ? ` because ${problem.problem}. ${problem.advice}` : `: ${String(error)}.`),
      detail: 'Nothing was changed.',
      choices: ['quit'],
    });
    return { status: 'quit' };
  }
  const missing = await askAboutMissingData(options, now());
  if (missing !== null) return missing;
  try {
    return { status: 'opened', db: await open(databasePath) };
  } catch (error) {
    if (!(error instanceof DatabaseOpenError)) throw error;
    if (error.reason !== 'corrupt' && error.reason !== 'not_sqlite') {
      await ask({ title: TITLE, message: error.message, detail: '', choices: ['quit'] });
      return { status: 'quit' };
    }

    const why = whyUnreadable(error);
    const backup = newestGoodBackup(backupsDir, options.nativeBinding);
    if (!backup) {
      await ask({
        title: TITLE,
        message: `Your data file can't be read (${why}), and there is no backup to restore it from.`,
        detail:
          `Mending will close without changing anything. The file is at ${databasePath}; ` +
          'keep it if you may want to try to recover it later.',
        choices: ['quit'],
      });
      return { status: 'quit' };
    }

    const setAsideAt = now();
    const damagedPath = damagedName(databasePath, setAsideAt);
    const choice = await ask({
      title: TITLE,
      message:
        `Your data file can't be read (${why}). Restore the backup from ` +
        `${backupDateInWords(backup.createdAt, options.timeZone)}? Your damaged file will be kept ` +
        // The name's stamp is UTC (file names must sort the same in every zone), so the moment is
        // also said in the person's own time.
        `beside it as ${path.basename(damagedPath)} (set aside ` +
        `${backupDateInWords(setAsideAt.toISOString(), options.timeZone)}).`,
      detail:
        'Entries made after that backup are not in it. Nothing has been changed yet: if you ' +
        `choose Quit, your data file stays exactly as it is, at ${databasePath}.`,
      choices: ['restore', 'quit'],
    });
    if (choice !== 'restore') return { status: 'quit' };

    if (!(await restoredOrExplained(options, backup, damagedPath))) return { status: 'quit' };
    try {
      return {
        status: 'opened',
        db: await open(databasePath),
        recovered: { from: backup.fileName, damagedKeptAs: path.basename(damagedPath) },
      };
    } catch (reopenError) {
      if (!(reopenError instanceof DatabaseOpenError)) throw reopenError;
      await ask({ title: TITLE, message: reopenError.message, detail: '', choices: ['quit'] });
      return { status: 'quit' };
    }
  }
}
