import { createDeleteEverythingService } from '../services/delete-everything-service';
import { createExportService } from '../services/export-service';
import { createImportService, safetyCopyBeforeImport } from '../services/import-service';
import type { DataChannel } from '../shared/ipc-channels';
import { backupsDirOf } from './backup-handlers';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

/** Maps the data channels to the export and import use cases; the logic lives in the services. */
export function createDataHandlers(context: HandlerContext): Pick<Handlers, DataChannel> {
  const { db, files, databasePath, nativeBinding, offMain } = context;
  const now = context.now ?? (() => new Date());
  const exporter = createExportService(db, {
    appVersion: context.version,
    now,
    files,
    databasePath,
  });
  const backupsDir = backupsDirOf(context);
  const importer = createImportService(db, {
    files,
    importElsewhere:
      offMain &&
      ((filePath) => offMain('importFile', { filePath, backupsDir, now: now().toISOString() })),
    backup:
      backupsDir === null
        ? undefined
        : safetyCopyBeforeImport(db, backupsDir, { now, nativeBinding }),
  });
  const deleter = createDeleteEverythingService(db, {
    databasePath,
    backupsDir,
    clearBrowserData: context.clearBrowserData,
    eraseElsewhere: offMain && (() => offMain('eraseDataFile', { databasePath, backupsDir })),
  });
  return {
    'data:export': () => exporter.exportToChosenFile(),
    'data:import': () => importer.importFromChosenFile(),
    'data:csv': ({ kind }) => exporter.csvToChosenFile(kind),
    'data:summary': () => deleter.summary(),
    'data:erase': () => deleter.deleteEverything(),
  };
}
