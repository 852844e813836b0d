import { z } from 'zod';
import type { BackupChannel } from '../ipc-channels';
import { emptyInput, instantSchema, type ChannelSpec } from './common';

/** Why a backup was made. */
export const BACKUP_KINDS = ['daily', 'manual', 'before-restore', 'before-migration'] as const;

/** A backup in the backups folder, as the renderer sees it. */
export const backupSchema = z.strictObject({
  /** The file's name inside the backups folder; the only way to refer to a backup. */
  fileName: z.string(),
  /** When it was made (UTC, to the second). */
  createdAt: instantSchema,
  kind: z.enum(BACKUP_KINDS),
  /** For 'before-migration': the first schema update that ran after it. */
  migrationVersion: z.int().nullable(),
  sizeBytes: z.int().min(0),
});

const CHOOSE_FROM_LIST = 'Choose one of the backups in the list.';

/**
 * A backup's file name as the renderer sends it: a plain name, never a path (no slashes, no
 * backslashes, nothing before `mending-`). The main process also accepts only names it lists.
 */
export const backupFileNameSchema = z
  .string({ error: CHOOSE_FROM_LIST })
  .max(120, CHOOSE_FROM_LIST)
  .regex(/^mending-[A-Za-z0-9.-]+\.sqlite3$/, CHOOSE_FROM_LIST);

export const backupContract = {
  /** The backups kept on this computer, newest first, and the folder they are in. */
  'backup:list': {
    input: emptyInput,
    output: z.strictObject({
      /** Null when the data is not kept in a file (tests), so there is nothing to back up. */
      folder: z.string().nullable(),
      backups: z.array(backupSchema).readonly(),
    }),
  },
  /** Make a backup now; it is kept until the person removes it. */
  'backup:create': { input: emptyInput, output: backupSchema },
  /**
   * Replace all data with a backup's, after checking the backup and keeping the current data as a
   * backup of its own; answers with what was restored and how many rows each table got.
   */
  'backup:restore': {
    input: z.strictObject({ fileName: backupFileNameSchema }),
    output: z.strictObject({
      restoredFrom: backupSchema,
      keptAs: backupSchema,
      tables: z.array(z.strictObject({ table: z.string(), rows: z.int().min(0) })).readonly(),
    }),
  },
} as const satisfies Record<BackupChannel, ChannelSpec>;

export type Backup = z.output<typeof backupSchema>;
export type BackupKindName = Backup['kind'];
export type RestoreSummary = z.output<(typeof backupContract)['backup:restore']['output']>;
