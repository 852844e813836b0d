import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
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
import { chooseOnScale, scaleOf } from './scale';
import { TOO_FEW_FOR_TREND } from '../../src-main/shared/share-words';
import { forEachLook, sidewaysOverflow } from './screenshots';

const ZONE = 'Europe/Berlin';
const today = todayIn(ZONE);

let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
});
afterAll(() => stopApp(browser, app));

/** What is really on disk, read through a separate connection. */
function savedRows(): {
  mood: number;
  local_day: string;
  hurt: number | null;
  note: string | null;
}[] {
  const db = new Database(app.dbPath, { readonly: true });
  try {
    return db
      .prepare<[], { mood: number; local_day: string; hurt: number | null; note: string | null }>(
        'SELECT mood, local_day, hurt, note FROM mood_entries ORDER BY local_day',
      )
      .all();
  } finally {
    db.close();
  }
}

const form = (page: Page) => page.getByRole('form', { name: /mood entry/ });
const entries = (page: Page) => page.locator('li.entry');
const chartDots = (page: Page) => page.locator('.recharts-line-dots circle');

async function addEntry(
  page: Page,
  entry: { day: string; time: string; mood: number; hurt?: number; tag?: string; note?: string },
) {
  const f = form(page);
  await f.getByLabel('Date').fill(entry.day);
  await f.getByLabel('Time').fill(entry.time);
  await chooseOnScale(f, /^Mood/, entry.mood);
  if (entry.hurt !== undefined)
    await chooseOnScale(f, /^How much does it hurt right now\?/, entry.hurt);
  if (entry.tag) await f.getByRole('button', { name: entry.tag, exact: true }).click();
  if (entry.note) await f.getByLabel(/^Note/).fill(entry.note);
  await f.getByRole('button', { name: 'Save entry' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toContain('Saved');
}

describe('mood entries in a real browser, as a new person would use them', () => {
  it('starts on a calm Today screen with every section in the navigation', async () => {
    const { page } = app;
    await page.goto(`${TEST_ORIGIN}/index.html`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Today');
    await expect
      .poll(() => page.getByRole('navigation').getByRole('link').allTextContents())
      .toEqual([
        'Today',
        'Mood',
        'Habits',
        'Communication',
        'Journey',
        'Insights',
        'Report',
        'Settings',
        'Support',
      ]);
    await saveScreenshot(page, 'today-light-1280');
  });

  it('adds three entries on different days and sees them listed and charted', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Mood' }).click();
    await expect.poll(() => page.getByText('Nothing here yet').count()).toBe(1);

    await addEntry(page, {
      day: addDays(today, -5),
      time: '08:30',
      mood: 3,
      hurt: 8,
      tag: 'lonely',
    });
    await addEntry(page, {
      day: addDays(today, -2),
      time: '21:10',
      mood: 5,
      note: 'Called my sister. <b>x</b>',
    });
    await addEntry(page, { day: today, time: '07:45', mood: 7, hurt: 4, tag: 'hopeful' });

    await expect.poll(() => entries(page).count()).toBe(3);
    await expect.poll(() => chartDots(page).count()).toBe(3);
    // Three days carry no trend: their dots, no line through them, and words that say so.
    await expect
      .poll(() => page.locator('figcaption').textContent())
      .toBe(`In the last 30 days you recorded your mood on 3 days. ${TOO_FEW_FOR_TREND}`);
    await expect.poll(() => page.locator('.mood-trend-line').count()).toBe(0);
    await expect
      .poll(() => page.locator('.mood-dots .recharts-line-curve').getAttribute('stroke'))
      .toBe('none');
    // Notes are shown as text, never as markup.
    await expect.poll(() => page.getByText('Called my sister. <b>x</b>').count()).toBe(1);
    expect(savedRows().map((r) => [r.local_day, r.mood])).toEqual([
      [addDays(today, -5), 3],
      [addDays(today, -2), 5],
      [today, 7],
    ]);
    await saveScreenshot(page, 'mood-light-1280');
  });

  it('edits an entry and sees the list and the chart follow', async () => {
    const { page } = app;
    const dotHeights = () =>
      chartDots(page).evaluateAll((dots) => dots.map((d) => d.getAttribute('cy')));
    // settled: the last test polled the three dots and the caption into place.
    const before = await dotHeights();
    const oldest = entries(page).filter({ hasText: 'Mood 3' });
    await oldest.getByRole('button', { name: 'Edit' }).click();
    const f = page.getByRole('form', { name: 'Edit mood entry' });
    await chooseOnScale(f, /^Mood/, 6);
    await f.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('changes are saved');

    await expect.poll(() => entries(page).filter({ hasText: 'Mood 6' }).count()).toBe(1);
    await expect.poll(() => entries(page).filter({ hasText: 'Mood 3' }).count()).toBe(0);
    // The oldest day's dot rises to 6; the others stay where they were.
    await expect.poll(async () => (await dotHeights())[0]).not.toBe(before[0]);
    await expect.poll(async () => (await dotHeights()).slice(1)).toEqual(before.slice(1));
    expect(savedRows().find((r) => r.local_day === addDays(today, -5))).toMatchObject({
      mood: 6,
      hurt: 8,
    });
  });

  it('deletes an entry, and Undo puts it back exactly as it was', async () => {
    const { page } = app;
    const asSaved = savedRows();
    const middle = entries(page).filter({ hasText: 'Mood 5' });
    await middle.getByRole('button', { name: 'Delete' }).click();

    await expect.poll(() => entries(page).count()).toBe(2);
    await expect.poll(() => chartDots(page).count()).toBe(2);
    expect(savedRows().map((r) => r.mood)).toEqual([6, 7]);
    await saveScreenshot(page, 'mood-undo-light-1280');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => entries(page).count()).toBe(3);
    expect(savedRows()).toEqual(asSaved);

    await entries(page)
      .filter({ hasText: 'Mood 5' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect.poll(() => entries(page).count()).toBe(2);
    await expect.poll(() => chartDots(page).count()).toBe(2);
    expect(savedRows().map((r) => r.mood)).toEqual([6, 7]);
  });

  it('shows a clear message next to a missing mood and saves nothing', async () => {
    // The scales offer only numbers in range, so the mistake left to make is choosing none.
    const { page } = app;
    const before = savedRows();
    const f = form(page);
    await chooseOnScale(f, /^How much does it hurt right now\?/, 2);
    await f.getByRole('button', { name: 'Save entry' }).click();

    const mood = scaleOf(f, /^Mood/);
    await expect.poll(() => mood.getAttribute('aria-invalid')).toBe('true');
    // settled: the field is marked invalid (polled above) in the same render that links its message.
    const messageId = await mood.getAttribute('aria-describedby');
    await expect
      .poll(() => page.locator(`[id="${messageId}"]`).textContent())
      .toBe('Choose a number for your mood, from 1 to 10.');
    expect(savedRows()).toEqual(before);
    // settled: the error above is shown, so the refused save has finished; nothing was added.
    expect(await entries(page).count()).toBe(2);
    await saveScreenshot(page, 'mood-error-light-1280');

    await chooseOnScale(f, /^Mood/, 4);
    await f.getByRole('button', { name: 'Save entry' }).click();
    await expect.poll(() => entries(page).count()).toBe(3);
    await expect.poll(() => mood.getAttribute('aria-invalid')).toBe('false');
  });

  it('from four days, says where mood went and draws the line it reads that from', async () => {
    const { page } = app;
    await addEntry(page, { day: addDays(today, -12), time: '09:00', mood: 2 });
    await addEntry(page, { day: addDays(today, -9), time: '09:00', mood: 3 });
    await expect.poll(() => chartDots(page).count()).toBe(4);
    // Days -12, -9, -5 and today average 2, 3, 6 and 5.5: the least-squares line runs from about
    // 2.3 to about 6.2. Their overall average (4.1) would hide that climb.
    await expect
      .poll(() => page.locator('figcaption').textContent())
      .toBe(
        'In the last 30 days you recorded your mood on 4 days. It rose from about 2 to about 6 (the dashed line).',
      );
    await expect
      .poll(() => page.locator('.mood-trend-line .recharts-line-curve').getAttribute('d'))
      .toMatch(/^M[\d.]+,[\d.]+L/);
    await saveScreenshot(page, 'mood-trend-light-1280');
  });

  it('looks right in dark mode and in a narrow window', async () => {
    const { page } = app;
    await forEachLook(page, async (scheme, width) => {
      for (const section of ['today', 'mood']) {
        await page.goto(`${TEST_ORIGIN}/index.html#/${section}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await saveScreenshot(page, `${section}-${scheme}-${width}`);
      }
    });
    // Nothing on the page may be wider than the narrow window.
    const overflow = await sidewaysOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('made no request anywhere but the app itself, and broke no security policy', () => {
    expectOnlyAppRequests(app);
  });
});
