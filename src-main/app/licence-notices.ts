import { join } from 'node:path';
import type { LicenceNoticeFile } from '../services/licence-service';

/*
 * Where the build writes the licence notices of the packages it bundles (electron.vite.config.ts,
 * `build.license`): one file beside the main process bundle, one beside the page. Pure paths, no
 * Electron: inside the packaged app.asar, Electron's fs reads them as it reads the bundles.
 */

/** The name of each notices file, in out/main and out/renderer. */
export const LICENCE_NOTICES_FILE = 'third-party-licences.md';

/** The notices files of the built app, from the folder of the running main bundle (out/main). */
export function licenceNoticeFiles(mainDir: string): readonly LicenceNoticeFile[] {
  return [
    { part: 'main', path: join(mainDir, LICENCE_NOTICES_FILE) },
    { part: 'window', path: join(mainDir, '../renderer', LICENCE_NOTICES_FILE) },
  ];
}
