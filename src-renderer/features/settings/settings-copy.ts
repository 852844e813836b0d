import { RETENTION, dailyBackupsKeepDeletedFor } from '../../../src-main/shared/backup-policy';
import type {
  BackupKindName,
  CsvKind,
  DataCounts,
  DeletionSummary,
} from '../../../src-main/shared/ipc-contract';
import { DELETE_CONFIRMATION_WORD } from '../../../src-main/shared/ipc-contract';
import { dateTimeInWords, formatCount, formatOneDecimal } from '../../app/day-format';

/*
 * Every sentence of the Settings cards this module's neighbours own (SettingsScreen, DataSettings,
 * BackupSettings, DeleteEverything), in one place, so they can be read together. Each sentence
 * about privacy must be literally true of what the code does: check the code before changing one.
 */

/** "1 mood entry" / "2 mood entries", the number as the person's locale writes it. */
function counted(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** "a, b and c" */
function joinedWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

// ---- Your data (SettingsScreen) ----

export const SETTINGS_TITLE = 'Settings';

export const YOUR_DATA = {
  title: 'Your data',
  where:
    'Everything you record is kept in one file on this computer (and in the backup copies below), ' +
    'readable only by your user account and by anyone who administers this computer.',
  notEncrypted:
    'The file is not encrypted today and has no password or lock of its own; encryption is ' +
    'planned.',
  /** Said plainly: the account is the only lock there is, and it is not only the person's. */
  signedInAsYou:
    'If anyone else, including your ex, can sign in to this computer as you, they can read ' +
    'everything here.',
  neverSends: 'Mending itself never sends anything anywhere: it makes no network connections.',
  yourFiles:
    'Files you save (exports, reports, copies of backups) are yours: they go wherever you put ' +
    'them. If your data folder sits inside a folder that Dropbox, iCloud, OneDrive or a similar ' +
    'service syncs, that service uploads it.',
  dataFile: 'Data file',
  version: 'Version',
  showFolder: 'Show data folder',
  showingFolder: 'Opening…',
  folderShown: 'Your data folder is open in your file manager.',
} as const;

// ---- Appearance (AppearanceSettings) ----

export const APPEARANCE = {
  title: 'Appearance',
  legend: 'Show Mending',
  hint: 'Choose “As the system is set” to follow your computer’s light or dark setting, also when it changes.',
} as const;

// ---- Backups (BackupSettings) ----

export const BACKUPS = {
  title: 'Backups',
  /** Why a backup was made, in a few plain words. */
  kind: (kind: BackupKindName): string => {
    switch (kind) {
      case 'daily':
        return 'Daily backup';
      case 'manual':
        return 'Made by you';
      case 'before-restore':
        // An import keeps its safety copy the same way a restore does (import-service.ts).
        return 'Kept before a restore or an import';
      case 'before-migration':
        return 'Kept before an update';
      default: {
        const unhandled: never = kind;
        return unhandled;
      }
    }
  },
  size: (bytes: number): string => {
    if (bytes < 1024) return `${formatCount(bytes)} bytes`;
    if (bytes < 1024 * 1024) return `${formatCount(Math.round(bytes / 1024))} KB`;
    return `${formatOneDecimal(bytes / (1024 * 1024))} MB`;
  },
  /** "2nd of 2 made that second": which of several made in one second this one is. */
  twin: (place: number, of: number): string => {
    const ordinal = place === 1 ? '1st' : place === 2 ? '2nd' : place === 3 ? '3rd' : `${place}th`;
    return `${ordinal} of ${of} made that second`;
  },
  intro:
    'Mending keeps copies of your data in a backups folder on this computer: one a day when it ' +
    `starts, one before every update, and any you make with Back up now. It keeps the last ` +
    `${formatCount(RETENTION.dailies)} daily copies, then one a week for the ` +
    `${formatCount(RETENTION.weeklies)} weeks before them.`,
  /** Backups outlive deletions: said plainly, with spans taken from the retention rules. */
  deletedEntries:
    'Backups keep entries you have deleted until newer copies replace them: the daily copies ' +
    `for up to ${dailyBackupsKeepDeletedFor()} if you open Mending every day, longer if you open ` +
    'it less often.',
  /**
   * When the safety copies go, as backup-retention.ts removes them: pruning runs each time a
   * backup is made (at the latest, the first time Mending starts on a new day), and the newest
   * copy of each kind is kept however old, since it may be the only one of the data as it was.
   */
  safetyCopies:
    'Copies kept before an update, a restore or an import are removed once they are more than ' +
    `${formatCount(RETENTION.safetyCopyDays)} days old (Mending checks each time it makes a ` +
    'backup, which it does the first time you open it each day). The newest from before an ' +
    'update, and the newest from before a restore or an import, stay until a newer one replaces ' +
    'them: each may be the only copy of your data as it was then.',
  yourOwnCopies: 'Copies you make yourself stay until you choose Delete everything.',
  notEncrypted:
    'Like your data file, backups are readable only by your user account and by anyone who ' +
    'administers this computer, and they are not encrypted today.',
  keptIn: 'Kept in',
  backUpNow: 'Back up now',
  inMemory: 'This session keeps your data in memory, so there is nothing to back up.',
  none: 'No backups yet. The first one is made the next time Mending starts, or now with Back up now.',
  restoreAsk: 'Restore…',
  restoreQuestion: (when: string) =>
    `Restore the backup from ${when}? Everything you have recorded since then will be replaced, ` +
    'and entries you have deleted since then come back. Your current data will be kept as a ' +
    'backup of its own first, so you can come back to it.',
  restoreConfirm: 'Restore this backup',
  cancel: 'Cancel',
  backedUp: (createdAt: string) =>
    `Backed up: your data as of ${dateTimeInWords(createdAt)} is kept.`,
  restored: (createdAt: string) =>
    `Restored the backup from ${dateTimeInWords(createdAt)}. What you had just before is kept as a backup.`,
} as const;

// ---- Export and import (DataSettings) ----

/** The spreadsheets a person can save, in the order the buttons show them; one per kind. */
export const CSV_LABELS = {
  mood: 'Mood entries',
  habits: 'Habits',
  checkins: 'Habit check-ins',
  communication: 'Communication practice',
  trust: 'Trust check-ins',
} as const satisfies Record<CsvKind, string>;

/** What each count is called, singular and plural, in the order a summary lists them. */
const COUNT_WORDS: Readonly<Record<keyof DataCounts, readonly [string, string]>> = {
  moodEntries: ['mood entry', 'mood entries'],
  habits: ['habit', 'habits'],
  habitCheckins: ['habit check-in', 'habit check-ins'],
  communicationEntries: ['communication entry', 'communication entries'],
  trustCheckins: ['trust check-in', 'trust check-ins'],
  stageChanges: ['stage change', 'stage changes'],
  reflections: ['reflection', 'reflections'],
  customEmotionTags: ['emotion word of your own', 'emotion words of your own'],
  settings: ['setting', 'settings'],
};

/** Each kind there is some of, in words: ["13 mood entries", "2 habits", "1 setting"]. */
export function countParts(counts: DataCounts): string[] {
  return (Object.keys(COUNT_WORDS) as (keyof DataCounts)[])
    .filter((key) => counts[key] > 0)
    .map((key) => {
      const [one, many] = COUNT_WORDS[key];
      return counted(counts[key], one, many);
    });
}

/** "13 mood entries, 2 habits and 1 setting", leaving out what there is none of. */
export function describeCounts(counts: DataCounts): string {
  const parts = countParts(counts);
  return parts.length === 0 ? 'nothing recorded yet' : joinedWithAnd(parts);
}

export const DATA = {
  title: 'Export and import',
  intro:
    'Save everything you have recorded in one file that is yours to keep. Mending can read it ' +
    'back, on this computer or another one. The file holds every note in plain text and has no ' +
    'password: anyone who opens it can read it.',
  exportAll: 'Export everything (one JSON file)',
  exporting: 'Exporting…',
  importAsk: 'Import from a file…',
  importing: 'Importing…',
  importQuestion: 'Importing replaces everything in Mending with what is in the file.',
  importQuestionMore:
    'Mending backs up your current data first. A file with any problem is refused whole, and ' +
    'nothing changes.',
  importConfirm: 'Choose a file and replace my data',
  importCancel: 'Keep my data as it is',
  nothingSaved: 'Nothing was saved.',
  nothingImported: 'Nothing was imported.',
  exported: (fileName: string, counts: DataCounts) =>
    `Saved ${fileName} with ${describeCounts(counts)}. It holds everything you wrote, in plain ` +
    'text and with no password: keep it somewhere only you can reach.',
  /**
   * After an import: what came in, that it replaced what was there, and where the earlier data
   * went, said by when the backup was made in the person's own time (never by its UTC file name).
   */
  imported: (fileName: string, counts: DataCounts, backup: { readonly createdAt: string } | null) =>
    `Imported ${fileName}: ${describeCounts(counts)}. It replaced what was in Mending before.` +
    (backup === null
      ? ''
      : ` What you had is kept as a backup from ${dateTimeInWords(backup.createdAt, {
          withSeconds: true,
        })}; you can restore it under Backups.`),
  spreadsheets: 'Spreadsheets',
  spreadsheetsIntro:
    'One file per kind of entry, to open in a spreadsheet app (CSV files). Like the export ' +
    'above, they hold your notes in plain text and have no password, and they go wherever you ' +
    'move them.',
  saving: 'Saving…',
  savedRows: (fileName: string, rows: number) =>
    `Saved ${fileName} with ${counted(rows, 'row', 'rows')}.`,
} as const;

// ---- Delete everything (DeleteEverything) ----

/** What "Delete everything" removes, in words, one line each; empty when there is nothing. */
export function deletionLines(summary: DeletionSummary): string[] {
  const lines = countParts(summary.counts);
  if (summary.backups > 0) lines.push(counted(summary.backups, 'backup', 'backups'));
  if (summary.otherFiles > 0) {
    lines.push(
      counted(
        summary.otherFiles,
        'other file Mending kept beside your data (such as a damaged copy set aside)',
        'other files Mending kept beside your data (such as damaged copies set aside)',
      ),
    );
  }
  return lines;
}

export const DELETE_EVERYTHING = {
  title: 'Delete everything',
  intro:
    'Remove your entries and every backup Mending kept. Files you saved yourself (exports, ' +
    'reports, backups you copied) are not touched, wherever they are: delete those yourself if ' +
    'you want them gone.',
  /** Deleting a file does not wipe the disk under it: said plainly, with what does guard it. */
  diskTraces:
    'As with any deleted file, traces may stay on the disk itself until the space is reused; ' +
    'turning on your computer’s disk encryption (such as FileVault or BitLocker) guards against that.',
  ask: 'Delete everything…',
  counting: 'Counting what you have recorded…',
  question: 'This deletes, from this computer:',
  listName: 'What will be deleted',
  nothingThere: 'There is nothing recorded yet, and no backups.',
  cannotUndo: 'This cannot be undone.',
  exportFirst:
    'If you might want any of it later, export it first. The file holds your notes in plain text ' +
    'and has no password.',
  exportButton: 'Export everything first (one JSON file)',
  confirmLabel: `To confirm, type “${DELETE_CONFIRMATION_WORD}”`,
  confirmHint: 'This makes sure nothing is deleted by a slip of the mouse.',
  wrongWord: `Type “${DELETE_CONFIRMATION_WORD}” in the box to confirm, or choose Keep my data.`,
  confirm: 'Delete everything',
  deleting: 'Deleting…',
  cancel: 'Keep my data',
  /** What is gone, and what is not: files the person saved are theirs and were not touched. */
  done:
    'Your entries and every backup Mending kept are deleted. Files you saved yourself (exports, ' +
    'reports, backups you copied) are still where you put them. Mending is empty and ready ' +
    'whenever you want to begin again.',
} as const;
