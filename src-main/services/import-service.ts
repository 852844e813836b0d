import { promises as fs } from 'node:fs';
import { formatCount } from '../shared/locale-format';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { createBackup } from '../db/backup';
import { createHabitScores } from '../db/habit-scores';
import { diskProblemOf } from '../db/private-file';
import { createDataRepo } from '../db/repositories/data-repo';
import { createSettingsRepo } from '../db/repositories/settings-repo';
import type { SettingKey } from '../shared/domain/settings';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  EXPORT_ROW_LABELS,
  IMPORT_MAX_BYTES,
  exportFileSchema,
  showValue,
  type DataCounts,
  type ExportFile,
  type ExportTableKey,
} from '../shared/contract/data';
import { countRows, requireDialogs } from './export-service';
import type { FileDialogs } from './ports';
import { ServiceError } from './service-error';

/** The backup kept of the data an import replaced. */
export interface SafetyCopy {
  readonly fileName: string;
  /** When it was made, UTC: the screen says it in the person's own time, never as a file name. */
  readonly createdAt: string;
}

export interface ImportServiceOptions {
  /** The largest file read, in bytes; 200 MB unless a test asks for less. */
  readonly maxBytes?: number;
  /**
   * Saves a copy of the current data before it is replaced; resolves to the copy's file name and
   * when it was made. Left out when backups are not set up: the import then goes ahead without one.
   */
  readonly backup?: (() => Promise<SafetyCopy>) | undefined;
  /** The open dialog, for the use case that asks the person which file to import. */
  readonly files?: FileDialogs | undefined;
  /**
   * Runs `importFrom` for the chosen file elsewhere: in the app, a worker thread with its own
   * connection runs this same service there (see off-main.ts), so a ten-year file never freezes
   * the window. Left out, the import runs here.
   */
  readonly importElsewhere?: ((filePath: string) => Promise<ImportOutcome>) | undefined;
}

/** What an import did: the file's name, the rows it wrote, and the safety copy made first. */
export interface ImportOutcome {
  readonly fileName: string;
  readonly counts: DataCounts;
  readonly backup: SafetyCopy | null;
}

/**
 * The safety copy made before an import replaces everything. The backups module has no
 * 'before-import' kind; an import replaces the data the way a restore does, so its copy is made
 * and kept the way a restore's is.
 */
export function safetyCopyBeforeImport(
  db: Database.Database,
  backupsDir: string,
  options: { readonly now: () => Date; readonly nativeBinding?: string | undefined },
): () => Promise<SafetyCopy> {
  return async () => {
    const backup = await createBackup(
      db,
      backupsDir,
      { kind: 'before-restore' },
      { now: options.now(), nativeBinding: options.nativeBinding },
    );
    return { fileName: backup.fileName, createdAt: backup.createdAt };
  };
}

const NOTHING_CHANGED = 'Nothing was changed.';

function refuse(message: string): ServiceError {
  return new ServiceError('invalid_input', `${message} ${NOTHING_CHANGED}`);
}

function megabytes(bytes: number): string {
  return `${formatCount(Math.ceil(bytes / (1024 * 1024)))} MB`;
}

/**
 * Reads an export as text, refusing before reading anything a file that is too big to be one
 * (and could exhaust memory), is empty, or is not UTF-8 text.
 */
