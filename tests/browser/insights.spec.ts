import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, instantOfWallTime } from '../../src-main/shared/calendar';
import { CHART_RANGES, CHART_RANGE_LABELS } from '../../src-main/shared/series/ranges';
import { RANGE_PHRASES } from '../../src-renderer/charts/chart-copy';
import { expectAccessible } from './axe';
import {
  TEST_ORIGIN,
  dispatchOk,
  expectOnlyAppRequests,
  saveScreenshot,
  startApp,
  stopApp,
  todayIn,
  type AppUnderTest,
} from './harness';

const ZONE = 'America/New_York';
const today = todayIn(ZONE);
const day = (offset: number) => addDays(today, offset);

/** The two moves of the year: to Decide, then on to Heal & Grow. */
const DECIDE_AT = -150;
const GROW_AT = -120;
const DECIDE_REASON = 'I felt steady enough to look at it honestly';
const GROW_REASON = 'We want different things, and I am choosing to move on';

let browser: Browser;
let app: AppUnderTest;

/**
 * A year of ups and downs, through the services as the page would write them: most evenings a
 * mood entry (a slow climb with waves and a few hard weeks), the hurt going down with the same
 * waves, a month with no entries at all (a gap the charts keep as wide as a month), and two moves
 * with their reasons, back-dated through stage:restore (stage:move only moves now).
 */
async function seedYear(): Promise<void> {
  for (let offset = -364; offset <= 0; offset += 1) {
    // A month away from the app, from about seven to six months ago.
    if (offset > -215 && offset < -185) continue;
    // Some evenings pass without an entry.
    if (((offset % 5) + 5) % 5 === 2) continue;
    const climb = (offset + 364) / 364;
    const wave = Math.sin(offset / 9) * 1.6;
    const hardWeek = offset % 61 > -7 && offset % 61 <= 0 ? -2 : 0;
    const mood = Math.round(Math.min(10, Math.max(1, 3 + 4 * climb + wave + hardWeek)));
    const hurt = Math.round(Math.min(10, Math.max(0, 9 - 6 * climb - wave / 2 - hardWeek)));
    await dispatchOk(app, 'mood:create', {
      occurredAt: instantOfWallTime(day(offset), '20:30', ZONE),
      timeZone: ZONE,
      mood,
      hurt,
    });
  }
  const moves = [
    { id: 1, stage: 'decide', at: DECIDE_AT, reason: DECIDE_REASON },
    { id: 2, stage: 'heal_and_grow', at: GROW_AT, reason: GROW_REASON },
  ] as const;
  for (const move of moves) {
    await dispatchOk(app, 'stage:restore', {
      id: move.id,
      stage: move.stage,
      changedAt: instantOfWallTime(day(move.at), '12:00', ZONE),
      timeZone: ZONE,
      day: day(move.at),
      reason: move.reason,
      wasSuggested: false,
    });
  }
}

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
  await seedYear();
}, 120_000);
afterAll(() => stopApp(browser, app));

/** A chart's frame, found by its heading. */
const chart = (page: Page, title: string): Locator =>
  page.locator('section.chart-frame').filter({
    has: page.getByRole('heading', { name: title, exact: true }),
  });

const summaryOf = (frame: Locator) => frame.locator('.chart-summary').textContent();

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

/** Opens the table of each chart on screen, checks it has rows, and closes it again. */
async function openEveryTable(page: Page, titles: readonly string[]): Promise<void> {
  for (const title of titles) {
    const frame = chart(page, title);
    await frame.getByRole('button', { name: 'Show as table' }).click();
    const rows = frame.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await frame.getByRole('button', { name: 'Show as chart' }).click();
    await frame.getByRole('img').waitFor();
  }
}

const CHARTS = ['Mood', 'How much it hurts', 'Your stages over time'] as const;

describe('Insights over a year of ups and downs, in a real browser', () => {
  it('opens on a month, switches every range (kept in the address), and shows every table', async () => {
    const { page } = app;
    await page.goto(`${TEST_ORIGIN}/index.html#/insights`);
    await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
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
    await page.goto(`${TEST_ORIGIN}/index.html#/insights?range=year`);
    await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
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

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 800, height: 600 },
    ]) {
      it(`reads well over a year, ${colorScheme}, ${size.width}x${size.height}`, async () => {
        const { page } = app;
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize(size);
        await page.goto(`${TEST_ORIGIN}/index.html#/insights?range=year`);
        const mood = chart(page, 'Mood');
        await expect.poll(() => mood.locator('.stage-band').count()).toBe(3);
        await bandLabelsKeepClear(page);
        // The pointer off the charts, so no tooltip hides what a person would first see.
        await page.mouse.move(0, 0);
        await saveScreenshot(page, `insights-year-${colorScheme}-${size.width}x${size.height}`);
        await expectAccessible(page, `insights, ${colorScheme}, ${size.width}x${size.height}`);

        await page.goto(`${TEST_ORIGIN}/index.html#/journey`);
        const block = page.getByRole('region', { name: 'Your progress over time' });
        await block.getByRole('radio', { name: 'Year', exact: true }).check();
        await expect.poll(() => block.locator('.stage-band').count()).toBe(3);
        await expect.poll(() => block.locator('.stage-span').count()).toBe(3);
        await block.scrollIntoViewIfNeeded();
        await page.mouse.move(0, 0);
        await saveScreenshot(page, `journey-progress-${colorScheme}-${size.width}x${size.height}`);
        await expectAccessible(
          page,
          `journey progress, ${colorScheme}, ${size.width}x${size.height}`,
        );
      });
    }
  }

  it('asked nothing of the network, and broke no policy', () => {
    expectOnlyAppRequests(app);
  });
});
