import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_ORIGIN,
  todayIn,
  saveScreenshot,
  type AppUnderTest,
  startApp,
  stopApp,
  expectOnlyAppRequests,
  queryFile,
} from './harness';
import { forEachLook } from './screenshots';

const ZONE = 'Asia/Kathmandu';

let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
  await app.dispatch('habit:create', {
    name: 'Walk outside',
    kind: 'build',
    targetCount: 1,
    period: 'day',
  });
  await app.dispatch('habit:create', {
    name: 'Check their social media',
    kind: 'break',
    targetCount: 0,
    period: 'day',
  });
});
afterAll(() => stopApp(browser, app));

/** What to look for in the focused element; every given property must match. */
interface FocusTarget {
  readonly type?: string;
  readonly value?: string;
  readonly text?: string;
  /** The aria-label of the list item the element sits in. */
  readonly inItem?: string;
}

/** Presses Tab until the focused element matches `target`; fails after `limit` presses. */
async function tabTo(page: Page, target: FocusTarget, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((t) => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement)) return false;
      if (t.type !== undefined && (el as HTMLInputElement).type !== t.type) return false;
      if (t.value !== undefined && (el as HTMLInputElement).value !== t.value) return false;
      if (t.text !== undefined && el.textContent?.trim() !== t.text) return false;
      if (t.inItem !== undefined && el.closest('li')?.getAttribute('aria-label') !== t.inItem)
        return false;
      return true;
    }, target);
    if (found) return;
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

/** True when the focused element (or the box drawn for it) shows a visible focus ring. */
function focusRingIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || !el.matches(':focus-visible')) return false;
    const drawn = el.matches('.scale-option input') ? el.nextElementSibling : el;
    return drawn !== null && getComputedStyle(drawn).outlineStyle !== 'none';
  });
}

describe('a full daily check-in by keyboard alone', () => {
  it('records mood, both habits and reaches the conversation shortcut without a mouse', async () => {
    const { page } = app;
    const today = todayIn(ZONE);
    await page.goto(`${TEST_ORIGIN}/index.html#/today`);
    await page.getByRole('heading', { name: 'Your habits today' }).waitFor();

    // Mood: Tab into the scale, arrow along it to 7.
    await tabTo(page, { type: 'radio', value: '1' });
    expect(await focusRingIsVisible(page)).toBe(true);
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
    await tabTo(page, { text: 'Save check-in' });
    expect(await focusRingIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Mood 7 saved');
    expect(
      queryFile<{ mood: number; local_day: string }>(
        app,
        'SELECT mood, local_day FROM mood_entries',
      ),
    ).toEqual([{ mood: 7, local_day: today }]);

    // Habits: Space ticks the build habit, Enter leaves today out for the break habit.
    await tabTo(page, { type: 'checkbox', inItem: 'Walk outside' });
    expect(await focusRingIsVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await expect
      .poll(() =>
        queryFile<{ count: number }>(app, 'SELECT count FROM habit_checkins WHERE habit_id = 1'),
      )
      .toEqual([{ count: 1 }]);
    await tabTo(page, { text: 'Leave today out', inItem: 'Check their social media' });
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        queryFile<{ is_skip: number }>(
          app,
          'SELECT is_skip FROM habit_checkins WHERE habit_id = 2',
        ),
      )
      .toEqual([{ is_skip: 1 }]);

    // The Undo in the message is reachable by keyboard too, and takes back the skip only.
    await tabTo(page, { text: 'Undo' });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => queryFile<{ habit_id: number }>(app, 'SELECT habit_id FROM habit_checkins'))
      .toEqual([{ habit_id: 1 }]);

    await tabTo(page, { text: 'Log a conversation' }, 60);
    expect(await focusRingIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('#/communication');
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.goto(`${TEST_ORIGIN}/index.html#/today`);
    await page.getByRole('heading', { name: 'Your habits today' }).waitFor();
    await forEachLook(page, async (scheme, width) => {
      await saveScreenshot(page, `today-${scheme}-${width}`);
    });
  });

  it('made no request anywhere but the app itself, and broke no security policy', () => {
    expectOnlyAppRequests(app);
  });
});
