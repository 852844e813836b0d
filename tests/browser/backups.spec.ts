import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/shared/calendar';
import {
  TEST_ORIGIN,
  todayIn,
  saveScreenshot,
  type AppUnderTest,
  startApp,
  stopApp,
  expectOnlyAppRequests,
} from './harness';
import { chooseOnScale } from './scale';
import { forEachLook, sidewaysOverflow } from './screenshots';

const ZONE = 'America/New_York';
const today = todayIn(ZONE);

let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
});
afterAll(() => stopApp(browser, app));

/** The moods on disk, read through a separate connection. */
function savedMoods(): number[] {
  const db = new Database(app.dbPath, { readonly: true });
  try {
    return db.prepare<[], number>('SELECT mood FROM mood_entries ORDER BY id').pluck().all();
  } finally {
    db.close();
  }
}

/** The app's one message line, with Undo beside it. */
const toast = (page: Page) => page.locator('.undo-line').getByRole('status');
const backupsDir = () => path.join(path.dirname(app.dbPath), 'backups');
const backupItems = (page: Page) =>
  page.getByRole('list', { name: 'Backups' }).getByRole('listitem');

async function goTo(page: Page, section: string, heading: string) {
  await page.getByRole('link', { name: section }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
}

async function addMood(page: Page, day: string, time: string, mood: string) {
  await goTo(page, 'Mood', 'Mood');
  const form = page.getByRole('form', { name: /mood entry/ });
  await form.getByLabel('Date').fill(day);
  await form.getByLabel('Time').fill(time);
  await chooseOnScale(form, /^Mood/, mood);
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect.poll(() => toast(page).textContent()).toContain('Saved');
}

describe('backups in a real browser', () => {
  it('backs up, restores from Settings, and keeps what was there as a backup of its own', async () => {
    const { page } = app;
    await page.goto(`${TEST_ORIGIN}/index.html`);
    await addMood(page, addDays(today, -1), '09:15', '3');

    await goTo(page, 'Settings', 'Settings');
    await expect.poll(() => page.getByText(/No backups yet/).count()).toBe(1);
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => backupItems(page).count()).toBe(1);
    await expect
      .poll(() => backupItems(page).first().getAttribute('aria-label'))
      .toMatch(/^Made by you from /);

    await addMood(page, today, '08:00', '8');
    expect(savedMoods()).toEqual([3, 8]);

    await goTo(page, 'Settings', 'Settings');
    await backupItems(page).first().getByRole('button', { name: 'Restore…' }).click();
    const question = page.getByRole('group', { name: /Restore the backup from/ });
    await expect
      .poll(() => question.textContent())
      .toContain('Your current data will be kept as a backup of its own first');
    await saveScreenshot(page, 'settings-backups-confirm-light-1280');
    await question.getByRole('button', { name: 'Restore this backup' }).click();
    await expect.poll(() => toast(page).textContent()).toContain('Restored the backup');
    expect(savedMoods()).toEqual([3]);

    await expect
      .poll(() =>
        backupItems(page).evaluateAll((items) => items.map((i) => i.getAttribute('aria-label'))),
      )
      .toEqual([
        expect.stringMatching(/^Kept before a restore or an import from /),
        expect.stringMatching(/^Made by you from /),
      ]);
    // Only finished backups in the folder: no partial or temp copies left behind.
    expect(fs.readdirSync(backupsDir()).filter((n) => !n.startsWith('mending-'))).toEqual([]);

    await goTo(page, 'Mood', 'Mood');
    await expect.poll(() => page.locator('li.entry').count()).toBe(1);
    await expect.poll(() => page.locator('li.entry').first().textContent()).toContain('Mood 3');
  });

  it('looks right in light and dark, wide and narrow', async () => {
    const { page } = app;
    await forEachLook(page, async (scheme, width) => {
      await page.goto(`${TEST_ORIGIN}/index.html#/settings`);
      await expect.poll(() => backupItems(page).count()).toBe(2);
      await saveScreenshot(page, `settings-backups-${scheme}-${width}`);
      const overflow = await sidewaysOverflow(page);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });

  it('made no request anywhere but the app itself, and broke no security policy', () => {
    expectOnlyAppRequests(app);
  });
});
