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
 * The report's print window is kept warm between reports (src-main/app/warm-printer.ts), so the
 * "report PDF through Chromium" row, which times reports after a first one, times a warm window.
 * This row shows what the first report after a while costs, when the window is opened for it,
 * side by side with a report in the warm window, so the table never hides the cold start.
 * The same request as report.measure.ts: the therapist level with two names to hide.
 */
const year = openHistoryCopy('year');
const tenYears = openHistoryCopy('tenYears');
const browser = await launchChromium();
const outDir = mkdtempSync(join(tmpdir(), 'mending-report-cold-measure-'));
let saved = 0;
const files = {
  chooseSavePath: () => {
    saved += 1;
    return Promise.resolve(join(outDir, `report-${saved}.pdf`));
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
const requests = { year: request('2025-11-28'), tenYears: request('2016-11-28') };
const dbs = { year: year.db, tenYears: tenYears.db };

test('the report PDF: the first, in a window opened for it, and the next, in the warm window', async () => {
  const warmPrinter = createChromiumPdfPrinter(browser);
  const save = async (span: 'year' | 'tenYears', printPdf: typeof warmPrinter) => {
    const service = createReportService(dbs[span], { files, printPdf });
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
