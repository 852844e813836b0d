import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, test } from 'vitest';
import { createReportService } from '../../src-main/services/report-service';
import type { ReportRequest } from '../../src-main/shared/contract/report';
import { launchChromium } from '../browser/harness';
import { createChromiumPdfPrinter } from '../helpers/chromium-pdf';
import { recordFigure, sideBySideMs } from './figures';
import { BENCH_TODAY, openHistoryCopy } from './histories';

/*
 * The private progress report over a year and over ten years of generated history, read from a
 * real SQLite file: the HTML alone (what the Report screen's preview waits for), and the whole PDF
 * export through Chromium's printer (what Save waits for, minus the dialog), with the pages it
 * prints. Targets: the PDF for a year under 0.5 s, for ten years under 1.5 s. The therapist level
 * with two names to hide: it carries every note and every redaction, the most work a report does.
 */
const year = openHistoryCopy('year');
const tenYears = openHistoryCopy('tenYears');
const browser = await launchChromium();
const printPdf = createChromiumPdfPrinter(browser);
const outDir = mkdtempSync(join(tmpdir(), 'mending-report-measure-'));
let saved = 0;
let lastSaved = '';
const files = {
  chooseSavePath: () => {
    saved += 1;
    lastSaved = join(outDir, `report-${saved}.pdf`);
    return Promise.resolve(lastSaved);
  },
  chooseOpenPath: () => Promise.resolve(null),
};

afterAll(async () => {
  await browser.close();
  year.cleanup();
  tenYears.cleanup();
  rmSync(outDir, { recursive: true, force: true });
});

const request = (from: string): ReportRequest => ({
  from,
  to: BENCH_TODAY,
  privacy: 'therapist',
  redactions: ['Sam', 'Priya'],
});
// From far enough back to take in the whole history: the report starts at its first record.
const yearRequest = request('2025-11-28');
const tenYearRequest = request('2016-11-28');

/** How many pages a saved PDF has, as poppler reads it. */
function pagesOf(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)/m.exec(info)?.[1];
  if (pages === undefined) throw new Error(`pdfinfo gave no page count for ${path}`);
  return Number(pages);
}

test('the report: HTML, and the whole PDF with its pages', async () => {
  const services = {
    year: createReportService(year.db, { files, printPdf }),
    tenYears: createReportService(tenYears.db, { files, printPdf }),
  };
  const htmlMs = await sideBySideMs({
    year: () => services.year.preview(yearRequest),
    tenYears: () => services.tenYears.preview(tenYearRequest),
  });

  const savePdf = async (span: 'year' | 'tenYears', req: ReportRequest) => {
    const result = await services[span].save({ ...req, format: 'pdf', pageSize: 'A4' });
    if (!result.saved) throw new Error('the report was not saved');
    return lastSaved;
  };
  const pdfMs = await sideBySideMs(
    {
      year: () => savePdf('year', yearRequest),
      tenYears: () => savePdf('tenYears', tenYearRequest),
    },
    { warmup: 1, runs: 5 },
  );
  const pdfS = { year: pdfMs.year / 1000, tenYears: pdfMs.tenYears / 1000 };
  // Counted once more after the timing, so poppler's own time is not in the figures.
  const pages = {
    year: pagesOf(await savePdf('year', yearRequest)),
    tenYears: pagesOf(await savePdf('tenYears', tenYearRequest)),
  };

  recordFigure({
    id: 'report/html',
    section: 'Report',
    what: 'report HTML (preview), therapist level',
    unit: 'ms',
    byHistory: htmlMs,
    checks: [],
  });
  recordFigure({
    id: 'report/pdf',
    section: 'Report',
    what: 'report PDF through Chromium, A4',
    unit: 's',
    byHistory: pdfS,
    checks: [
      { label: '1 y', value: pdfS.year, atMost: 0.5, unit: 's' },
      { label: '10 y', value: pdfS.tenYears, atMost: 1.5, unit: 's' },
    ],
    note: `${pages.year} pages for a year, ${pages.tenYears} for ten years`,
  });
});

/*
 * The print window is kept warm between reports (src-main/app/warm-printer.ts), so the row above,
 * which times reports after a first one, times a warm window. This one shows what the first
 * report after a while costs, when the window is opened for it, side by side with a report in the
 * warm window, so the table never hides the cold start.
 */
test('the report PDF: the first, in a window opened for it, and the next, in the warm window', async () => {
  const requests = { year: yearRequest, tenYears: tenYearRequest };
  const dbs = { year: year.db, tenYears: tenYears.db };
  const warmPrinter = createChromiumPdfPrinter(browser);
  const save = async (span: 'year' | 'tenYears', printer: typeof warmPrinter) => {
    const service = createReportService(dbs[span], { files, printPdf: printer });
    const result = await service.save({ ...requests[span], format: 'pdf', pageSize: 'A4' });
    if (!result.saved) throw new Error('the report was not saved');
  };
  const cold = async (span: 'year' | 'tenYears') => {
    const printer = createChromiumPdfPrinter(browser);
    try {
      await save(span, printer);
    } finally {
      await printer.close();
    }
  };
  const ms = await sideBySideMs(
    {
      coldYear: () => cold('year'),
      warmYear: () => save('year', warmPrinter),
      coldTenYears: () => cold('tenYears'),
      warmTenYears: () => save('tenYears', warmPrinter),
    },
    { warmup: 1, runs: 5 },
  );
  await warmPrinter.close();
  recordFigure({
    id: 'report/pdf-cold',
    section: 'Report',
    what: 'report PDF, the first after a while (print window opened for it)',
    unit: 's',
    byHistory: { year: ms.coldYear / 1000, tenYears: ms.coldTenYears / 1000 },
    checks: [],
    note: `the next report, in the warm window, side by side: ${(ms.warmYear / 1000).toFixed(2)} s for a year, ${(ms.warmTenYears / 1000).toFixed(2)} s for ten years`,
  });
});
