import type Database from 'better-sqlite3';

/** The system's file dialogs, injected so that tests can answer them. */
export interface FileDialogs {
  /** Asks where to save; resolves to the chosen path, or null when the person cancels. */
  chooseSavePath(options: {
    readonly title: string;
    readonly defaultName: string;
    readonly extensions: readonly string[];
  }): Promise<string | null>;
  /** Asks which file to open; resolves to its path, or null when the person cancels. */
  chooseOpenPath(options: {
    readonly title: string;
    readonly extensions: readonly string[];
  }): Promise<string | null>;
}

export interface PdfOptions {
  readonly pageSize: 'A4' | 'Letter';
  /** Shown at the top of every page (the report's period). */
  readonly headerText: string;
}

/**
 * Turns a self-contained HTML document into PDF bytes: Electron's printToPDF of a hidden, offline
 * window in the app, Chromium's page.pdf in tests (the same printing engine).
 */
export type PdfPrinter = (html: string, options: PdfOptions) => Promise<Uint8Array>;

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
  /**
   * better-sqlite3's addon built for Electron, for side connections that check backup copies;
   * the shell passes the one it opened the database with. Tests under Node leave it out.
   */
  readonly nativeBinding?: string | undefined;
}
