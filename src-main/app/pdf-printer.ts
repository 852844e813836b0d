import { randomUUID } from 'node:crypto';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import type { PdfPrinter } from '../services/ports';
import { REPORT_CSP } from '../report/build-report';
import {
  PDF_FOOTER_TEMPLATE,
  PDF_MARGINS_INCHES,
  pdfHeaderTemplate,
} from '../report/pdf-templates';
import { APP_ORIGIN } from './app-scheme';
import { createWarmPrinter } from './warm-printer';

/** The parts of a BrowserWindow the printer uses; a real BrowserWindow fits. */
export interface PrintWindow {
  readonly webContents: {
    loadURL(url: string): Promise<void>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
    isCrashed(): boolean;
  };
  destroy(): void;
  isDestroyed(): boolean;
}

/** Where the print window rests between reports: an empty page, holding nothing of the last one. */
export const BLANK_PAGE = 'about:blank';

/**
 * The hidden window the report is printed in: sandboxed, no preload (so no bridge to the main
 * process), JavaScript off (the report has none), no dev tools. No `partition` is given, so it
 * uses the app's default session, whose requests `blockNetwork` already cancels: the report could
 * not reach the network even if it tried.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    },
  };
}

export type AppRequestHandler = (request: { url: string }) => Promise<Response>;

/**
 * Report documents waiting to be printed, served on the app's own scheme at an unguessable
 * address (`app://mending/print/<uuid>.html`) for as long as the print takes. Loaded this way
 * rather than as a `data:` URL because Chromium refuses URLs over 2 MB, and ten years of notes
 * can be longer than that (electron/electron#8317).
 */
export function createPrintDocuments() {
  const documents = new Map<string, string>();
  return {
    /** Makes `html` loadable; `remove` takes it away again. */
    add(html: string): { url: string; remove: () => void } {
      const url = `${APP_ORIGIN}/print/${randomUUID()}.html`;
      documents.set(url, html);
      return { url, remove: () => void documents.delete(url) };
    },
    /** Answers for a waiting document, and leaves every other request to `next`. */
    wrap(next: AppRequestHandler): AppRequestHandler {
      return async (request) => {
        const html = documents.get(request.url);
        if (html === undefined) return next(request);
        return new Response(html, {
          status: 200,
          headers: {
            'Content-Type': 'text/html; charset=utf-8',
            'Content-Security-Policy': REPORT_CSP,
            'X-Content-Type-Options': 'nosniff',
            'Cache-Control': 'no-store',
          },
        });
      };
    },
  };
}

export type PrintDocuments = ReturnType<typeof createPrintDocuments>;

/** The printToPDF options for a report: the page size, its margins, a header and page numbers. */
export function printOptions(options: Parameters<PdfPrinter>[1]): PrintToPDFOptions {
  return {
    pageSize: options.pageSize,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: pdfHeaderTemplate(options.headerText),
    footerTemplate: PDF_FOOTER_TEMPLATE,
    margins: { ...PDF_MARGINS_INCHES },
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

/**
 * Electron's printer for the report: one hidden window, opened for the first report and kept warm
 * for the next (see `createWarmPrinter`), blanked after every report and destroyed when printing
 * fails, after a minute without a report, or on `close`. Each report is served at its own address
 * only while it prints.
 */
export function createPdfPrinter(deps: {
  readonly openWindow: (options: BrowserWindowConstructorOptions) => PrintWindow;
  readonly documents: PrintDocuments;
  readonly idleMs?: number;
}): PdfPrinter & { close: () => Promise<void> } {
  return createWarmPrinter<PrintWindow>({
    open: () => Promise.resolve(deps.openWindow(printWindowOptions())),
    print: async (window, html, options) => {
      const document = deps.documents.add(html);
      try {
        await window.webContents.loadURL(document.url);
        return await window.webContents.printToPDF(printOptions(options));
      } finally {
        document.remove();
      }
    },
    clear: (window) => window.webContents.loadURL(BLANK_PAGE),
    close: (window) => {
      window.destroy();
      return Promise.resolve();
    },
    isUsable: (window) => !window.isDestroyed() && !window.webContents.isCrashed(),
    ...(deps.idleMs === undefined ? {} : { idleMs: deps.idleMs }),
  });
}
