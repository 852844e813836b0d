import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_ORIGIN,
  clockNow,
  expectOnlyAppRequests,
  openApp,
  saveScreenshot,
  startApp,
  stopApp,
  type AppUnderTest,
} from './harness';
import { WINDOW_SIZES } from './screenshots';

const ZONE = 'Asia/Kathmandu';
const NOTE = 'Qzx the night the car was packed';
const HABIT = 'Qzx stop scrolling their photos';

let browser: Browser;
let app: AppUnderTest;

/** A few records and one backup, made through the channels as the page would. */
async function fill(target: AppUnderTest): Promise<void> {
  const mood = await target.dispatch('mood:create', {
    occurredAt: new Date(clockNow(ZONE).getTime() - 60 * 60 * 1000).toISOString(),
    timeZone: ZONE,
    mood: 3,
    note: NOTE,
  });
  expect(mood.ok).toBe(true);
  const habit = await target.dispatch('habit:create', {
    name: HABIT,
    kind: 'break',
    targetCount: 0,
    period: 'day',
  });
  expect(habit.ok).toBe(true);
  expect((await target.dispatch('backup:create', {})).ok).toBe(true);
}

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
  await fill(app);
});
afterAll(() => stopApp(browser, app));

/** Every row of every table, through a connection of its own (closed again at once). */
function rowsOnDisk(target: AppUnderTest): number {
  const db = new Database(target.dbPath, { readonly: true });
  try {
    const tables = db
      .prepare<[], string>(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .pluck()
      .all();
    return tables.reduce(
      (sum, table) => sum + Number(db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get()),
      0,
    );
  } finally {
    db.close();
  }
}

const backupsOf = (target: AppUnderTest) =>
  fs.readdirSync(path.join(path.dirname(target.dbPath), 'backups'));
const card = (page: Page) => page.getByRole('region', { name: 'Delete everything' });
const question = (page: Page) =>
  card(page).getByRole('group', { name: 'This deletes, from this computer:' });

async function openQuestion(page: Page): Promise<void> {
  await page.goto(`${TEST_ORIGIN}/index.html#/settings`);
  await card(page).getByRole('button', { name: 'Delete everything…' }).click();
  await question(page).getByRole('list', { name: 'What will be deleted' }).waitFor();
}

describe('Delete everything in a real browser', () => {
  it('names what will go, and Keep my data writes nothing', async () => {
    const { page } = app;
    const rows = rowsOnDisk(app);
    expect(rows).toBeGreaterThan(0);
    await openQuestion(page);
    await expect
      .poll(() => question(page).getByRole('listitem').allTextContents())
      // The setting is the welcome, skipped (the harness starts each profile so).
      .toEqual(['1 mood entry', '1 habit', '1 setting', '1 backup']);
    await expect
      .poll(() => question(page).textContent())
      .toContain('If you might want any of it later, export it first.');
    await saveScreenshot(page, 'settings-delete-question-light-1280');

    await question(page).getByRole('button', { name: 'Keep my data' }).click();
    await expect.poll(() => card(page).getByRole('group').count()).toBe(0);
    expect(rowsOnDisk(app)).toBe(rows);
    expect(backupsOf(app)).toHaveLength(1);
  });

  it('with the word typed, empties Today, Mood and Habits at once, and says so', async () => {
    const { page } = app;
    await page.goto(`${TEST_ORIGIN}/index.html#/mood`);
    await expect.poll(() => page.getByText(NOTE).count()).toBe(1);
    await page.goto(`${TEST_ORIGIN}/index.html#/today`);
    await expect.poll(() => page.getByText(HABIT).count()).toBeGreaterThan(0);

    await openQuestion(page);
    const box = question(page).getByRole('textbox', { name: 'To confirm, type “delete”' });
    await box.fill('delete');
    await question(page).getByRole('button', { name: 'Delete everything', exact: true }).click();
    await expect
      .poll(() => card(page).getByRole('status').last().textContent())
      .toBe(
        'Your entries and every backup Mending kept are deleted. Files you saved yourself ' +
          '(exports, reports, backups you copied) are still where you put them. Mending is ' +
          'empty and ready whenever you want to begin again.',
      );
    await saveScreenshot(page, 'settings-delete-done-light-1280');
    expect(rowsOnDisk(app)).toBe(0);
    expect(backupsOf(app)).toEqual([]);
    // Backups list reads again on the same screen.
    await expect.poll(() => page.getByText(/No backups yet/).count()).toBe(1);

    // Through the app's own navigation, so no reload hides a screen that kept old data.
    await page.getByRole('link', { name: 'Today' }).click();
    await expect.poll(() => page.getByText(HABIT).count()).toBe(0);
    await page.getByRole('link', { name: 'Mood' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Mood');
    await expect.poll(() => page.getByText(NOTE).count()).toBe(0);
    await page.getByRole('link', { name: 'Habits' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Habits');
    await expect.poll(() => page.getByText(HABIT).count()).toBe(0);
  });

  it('shows the question in light and dark, wide and narrow', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const { width, height } of WINDOW_SIZES) {
        const other = await openApp(browser, {
          timezoneId: ZONE,
          colorScheme,
          viewport: { width, height },
        });
        try {
          await fill(other);
          await openQuestion(other.page);
          await question(other.page).getByRole('textbox').fill('delete');
          await saveScreenshot(other.page, `settings-delete-question-${colorScheme}-${width}`);
          expectOnlyAppRequests(other);
        } finally {
          await other.close();
        }
      }
    }
  });

  it('made no request anywhere but the app itself, and broke no security policy', () => {
    expectOnlyAppRequests(app);
  });
});
