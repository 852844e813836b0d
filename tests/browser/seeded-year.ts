/**
 * A seeded year for the Insights specs, and the ways they read its charts: one module, so the
 * specs of the mood, hurt and stage charts and of the habit, practice and contact charts find a
 * chart, open its table and judge its layout the same way.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { addDays, instantOfWallTime } from '../../src-main/shared/calendar';
import type { ChartRange } from '../../src-main/shared/series/ranges';
import { seedYearOfPractice } from '../helpers/year-of-practice';
import { TEST_ORIGIN, dispatchOk, type AppUnderTest } from './harness';
import { WINDOW_SIZES } from './screenshots';

/** The two moves of the mood year: to Decide, then on to Heal & Grow (days before today). */
export const MOVES = {
  decide: { at: -150, reason: 'I felt steady enough to look at it honestly' },
  grow: { at: -120, reason: 'We want different things, and I am choosing to move on' },
} as const;

/**
 * A year of ups and downs, through the services as the page would write them: most evenings a
 * mood entry (a slow climb with waves and a few hard weeks), the hurt going down with the same
 * waves, a month with no entries at all (a gap the charts keep as wide as a month), and two moves
 * with their reasons, back-dated through stage:restore (stage:move only moves now).
 */
export async function seedMoodYear(
  app: Pick<AppUnderTest, 'dispatch'>,
  today: string,
  zone: string,
): Promise<void> {
  const day = (offset: number) => addDays(today, offset);
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
      occurredAt: instantOfWallTime(day(offset), '20:30', zone),
      timeZone: zone,
      mood,
      hurt,
    });
  }
  const moves = [
    { id: 1, stage: 'decide', ...MOVES.decide },
    { id: 2, stage: 'heal_and_grow', ...MOVES.grow },
  ] as const;
  for (const move of moves) {
    await dispatchOk(app, 'stage:restore', {
      id: move.id,
      stage: move.stage,
      changedAt: instantOfWallTime(day(move.at), '12:00', zone),
      timeZone: zone,
      day: day(move.at),
      reason: move.reason,
      wasSuggested: false,
    });
  }
}

/**
 * A year of habits, practice and contact (tests/helpers/year-of-practice), through the real
 * services; `setNow` moves the services' clock while it is written (an archive happens "then").
 */
export async function seedPracticeYear(
  app: Pick<AppUnderTest, 'dispatch'>,
  today: string,
  zone: string,
  setNow: (at: Date | null) => void,
): Promise<void> {
  await seedYearOfPractice(app.dispatch, { today, timeZone: zone, setNow });
}

/** The looks every Insights spec checks: the light and the dark theme, wide and small. */
export const LOOKS = (['light', 'dark'] as const).flatMap((colorScheme) =>
  WINDOW_SIZES.map((size) => ({
    colorScheme,
    size,
    name: `${colorScheme}-${String(size.width)}x${String(size.height)}`,
  })),
);
export type Look = (typeof LOOKS)[number];

/** The page in a look's theme and window size. */
export async function putOn(page: Page, look: Look): Promise<void> {
  await page.emulateMedia({ colorScheme: look.colorScheme });
  await page.setViewportSize(look.size);
}

/** Insights over a range (the month when none is given), once its heading is drawn. */
export async function openInsights(page: Page, range?: ChartRange): Promise<void> {
  const query = range === undefined ? '' : `?range=${range}`;
  await page.goto(`${TEST_ORIGIN}/index.html#/insights${query}`);
  await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
}

/** A chart's frame, found by its heading. */
export const chart = (page: Page, title: string): Locator =>
  page.locator('section.chart-frame').filter({
    has: page.getByRole('heading', { name: title, exact: true }),
  });

export const summaryOf = (frame: Locator) => frame.locator('.chart-summary').textContent();

/**
 * Opens the table of each chart on screen, checks it has rows and that no header or bucket name
 * breaks over two lines ("I-" over "statements"), and closes it again.
 */
export async function openEveryTable(page: Page, titles: readonly string[]): Promise<void> {
  for (const title of titles) {
    const frame = chart(page, title);
    await frame.getByRole('button', { name: 'Show as table' }).click();
    const rows = frame.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await expect.poll(() => headersOnTwoLines(frame)).toEqual([]);
    await frame.getByRole('button', { name: 'Show as chart' }).click();
    await frame.getByRole('img').waitFor();
  }
}

/** The table headers (column heads and bucket names) in `frame` drawn over more than one line. */
function headersOnTwoLines(frame: Locator): Promise<string[]> {
  return frame.locator('table th').evaluateAll((cells) =>
    cells
      .filter((cell) => {
        // One line of text: the text's own boxes all share one top.
        const range = document.createRange();
        range.selectNodeContents(cell);
        const tops = new Set([...range.getClientRects()].map((box) => Math.round(box.top)));
        return tops.size > 1;
      })
      .map((cell) => cell.textContent ?? ''),
  );
}

/**
 * The table toggle looks like the app's secondary button (rounded, edged, the card's colour, the
 * page's font), not the browser's grey default, and shows the app's focus ring from the keyboard.
 */
export async function toggleLooksLikeAButton(page: Page, title: string): Promise<void> {
  const toggle = chart(page, title).getByRole('button', { name: 'Show as table' });
  const looks = () =>
    toggle.evaluate((button) => {
      const style = getComputedStyle(button);
      const card = getComputedStyle(button.closest('.chart-frame') ?? document.body);
      return {
        isRounded: Number.parseFloat(style.borderTopLeftRadius) >= 8,
        hasEdge: style.borderTopStyle === 'solid' && Number.parseFloat(style.borderTopWidth) >= 1,
        onCard: style.backgroundColor === card.backgroundColor,
        inkOfPage: style.color === getComputedStyle(document.body).color,
        fontOfPage: style.fontFamily === getComputedStyle(document.body).fontFamily,
      };
    });
  await expect.poll(looks).toEqual({
    isRounded: true,
    hasEdge: true,
    onCard: true,
    inkOfPage: true,
    fontOfPage: true,
  });
  await toggle.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect
    .poll(() =>
      toggle.evaluate((button) => {
        const style = getComputedStyle(button);
        return button.matches(':focus-visible') && style.outlineStyle === 'solid'
          ? Number.parseFloat(style.outlineWidth)
          : 0;
      }),
    )
    .toBeGreaterThanOrEqual(2);
  // Focus off again: a later screenshot of the same page should not show the ring.
  await toggle.blur();
}
