import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BLANK_PAGE } from '../../src-main/app/pdf-printer';
import { createWarmPrinter } from '../../src-main/app/warm-printer';
import type { PdfPrinter } from '../../src-main/services/ports';
import {
  PDF_FOOTER_TEMPLATE,
  PDF_MARGINS_MM,
  pdfHeaderTemplate,
} from '../../src-main/report/pdf-templates';

interface PrintPage {
  readonly context: BrowserContext;
  readonly page: Page;
}

/**
 * The app's PDF printer as the tests run it: Chromium's page.pdf, the same printing engine as
 * Electron's printToPDF, with the same page sizes, margins, header and footer. The document is set
 * as the content of a page in its own context with JavaScript off and every request refused, as
 * the app's hidden print window does; like the app's window, the page is kept warm between reports
 * by the same `createWarmPrinter`, blanked after each, and replaced after a failure.
 */
export function createChromiumPdfPrinter(
  browser: Browser,
): PdfPrinter & { requests: string[]; close: () => Promise<void> } {
  const requests: string[] = [];
  const printer = createWarmPrinter<PrintPage>({
    open: async () => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        serviceWorkers: 'block',
      });
      await context.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      return { context, page: await context.newPage() };
    },
    print: async ({ page }, html, options) => {
      await page.setContent(html, { waitUntil: 'load' });
      const margin = (mm: number) => `${mm}mm`;
      const pdf = await page.pdf({
        format: options.pageSize,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: pdfHeaderTemplate(options.headerText),
        footerTemplate: PDF_FOOTER_TEMPLATE,
        margin: {
          top: margin(PDF_MARGINS_MM.top),
          right: margin(PDF_MARGINS_MM.right),
          bottom: margin(PDF_MARGINS_MM.bottom),
          left: margin(PDF_MARGINS_MM.left),
        },
        tagged: true,
        outline: true,
      });
      return new Uint8Array(pdf);
    },
    clear: async ({ page }) => {
      await page.goto(BLANK_PAGE);
    },
    close: ({ context }) => context.close(),
    isUsable: ({ page }) => !page.isClosed(),
  });
  return Object.assign(printer, { requests });
}
