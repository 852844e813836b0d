import { readFile } from 'node:fs/promises';
import type { LicenceNoticePart } from '../shared/open-source';

/** One notices file the build writes beside a bundle, and the part of the app it covers. */
export interface LicenceNoticeFile {
  readonly part: LicenceNoticePart;
  /** Absolute path; inside the packaged app this is within app.asar, which Electron's fs reads. */
  readonly path: string;
}

export interface LicenceNotice extends LicenceNoticeFile {
  /** The file's text, or null when it cannot be read (missing from a broken install). */
  readonly text: string | null;
}

/**
 * Reads each notices file for About. A file that cannot be read is answered with `text: null`
 * rather than failing the whole call: the others still show, and About names the one missing.
 */
export async function readLicenceNotices(
  files: readonly LicenceNoticeFile[],
): Promise<{ notices: LicenceNotice[] }> {
  const notices = await Promise.all(
    files.map(async ({ part, path }) => {
      try {
        return { part, path, text: await readFile(path, 'utf8') };
      } catch {
        // Missing, a folder, unreadable: About says the same calm thing for each.
        return { part, path, text: null };
      }
    }),
  );
  return { notices };
}
