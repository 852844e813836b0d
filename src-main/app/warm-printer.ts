import type { PdfOptions, PdfPrinter } from '../services/ports';

/**
 * How long the print window stays open after a report, waiting for the next one. Opening a fresh
 * hidden window (a new renderer) cost 0.15-0.5 s of a one-year PDF's 0.76 s; a person who saves a
 * report often saves another soon after (PDF and HTML, another period, another privacy level).
 */
export const PRINT_WINDOW_IDLE_MS = 60_000;

/** What a printer needs of its window; the app gives Electron's, the tests Chromium's. */
export interface PrintWindowParts<W> {
  /** Opens a new hidden, offline window. */
  readonly open: () => Promise<W>;
  /** Loads `html` in the window and prints it. */
  readonly print: (window: W, html: string, options: PdfOptions) => Promise<Uint8Array>;
  /** Leaves the window blank, so nothing of a report stays in it between reports. */
  readonly clear: (window: W) => Promise<void>;
  readonly close: (window: W) => Promise<void>;
  /** False when the window was closed or its renderer crashed: it is then never used again. */
  readonly isUsable: (window: W) => boolean;
  readonly idleMs?: number;
}

/**
 * A printer that keeps one hidden window warm and reuses it: reports print one at a time in it,
 * the window is blanked after each, closed after `idleMs` without a report, and replaced after a
 * failure (a window that failed may be in any state). `close` closes it at once, so a hidden window
 * never keeps the app alive after its last visible window has closed.
 */
export function createWarmPrinter<W>(
  parts: PrintWindowParts<W>,
): PdfPrinter & { prepare: () => void; close: () => Promise<void> } {
  const idleMs = parts.idleMs ?? PRINT_WINDOW_IDLE_MS;
  let window: W | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  // Every step that uses the window waits for the one before: two reports never share a page.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = <T>(step: () => Promise<T>): Promise<T> => {
    const run = queue.then(step);
    queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };

  const closeWindow = async (): Promise<void> => {
    clearTimeout(idleTimer);
    const open = window;
    window = undefined;
    if (open !== undefined && parts.isUsable(open)) await parts.close(open);
  };

  const closeWhenIdle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void enqueue(closeWindow).catch(() => undefined), idleMs);
    // Node's timers can be told not to hold the process open for this alone.
    idleTimer.unref?.();
  };

  const prepare = (): void => {
    void enqueue(async () => {
      if (window !== undefined && parts.isUsable(window)) return;
      window = await parts.open();
      // Closed again after the idle time if no report comes (the save dialog was cancelled).
      closeWhenIdle();
    }).catch(() => {
      // Nothing to tell: the report that follows opens its own window and says what fails.
      window = undefined;
    });
  };

  const print = async (html: string, options: PdfOptions): Promise<Uint8Array> => {
    const pdf = enqueue(async () => {
      clearTimeout(idleTimer);
      if (window !== undefined && !parts.isUsable(window)) window = undefined;
      window ??= await parts.open();
      try {
        return await parts.print(window, html, options);
      } catch (error) {
        await closeWindow().catch(() => undefined);
        throw error;
      }
    });
    // Blanking happens after the PDF is handed back, so no one waits for it; the next report does.
    void enqueue(async () => {
      if (window === undefined) return;
      try {
        await parts.clear(window);
      } catch {
        // A window that cannot be blanked might still hold the report: never reuse it.
        await closeWindow().catch(() => undefined);
        return;
      }
      closeWhenIdle();
    }).catch(() => undefined);
    return pdf;
  };
  return Object.assign(print, { prepare, close: () => enqueue(closeWindow) });
}
