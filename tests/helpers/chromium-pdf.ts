import type { Browser } from 'playwright-core';
import type { PdfPrinter } from '../../src-main/services/ports';
import {
  PDF_FOOTER_TEMPLATE,
  PDF_MARGINS_MM,
  pdfHeaderTemplate,
} from '../../src-main/report/pdf-templates';

/**
 * The app's PDF printer as the tests run it: Chromium's page.pdf, the same printing engine as
 * Electron's printToPDF, with the same page sizes, margins, header and footer. The document is set
 * as the page's content in a fresh context with JavaScript off and every request refused, as the
 * app's hidden print window does.
 */
export function createChromiumPdfPrinter(browser: Browser): PdfPrinter & { requests: string[] } {
  const requests: string[] = [];
  const print: PdfPrinter = async (html, options) => {
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    try {
      await context.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
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
    } finally {
      await context.close();
    }
  };
  return Object.assign(print, { requests });
}
