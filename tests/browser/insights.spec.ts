import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_RANGES, CHART_RANGE_LABELS } from '../../src-main/shared/series/ranges';
import { RANGE_PHRASES } from '../../src-renderer/charts/chart-copy';
import { expectAccessible } from './axe';
import {
  TEST_ORIGIN,
  expectOnlyAppRequests,
  saveScreenshot,
  startApp,
  stopApp,
  todayIn,
  type AppUnderTest,
} from './harness';
import {
  LOOKS,
  MOVES,
  chart,
  openEveryTable,
  openInsights,
  putOn,
  seedMoodYear,
  summaryOf,
  toggleLooksLikeAButton,
} from './seeded-year';

const ZONE = 'America/New_York';
const today = todayIn(ZONE);
const DECIDE_REASON = MOVES.decide.reason;
const GROW_REASON = MOVES.grow.reason;

let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
  await seedMoodYear(app, today, ZONE);
}, 120_000);
afterAll(() => stopApp(browser, app));

/**
 * Every band name drawn on the mood chart sits inside the plot and touches no other name: a name
 * that does not fit its band is left to the key and the table, never clipped or drawn over.
 */
async function bandLabelsKeepClear(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    for (const svg of document.querySelectorAll('.mood-series-chart svg.recharts-surface')) {
      const plot = svg.getBoundingClientRect();
      const boxes = [...svg.querySelectorAll('.stage-band-label')].map((label) => ({
        text: label.textContent ?? '',
        box: label.getBoundingClientRect(),
      }));
      const bands = [...svg.querySelectorAll('.stage-band path')].map((band) =>
        band.getBoundingClientRect(),
      );
      for (const [i, { text, box }] of boxes.entries()) {
        if (box.left < plot.left || box.right > plot.right) found.push(`${text} is clipped`);
        const isInItsBand = bands.some((band) => band.left <= box.left && box.right <= band.right);
        if (!isInItsBand) found.push(`${text} runs out of its band`);
        for (const other of boxes.slice(i + 1)) {
          const apart = box.right <= other.box.left || other.box.right <= box.left;
          if (!apart) found.push(`${text} overlaps ${other.text}`);
        }
      }
    }
    return found;
  });
  expect(problems).toEqual([]);
}

const CHARTS = ['Mood', 'How much it hurts', 'Your stages over time'] as const;

describe('Insights over a year of ups and downs, in a real browser', () => {
  it('opens on a month, switches every range (kept in the address), and shows every table', async () => {
    const { page } = app;
    await openInsights(page);
    const mood = chart(page, 'Mood');
    await expect.poll(() => summaryOf(mood)).toContain(RANGE_PHRASES.month);

    for (const range of CHART_RANGES) {
      await page.getByRole('radio', { name: CHART_RANGE_LABELS[range], exact: true }).check();
      await expect
        .poll(() => page.evaluate(() => window.location.hash))
        .toBe(`#/insights?range=${range}`);
      for (const title of CHARTS) {
        await expect
          .poll(() => summaryOf(chart(page, title)))
          .toMatch(new RegExp(RANGE_PHRASES[range], 'i'));
      }
      await openEveryTable(page, CHARTS);
      await page.mouse.move(0, 0);
      await saveScreenshot(page, `insights-${range}-light-1280x800`);
    }

    // Over a year (and all time) each day's mean and the 7-day average are drawn, and the stages
    // sit behind them, named where they fit.
    await page.getByRole('radio', { name: CHART_RANGE_LABELS.year, exact: true }).check();
    await expect.poll(() => summaryOf(mood)).toMatch(/^Your 7-day average (rose|went down|stayed)/);
    await expect.poll(() => mood.locator('.stage-band').count()).toBe(3);
    await expect.poll(() => mood.locator('.mood-mean-dot').count()).toBeGreaterThan(200);
    await bandLabelsKeepClear(page);
  });

  it('opens on the range in the address, and shows every move’s reason on hover and in the table', async () => {
    const { page } = app;
    await openInsights(page, 'year');
    await expect
      .poll(() => page.getByRole('radio', { name: 'Year', exact: true }).isChecked())
      .toBe(true);
    const stages = chart(page, 'Your stages over time');
    await expect
      .poll(() => summaryOf(stages))
      .toBe(
        'Over the last year you were in Heal Yourself, then Decide, then Heal & Grow (2 moves).',
      );
    await stages.locator('.stage-span-decide').hover();
    await expect
      .poll(() => stages.locator('.stage-tooltip').textContent())
      .toContain(DECIDE_REASON);
    await stages.locator('.stage-span-heal_and_grow').hover();
    await expect.poll(() => stages.locator('.stage-tooltip').textContent()).toContain(GROW_REASON);

    await stages.getByRole('button', { name: 'Show as table' }).click();
    const reasons = stages.getByRole('table').locator('tbody tr td:last-child');
    await expect
      .poll(() => reasons.allTextContents())
      .toEqual(['Where everyone starts, from your first record', DECIDE_REASON, GROW_REASON]);
    await stages.getByRole('button', { name: 'Show as chart' }).click();
    await stages.getByRole('img').waitFor();
  });

  for (const look of LOOKS) {
    const { colorScheme, size } = look;
    it(`reads well over a year, ${colorScheme}, ${size.width}x${size.height}`, async () => {
      const { page } = app;
      await putOn(page, look);
      await page.goto(`${TEST_ORIGIN}/index.html#/insights?range=year`);
      const mood = chart(page, 'Mood');
      await expect.poll(() => mood.locator('.stage-band').count()).toBe(3);
      await bandLabelsKeepClear(page);
      // The pointer off the charts, so no tooltip hides what a person would first see.
      await page.mouse.move(0, 0);
      await saveScreenshot(page, `insights-year-${look.name}`);
      await expectAccessible(page, `insights, ${colorScheme}, ${size.width}x${size.height}`);
      await toggleLooksLikeAButton(page, 'Mood');

      await page.goto(`${TEST_ORIGIN}/index.html#/journey`);
      const block = page.getByRole('region', { name: 'Your progress over time' });
      await block.getByRole('radio', { name: 'Year', exact: true }).check();
      await expect.poll(() => block.locator('.stage-band').count()).toBe(3);
      await expect.poll(() => block.locator('.stage-span').count()).toBe(3);
      await block.scrollIntoViewIfNeeded();
      await page.mouse.move(0, 0);
      await saveScreenshot(page, `journey-progress-${look.name}`);
      await expectAccessible(
        page,
        `journey progress, ${colorScheme}, ${size.width}x${size.height}`,
      );
    });
  }

  it('asked nothing of the network, and broke no policy', () => {
    expectOnlyAppRequests(app);
  });
});
