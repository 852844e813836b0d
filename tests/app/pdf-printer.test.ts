import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  createPdfPrinter,
  createPrintDocuments,
  printWindowOptions,
  type PrintWindow,
} from '../../src-main/app/pdf-printer';
import { REPORT_CSP } from '../../src-main/report/build-report';
import { PDF_MARGINS_MM } from '../../src-main/report/pdf-templates';

interface FakeWindow extends PrintWindow {
  readonly options: BrowserWindowConstructorOptions;
  readonly loaded: string[];
  readonly printed: PrintToPDFOptions[];
  isDestroyed: boolean;
}

/** A BrowserWindow stand-in; `serve` answers its loadURL the way the app scheme would. */
function fakeWindows(
  serve: (request: { url: string }) => Promise<Response>,
  failPrint = false,
): {
  open: (options: BrowserWindowConstructorOptions) => FakeWindow;
  opened: FakeWindow[];
  served: string[];
} {
  const opened: FakeWindow[] = [];
  const served: string[] = [];
  return {
    opened,
    served,
    open(options) {
      const window: FakeWindow = {
        options,
        loaded: [],
        printed: [],
        isDestroyed: false,
        webContents: {
          async loadURL(url) {
            window.loaded.push(url);
            served.push(await (await serve({ url })).text());
          },
          printToPDF(pdfOptions) {
            window.printed.push(pdfOptions);
            return failPrint
              ? Promise.reject(new Error('printing failed'))
              : Promise.resolve(new TextEncoder().encode('%PDF'));
          },
        },
        destroy() {
          window.isDestroyed = true;
        },
      };
      opened.push(window);
      return window;
    },
  };
}

const notFound = () => Promise.resolve(new Response('Not found', { status: 404 }));

describe('printWindowOptions', () => {
  it('is hidden, sandboxed, without JavaScript, a preload or dev tools, in the app’s guarded session', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      devTools: false,
      spellcheck: false,
    });
    // No preload means no bridge to the main process; no partition or session means the default
    // session, whose requests blockNetwork cancels.
    expect(options.webPreferences).not.toHaveProperty('preload');
    expect(options.webPreferences).not.toHaveProperty('partition');
    expect(options.webPreferences).not.toHaveProperty('session');
  });
});

describe('createPdfPrinter', () => {
  it('loads the report from the app scheme, prints it with header, page numbers and margins, then closes the window', async () => {
    const documents = createPrintDocuments();
    const windows = fakeWindows(documents.wrap(notFound));
    const print = createPdfPrinter({ openWindow: windows.open, documents });
    const pdf = await print('<!DOCTYPE html><p>Hello</p>', {
      pageSize: 'Letter',
      headerText: '1 May 2026 to 3 <May>',
    });

    expect(new TextDecoder().decode(pdf)).toBe('%PDF');
    const [window] = windows.opened;
    expect(window?.options).toEqual(printWindowOptions());
    expect(window?.loaded).toHaveLength(1);
    expect(window?.loaded[0]).toMatch(/^app:\/\/mending\/print\/[0-9a-f-]{36}\.html$/);
    expect(windows.served).toEqual(['<!DOCTYPE html><p>Hello</p>']);
    const options = window?.printed[0];
    expect(options).toMatchObject({
      pageSize: 'Letter',
      printBackground: true,
      displayHeaderFooter: true,
      margins: { top: PDF_MARGINS_MM.top / 25.4, bottom: PDF_MARGINS_MM.bottom / 25.4 },
    });
    expect(options?.headerTemplate).toContain('1 May 2026 to 3 &lt;May&gt;');
    expect(options?.footerTemplate).toContain(
      '<span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
    expect(`${options?.headerTemplate ?? ''}${options?.footerTemplate ?? ''}`).not.toMatch(
      /http|src=|url\(/,
    );
    expect(window?.isDestroyed).toBe(true);
  });

  it('serves the document only while printing, with the report’s own strict policy', async () => {
    const documents = createPrintDocuments();
    const handler = documents.wrap(notFound);
    const { url, remove } = documents.add('<p>x</p>');
    const response = await handler({ url });
    expect(response.headers.get('content-security-policy')).toBe(REPORT_CSP);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await handler({ url: 'app://mending/index.html' })).status).toBe(404);
    remove();
    expect((await handler({ url })).status).toBe(404);
  });

  it('closes the window and forgets the document even when printing fails', async () => {
    const documents = createPrintDocuments();
    const windows = fakeWindows(documents.wrap(notFound), true);
    const print = createPdfPrinter({ openWindow: windows.open, documents });
    await expect(print('<p>x</p>', { pageSize: 'A4', headerText: 'p' })).rejects.toThrow(
      'printing failed',
    );
    expect(windows.opened[0]?.isDestroyed).toBe(true);
    const url = windows.opened[0]?.loaded[0] ?? '';
    expect((await documents.wrap(notFound)({ url })).status).toBe(404);
  });
});
