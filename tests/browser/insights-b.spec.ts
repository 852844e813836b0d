import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_RANGES, CHART_RANGE_LABELS } from '../../src-main/shared/series/ranges';
import { YEAR } from '../helpers/year-of-practice';
import { expectAccessible } from './axe';
import {
  clockNow,
  expectOnlyAppRequests,
  saveScreenshot,
  startApp,
  stopApp,
  todayIn,
  type AppUnderTest,
} from './harness';
import {
  LOOKS,
  chart,
  openEveryTable,
  openInsights,
  putOn,
  seedPracticeYear,
  summaryOf,
  toggleLooksLikeAButton,
} from './seeded-year';

// Far from UTC and not a whole hour off: the charts' days must be the person's days.
const ZONE = 'Asia/Kathmandu';
const today = todayIn(ZONE);

let browser: Browser;
let app: AppUnderTest;
/** Where the services' clock stands while the year is seeded (null: the spec's moment). */
let movedTo: Date | null = null;

beforeAll(async () => {
  ({ browser, app } = await startApp({
    timezoneId: ZONE,
    now: () => movedTo ?? clockNow(ZONE),
  }));
  // Four habits (one archived after three months), practice every third day and contact with
  // the ex once a week that grows calmer, through the real services.
  await seedPracticeYear(app, today, ZONE, (at) => {
    movedTo = at;
  });
}, 120_000);
afterAll(() => stopApp(browser, app));

const TITLES = [
  'Habit strength',
  'Practice by skill',
  'Practice by outcome',
  'Contact with your ex, by tone',
] as const;

describe('habit strength, practice and contact tone over a year, in a real browser', () => {
  it('toggles a habit line from its legend, by mouse and by keyboard', async () => {
    const { page } = app;
    await openInsights(page, 'year');
    const habits = chart(page, 'Habit strength');
    await expect
      .poll(() => summaryOf(habits))
      .toMatch(
        new RegExp(
          `^4 habits over the last year \\(1 archived\\); the steadiest now is ${YEAR.walk}`,
        ),
      );
    const lines = habits.locator('.habit-strength-line .recharts-line-curve');
    await expect.poll(() => lines.count()).toBe(4);

    const swim = habits.getByRole('button', { name: YEAR.swim, exact: true });
    await swim.click();
    await expect.poll(() => swim.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => lines.count()).toBe(3);
    // The same button from the keyboard brings the line back.
    await swim.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => swim.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => lines.count()).toBe(4);
    await expect
      .poll(() => habits.getByRole('button', { name: `${YEAR.journal} (archived)` }).count())
      .toBe(1);
  });

  it('opens every table over every range, with the summaries in words', async () => {
    const { page } = app;
    await openInsights(page, 'month');
    for (const range of CHART_RANGES) {
      await page.getByRole('radio', { name: CHART_RANGE_LABELS[range], exact: true }).check();
      await expect
        .poll(() => page.evaluate(() => window.location.hash))
        .toBe(`#/insights?range=${range}`);
      await expect
        .poll(() => summaryOf(chart(page, 'Practice by skill')))
        .toMatch(
          /conversations and rehearsals (over the last|since your first record).*; practised most: /,
        );
      await openEveryTable(page, TITLES);
    }
    // Over the year, contact grew calmer: the summary says so with both halves' counts.
    await page.getByRole('radio', { name: CHART_RANGE_LABELS.year, exact: true }).check();
    await expect
      .poll(() => summaryOf(chart(page, 'Contact with your ex, by tone')))
      .toMatch(
        /^Contact has become calmer over the last year: \d+ of \d+ \(\d+%\) contacts in the later half/,
      );
    // Hostile contact is hatched, so it never rests on colour alone.
    const contact = chart(page, 'Contact with your ex, by tone');
    await expect
      .poll(() => contact.locator('.recharts-bar-rectangle path[fill^="url(#hatch-"]').count())
      .toBeGreaterThan(0);
  });

  for (const look of LOOKS) {
    const { colorScheme, size } = look;
    it(`reads well over a year, ${colorScheme}, ${size.width}x${size.height}`, async () => {
      const { page } = app;
      await putOn(page, look);
      await openInsights(page, 'year');
      for (const title of TITLES) await chart(page, title).getByRole('img').waitFor();
      await expect
        .poll(() => chart(page, 'Habit strength').locator('.habit-strength-line').count())
        .toBe(4);
      await chart(page, 'Habit strength').scrollIntoViewIfNeeded();
      await page.mouse.move(0, 0);
      await saveScreenshot(page, `insights-b-year-${look.name}`);
      await expectAccessible(page, `insights (habits, practice, contact), ${colorScheme}`);
      await toggleLooksLikeAButton(page, 'Practice by skill');
    });
  }

  for (const look of LOOKS.filter((l) => l.size.width === 1280)) {
    it(`names every series readably in a chart's tooltip, ${look.colorScheme}`, async () => {
      const { page } = app;
      await putOn(page, look);
      await openInsights(page, 'year');
      for (const title of TITLES) {
        const frame = chart(page, title);
        await frame.getByRole('img').waitFor();
        await frame.scrollIntoViewIfNeeded();
        // The middle of the plot: a year of records has a point or a bar under it.
        await frame.locator('.recharts-surface').first().hover();
        const items = frame.locator('.recharts-tooltip-item-name');
        await expect
          .poll(() => items.count(), { message: `${title}: a tooltip` })
          .toBeGreaterThan(0);
        await expectAccessible(page, `${title}'s tooltip, ${look.colorScheme}`);
      }
      await page.mouse.move(0, 0);
    });
  }

  it('asked nothing of the network, and broke no policy', () => {
    expectOnlyAppRequests(app);
  });
});
