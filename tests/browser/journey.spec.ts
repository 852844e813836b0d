import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, instantOfWallTime } from '../../src-main/shared/calendar';
import { timeSpent } from '../../src-main/shared/journey/where-you-are-words';
import { TOO_FEW_FOR_TREND } from '../../src-main/shared/share-words';
import {
  TEST_ORIGIN,
  expectOnlyAppRequests,
  saveScreenshot,
  startApp,
  stopApp,
  todayIn,
  type AppUnderTest,
  dispatchOk,
} from './harness';
import { expectAccessible } from './axe';
import { forEachLook } from './screenshots';

const ZONE = 'Asia/Kathmandu';
const today = todayIn(ZONE);
const day = (offset: number) => addDays(today, offset);
const BREAKUP = day(-34);

let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
});
afterAll(() => stopApp(browser, app));

/** Rows on disk, read through a separate connection. */
function countRows(table: 'stage_changes' | 'reflections'): number {
  const db = new Database(app.dbPath, { readonly: true });
  try {
    return db.prepare<[], number>(`SELECT COUNT(*) FROM ${table}`).pluck().get() ?? 0;
  } finally {
    db.close();
  }
}

/** A mood entry at nine in the morning of `d`, where the spec lives. */
function recordMood(d: string, mood: number, hurt: number) {
  return dispatchOk(app, 'mood:create', {
    occurredAt: instantOfWallTime(d, '09:00', ZONE),
    timeZone: ZONE,
    mood,
    hurt,
  });
}

const whereItem = (page: Page, label: string) =>
  page
    .getByRole('region', { name: 'Where you are now' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: label, exact: true }) });

async function openJourney(page: Page) {
  await page.goto(`${TEST_ORIGIN}/index.html#/journey`);
  await page.getByRole('heading', { level: 1, name: 'Your journey' }).waitFor();
}

