import path from 'node:path';
import type Database from 'better-sqlite3';
import { diskProblemOf, writePrivateFile } from '../db/private-file';
import { createDataRepo, type DataRepo } from '../db/repositories/data-repo';
import { dayOfInstant, systemTimeZone, wallTimeOf } from '../shared/calendar';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type CsvKind,
  type DataCounts,
  type ExportData,
  type ExportFile,
} from '../shared/contract/data';
import {
  CONTACT_CONTEXT_LABELS,
  COUNTERPART_LABELS,
  INITIATOR_LABELS,
  OUTCOME_LABELS,
  skillLabel,
  TONE_LABELS,
} from '../shared/domain/communication';
import { HABIT_KIND_LABELS } from '../shared/domain/habits';
import { listCell, toCsv, type CsvCell } from './csv';
import type { FileDialogs } from './ports';
import { ServiceError } from './service-error';

export interface ExportServiceOptions {
  /** The app's version, written into every export. */
  readonly appVersion: string;
  /** The current instant, injectable so tests can pin it. */
  readonly now?: () => Date;
  /** The save dialog, for the use cases that ask the person where to save. */
  readonly files?: FileDialogs | undefined;
  /** The live data file, which an export must never be saved over. */
  readonly databasePath?: string | undefined;
}

/** The file dialogs, or a true message when this process has none (nothing was saved). */
export function requireDialogs(files: FileDialogs | undefined): FileDialogs {
  if (!files) {
    throw new ServiceError(
      'internal',
      'Mending cannot show a file dialog here, so nothing was saved.',
    );
  }
  return files;
}

/** Refuses to save over the live data file: a rename would replace the database itself. */
export function refuseLiveDataFile(target: string, databasePath: string | undefined): string {
  if (databasePath === undefined || databasePath === '' || databasePath === ':memory:') {
    return target;
  }
  const live = path.resolve(databasePath);
  if ([live, `${live}-wal`, `${live}-shm`].includes(path.resolve(target))) {
    throw new ServiceError(
      'invalid_input',
      `${path.basename(target)} is Mending's own data file, so nothing was saved. Choose another name or folder.`,
    );
  }
  return target;
}

const CSV_TITLES: Readonly<Record<CsvKind, string>> = {
  mood: 'Save your mood entries as a spreadsheet',
  habits: 'Save your habits as a spreadsheet',
  checkins: 'Save your habit check-ins as a spreadsheet',
  communication: 'Save your communication practice as a spreadsheet',
  trust: 'Save your trust and tension check-ins as a spreadsheet',
};

/** Why a file could not be written, in words a person can act on; anything else stays a bug. */
function writeProblem(fileName: string, error: unknown): unknown {
  const problem = diskProblemOf(error, 'write');
  if (problem === undefined) return error;
  return new ServiceError(
    'conflict',
    `Mending could not save ${fileName}: ${problem.problem}. Nothing was saved. ${problem.advice}`,
  );
}

/** Writes an export whole or not at all, readable by its owner only (see private-file.ts). */
async function writeExportFile(target: string, text: string): Promise<void> {
  try {
    await writePrivateFile(target, text);
  } catch (error) {
    throw writeProblem(path.basename(target), error);
  }
}

/** The name a save dialog suggests: `mending-export-2024-05-01.json`, `mending-mood-….csv`. */
export function suggestedFileName(what: 'export' | CsvKind, now: Date): string {
  const day = dayOfInstant(now.toISOString(), systemTimeZone());
  return `mending-${what}-${day}.${what === 'export' ? 'json' : 'csv'}`;
}

export function countRows(data: ExportData): DataCounts {
  return {
    moodEntries: data.moodEntries.length,
    customEmotionTags: data.customEmotionTags.length,
    habits: data.habits.length,
    habitCheckins: data.habitCheckins.length,
    communicationEntries: data.communicationEntries.length,
    trustCheckins: data.trustCheckins.length,
    stageChanges: data.stageChanges.length,
    reflections: data.reflections.length,
    settings: data.settings.length,
  };
}

const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');

/**
 * A habit's goal as a sentence, so a spreadsheet never shows "at most 0 a week": a habit to break
 * with a limit of 0 reads "not at all"; otherwise "at most 2 a week" or "at least 1 a day".
 */
function goalInWords(habit: {
  readonly kind: 'build' | 'break';
  readonly targetCount: number;
  readonly period: 'day' | 'week';
}): string {
  if (habit.kind === 'break' && habit.targetCount === 0) return 'not at all';
  const bound = habit.kind === 'break' ? 'at most' : 'at least';
  return `${bound} ${habit.targetCount} a ${habit.period}`;
}

function label<K extends string>(
  labels: Readonly<Record<K, string>>,
  value: K | null,
): string | null {
  return value === null ? null : labels[value];
}

interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

/** Earliest first; entries made at the same moment in the order they were saved. */
const chronological = <T extends { occurredAt: string; id: number }>(a: T, b: T) =>
  a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.id - b.id;

