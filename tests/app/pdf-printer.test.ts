import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BLANK_PAGE,
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
  destroyed: boolean;
  crashed: boolean;
}

/** A BrowserWindow stand-in; `serve` answers its loadURL the way the app scheme would. */
function fakeWindows(
  serve: (request: { url: string }) => Promise<Response>,
  failPrint: () => boolean = () => false,
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
        destroyed: false,
        crashed: false,
        webContents: {
          async loadURL(url) {
            if (window.destroyed) throw new Error('loadURL on a destroyed window');
            window.loaded.push(url);
            if (url !== BLANK_PAGE) served.push(await (await serve({ url })).text());
          },
          printToPDF(pdfOptions) {
            if (window.destroyed) return Promise.reject(new Error('print on a destroyed window'));
            window.printed.push(pdfOptions);
            return failPrint()
              ? Promise.reject(new Error('printing failed'))
              : Promise.resolve(new TextEncoder().encode(`%PDF ${window.loaded.at(-1) ?? ''}`));
          },
          isCrashed: () => window.crashed,
        },
        destroy() {
          window.destroyed = true;
        },
        isDestroyed: () => window.destroyed,
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

/** Lets every queued step of the printer run (each awaits a few promises). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createPdfPrinter', () => {
  it('loads the report from the app scheme, prints it with header, page numbers and margins, then blanks the window', async () => {
    const documents = createPrintDocuments();
    const windows = fakeWindows(documents.wrap(notFound));
    const print = createPdfPrinter({ openWindow: windows.open, documents });
    const pdf = await print('<!DOCTYPE html><p>Hello</p>', {
      pageSize: 'Letter',
      headerText: '1 May 2026 to 3 <May>',
    });
    await settle();

    const [window] = windows.opened;
    expect(new TextDecoder().decode(pdf)).toBe(`%PDF ${window?.loaded[0] ?? 'nothing loaded'}`);
    expect(window?.options).toEqual(printWindowOptions());
    expect(window?.loaded).toHaveLength(2);
    expect(window?.loaded[0]).toMatch(/^app:\/\/mending\/print\/[0-9a-f-]{36}\.html$/);
    // Nothing of the report stays in the window while it waits for the next one.
    expect(window?.loaded[1]).toBe(BLANK_PAGE);
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
    // The report is no longer served once printed.
    expect((await documents.wrap(notFound)({ url: window?.loaded[0] ?? '' })).status).toBe(404);
    await print.close();
    expect(window?.destroyed).toBe(true);
  });

  it('reuses one warm window for the next report, each at its own address', async () => {
    const documents = createPrintDocuments();
    const windows = fakeWindows(documents.wrap(notFound));
    const print = createPdfPrinter({ openWindow: windows.open, documents });
    await print('<p>first</p>', { pageSize: 'A4', headerText: 'a' });
    await print('<p>second</p>', { pageSize: 'A4', headerText: 'b' });
    await settle();

    expect(windows.opened).toHaveLength(1);
    const [window] = windows.opened;
    expect(window?.destroyed).toBe(false);
    expect(windows.served).toEqual(['<p>first</p>', '<p>second</p>']);
    expect(window?.loaded.filter((url) => url === BLANK_PAGE)).toHaveLength(2);
    expect(window?.loaded.at(-1)).toBe(BLANK_PAGE);
    expect(new Set(window?.loaded).size).toBe(3);
    await print.close();
  });

  it('prints reports asked for at once one after the other, each its own', async () => {
    const documents = createPrintDocuments();
    const windows = fakeWindows(documents.wrap(notFound));
    const print = createPdfPrinter({ openWindow: windows.open, documents });
    const [first, second] = await Promise.all([
      print('<p>first</p>', { pageSize: 'A4', headerText: 'a' }),
      print('<p>second</p>', { pageSize: 'A4', headerText: 'b' }),
    ]);
    await settle();

    expect(windows.opened).toHaveLength(1);
    const loaded = windows.opened[0]?.loaded ?? [];
    // Report, blank, report, blank: the second waited until the first was printed and cleared.
    expect(loaded.map((url) => url === BLANK_PAGE)).toEqual([false, true, false, true]);
    expect(new TextDecoder().decode(first)).toBe(`%PDF ${loaded[0] ?? ''}`);
    expect(new TextDecoder().decode(second)).toBe(`%PDF ${loaded[2] ?? ''}`);
    expect(windows.served).toEqual(['<p>first</p>', '<p>second</p>']);
    await print.close();
  });

  it('closes the window after a while without a report, and opens a new one for the next', async () => {
    vi.useFakeTimers();
    const documents = createPrintDocuments();
    const windows = fakeWindows(documents.wrap(notFound));
    const print = createPdfPrinter({ openWindow: windows.open, documents, idleMs: 1_000 });
    await print('<p>x</p>', { pageSize: 'A4', headerText: 'p' });
    await settle();
    await vi.advanceTimersByTimeAsync(999);
    expect(windows.opened[0]?.destroyed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(windows.opened[0]?.destroyed).toBe(true);

    await print('<p>y</p>', { pageSize: 'A4', headerText: 'p' });
    expect(windows.opened).toHaveLength(2);
    expect(windows.opened[1]?.destroyed).toBe(false);
    await print.close();
    expect(windows.opened[1]?.destroyed).toBe(true);
  });

  it('replaces a window whose page crashed or that was closed from outside', async () => {
    const documents = createPrintDocuments();
    const windows = fakeWindows(documents.wrap(notFound));
    const print = createPdfPrinter({ openWindow: windows.open, documents });
    await print('<p>x</p>', { pageSize: 'A4', headerText: 'p' });
    await settle();
    const first = windows.opened[0];
    if (first === undefined) throw new Error('no window was opened');
    first.crashed = true;
    await print('<p>y</p>', { pageSize: 'A4', headerText: 'p' });
    expect(windows.opened).toHaveLength(2);
    expect(first.printed).toHaveLength(1);
    await settle();
    const second = windows.opened[1];
    second?.destroy();
    await print('<p>z</p>', { pageSize: 'A4', headerText: 'p' });
    expect(windows.opened).toHaveLength(3);
    expect(windows.served).toEqual(['<p>x</p>', '<p>y</p>', '<p>z</p>']);
    await print.close();
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

  it('closes the window and forgets the document when printing fails, and prints the next in a new window', async () => {
    const documents = createPrintDocuments();
    let isFailing = true;
    const windows = fakeWindows(documents.wrap(notFound), () => isFailing);
    const print = createPdfPrinter({ openWindow: windows.open, documents });
    await expect(print('<p>x</p>', { pageSize: 'A4', headerText: 'p' })).rejects.toThrow(
      'printing failed',
    );
    expect(windows.opened[0]?.destroyed).toBe(true);
    const url = windows.opened[0]?.loaded[0] ?? '';
    expect((await documents.wrap(notFound)({ url })).status).toBe(404);

    isFailing = false;
    await print('<p>y</p>', { pageSize: 'A4', headerText: 'p' });
    expect(windows.opened).toHaveLength(2);
    expect(windows.opened[1]?.printed).toHaveLength(1);
    await print.close();
  });
});
