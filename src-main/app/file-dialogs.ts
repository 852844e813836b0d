import { join } from 'node:path';
import type { BaseWindow, Dialog, FileFilter } from 'electron';
import type { FileDialogs } from '../services/ports';

/** The part of Electron's dialog module the app uses; the real one fits. */
export type DialogLike = Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;

const FILTER_NAMES: Readonly<Record<string, string>> = {
  json: 'Mending export (JSON)',
  csv: 'Spreadsheet (CSV)',
  pdf: 'PDF document',
  html: 'Web page (HTML)',
};

function filtersFor(extensions: readonly string[]): FileFilter[] {
  return extensions.map((extension) => ({
    name: FILTER_NAMES[extension] ?? extension.toUpperCase(),
    extensions: [extension],
  }));
}

/**
 * The system's save and open dialogs, attached to the app's window. The default save location is
 * the person's Documents folder; nothing is ever written without them choosing the place.
 */
export function createFileDialogs(
  dialog: DialogLike,
  options: { readonly window: () => BaseWindow | undefined; readonly documentsDir: string },
): FileDialogs {
  return {
    async chooseSavePath({ title, defaultName, extensions }) {
      const settings = {
        title,
        defaultPath: join(options.documentsDir, defaultName),
        filters: filtersFor(extensions),
        properties: ['createDirectory', 'showOverwriteConfirmation'] as (
          'createDirectory' | 'showOverwriteConfirmation'
        )[],
      };
      const window = options.window();
      const result = window
        ? await dialog.showSaveDialog(window, settings)
        : await dialog.showSaveDialog(settings);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ title, extensions }) {
      const settings = {
        title,
        defaultPath: options.documentsDir,
        filters: filtersFor(extensions),
        properties: ['openFile'] as 'openFile'[],
      };
      const window = options.window();
      const result = window
        ? await dialog.showOpenDialog(window, settings)
        : await dialog.showOpenDialog(settings);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
