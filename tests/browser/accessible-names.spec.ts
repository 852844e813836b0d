import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOfInstant } from '../../src-main/shared/calendar';
import {
  TEST_ORIGIN,
  clockNow,
  labelInPage,
  expectOnlyAppRequests,
  startApp,
  stopApp,
  type AppUnderTest,
} from './harness';

const ZONE = 'Asia/Kathmandu';

let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
});
afterAll(() => stopApp(browser, app));

interface AxNode {
  readonly role?: { readonly value: string };
  readonly name?: { readonly value: string };
  readonly backendDOMNodeId?: number;
}

describe('names as Chromium itself gives them to screen readers and speech control', () => {
  it('names each mood calendar day with the numbers it shows, in order', async () => {
    const { page } = app;
    const now = clockNow(ZONE).toISOString();
    const today = dayOfInstant(now, ZONE);
    for (const mood of [5, 6]) {
      const saved = await app.dispatch('mood:create', { occurredAt: now, timeZone: ZONE, mood });
      expect(saved.ok).toBe(true);
    }
    await page.goto(`${TEST_ORIGIN}/index.html#/mood`);
    await page.getByRole('tab', { name: 'Calendar' }).click();
    await page.locator(`[data-day="${today}"][data-level]`).waitFor();

    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const named = (role: string) =>
      nodes.filter((n) => n.role?.value === role).map((n) => n.name?.value ?? '');

    // What the cell shows ("30", "5.5") is inside what it is called, in the same order.
    const expected = await labelInPage(app.page, today, { day: today, average: 5.5, count: 2 });
    expect(expected).toMatch(/ \d+ .*average mood 5\.5 from 2 entries$/);
    expect(named('gridcell')).toContain(expected);
    // Named by its content, not by an aria-label that replaces what is on screen.
    const cell = page.locator(`[data-day="${today}"]`);
    await expect.poll(() => cell.getAttribute('aria-label')).toBeNull();
    const seen = await cell.evaluate((element) =>
      [...element.querySelectorAll('span:not(.visually-hidden)')].map((s) => s.textContent ?? ''),
    );
    expect(seen).toEqual([String(Number(today.slice(8))), '5.5']);
    expect(expected.indexOf(` ${seen[0] ?? ''} `)).toBeLessThan(expected.indexOf(seen[1] ?? ''));
    expect(named('columnheader')).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    for (const name of named('gridcell').filter((n) => n !== '')) {
      expect(name).toMatch(
        /^\w+day \d{1,2} \w+: (no entries|average mood [\d.]+ from \d+ entr(y|ies))$/,
      );
    }
  });

  it('made no request anywhere but the app itself, and broke no security policy', () => {
    expectOnlyAppRequests(app);
  });
});