/** The spreadsheet for one kind of entry: headings in plain words, one row per entry. */
function csvTable(kind: CsvKind, data: ExportData): CsvTable {
  switch (kind) {
    case 'mood':
      return {
        header: [
          'Date',
          'Time',
          'Time zone',
          'Mood (1-10)',
          'Energy (1-10)',
          'How much it hurts right now (0-10)',
          'Emotions',
          'Note',
        ],
        rows: [...data.moodEntries]
          .sort(chronological)
          .map((e) => [
            e.day,
            wallTimeOf(e.occurredAt, e.timeZone).time,
            e.timeZone,
            e.mood,
            e.energy,
            e.hurt,
            listCell(e.tags),
            e.note,
          ]),
      };
    case 'habits':
      return {
        header: ['Habit', 'Kind', 'Goal', 'Target', 'Per', 'Started (UTC)', 'Archived (UTC)'],
        rows: data.habits.map((h) => [
          h.name,
          HABIT_KIND_LABELS[h.kind],
          goalInWords(h),
          h.targetCount,
          h.period,
          h.createdAt,
          h.archivedAt,
        ]),
      };
    case 'checkins': {
      const names = new Map(data.habits.map((h) => [h.id, h.name]));
      const rows = [...data.habitCheckins].sort((a, b) =>
        a.day === b.day ? a.habitId - b.habitId : a.day < b.day ? -1 : 1,
      );
      return {
        header: ['Date', 'Habit', 'Count', 'Skipped', 'Note'],
        rows: rows.map((c) => [
          c.day,
          names.get(c.habitId) ?? null,
          c.count,
          yesNo(c.isSkip),
          c.note,
        ]),
      };
    }
    case 'communication':
      return {
        header: [
          'Date',
          'Time',
          'Time zone',
          'Skill practised',
          'With',
          'Contact with your ex',
          'What brought it about',
          'Who reached out first',
          'Tone',
          'How you feel you handled it (1-5)',
          'Outcome',
          'Mood before (1-10)',
          'Mood after (1-10)',
          'What you would do differently',
          'Note',
        ],
        rows: [...data.communicationEntries]
          .sort(chronological)
          .map((e) => [
            e.day,
            wallTimeOf(e.occurredAt, e.timeZone).time,
            e.timeZone,
            skillLabel(e.skill),
            COUNTERPART_LABELS[e.counterpart],
            yesNo(e.isContactWithEx),
            label(CONTACT_CONTEXT_LABELS, e.contactContext),
            label(INITIATOR_LABELS, e.initiatedBy),
            label(TONE_LABELS, e.tone),
            e.selfRating,
            label(OUTCOME_LABELS, e.outcome),
            e.moodBefore,
            e.moodAfter,
            e.doDifferently,
            e.note,
          ]),
      };
    case 'trust':
      return {
        header: ['Date', 'Time', 'Time zone', 'Trust (0-10)', 'Tension (0-10)', 'Note'],
        rows: [...data.trustCheckins]
          .sort(chronological)
          .map((c) => [
            c.day,
            wallTimeOf(c.occurredAt, c.timeZone).time,
            c.timeZone,
            c.trust,
            c.tension,
            c.note,
          ]),
      };
    default: {
      const unhandled: never = kind;
      return unhandled;
    }
  }
}

/**
 * Refuses to export from a database with a table or column the export does not carry: a file
 * that silently left something out would be worse than no file. Only a migration added without
 * updating TABLE_MAPS can cause this, and a test catches that first.
 */
function assertEverythingCovered(repo: DataRepo): void {
  const mismatches = repo.mismatches();
  if (mismatches.length > 0) {
    throw new Error(`The export does not match the database: ${mismatches.join(', ')}.`);
  }
}

/** Everything recorded, as one JSON file or as a spreadsheet per kind of entry. */
export function createExportService(db: Database.Database, options: ExportServiceOptions) {
  const repo = createDataRepo(db);
  const now = options.now ?? (() => new Date());

  // One read transaction: every table is read from the same moment.
  const snapshot = db.transaction((): ExportData => {
    assertEverythingCovered(repo);
    return repo.readAll();
  });

  function build(): ExportFile {
    return {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: now().toISOString(),
      appVersion: options.appVersion,
      schemaVersion: repo.schemaVersion(),
      data: snapshot(),
    };
  }

  function csv(kind: CsvKind): { text: string; rows: number } {
    const table = csvTable(kind, snapshot());
    return { text: toCsv(table.header, table.rows), rows: table.rows.length };
  }

  /** Saves everything to `target` (private, whole or not at all); answers how much it held. */
  async function saveJson(target: string): Promise<DataCounts> {
    const file = build();
    await writeExportFile(target, `${JSON.stringify(file, null, 2)}\n`);
    return countRows(file.data);
  }

  /** Saves one kind of entry as a CSV spreadsheet at `target`; answers how many rows it has. */
  async function saveCsv(kind: CsvKind, target: string): Promise<number> {
    const { text, rows } = csv(kind);
    await writeExportFile(target, text);
    return rows;
  }

  return {
    /** Everything in the database, as the export file holds it. */
    build,
    saveJson,
    /** One kind of entry as CSV text, and how many rows it has. */
    csv,
    saveCsv,
    /** The "Export everything" use case: asks where, then saves the JSON export there. */
    async exportToChosenFile(): Promise<
      { saved: false } | { saved: true; fileName: string; counts: DataCounts }
    > {
      const target = await requireDialogs(options.files).chooseSavePath({
        title: 'Export everything you have recorded',
        defaultName: suggestedFileName('export', now()),
        extensions: ['json'],
      });
      if (target === null) return { saved: false };
      const counts = await saveJson(refuseLiveDataFile(target, options.databasePath));
      return { saved: true, fileName: path.basename(target), counts };
    },
    /** The "Save as a spreadsheet" use case: asks where, then saves one kind of entry as CSV. */
    async csvToChosenFile(
      kind: CsvKind,
    ): Promise<{ saved: false } | { saved: true; fileName: string; rows: number }> {
      const target = await requireDialogs(options.files).chooseSavePath({
        title: CSV_TITLES[kind],
        defaultName: suggestedFileName(kind, now()),
        extensions: ['csv'],
      });
      if (target === null) return { saved: false };
      const rows = await saveCsv(kind, refuseLiveDataFile(target, options.databasePath));
      return { saved: true, fileName: path.basename(target), rows };
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
