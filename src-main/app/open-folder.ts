import path from 'node:path';
import type { Shell } from 'electron';
import type { OpenFolder } from '../services/ports';

/**
 * "Show data folder" in the system's file manager, through `shell.openPath`: it opens a path on
 * this computer with the system's own handler, and a folder's handler is the file manager. Never
 * `shell.openExternal`, which takes URLs and could reach the network; anything that is not an
 * absolute local path (a URL, a relative path) is refused before the shell sees it.
 */
export function createOpenFolder(shell: Pick<Shell, 'openPath'>): OpenFolder {
  return async (folder) => {
    if (!path.isAbsolute(folder)) return 'that is not a folder on this computer';
    return shell.openPath(folder);
  };
}