describe('the Journey, over a few weeks of history', () => {
  it('shows Where you are now change as weeks of records come in', async () => {
    const { page } = app;
    await dispatchOk(app, 'settings:update', { breakupDay: BREAKUP });
    // Two days of mood: too few for a trend, and the screen says so plainly.
    await recordMood(day(-20), 3, 9);
    await recordMood(day(-19), 3, 9);
    await openJourney(page);

    const stage = page.getByRole('region', { name: /You are in Heal Yourself/ });
    await expect.poll(() => stage.textContent()).toContain(`${timeSpent(BREAKUP, today)}.`);
    await expect.poll(() => stage.textContent()).toContain('Since the breakup on ');
    const mood = whereItem(page, 'Mood over the last 14 days');
    await expect.poll(() => mood.textContent()).toContain(TOO_FEW_FOR_TREND);

    // Three weeks of mood climbing and hurt easing, and a walk most days.
    for (let i = -18; i <= -1; i += 1) {
      await recordMood(
        day(i),
        Math.round(3 + ((i + 18) * 5) / 17),
        Math.round(9 - ((i + 18) * 5) / 17),
      );
    }
    const habit = await app.dispatch('habit:create', {
      name: 'Walk in the park',
      kind: 'build',
      targetCount: 1,
      period: 'day',
    });
    if (!habit.ok) throw new Error(habit.error.message);
    // The router checked the answer against the contract; `dispatch` types it as unknown.
    const habitId = (habit.value as { readonly id: number }).id;
    for (let i = -20; i <= -1; i += 1) {
      if (i % 5 !== 0) await dispatchOk(app, 'checkin:set', { habitId, day: day(i), count: 1 });
    }

    // Coming back to the Journey reads the records again.
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.getByRole('link', { name: 'Journey', exact: true }).click();
    await expect
      .poll(() => mood.textContent())
      .toMatch(/Your mood rose from about \d+ to about \d+ out of 10\./);
    const hurt = whereItem(page, 'How much it hurts, over the last 4 weeks');
    await expect.poll(() => hurt.textContent()).toMatch(/How much it hurts went down from about/);
    await expect
      .poll(() => whereItem(page, 'Habit strength').textContent())
      .toMatch(/Your habits are getting steadier: strength \d+% for your one habit\./);
    await expect
      .poll(() => whereItem(page, 'Time spent healing').textContent())
      .toContain(`You have been healing for ${timeSpent(BREAKUP, today)}`);
    await expect.poll(() => mood.getByRole('figure').count()).toBe(1);
    // Each caption that names a dashed trend line has one drawn, visible over the dots.
    for (const item of [mood, hurt]) {
      const figure = item.getByRole('figure');
      await expect
        .poll(() => figure.textContent())
        .toContain('the dashed line is the trend the words describe');
      await figure.locator('.small-trend-line path').first().waitFor();
      await expect
        .poll(() =>
          figure.locator('.small-trend-line path').first().getAttribute('stroke-dasharray'),
        )
        .toBe('5 4');
    }
    // No headline value under "not a score".
    await expect.poll(() => page.locator('.where-value').count()).toBe(0);
    const everything = page.getByRole('main');
    await expect
      .poll(() => everything.textContent())
      .not.toMatch(/not yet|to go|remaining|\bscore:/i);
  });

  it('answers the honest reflection, dated, and Where you are now says it back', async () => {
    const { page } = app;
    const form = page.getByRole('form', { name: 'Honest reflection' });
    const choose = (question: RegExp, answer: string) =>
      form.getByRole('group', { name: question }).getByRole('radio', { name: answer }).check();
    // Saved with one question left empty: it is named, and nothing is written.
    await choose(/How much of the hurt feels behind you/, 'Some of it');
    await form.getByRole('button', { name: 'Save my answers' }).click();
    await expect
      .poll(() => form.getByRole('alert').first().textContent())
      .toBe('Choose how your habits have shifted.');
    expect(countRows('reflections')).toBe(0);

    await choose(/Have your habits shifted the way you wanted/, 'Some of them');
    await choose(/will be all right in the end/, 'Some days');
    await choose(/make sense at all/, 'I’m not sure');
    // The first card does not move when the saved line appears: the line takes no band of
    // its own, and shares the title's row.
    const stage = page.getByRole('region', { name: /You are in/ });
    // Measured from the top of the document: the click scrolls the page to the button.
    const topOf = () =>
      stage.evaluate((el) => el.getBoundingClientRect().top + document.documentElement.scrollTop);
    const topBefore = await topOf();
    await form.getByRole('button', { name: 'Save my answers' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/^Your answers are saved/);
    await expect.poll(topOf).toBe(topBefore);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'journey-saved-line-light-1280x800');
    const reflection = whereItem(page, 'Your honest reflection');
    await expect
      .poll(() => reflection.textContent())
      .toContain('you are not sure whether getting back together makes sense. Any answer counts.');
    expect(countRows('reflections')).toBe(1);
  });

  it('moves stage by hand with a reason, marks that part, and Undo takes the move back', async () => {
    const { page } = app;
    const move = page.getByRole('form', { name: 'Change stage' });
    await move.getByRole('radio', { name: 'Decide' }).check();
    await move
      .getByLabel(/Why, in a few words/)
      .fill('I feel steadier, and I want to look honestly.');
    await move.getByRole('button', { name: 'Change stage' }).click();

    await page.getByRole('heading', { name: /You are in Decide/ }).waitFor();
    const parts = page.getByRole('navigation', { name: 'Parts of your journey' });
    await expect
      .poll(() => parts.getByRole('link', { name: /^Decide/ }).textContent())
      .toBe('Decide (your stage)');
    const history = page.getByRole('region', { name: 'Your stage changes' });
    await expect
      .poll(() => history.textContent())
      .toContain('I feel steadier, and I want to look honestly.');
    expect(countRows('stage_changes')).toBe(1);

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('heading', { name: /You are in Heal Yourself/ }).waitFor();
    await expect.poll(() => countRows('stage_changes')).toBe(0);
  });

  it('opens each part from the small navigation, never locked', async () => {
    const { page } = app;
    const parts = page.getByRole('navigation', { name: 'Parts of your journey' });
    for (const [name, part] of [
      ['Decide', 'decide'],
      ['Apologize', 'apologize'],
      ['Take it Slow', 'slow'],
      ['Heal & Grow', 'grow'],
      ['Where you are', 'overview'],
    ] as const) {
      await parts.getByRole('link', { name: new RegExp(`^${name}`) }).click();
      await expect
        .poll(() => page.evaluate(() => window.location.hash))
        .toBe(`#/journey?part=${part}`);
      await expect
        .poll(() => parts.locator('[aria-current="page"]').textContent())
        .toMatch(new RegExp(`^${name}`));
    }
    await page.getByRole('region', { name: 'Where you are now' }).waitFor();
  });

  it('reads kindly in light and dark, wide and narrow (screenshots)', async () => {
    const { page } = app;
    await forEachLook(page, async (scheme, width) => {
      // A fresh load: no message left over from the steps above.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Your journey' }).waitFor();
      await whereItem(page, 'Mood over the last 14 days').getByRole('figure').waitFor();
      await saveScreenshot(page, `journey-overview-${scheme}-${width}`);
      // With the earlier answers open too: every part of the overview, in both schemes.
      await page.getByText(/^Your earlier answers/).click();
      await page.getByRole('list', { name: 'Your earlier answers' }).waitFor();
      await expectAccessible(page, `the journey, ${scheme}, ${width}`);
      // No empty band between the parts and the first card: the gap is the nav's own margin.
      const nav = await page
        .getByRole('navigation', { name: 'Parts of your journey' })
        .boundingBox();
      const first = await page.getByRole('region', { name: /You are in/ }).boundingBox();
      expect(nav && first ? first.y - (nav.y + nav.height) : -1).toBeLessThan(24);
      // Heal & Grow, the Move on path, in the same scheme and size.
      await page.goto(`${TEST_ORIGIN}/index.html#/journey?part=grow`);
      await page.getByRole('region', { name: 'Conflicts lately' }).waitFor();
      await saveScreenshot(page, `journey-grow-${scheme}-${width}`);
      await expectAccessible(page, `heal and grow, ${scheme}, ${width}`);
      await page.goto(`${TEST_ORIGIN}/index.html#/journey`);
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });
    expectOnlyAppRequests(app);
  });
});
