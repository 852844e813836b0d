import path from 'node:path';
import type { OpenFolder } from './ports';
import { ServiceError } from './service-error';

/** Said when the folder could not be opened: why, if the system said, and where it is. */
function folderNotOpened(folder: string, reason: string): string {
  const why =
    reason.trim() === '' ? '' : ` (your system said: ${reason.trim().replace(/\.$/, '')})`;
  return (
    `Mending could not open your data folder${why}. ` +
    `You can open it yourself in your file manager: it is ${folder}`
  );
}

/**
 * "Show data folder": opens the folder that holds the data file in the system's file manager and
 * answers which folder it was. Only ever the data file's own folder, as an absolute local path.
 */
export async function showDataFolder(
  databasePath: string,
  openFolder: OpenFolder | undefined,
): Promise<{ folder: string }> {
  if (!path.isAbsolute(databasePath)) {
    // A database with no file (tests, ':memory:') has no folder to show.
    throw new ServiceError('conflict', 'Your data is not kept in a folder on this computer.');
  }
  const folder = path.dirname(databasePath);
  if (openFolder === undefined) throw new ServiceError('conflict', folderNotOpened(folder, ''));
  let problem: string;
  try {
    problem = await openFolder(folder);
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (problem !== '') throw new ServiceError('conflict', folderNotOpened(folder, problem));
  return { folder };
}
