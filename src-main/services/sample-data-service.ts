import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from '../db/open-database';
import { ensurePrivateFolder, fsyncDir } from '../db/private-file';
import type { FileDialogs } from './ports';

/*
 * "Explore with sample data": a made-up history in a file of its own, in a folder of its own
 * (`sample/` beside the person's data file), so that it can never be mixed with the person's own
 * entries and can be removed in one step, with whatever was typed into it while exploring.
 */

/** The folder the sample lives in, inside the app's data folder. */
export const SAMPLE_FOLDER_NAME = 'sample';
/** The sample's data file, inside its folder. */
export const SAMPLE_FILE_NAME = 'mending-sample.sqlite3';

/** Writes a made-up history ending on `today` into an opened, migrated, empty database. */
export type GenerateSample = (
  db: Database.Database,
  options: { readonly today: string; readonly timeZone: string },
) => void;

/**
 * The sample's folder for a data file: `sample/` beside it. Null for an in-memory database
 * (tests): its sample is in memory too, so there is no file to remove.
 */
export function sampleFolderOf(databasePath: string): string | null {
  if (databasePath === ':memory:' || databasePath === '') return null;
  return path.join(path.dirname(databasePath), SAMPLE_FOLDER_NAME);
}

/**
 * Removes the sample's folder and everything in it (the data file, its -wal and -shm, anything a
 * crash left half made). Nothing of the person's own is ever in it. A folder that is not there is
 * fine: there was nothing to remove.
 */
export function removeSampleFolder(folder: string | null): void {
  if (folder === null) return;
  if (!fs.existsSync(folder)) return;
  fs.rmSync(folder, { recursive: true, force: true });
  // So that the removal survives a power cut straight after leaving.
  fsyncDir(path.dirname(folder));
}

/**
 * The same removal without holding the event loop: deleting a year's file and syncing the folder
 * take several milliseconds of blocking calls, which leaving the sample, while the window waits,
 * does on libuv's threads instead. Resolves once the folder is gone and the removal is synced.
 */
export async function removeSampleFolderAsync(folder: string | null): Promise<void> {
  if (folder === null) return;
  await fs.promises.rm(folder, { recursive: true, force: true });
  let parent: fs.promises.FileHandle;
  try {
    parent = await fs.promises.open(path.dirname(folder), 'r');
  } catch {
    return;
  }
  try {
    await parent.sync();
  } catch {
    // EISDIR/EPERM/EINVAL: this platform cannot sync a folder (as fsyncDir says).
  } finally {
    await parent.close();
  }
}

/**
 * Writes a complete sample file at `databasePath` (opened, filled and closed again) and checks it
 * for damage, off the main thread: the shell runs it in the off-main worker (the
 * `writeSampleFile` job in off-main.ts, which does both). The main thread then opens the file
 * without checking it again.
 */
export type MakeSampleFile = (request: {
  readonly databasePath: string;
  readonly today: string;
  readonly timeZone: string;
  readonly nativeBinding?: string | undefined;
}) => Promise<void>;

/**
 * Makes a fresh sample: removes any old one, makes a new data file in an owner-only folder (the
 * same checks, modes and pragmas as the person's own file, by the same openDatabase) filled with
 * made-up history, and opens it. With `makeFile` the history is written off the main thread and
 * only the finished file is opened here; without it (tests, an in-memory sample) `generate` writes
 * it on this connection. If anything fails, nothing of the sample is left behind.
 */
export async function openFreshSample(
  folder: string | null,
  options: {
    readonly today: string;
    readonly timeZone: string;
    readonly generate: GenerateSample;
    readonly makeFile?: MakeSampleFile | undefined;
    readonly nativeBinding?: string | undefined;
  },
): Promise<{ readonly db: Database.Database; readonly databasePath: string }> {
  removeSampleFolder(folder);
  const databasePath = folder === null ? ':memory:' : path.join(folder, SAMPLE_FILE_NAME);
  if (folder !== null) ensurePrivateFolder(folder);
  const { today, timeZone, nativeBinding } = options;
  let db: Database.Database | undefined;
  try {
    if (options.makeFile !== undefined && folder !== null) {
      await options.makeFile({ databasePath, today, timeZone, nativeBinding });
      db = openDatabase(databasePath, { nativeBinding, isCheckedForDamage: true });
    } else {
      // No backupsDir: a new file has nothing to keep a copy of, and the sample is never backed up.
      db = openDatabase(databasePath, { nativeBinding });
      options.generate(db, { today, timeZone });
    }
    return { db, databasePath };
  } catch (error) {
    db?.close();
    removeSampleFolder(folder);
    throw error;
  }
}

/** Words that mark a saved file as the sample's, in the save dialog's title and suggested name. */
export const SAMPLE_FILE_PREFIX = 'sample-data-';
export const SAMPLE_DIALOG_NOTE = ' (made-up sample data, not yours)';

/**
 * The file dialogs while exploring: anything saved from the sample (an export, a CSV, a report)
 * says so in the dialog's title and in the name it suggests, so it is never taken for the
 * person's own later.
 */
export function sampleFileDialogs(files: FileDialogs | undefined): FileDialogs | undefined {
  if (files === undefined) return undefined;
  return {
    chooseSavePath: (options) =>
      files.chooseSavePath({
        ...options,
        title: `${options.title}${SAMPLE_DIALOG_NOTE}`,
        defaultName: `${SAMPLE_FILE_PREFIX}${options.defaultName}`,
      }),
    chooseOpenPath: (options) => files.chooseOpenPath(options),
  };
}