export async function readExportFile(
  filePath: string,
  maxBytes: number = IMPORT_MAX_BYTES,
): Promise<string> {
  const name = path.basename(filePath);
  let bytes: Buffer;
  try {
    const handle = await fs.open(filePath, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) {
        throw refuse(
          `${name} is ${megabytes(size)}, more than the ${megabytes(maxBytes)} a Mending export can be: ` +
            'check that you chose a Mending export.',
        );
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    const problem = diskProblemOf(error, 'read');
    const reason =
      problem === undefined
        ? 'the system refused to read it'
        : problem.kind === 'is_folder'
          ? 'it is a folder'
          : problem.problem;
    throw refuse(`Mending could not read ${name}: ${reason}.`);
  }
  // Checked again after reading, in case the file grew in between.
  if (bytes.length > maxBytes) {
    throw refuse(`${name} is more than the ${megabytes(maxBytes)} a Mending export can be.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse(`${name} is not a Mending export: it is not a text file.`);
  }
  if (text.trim() === '' || text === '\uFEFF') {
    throw refuse(
      `${name} is empty: it may have been cut off while copying, or it is not a Mending export.`,
    );
  }
  return text;
}

/** True when JSON text stops inside a string, object or list: it was cut off, not mistyped. */
function endsEarly(text: string): boolean {
  let depth = 0;
  let isInString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (isInString) {
      if (c === 0x5c)
        i += 1; // a backslash escapes the next character
      else if (c === 0x22) isInString = false;
    } else if (c === 0x22) isInString = true;
    else if (c === 0x7b || c === 0x5b) depth += 1;
    else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return isInString || depth > 0;
}

/** Line and column of a JSON.parse error, when the engine says where it was. */
function whereInText(text: string, error: unknown): string {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!match) return '';
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

function parseJson(text: string): unknown {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const first = body.trimStart()[0];
    if (first !== '{' && first !== '[') {
      throw refuse('This file is not a Mending export: it is not a JSON file.');
    }
    if (endsEarly(body)) {
      throw refuse('The file ends too early: it may have been cut off while copying.');
    }
    throw refuse(`The file is damaged: it is not valid JSON${whereInText(body, error)}.`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `at` inside the parsed file, or undefined when there is none. */
function valueAt(root: unknown, at: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of at) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function pathText(at: readonly PropertyKey[]): string {
  return at
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function isTableKey(key: unknown): key is ExportTableKey {
  return typeof key === 'string' && Object.hasOwn(EXPORT_ROW_LABELS, key);
}

/** What a type check expected, in words. */
const EXPECTED: Readonly<Record<string, string>> = {
  array: 'a list',
  object: 'an object',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

/** The first problem in the file, named so that a person can find it: "Mood entry 12 (...): ...". */
function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  const value = valueAt(root, issue.path);
  const last = at.at(-1);
  let problem: string;
  if (issue.code === 'unrecognized_keys') {
    problem = `it has a field this version of Mending does not know (${showValue(last)}).`;
  } else if (value === undefined && issue.code === 'invalid_type') {
    problem = `${showValue(String(last ?? 'a value'))} is missing.`;
  } else if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    problem = `${showValue(value)} is not ${EXPECTED[issue.expected] ?? issue.expected}.`;
  } else {
    problem = issue.message;
  }

  const [top, list, index] = at;
  if (top === 'data' && isTableKey(list) && typeof index === 'number') {
    return `${EXPORT_ROW_LABELS[list]} ${index + 1} (${pathText(at.slice(1))}): ${problem}`;
  }
  return `The file's ${at.length > 0 ? pathText(at) : 'contents'}: ${problem}`;
}

/**
 * Checks a whole export before anything is written: that it is JSON, that it is a Mending export
 * in a format this app reads, and every row against the contract. Throws a ServiceError naming
 * the first problem; answers the file, typed, when there is none.
 */
export function parseExport(text: string): ExportFile {
  const root = parseJson(text);
  if (!isObject(root) || root['format'] !== EXPORT_FORMAT) {
    throw refuse(
      `This file is not a Mending export: it has no "format": "${EXPORT_FORMAT}" marker.`,
    );
  }
  const version = root['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw refuse(
      `This export has no format version Mending can read (formatVersion is ${showValue(version ?? 'missing')}).`,
    );
  }
  if (version > EXPORT_FORMAT_VERSION) {
    throw refuse(
      `This file was made by a newer version of Mending (format ${version}); this app reads ` +
        `format ${EXPORT_FORMAT_VERSION}. Update Mending, then import it again.`,
    );
  }
  if (version !== EXPORT_FORMAT_VERSION) {
    throw refuse(
      `This file says it is format ${version}, which no version of Mending wrote; this app reads ` +
        `format ${EXPORT_FORMAT_VERSION}.`,
    );
  }
  const parsed = exportFileSchema.safeParse(root);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refuse(issue ? describeIssue(issue, root) : 'Something in this file is not valid.');
  }
  return parsed.data;
}

/**
 * Settings about what this app has already shown on this computer, rather than about the person's
 * records: a file that does not carry one (an export made before the setting existed, or before
 * it was ever set) keeps the current value instead of falling back to the default. Without this,
 * an older export would read as "welcome not shown", and the welcome would open again uninvited;
 * and the line pointing to Support could come back a second time the same day. The appearance
 * too: an export made before it existed says nothing about it, and leaves the choice as it is.
 */
const KEPT_UNLESS_CARRIED: readonly SettingKey[] = ['welcome', 'lowEntrySupportDay', 'theme'];

/**
 * Replaces everything with an export file: read, check all of it, back up the current data, then
 * delete every row and write the file's rows with their own ids and times in one transaction.
 * Either all of the file is in the database afterwards, or nothing changed.
 */
export function createImportService(db: Database.Database, options: ImportServiceOptions = {}) {
  const repo = createDataRepo(db);
  const settingsRepo = createSettingsRepo(db);

  const replace = db.transaction((file: ExportFile): void => {
    const carried = new Set(file.data.settings.map((row) => row.key));
    const kept = KEPT_UNLESS_CARRIED.filter((key) => !carried.has(key)).flatMap(
      (key) => settingsRepo.readRow(key) ?? [],
    );
    repo.deleteAll();
    repo.insertAll(file.data);
    for (const row of kept) settingsRepo.write(row.key, row.value, row.updatedAt);
    // Habit score checkpoints are derived, not exported: score the imported check-ins now.
    createHabitScores(db).refreshAll();
  });

  function assertEverythingCovered(): void {
    const mismatches = repo.mismatches();
    if (mismatches.length > 0) {
      // A table the import does not know would keep its rows beside the imported ones.
      throw new Error(`The import does not match the database: ${mismatches.join(', ')}.`);
    }
  }

  /** Replaces every row with the file's rows, in one transaction. */
  function replaceAll(file: ExportFile): DataCounts {
    assertEverythingCovered();
    try {
      replace.immediate(file);
    } catch (error) {
      // The checks mirror the schema's constraints, so this is a gap in them; say what SQLite said.
      const detail = error instanceof Error ? error.message : String(error);
      throw refuse(
        `The file could not be imported: the database refused one of its rows (${detail}).`,
      );
    }
    return countRows(file.data);
  }

  /** Reads, checks, backs up and replaces; nothing is written unless the whole file is good. */
  async function importFrom(filePath: string): Promise<ImportOutcome> {
    const file = parseExport(await readExportFile(filePath, options.maxBytes));
    assertEverythingCovered();
    let backup: SafetyCopy | null = null;
    if (options.backup) {
      try {
        backup = await options.backup();
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw refuse(
          `Mending could not back up your current data first, so it did not import the file (${detail}).`,
        );
      }
    }
    return { fileName: path.basename(filePath), counts: replaceAll(file), backup };
  }

  return {
    replaceAll,
    importFrom,
    /** The "Import" use case: asks which file, then imports it (or answers that nothing was). */
    async importFromChosenFile(): Promise<
      { imported: false } | ({ imported: true } & ImportOutcome)
    > {
      const source = await requireDialogs(options.files).chooseOpenPath({
        title: 'Import a Mending export',
        extensions: ['json'],
      });
      if (source === null) return { imported: false };
      const run = options.importElsewhere ?? importFrom;
      return { imported: true, ...(await run(source)) };
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
