import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, bench, describe } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { createReportService } from '../../src-main/services/report-service';
import { addDays } from '../../src-main/shared/calendar';
import { launchChromium } from '../browser/harness';
import { createChromiumPdfPrinter } from '../helpers/chromium-pdf';
import { seedHistory } from '../report/history';

/*
 * How long the report takes over one year and over ten years of history (mood most days, four
 * habits, ~3 conversations a week, notes on a third of the days), built from a real SQLite file:
 * the HTML alone (what the preview waits for), and the whole PDF export through Chromium's
 * printer (what Save waits for, minus the dialog). Run with `npm run bench`.
 */

const TO = '2026-11-27';
const dir = mkdtempSync(join(tmpdir(), 'mending-report-bench-'));

function historyDb(years: number) {
  const db = openDatabase(join(dir, `history-${years}.sqlite3`));
  const days = Math.round(years * 365.25);
  seedHistory(db, { from: addDays(TO, -(days - 1)), days, withStageChange: true });
  return { db, from: addDays(TO, -(days - 1)) };
}

const oneYear = historyDb(1);
const tenYears = historyDb(10);
const browser: Browser = await launchChromium();
const printPdf = createChromiumPdfPrinter(browser);
let saved = 0;
const files = {
  chooseSavePath: () => Promise.resolve(join(dir, `report-${(saved += 1)}.pdf`)),
  chooseOpenPath: () => Promise.resolve(null),
};

afterAll(async () => {
  await browser.close();
  oneYear.db.close();
  tenYears.db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('progress report: the HTML document', () => {
  for (const [label, history] of [
    ['1 year', oneYear],
    ['10 years', tenYears],
  ] as const) {
    const report = createReportService(history.db);
    bench(
      `${label}, therapist level`,
      () => {
        report.preview({
          from: history.from,
          to: TO,
          privacy: 'therapist',
          redactions: ['Sam', 'Priya'],
        });
      },
      { time: 2000 },
    );
  }
});

describe('progress report: the whole PDF export', () => {
  for (const [label, history] of [
    ['1 year', oneYear],
    ['10 years', tenYears],
  ] as const) {
    const report = createReportService(history.db, { files, printPdf });
    bench(
      `${label}, A4, therapist level`,
      async () => {
        await report.save({
          from: history.from,
          to: TO,
          privacy: 'therapist',
          redactions: ['Sam', 'Priya'],
          format: 'pdf',
          pageSize: 'A4',
        });
      },
      { iterations: 3, time: 0, warmupIterations: 1 },
    );
  }
});
