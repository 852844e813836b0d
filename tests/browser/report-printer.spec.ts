import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { periodText } from '../../src-main/report/format';
import { createReportService } from '../../src-main/services/report-service';
import { addDays } from '../../src-main/shared/calendar';
import { createChromiumPdfPrinter } from '../helpers/chromium-pdf';
import { seedHistory } from '../report/history';
import { launchChromium } from './harness';

/**
 * The print window is kept warm between reports (src-main/app/warm-printer.ts, used by the app's
 * Electron printer and by this Chromium stand-in alike): a report printed after another must be
 * exactly what a fresh window prints, with nothing of the one before.
 */
const ZONE = 'UTC';
const TO = '2026-11-20';

let browser: Browser;
let work: string;
let db: Database.Database;

beforeAll(async () => {
  browser = await launchChromium();
  work = mkdtempSync(join(tmpdir(), 'mending-report-printer-'));
  db = openDatabase(join(work, 'mending.sqlite3'));
  seedHistory(db, { from: addDays(TO, -120), days: 121, timeZone: ZONE, withJourney: true });
});
afterAll(async () => {
  db?.close();
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The text of every page of a PDF as poppler reads it, pages split by form feeds. */
function pdfText(pdf: Uint8Array, name: string): string {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('the warm print window', () => {
  it('prints a report after another exactly as a fresh window does', async () => {
    const service = createReportService(db);
    const report = (days: number, privacy: 'full' | 'summary') => {
      const from = addDays(TO, -(days - 1));
      const { html } = service.preview({ from, to: TO, privacy, redactions: [] });
      return { html, options: { pageSize: 'A4', headerText: periodText(from, TO) } as const };
    };
    const long = report(120, 'full');
    const short = report(7, 'summary');

    const warm = createChromiumPdfPrinter(browser);
    const fresh = createChromiumPdfPrinter(browser);
    try {
      const longText = pdfText(await warm(long.html, long.options), 'long');
      const afterLong = pdfText(await warm(short.html, short.options), 'after-long');
      const alone = pdfText(await fresh(short.html, short.options), 'alone');
      expect(afterLong).toBe(alone);
      // The long report had notes the summary must not carry; its page count shows it was longer.
      expect(longText.split('\f').length).toBeGreaterThan(alone.split('\f').length);
      expect(warm.requests).toEqual([]);
    } finally {
      await warm.close();
      await fresh.close();
    }
  });
});
