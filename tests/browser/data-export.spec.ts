import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/shared/calendar';
import type { ExportFile } from '../../src-main/shared/contract/data';
import { createFakeFiles, type FakeFiles } from '../helpers/fake-files';
import { snapshotAllTables } from '../helpers/test-db';
import {
  TEST_ORIGIN,
  todayIn,
  ensureRendererBuilt,
  launchChromium,
  openApp,
  saveScreenshot,
  type AppUnderTest,
} from './harness';
import { chooseOnScale } from './scale';
import { forEachLook, sidewaysOverflow } from './screenshots';

const ZONE = 'Asia/Kathmandu';
const today = todayIn(ZONE);

let browser: Browser;
let first: AppUnderTest;
let firstFiles: FakeFiles;
let dir: string;

beforeAll(async () => {
  ensureRendererBuilt();
  browser = await launchChromium();
  firstFiles = createFakeFiles();
  first = await openApp(browser, { timezoneId: ZONE, files: firstFiles });
  dir = mkdtempSync(join(tmpdir(), 'mending-data-export-'));
});
afterAll(async () => {
  await first?.close();
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table on disk, read through a separate connection. */
function tablesOf(app: AppUnderTest): Record<string, unknown[]> {
  const db = new Database(app.dbPath, { readonly: true });
  try {
    return snapshotAllTables(db);
  } finally {
    db.close();
  }
}

const card = (page: Page) => page.getByRole('region', { name: 'Export and import' });
/** The status line under the export and import buttons, or under the spreadsheet buttons. */
const status = (page: Page, near: 'file' | 'csv' = 'file') =>
  card(page)
    .getByRole('status')
    .nth(near === 'file' ? 0 : 1);

async function openSettings(page: Page) {
  await page.goto(`${TEST_ORIGIN}/index.html#/settings`);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Settings');
  // The mood screen's "Saved" message would float over the card in the screenshots.
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  // settled: only the message of an action finished before this navigation can be here.
  if ((await dismiss.count()) > 0) await dismiss.click();
}

async function addMood(page: Page, day: string, time: string, mood: string, note: string) {
  const form = page.getByRole('form', { name: /mood entry/ });
  await form.getByLabel('Date').fill(day);
  await form.getByLabel('Time').fill(time);
  await chooseOnScale(form, /^Mood/, mood);
  await form.getByLabel(/^Note/).fill(note);
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Saved');
}

describe('export everything, refuse a damaged file, import into a fresh app', () => {
  const exportPath = () => join(dir, 'my-mending.json');

  it('adds entries, then exports them through the save dialog into a private file', async () => {
    const { page } = first;
    await page.goto(`${TEST_ORIGIN}/index.html#/mood`);
    await addMood(page, addDays(today, -3), '21:40', '3', 'مرحبا — a hard evening 🌧️');
    await addMood(page, today, '07:15', '6', '=SUM(A1:A3) is not a formula here');
    const habit = await first.dispatch('habit:create', {
      name: 'Walk after lunch',
      kind: 'build',
      targetCount: 1,
      period: 'day',
    });
    expect(habit.ok).toBe(true);

    await openSettings(page);
    firstFiles.answerSave(exportPath());
    await card(page).getByRole('button', { name: 'Export everything (one JSON file)' }).click();
    await expect
      .poll(() => status(page).textContent())
      .toBe(
        // The harness's profile has one setting: the welcome, skipped.
        'Saved my-mending.json with 2 mood entries, 1 habit and 1 setting. It holds everything you ' +
          'wrote, in plain text and with no password: keep it somewhere only you can reach.',
      );

    expect(statSync(exportPath()).mode & 0o777).toBe(0o600);
    const file = JSON.parse(readFileSync(exportPath(), 'utf8')) as ExportFile;
    expect(file).toMatchObject({ format: 'mending-export', formatVersion: 1 });
    expect(file.data.moodEntries.map((e) => [e.day, e.mood, e.note])).toEqual([
      [addDays(today, -3), 3, 'مرحبا — a hard evening 🌧️'],
      [today, 6, '=SUM(A1:A3) is not a formula here'],
    ]);
    expect(file.data.habits.map((h) => h.name)).toEqual(['Walk after lunch']);
    expect(firstFiles.saveRequests.at(-1)?.defaultName).toMatch(/^mending-export-[\d-]{10}\.json$/);
  });

  it('refuses a damaged file with a clear message, and changes nothing', async () => {
    const { page } = first;
    const before = tablesOf(first);
    const text = readFileSync(exportPath(), 'utf8');
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, text.slice(0, Math.floor(text.length / 2)));
    firstFiles.answerOpen(damaged);

    await card(page).getByRole('button', { name: 'Import from a file…' }).click();
    const question = card(page).getByRole('group');
    await expect
      .poll(() => question.textContent())
      .toContain('Importing replaces everything in Mending with what is in the file.');
    await saveScreenshot(page, 'settings-data-confirm-light-1280');
    await question.getByRole('button', { name: 'Choose a file and replace my data' }).click();

    const alert = card(page).getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toBe(
        'The file ends too early: it may have been cut off while copying. Nothing was changed.',
      );
    await saveScreenshot(page, 'settings-data-error-light-1280');
    expect(tablesOf(first)).toEqual(before);
    // A refused file is refused before any backup is made.
    const backups = join(dirname(first.dbPath), 'backups');
    const made = existsSync(backups) ? readdirSync(backups) : [];
    expect(made.filter((f) => f.includes('before'))).toEqual([]);
  });

  it('imports the good file into a fresh app, backs that app up first, and shows the same entries', async () => {
    const files = createFakeFiles();
    const second = await openApp(browser, { timezoneId: ZONE, files });
    try {
      const { page } = second;
      await openSettings(page);
      files.answerOpen(exportPath());
      await card(page).getByRole('button', { name: 'Import from a file…' }).click();
      await card(page).getByRole('button', { name: 'Choose a file and replace my data' }).click();
      await expect
        .poll(() => status(page).textContent())
        .toMatch(
          /^Imported my-mending\.json: 2 mood entries, 1 habit and 1 setting\. It replaced what was in Mending before\. What you had is kept as a backup from .+; you can restore it under Backups\.$/,
        );
      // Named by when it was made, in words, never by its UTC file name.
      // settled: the poll above saw the whole message.
      expect(await status(page).textContent()).not.toMatch(/mending-|\d{4}-\d{2}-\d{2}T/);
      expect(tablesOf(second)).toEqual(tablesOf(first));

      await page.getByRole('link', { name: 'Mood' }).click();
      await expect.poll(() => page.locator('li.entry').count()).toBe(2);
      await expect.poll(() => page.getByText('مرحبا — a hard evening 🌧️').count()).toBe(1);
      await expect.poll(() => page.getByText('=SUM(A1:A3) is not a formula here').count()).toBe(1);
      expect(second.pageErrors).toEqual([]);
      expect(second.requests.filter((url) => !url.startsWith(`${TEST_ORIGIN}/`))).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('saves a spreadsheet with formulas made harmless', async () => {
    const { page } = first;
    await openSettings(page);
    const path = join(dir, 'mood.csv');
    firstFiles.answerSave(path);
    await card(page).getByRole('button', { name: 'Mood entries' }).click();
    await expect.poll(() => status(page, 'csv').textContent()).toBe('Saved mood.csv with 2 rows.');
    const csv = readFileSync(path, 'utf8');
    expect(csv.startsWith('\uFEFFDate,Time,Time zone,Mood (1-10)')).toBe(true);
    // The zone is the one the browser reported when the entry was saved.
    expect(csv).toMatch(
      new RegExp(
        `\r\n${today},07:15,Asia/Kath?mandu,6,,,,'=SUM\\(A1:A3\\) is not a formula here\r\n`,
      ),
    );
  });

  it('looks right in light and dark, wide and narrow', async () => {
    const { page } = first;
    await forEachLook(page, async (scheme, width) => {
      await openSettings(page);
      const importButton = card(page).getByRole('button', { name: 'Import from a file…' });
      // settled: the button's state only changes when it is clicked, below.
      if ((await importButton.getAttribute('aria-expanded')) === 'false')
        await importButton.click();
      await card(page).scrollIntoViewIfNeeded();
      await saveScreenshot(page, `settings-data-${scheme}-${width}`);
      const overflow = await sidewaysOverflow(page);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });

  it('made no request anywhere but the app itself, and broke no security policy', () => {
    expect(first.requests.length).toBeGreaterThan(0);
    expect(first.requests.filter((url) => !url.startsWith(`${TEST_ORIGIN}/`))).toEqual([]);
    expect(first.pageErrors).toEqual([]);
  });
});
