import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFUSED_WHILE_EXPLORING } from '../../src-main/ipc/sample-copy';
import { SAMPLE_BANNER, SAMPLE_SETTINGS } from '../../src-renderer/app/sample-copy';
import {
  TEST_ORIGIN,
  clockNow,
  dispatchOk,
  expectOnlyAppRequests,
  saveScreenshot,
  startApp,
  stopApp,
  type AppUnderTest,
} from './harness';
import { expectAccessible } from './axe';

const ZONE = 'Asia/Kathmandu';
let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
  // The person's own data: one entry, so "your own data is back" is something to see.
  await dispatchOk(app, 'mood:create', {
    occurredAt: clockNow(ZONE).toISOString(),
    timeZone: ZONE,
    mood: 6,
    note: 'my own words',
  });
});
afterAll(() => stopApp(browser, app));

const LOOKS = [
  { scheme: 'light', width: 1280, height: 800 },
  { scheme: 'dark', width: 800, height: 600 },
  { scheme: 'dark', width: 1280, height: 800 },
  { scheme: 'light', width: 800, height: 600 },
] as const;

describe('exploring sample data', () => {
  it('starts from Settings, shows a year on Insights under the banner, and leaves in one step', async () => {
    const { page } = app;
    const banner = page.getByRole('region', { name: SAMPLE_BANNER.label, exact: true });
    const sampleFolder = join(dirname(app.dbPath), 'sample');

    await page.goto(`${TEST_ORIGIN}/index.html#/settings`);
    const card = page.getByRole('region', { name: SAMPLE_SETTINGS.title });
    await card.getByRole('button', { name: SAMPLE_SETTINGS.start }).click();
    await banner.waitFor();
    await expect.poll(() => banner.textContent()).toContain(SAMPLE_BANNER.body);
    await expect.poll(() => existsSync(sampleFolder)).toBe(true);
    // Backups wait until the person leaves, and say so.
    await page.getByText(REFUSED_WHILE_EXPLORING.backups).first().waitFor();
    await saveScreenshot(page, 'sample-settings-light-1280');
    await expectAccessible(page, 'settings while exploring sample data, light, wide');

    for (const look of LOOKS) {
      await page.emulateMedia({ colorScheme: look.scheme });
      await page.setViewportSize({ width: look.width, height: look.height });
      await page.goto(`${TEST_ORIGIN}/index.html#/insights`);
      await banner.waitFor();
      // Filled charts: a year of mood, hurt, habits, practice and contact.
      await expect.poll(() => page.locator('.recharts-wrapper').count()).toBeGreaterThan(3);
      await expect.poll(() => page.locator('.recharts-line-curve').count()).toBeGreaterThan(0);
      await saveScreenshot(page, `sample-insights-${look.scheme}-${look.width}`);
      await expectAccessible(page, `insights while exploring, ${look.scheme}, ${look.width}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.goto(`${TEST_ORIGIN}/index.html#/mood`);
    await banner.waitFor();
    await expect.poll(() => page.getByText('my own words').count()).toBe(0);
    await banner.getByRole('button', { name: SAMPLE_BANNER.leave }).click();
    await banner.waitFor({ state: 'detached' });
    await page.getByText('my own words').first().waitFor();
    await expect.poll(() => existsSync(sampleFolder)).toBe(false);

    await page.goto(`${TEST_ORIGIN}/index.html#/insights`);
    // The person's own data has no habits; the sample had eleven.
    await page.getByText(/^No habits yet\./).waitFor();
    await expect.poll(() => page.locator('.recharts-line-curve').count()).toBe(0);
    await expect.poll(() => banner.count()).toBe(0);
    await saveScreenshot(page, 'sample-left-insights-light-1280');
  });

  it('made no request anywhere but the app itself, and broke no security policy', () => {
    expectOnlyAppRequests(app);
  });
});
