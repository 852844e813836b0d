import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodText } from '../../src-main/report/format';
import { addDays } from '../../src-main/shared/calendar';
import { createChromiumPdfPrinter } from '../helpers/chromium-pdf';
import { createFakeFiles, type FakeFiles } from '../helpers/fake-files';
import { seedHistory } from '../report/history';
import {
  TEST_ORIGIN,
  todayIn,
  artifactsDir,
  ensureRendererBuilt,
  launchChromium,
  openApp,
  saveScreenshot,
  type AppUnderTest,
  expectOnlyAppRequests,
} from './harness';
import { forEachLook, sidewaysOverflow } from './screenshots';

const ZONE = 'Europe/Berlin';
const today = todayIn(ZONE);
const yearAgo = addDays(today, -364);
const pagesDir = join(artifactsDir, 'report');

let browser: Browser;
let app: AppUnderTest;
let files: FakeFiles;
let printer: ReturnType<typeof createChromiumPdfPrinter>;
let outDir: string;

beforeAll(async () => {
  ensureRendererBuilt();
  browser = await launchChromium();
  files = createFakeFiles();
  printer = createChromiumPdfPrinter(browser);
  app = await openApp(browser, { timezoneId: ZONE, files, printPdf: printer });
  outDir = mkdtempSync(join(tmpdir(), 'mending-report-out-'));
  // A year of history, written straight into the app's database file (fast: one transaction).
  const db = new Database(app.dbPath);
  try {
    seedHistory(db, {
      from: yearAgo,
      days: 365,
      timeZone: ZONE,
      names: ['Sam', 'Priya'],
      withJourney: true,
    });
  } finally {
    db.close();
  }
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const preview = (page: Page) => page.frameLocator('iframe[title="Preview of your report"]');

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

describe('the progress report in a real browser', () => {
  it('opens with a styled preview of the exact document', async () => {
    const { page } = app;
    await page.goto(`${TEST_ORIGIN}/index.html#/report`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Report');
    await expect
      .poll(() => preview(page).getByRole('heading', { level: 1 }).textContent(), {
        timeout: 15_000,
      })
      .toBe('Your progress');
    // The most private level is chosen until the person chooses more.
    await expect.poll(() => page.getByRole('radio', { name: /^Summary/ }).isChecked()).toBe(true);
    await expect
      .poll(() => preview(page).locator('.privacy').textContent(), { timeout: 15_000 })
      .toContain('Privacy: Summary.');
    // The report's stylesheet applies inside the sandboxed frame: the app's CSP allows it by hash.
    await expect
      .poll(() =>
        preview(page)
          .locator('h1')
          .evaluate((h1) => getComputedStyle(h1).color),
      )
      .toBe('rgb(36, 48, 45)');
    await saveScreenshot(page, 'report-light-1280');
  });

  it('exports a year for a therapist as a PDF, with the names hidden', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: 'Last year' }).check();
    await page.getByRole('radio', { name: /^Therapist/ }).check();
    const names = page.getByRole('list', { name: 'Names that will be hidden' });
    await expect
      .poll(async () => (await names.getByRole('listitem').allTextContents()).sort())
      .toEqual(['Priya×', 'Sam×']);
    await expect
      .poll(() => preview(page).locator('body').textContent(), { timeout: 15_000 })
      .toContain('Long call with [name]');
    await page.getByRole('radio', { name: 'PDF document' }).check();
    await page.getByLabel('Page size').selectOption('A4');
    await saveScreenshot(page, 'report-therapist-light-1280');

    const target = join(outDir, 'for-my-therapist.pdf');
    files.answerSave(target);
    const started = performance.now();
    await page.getByRole('button', { name: 'Save report…' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).textContent(), {
        timeout: 30_000,
      })
      .toContain('Saved for-my-therapist.pdf.');
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`A year exported to PDF through the Report screen in ${seconds} s.`);

    expect(files.saveRequests).toEqual([
      {
        title: 'Save your progress report',
        defaultName: `mending-report-${yearAgo}-to-${today}.pdf`,
        extensions: ['pdf'],
      },
    ]);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    const text = pdfText(target);
    const flat = text.replace(/\s+/g, ' ');
    for (const section of [
      'Your progress',
      'Summary',
      'Your journey',
      'Where you are now',
      'Mood calendar',
      'Habits',
      'Communication practice',
      'Contact with your ex',
      'Your reflections',
      'In your own words',
    ]) {
      expect(flat).toContain(section);
    }
    expect(flat).toContain(periodText(yearAgo, today));
    expect(flat).toMatch(/You recorded your mood on \d+ days/);
    expect(flat).toMatch(/Page 1 of \d+/);
    expect(flat).toContain('[name]');
    // The journey's worksheet and draft, named in words, never as the keys they are stored under.
    expect(flat).toContain('Decide worksheet');
    expect(flat).toContain('Apology draft');
    expect(flat).not.toMatch(/decide_worksheet|apology_draft|basedOnId|readyAt|\d{4}-\d{2}-\d{2}T/);
    expect(text).not.toMatch(/\bsam\b|priya/i);
    expect(text).not.toMatch(/http/i);
    // No link of any kind inside the file either.
    expect(readFileSync(target).toString('latin1')).not.toMatch(/\/URI|https?:/);
    // The printer fetched nothing at all.
    expect(printer.requests).toEqual([]);

    rmSync(pagesDir, { recursive: true, force: true });
    mkdirSync(pagesDir, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', target, join(pagesDir, 'page')]);
    expect(readdirSync(pagesDir).length).toBeGreaterThan(3);
  });

  it('says near Save and on the cover that no names are hidden when the list is emptied', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: /^Therapist/ }).check();
    const names = page.getByRole('list', { name: 'Names that will be hidden' });
    await expect.poll(() => names.getByRole('listitem').count(), { timeout: 15_000 }).toBe(2);
    await page.getByRole('button', { name: 'Stop hiding Sam' }).click();
    await page.getByRole('button', { name: 'Stop hiding Priya' }).click();
    const warning = page.getByText(
      'No names are hidden in this report: your notes go in as you wrote them, and may name people.',
      { exact: false },
    );
    await warning.waitFor();
    await expect
      .poll(() => preview(page).locator('.privacy-warning').textContent(), { timeout: 15_000 })
      .toBe(
        'No names are hidden in this report: your notes below are as you wrote them, and may name people.',
      );
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 800, height: 600 });
      await warning.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(artifactsDir, 'screenshots', `report-therapist-no-names-${scheme}-800.png`),
      });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('radio', { name: /^Full/ }).check();
    await expect.poll(() => warning.count()).toBe(0);
  });

  it('saves a summary as a web page with no words of the person’s own', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: /^Summary/ }).check();
    await page.getByRole('radio', { name: 'Web page (HTML)' }).check();
    await expect.poll(() => page.getByLabel('Page size').count()).toBe(0);
    await expect
      .poll(() => preview(page).locator('.privacy').textContent(), { timeout: 15_000 })
      .toContain('Privacy: Summary.');
    const target = join(outDir, 'summary');
    files.answerSave(target);
    await page.getByRole('button', { name: 'Save report…' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).textContent(), {
        timeout: 30_000,
      })
      .toContain('Saved summary.html.');
    const html = readFileSync(`${target}.html`, 'utf8');
    expect(html).toContain('Habit 1 (build)');
    expect(html).not.toMatch(/Sam|Priya|Morning walk|Long call/);

    // The line describes that file only: once the privacy level changes it goes.
    await page.getByRole('radio', { name: /^Full/ }).check();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(0);
  });

  it('looks calm in light and dark, wide and narrow, and works from the keyboard', async () => {
    const { page } = app;
    await forEachLook(page, async (scheme, width) => {
      await page.goto(`${TEST_ORIGIN}/index.html#/report`);
      await expect
        .poll(() => preview(page).locator('h1').textContent(), { timeout: 15_000 })
        .toBe('Your progress');
      // The picture shows the preview of the choices it shows, not the one before them.
      await expect
        .poll(() => page.getByText('This is exactly what will be saved.').count(), {
          timeout: 15_000,
        })
        .toBe(1);
      await saveScreenshot(page, `report-${scheme}-${width}`);
      // A full-page capture leaves a sandboxed frame below the fold blank (it is painted in
      // its own process), so the preview itself is captured in view as well.
      await page.locator('iframe').scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(artifactsDir, 'screenshots', `report-preview-${scheme}-${width}.png`),
      });
    });
    const overflow = await sidewaysOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);

    // Arrow keys move between the period choices, as radio buttons do.
    await page.getByRole('radio', { name: 'Last 3 months' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('radio', { name: 'Last year' }).isChecked()).toBe(true);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const label = document.activeElement?.closest('label');
          return label ? getComputedStyle(label).outlineStyle : 'none';
        }),
      )
      .toBe('solid');
  });

  it('made no request anywhere but the app itself, and broke no security policy', () => {
    expectOnlyAppRequests(app);
  });
});
