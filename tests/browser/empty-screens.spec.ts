import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_ORIGIN,
  expectOnlyAppRequests,
  saveScreenshot,
  startApp,
  stopApp,
  type AppUnderTest,
} from './harness';
import { forEachLook } from './screenshots';

let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: 'Pacific/Apia' }));
});
afterAll(() => stopApp(browser, app));

describe('a fresh start, with nothing recorded yet', () => {
  it('says what to do first where a chart or a list will be, in light and dark, wide and narrow', async () => {
    const { page } = app;
    await forEachLook(page, async (scheme, width) => {
      await page.goto(`${TEST_ORIGIN}/index.html#/mood`);
      await page.getByText(/Your mood line begins with your first entry/).waitFor();
      await expect.poll(() => page.locator('.recharts-wrapper').count()).toBe(0);
      await saveScreenshot(page, `empty-mood-${scheme}-${width}`);
      await page.getByRole('tab', { name: 'Energy grid' }).click();
      await page.getByText(/No entries with an energy rating in the last 30 days yet/).waitFor();
      await expect.poll(() => page.locator('.recharts-wrapper').count()).toBe(0);
      await page.getByRole('tab', { name: 'Calendar' }).click();
      await page.getByText(/Days with an entry take a colour here/).waitFor();

      await page.goto(`${TEST_ORIGIN}/index.html#/communication`);
      await page.getByText(/Log your first conversation with the form on this page/).waitFor();
      await expect
        .poll(() => page.getByRole('button', { name: 'Show earlier conversations' }).count())
        .toBe(0);
      await saveScreenshot(page, `empty-communication-${scheme}-${width}`);
    });
  });

  it('made no request anywhere but the app itself, and broke no security policy', () => {
    expectOnlyAppRequests(app);
  });
});
