import path from 'node:path';
import { createBackup } from '../db/backup';
import { createExportService, suggestedFileName } from '../services/export-service';
import { createImportService } from '../services/import-service';
import { ServiceError } from '../services/service-error';
import type { CsvKind } from '../shared/contract/data';
import type { DataChannel } from '../shared/ipc-channels';
import type { FileDialogs, HandlerContext } from './handler-context';
import { backupsDirOf } from './backup-handlers';
import type { Handlers } from './router';

const CSV_TITLES: Readonly<Record<CsvKind, string>> = {
  mood: 'Save your mood entries as a spreadsheet',
  habits: 'Save your habits as a spreadsheet',
  checkins: 'Save your habit check-ins as a spreadsheet',
  communication: 'Save your communication practice as a spreadsheet',
};

export function createDataHandlers(context: HandlerContext): Pick<Handlers, DataChannel> {
  const { db, files } = context;
  const now = context.now ?? (() => new Date());
  const exporter = createExportService(db, { appVersion: context.version, now });
  const backupsDir = backupsDirOf(context);
  const importer = createImportService(
    db,
    backupsDir === null
      ? {}
      : {
          // The backups module has no 'before-import' kind; an import replaces the data the way a
          // restore does, so its safety copy is made and kept the way a restore's is.
          backup: async () => {
            const backup = await createBackup(
              db,
              backupsDir,
              { kind: 'before-restore' },
              { now: now(), nativeBinding: context.nativeBinding },
            );
            return backup.fileName;
          },
        },
  );

  /** Refuses to save over the live data file: a rename would replace the database itself. */
  function safeTarget(target: string): string {
    const live = path.resolve(context.databasePath);
    if ([live, `${live}-wal`, `${live}-shm`].includes(path.resolve(target))) {
      throw new ServiceError(
        'invalid_input',
        `${path.basename(target)} is Mending's own data file, so nothing was saved. Choose another name or folder.`,
      );
    }
    return target;
  }

  function dialogs(): FileDialogs {
    if (!files) {
      throw new ServiceError(
        'internal',
        'Mending cannot show a file dialog here, so nothing was saved.',
      );
    }
    return files;
  }

  return {
    'data:export': async () => {
      const target = await dialogs().chooseSavePath({
        title: 'Export everything you have recorded',
        defaultName: suggestedFileName('export', now()),
        extensions: ['json'],
      });
      if (target === null) return { saved: false };
      const counts = await exporter.saveJson(safeTarget(target));
      return { saved: true, fileName: path.basename(target), counts };
    },
    'data:import': async () => {
      const source = await dialogs().chooseOpenPath({
        title: 'Import a Mending export',
        extensions: ['json'],
      });
      if (source === null) return { imported: false };
      return { imported: true, ...(await importer.importFrom(source)) };
    },
    'data:csv': async ({ kind }) => {
      const target = await dialogs().chooseSavePath({
        title: CSV_TITLES[kind],
        defaultName: suggestedFileName(kind, now()),
        extensions: ['csv'],
      });
      if (target === null) return { saved: false };
      const rows = await exporter.saveCsv(kind, safeTarget(target));
      return { saved: true, fileName: path.basename(target), rows };
    },
  };
}
