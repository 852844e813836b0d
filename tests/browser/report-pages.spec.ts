import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportHtml } from '../../src-main/report/build-report';
import { periodText } from '../../src-main/report/format';
import { createReportService } from '../../src-main/services/report-service';
import { openDatabase } from '../../src-main/db/open-database';
import { addDays } from '../../src-main/shared/calendar';
import type { ReportPrivacy } from '../../src-main/shared/domain/report';
import { createChromiumPdfPrinter } from '../helpers/chromium-pdf';
import { seedHistory } from '../report/history';
import { journeyFixture, reportFixture } from '../report/report-fixture';
import { artifactsDir, launchChromium } from './harness';

/**
 * How far down each page of a PDF the content reaches, between the running header and footer:
 * 0 is an empty page, 1 a full one. Read from the page drawn as grey pixels by pdftoppm.
 */
function pageFills(pdf: string, outDir: string): number[] {
  execFileSync('pdftoppm', ['-gray', '-r', '30', pdf, join(outDir, 'p')]);
  return readdirSync(outDir)
    .filter((name) => name.endsWith('.pgm'))
    .sort()
    .map((name) => {
      const data = readFileSync(join(outDir, name));
      // P5 header: magic, width, height, maxval, each followed by whitespace.
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.toString('latin1', 0, 40));
      const width = Number(header?.[1]);
      const height = Number(header?.[2]);
      const pixels = data.subarray((header?.[0] ?? '').length);
      // The running header and the page number sit in the margins: leave them out.
      const top = Math.round(height * 0.07);
      const bottom = Math.round(height * 0.93);
      let last = top;
      for (let y = top; y < bottom; y += 1) {
        const row = pixels.subarray(y * width, (y + 1) * width);
        if (row.some((v) => v < 200)) last = y;
      }
      return (last - top) / (bottom - top);
    });
}

const ZONE = 'UTC';
const TO = '2026-11-20';

let browser: Browser;
let printer: ReturnType<typeof createChromiumPdfPrinter>;
let work: string;
let db: Database.Database;
const pagesDir = join(artifactsDir, 'report-pages');

beforeAll(async () => {
  browser = await launchChromium();
  printer = createChromiumPdfPrinter(browser);
  work = mkdtempSync(join(tmpdir(), 'mending-report-pages-'));
  db = openDatabase(join(work, 'mending.sqlite3'));
  seedHistory(db, { from: addDays(TO, -400), days: 401, timeZone: ZONE, withJourney: true });
  rmSync(pagesDir, { recursive: true, force: true });
  mkdirSync(pagesDir, { recursive: true });
});
afterAll(async () => {
  db?.close();
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * The documents worth a look: real histories with the journey walked, over short and long periods
 * at each level (the therapist level lays out as the full one, so one period of it is enough),
 * and the fixtures.
 */
function documents(): { name: string; html: string; period: string }[] {
  const service = createReportService(db);
  const periods: Record<ReportPrivacy, readonly number[]> = {
    full: [1, 7, 30, 90, 365],
    summary: [7, 30, 365],
    therapist: [30],
  };
  const docs: { name: string; html: string; period: string }[] = [];
  for (const privacy of ['full', 'summary', 'therapist'] satisfies ReportPrivacy[]) {
    for (const days of periods[privacy]) {
      const from = addDays(TO, -(days - 1));
      const { html } = service.preview({ from, to: TO, privacy, redactions: [] });
      docs.push({ name: `${privacy}-${days}d`, html, period: periodText(from, TO) });
    }
  }
  for (const privacy of ['full', 'summary'] satisfies ReportPrivacy[]) {
    const data = reportFixture(privacy);
    docs.push({
      name: `fixture-${privacy}`,
      html: buildReportHtml(data),
      period: periodText(data.from, data.to),
    });
  }
  // The journey walked to an apology's "not now", as a person and their therapist would read it.
  for (const privacy of ['full', 'therapist'] satisfies ReportPrivacy[]) {
    const data = journeyFixture(privacy, ['Sam', 'Priya']);
    docs.push({
      name: `journey-${privacy}`,
      html: buildReportHtml(data),
      period: periodText(data.from, data.to),
    });
  }
  return docs;
}

describe('the report’s PDF pages', () => {
  it('never leaves a page mostly blank before the last (a chart alone on a page)', async () => {
    const found: string[] = [];
    for (const doc of documents()) {
      // The running header carries the period, as the app prints it (report-service).
      const pdf = await printer(doc.html, { pageSize: 'A4', headerText: doc.period });
      const dir = join(pagesDir, doc.name);
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${doc.name}.pdf`);
      writeFileSync(file, pdf);
      const fills = pageFills(file, dir);
      fills.slice(0, -1).forEach((fill, i) => {
        if (fill < 0.5)
          found.push(`${doc.name} page ${i + 1} of ${fills.length}: ${fill.toFixed(2)}`);
      });
    }
    expect(found).toEqual([]);
  });
});
