import type { ThemeChoice } from '../shared/domain/settings';

/**
 * What the services need from the outside world and cannot do themselves under Node: the system's
 * file dialogs and a PDF printer. They are declared here, beside the services that use them, so
 * that services depend on nothing above them; the Electron shell (src-main/app) implements them
 * and tests pass fakes.
 */

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
export type PdfPrinter = ((html: string, options: PdfOptions) => Promise<Uint8Array>) & {
  /**
   * Gets ready to print soon (opens the print window while the person picks where to save), so
   * the wait after the dialog is the print alone. Optional: a printer with nothing to prepare.
   */
  readonly prepare?: () => void;
};

/**
 * Clears what the browser engine keeps in the app's folder (its HTTP and code caches and web
 * storage), for "Delete everything": the app stores nothing there itself, but the engine may
 * cache what a window showed. The shell implements it with Electron's session; tests pass a fake.
 */
export type ClearBrowserData = () => Promise<void>;

/**
 * Opens a folder on this computer in the system's file manager (Files, Finder, Explorer): Electron's
 * `shell.openPath` in the app, which resolves to an error message, or to '' when it opened. Only a
 * local, absolute folder is ever given: never a URL, never anything on the network.
 */
export type OpenFolder = (folder: string) => Promise<string>;

/**
 * Makes the window's native parts (menus, dialogs, the title bar, and the page's
 * `prefers-color-scheme`) follow the theme a person chose: Electron's `nativeTheme.themeSource`
 * in the app, which also keeps a copy for the next start's first frame. Tests pass a recorder.
 */
export type ApplyTheme = (theme: ThemeChoice) => void;
