import { dirname, join } from 'node:path';
import type { BackupChannel } from '../shared/ipc-channels';
import { createBackupService } from '../services/backup-service';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

/**
 * The backups folder: the one the shell gives, else `backups` beside the data file; none for an
 * in-memory database (tests), which has no folder to put one in.
 */
export function backupsDirOf({ backupsDir, databasePath }: HandlerContext): string | null {
  if (backupsDir !== undefined) return backupsDir;
  if (databasePath === ':memory:' || databasePath === '') return null;
  return join(dirname(databasePath), 'backups');
}

export function createBackupHandlers(context: HandlerContext): Pick<Handlers, BackupChannel> {
  const backups = createBackupService(context.db, {
    backupsDir: backupsDirOf(context),
    nativeBinding: context.nativeBinding,
    ...(context.now ? { now: context.now } : {}),
  });
  return {
    'backup:list': () => backups.list(),
    'backup:create': () => backups.create(),
    'backup:restore': ({ fileName }) => backups.restore(fileName),
  };
}
