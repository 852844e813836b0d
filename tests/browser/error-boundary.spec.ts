import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotsOf } from './screenshots';
import { TEST_ORIGIN, startApp, stopApp, type AppUnderTest } from './harness';

// A real failure, with no test-only code in the app: the Settings screen's code file is answered
// with a server error, so React.lazy's import rejects as it would with a file gone missing from
// an install, and the screen's error boundary has to catch it.

const ZONE = 'Pacific/Apia';
const SETTINGS_CODE = /\/assets\/SettingsScreen-[\w-]+\.js$/;

let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
});
afterAll(() => stopApp(browser, app));

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function breakSettingsCode(page: Page): Promise<void> {
  await page.route(SETTINGS_CODE, (route) =>
    route.fulfill({ status: 500, contentType: 'text/plain', body: 'unavailable' }),
  );
}

describe('a screen whose code cannot be read', () => {
  it('shows a calm message in its place, keeps the navigation, and Reload brings it back', async () => {
    const { page } = app;
    await breakSettingsCode(page);
    await page.goto(`${TEST_ORIGIN}/index.html#/settings`);
    await expect.poll(() => heading(page).textContent()).toBe('This screen ran into a problem');
    const main = page.getByRole('main');
    await expect
      .poll(() => main.getByRole('alert').textContent())
      .toContain(
        'Everything you had already saved is safe: it is in the data file on this computer.',
      );
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await expect.poll(() => nav.getByRole('link').count()).toBe(9);
    await screenshotsOf(page, 'screen-failed');

    // Another section draws as usual.
    await main.getByRole('link', { name: 'Go to Today' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Today');

    // Back on Settings it still cannot be read; once it can, Reload brings it back.
    await nav.getByRole('link', { name: 'Settings' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('This screen ran into a problem');
    await page.unroute(SETTINGS_CODE);
    await main.getByRole('button', { name: 'Reload Mending' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Settings');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/settings');

    // Nothing but the app's own files was asked for, failed one included.
    expect(app.requests.filter((url) => !url.startsWith(`${TEST_ORIGIN}/`))).toEqual([]);
  });
});
