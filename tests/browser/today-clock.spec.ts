import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  TEST_ORIGIN,
  expectOnlyAppRequests,
  saveScreenshot,
  startApp,
  stopApp,
  type AppUnderTest,
} from './harness';

// Saturday 28 November 2026, 22:00 in Paris (UTC+1), and 08:30 the next morning.
const SATURDAY_EVENING = new Date('2026-11-28T21:00:00.000Z');
const SUNDAY_MORNING = new Date('2026-11-29T07:30:00.000Z');

let browser: Browser | undefined;
let app: AppUnderTest | undefined;
/** The main process's clock, moved with the page's. */
let mainNow = SATURDAY_EVENING;

beforeEach(async () => {
  mainNow = SATURDAY_EVENING;
  ({ browser, app } = await startApp({ timezoneId: 'Europe/Paris', now: () => mainNow }));
  await app.dispatch('habit:create', {
    name: 'Walk outside',
    kind: 'build',
    targetCount: 1,
    period: 'day',
  });
});
afterEach(() => stopApp(browser, app));

function checkins(dbPath: string): { day: string; count: number | null }[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare<[], { day: string; count: number | null }>('SELECT day, count FROM habit_checkins')
      .all();
  } finally {
    db.close();
  }
}

async function openTodayOnSaturdayEvening(current: AppUnderTest) {
  const { page } = current;
  await page.clock.install({ time: SATURDAY_EVENING });
  await page.goto(`${TEST_ORIGIN}/index.html#/today`);
  await expect
    .poll(() => page.locator('.today-date').textContent())
    .toContain('Saturday 28 November');
  await page.getByRole('checkbox', { name: 'Done today' }).waitFor();
}

describe('Today left open overnight', () => {
  it('turns to Sunday by itself in the night, and a tick next morning is saved for Sunday', async () => {
    if (!app) throw new Error('The app did not start.');
    const { page } = app;
    await openTodayOnSaturdayEvening(app);

    // The night passes with the window open: timers due in the night fire.
    mainNow = SUNDAY_MORNING;
    await page.clock.fastForward(SUNDAY_MORNING.getTime() - SATURDAY_EVENING.getTime());
    await expect
      .poll(() => page.locator('.today-date').textContent())
      .toContain('Sunday 29 November');

    // A click, not check(): the box shows what is saved, so it turns ticked once the save is done.
    await page.getByRole('checkbox', { name: 'Done today', checked: false }).click();
    await expect.poll(() => checkins(app?.dbPath ?? '')).toEqual([{ day: '2026-11-29', count: 1 }]);
    await page.getByRole('checkbox', { name: 'Done today', checked: true }).waitFor();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('done today');
    await saveScreenshot(page, 'today-next-morning');
    expectOnlyAppRequests(app);
  });

  it('never saves a tick for yesterday when the clock jumped with no timer firing', async () => {
    if (!app) throw new Error('The app did not start.');
    const { page } = app;
    await openTodayOnSaturdayEvening(app);

    // The computer slept: the clock jumps and no timer has run yet when the person reaches for
    // the box. Pressing reads the clock, so the screen turns to Sunday under the pointer and the
    // press does not become a tick for Saturday (nor for a Sunday box not yet seen).
    mainNow = SUNDAY_MORNING;
    await page.clock.setSystemTime(SUNDAY_MORNING);
    const box = await page.getByRole('checkbox', { name: 'Done today' }).boundingBox();
    if (!box) throw new Error('The Done today box is not on screen.');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await expect
      .poll(() => page.locator('.today-date').textContent())
      .toContain('Sunday 29 November');
    await page.getByRole('checkbox', { name: 'Done today', checked: false }).waitFor();
    await page.mouse.up();

    // What the person sees is Sunday's box, unticked: ticking it saves Sunday, and only Sunday (a
    // tick for Saturday from the first press would stay in the table below and fail the poll).
    await page.getByRole('checkbox', { name: 'Done today', checked: false }).click();
    await expect.poll(() => checkins(app?.dbPath ?? '')).toEqual([{ day: '2026-11-29', count: 1 }]);
    await page.getByRole('checkbox', { name: 'Done today', checked: true }).waitFor();
    expectOnlyAppRequests(app);
  });

  it('catches up when the window is shown again after the night', async () => {
    if (!app) throw new Error('The app did not start.');
    const { page } = app;
    await openTodayOnSaturdayEvening(app);

    mainNow = SUNDAY_MORNING;
    await page.clock.setSystemTime(SUNDAY_MORNING);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect
      .poll(() => page.locator('.today-date').textContent())
      .toContain('Sunday 29 November');
    expectOnlyAppRequests(app);
  });
});
