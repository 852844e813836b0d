import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/shared/calendar';
import {
  TEST_ORIGIN,
  todayIn,
  labelInPage,
  saveScreenshot,
  type AppUnderTest,
  startApp,
  stopApp,
  expectOnlyAppRequests,
} from './harness';
import { chooseOnScale } from './scale';
import { forEachLook, sidewaysOverflow } from './screenshots';

// Far ahead of UTC: the day an entry lands on must be the person's day, not the computer's.
const ZONE = 'Pacific/Apia';
const today = todayIn(ZONE);
const yesterday = addDays(today, -1);

let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
});
afterAll(() => stopApp(browser, app));

/** Rows as they are on disk, in the order SQLite keeps them, read through a separate connection. */
function rows(sql: string): unknown[] {
  const db = new Database(app.dbPath, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

/** The message line at the bottom, where Undo is offered (screens may have statuses of their own). */
const status = (page: Page) => page.locator('.undo-line').getByRole('status').textContent();
const goTo = async (page: Page, section: string) => {
  await page.goto(`${TEST_ORIGIN}/index.html#/${section}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
};

describe('your own emotion words, the energy grid and the calendar, in a real browser', () => {
  it('adds a word of their own in Settings', async () => {
    const { page } = app;
    await goTo(page, 'settings');
    await page.getByRole('textbox', { name: 'New word' }).fill('  wistful ');
    await page.getByRole('button', { name: 'Add word' }).click();

    await expect.poll(() => status(page)).toContain('“wistful” added');
    const words = page.getByRole('list', { name: 'Your words' });
    await expect
      .poll(() => words.getByRole('listitem').allTextContents())
      .toEqual([expect.stringContaining('wistful')]);
    expect(rows('SELECT name FROM custom_emotion_tags')).toEqual([{ name: 'wistful' }]);
  });

  it('uses it on an entry with energy, and sees it on the grid and in the calendar', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Mood' }).click();
    const form = page.getByRole('form', { name: 'New mood entry' });
    await form.getByRole('button', { name: 'wistful', exact: true }).click();
    await chooseOnScale(form, /^Mood/, 7);
    await chooseOnScale(form, /^Energy/, 3);
    await form.getByRole('button', { name: 'Save entry' }).click();
    await expect.poll(() => status(page)).toContain('Saved');

    await form.getByLabel('Date').fill(yesterday);
    await chooseOnScale(form, /^Mood/, 4);
    await form.getByRole('button', { name: 'Save entry' }).click();
    await expect.poll(() => page.locator('li.entry').count()).toBe(2);
    expect(rows('SELECT tag FROM mood_entry_tags')).toEqual([{ tag: 'wistful' }]);

    await page.getByRole('tab', { name: 'Energy grid' }).click();
    await expect.poll(() => page.locator('.recharts-scatter-symbol').count()).toBe(1);
    await expect
      .poll(() => page.locator('figcaption').textContent())
      .toBe(
        '1 entry with an energy rating in the last 30 days: 1 with better mood, lower energy. ' +
          '1 entry without an energy rating is left out.',
      );

    // The tabs work from the keyboard too.
    await page.getByRole('tab', { name: 'Energy grid' }).press('ArrowRight');
    const calendarTab = page.getByRole('tab', { name: 'Calendar' });
    await expect.poll(() => calendarTab.getAttribute('aria-selected')).toBe('true');
    const todayCell = page.getByRole('gridcell', {
      name: await labelInPage(page, today, { day: today, average: 7, count: 1 }),
      exact: true,
    });
    await expect.poll(() => todayCell.getAttribute('data-level')).toBe('4');
    // The colour really is applied: the fourth step of the light scale.
    await expect
      .poll(() => todayCell.evaluate((cell) => getComputedStyle(cell).backgroundColor))
      .toBe('rgb(63, 125, 110)');
    await todayCell.focus();
    await page.keyboard.press('ArrowLeft');
    const yesterdayCell = page.getByRole('gridcell', {
      name: await labelInPage(page, yesterday, { day: yesterday, average: 4, count: 1 }),
      exact: true,
    });
    await expect
      .poll(() => yesterdayCell.evaluate((cell) => cell === document.activeElement))
      .toBe(true);
  });

  it('removes the word while the entry keeps it, and Undo puts it back exactly', async () => {
    const { page } = app;
    await goTo(page, 'settings');
    const words = page.getByRole('list', { name: 'Your words' });
    await expect.poll(() => words.textContent()).toContain('on 1 entry');
    const asSaved = rows('SELECT * FROM custom_emotion_tags');

    await page.getByRole('button', { name: 'Remove “wistful”' }).click();
    await expect
      .poll(() => status(page))
      .toContain('“wistful” removed. Entries that used it keep it.');
    expect(rows('SELECT * FROM custom_emotion_tags')).toEqual([]);
    expect(rows('SELECT tag FROM mood_entry_tags')).toEqual([{ tag: 'wistful' }]);
    await saveScreenshot(page, 'settings-words-removed-light-1280');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => status(page)).toContain('Undone');
    expect(rows('SELECT * FROM custom_emotion_tags')).toEqual(asSaved);
    await expect.poll(() => words.textContent()).toContain('wistful');

    await page.getByRole('link', { name: 'Mood' }).click();
    const entry = page.locator('li.entry').filter({ hasText: 'Mood 7' });
    // The Mood screen loads its entries after the navigation: wait for them (issue 7).
    await expect.poll(() => entry.locator('.chip').allTextContents()).toEqual(['wistful']);
  });

  it('looks right in light and dark, wide and narrow', async () => {
    const { page } = app;
    await forEachLook(page, async (scheme, width) => {
      await goTo(page, 'mood');
      for (const [tab, name] of [
        ['Trend', 'mood-trend'],
        ['Energy grid', 'mood-grid'],
        ['Calendar', 'mood-calendar'],
      ] as const) {
        await page.getByRole('tab', { name: tab }).click();
        await page.getByRole('tabpanel').waitFor();
        await saveScreenshot(page, `${name}-${scheme}-${width}`);
        // Nothing on the page may be wider than the window.
        const overflow = await sidewaysOverflow(page);
        expect(overflow, `${name} ${scheme} ${width}`).toBeLessThanOrEqual(0);
      }
      await goTo(page, 'settings');
      await page.getByRole('list', { name: 'Your words' }).waitFor();
      await saveScreenshot(page, `settings-words-${scheme}-${width}`);
    });
  });

  it('made no request anywhere but the app itself, and broke no security policy', () => {
    expectOnlyAppRequests(app);
  });
});
