import type Database from 'better-sqlite3';
import type { LicenceNoticeFile } from '../services/licence-service';
import type { OffMain } from '../services/off-main';
import type {
  ApplyTheme,
  ClearBrowserData,
  FileDialogs,
  OpenFolder,
  PdfPrinter,
} from '../services/ports';
import type { GenerateSample, MakeSampleFile } from '../services/sample-data-service';

/** What every domain's handlers are built from. */
export interface HandlerContext {
  readonly db: Database.Database;
  readonly version: string;
  readonly databasePath: string;
  /** The current instant, injectable so tests can pin it. */
  readonly now?: () => Date;
  /** Where automatic and manual backups are kept (beside the database by default). */
  readonly backupsDir?: string;
  readonly files?: FileDialogs;
  readonly printPdf?: PdfPrinter;
  /** Clears the browser engine's caches and storage, for Delete everything (the shell's session). */
  readonly clearBrowserData?: ClearBrowserData;
  /** Opens a local folder in the system's file manager, for "Show data folder" (the shell's). */
  readonly openFolder?: OpenFolder;
  /**
   * The files with the licence notices of the packages built into the app (the shell's, beside
   * its bundles: src-main/app/licence-notices.ts). Left out, About has none to show.
   */
  readonly licenceNotices?: readonly LicenceNoticeFile[];
  /**
   * Makes the native theme follow the person's choice (the shell's nativeTheme): called with the
   * choice stored in the person's own data when the handlers are built, and again whenever a
   * change (a new choice, an import, a restore, Delete everything) leaves another one stored.
   */
  readonly applyTheme?: ApplyTheme;
  /**
   * better-sqlite3's addon built for Electron, for side connections that check backup copies;
   * the shell passes the one it opened the database with. Tests under Node leave it out.
   */
  readonly nativeBinding?: string | undefined;
  /**
   * Writes the made-up history "Explore with sample data" shows; the app's generator by default.
   * Tests pass a smaller one where the history's content does not matter.
   */
  readonly generateSample?: GenerateSample;
  /**
   * Writes the sample's file off the main thread (the shell's worker); without it the sample is
   * made on the main thread by `generateSample`, as under Node in tests.
   */
  readonly makeSampleFile?: MakeSampleFile;
  /**
   * Runs work that grows with the history (backup checks, import, report) away from the main
   * thread: the worker thread in the app. Left out (most tests), the work runs inline.
   */
  readonly offMain?: OffMain | undefined;
}
