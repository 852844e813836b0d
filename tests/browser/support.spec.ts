import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_ORIGIN,
  expectOnlyAppRequests,
  startApp,
  stopApp,
  todayIn,
  type AppUnderTest,
} from './harness';
import { screenshotsOf } from './screenshots';

const ZONE = 'America/New_York';
const LOW_LINE = 'you do not have to carry it alone: there are people you can reach.';
const SAFETY_LINE = 'If you ever feel unsafe, you do not owe your ex contact.';

let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
});
afterAll(() => stopApp(browser, app));

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function checkIn(page: Page, mood: number) {
  const form = page.getByRole('form', { name: 'Mood check-in' });
  await form
    .getByRole('group', { name: /^Mood/ })
    .getByRole('radio', { name: new RegExp(`^${mood}(,|$)`) })
    .check();
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await expect
    .poll(() => page.getByRole('status').first().textContent())
    .toContain(`Mood ${mood} saved`);
}

async function lastShownDay(): Promise<unknown> {
  const read = await app.dispatch('settings:get', {});
  return read.ok ? (read.value as { lowEntrySupportDay: unknown }).lowEntrySupportDay : null;
}

describe('gentle lines to Support', () => {
  it('after a very low check-in on Today: once a day, closable, not again after a reload', async () => {
    const { page } = app;
    await page.goto(`${TEST_ORIGIN}/index.html#/today`);
    await expect.poll(() => heading(page).textContent()).toBe('Today');
    await checkIn(page, 2);
    const line = page.locator('.signpost', { hasText: LOW_LINE });
    await line.waitFor();
    await expect.poll(() => lastShownDay()).toBe(todayIn(ZONE));
    await screenshotsOf(page, 'signpost-low-entry-today');
    await line.getByRole('button', { name: 'Close this note' }).click();
    await expect.poll(() => line.count()).toBe(0);

    await page.reload();
    await expect.poll(() => heading(page).textContent()).toBe('Today');
    await checkIn(page, 1);
    // settled: the line would follow the save within a few calls; give them ample time first.
    await page.waitForTimeout(500);
    await expect.poll(() => page.locator('.signpost').count()).toBe(0);
  });

  it('after contact with the ex recorded as hostile, leading to the part about safety', async () => {
    const { page } = app;
    await page.goto(`${TEST_ORIGIN}/index.html#/communication`);
    await expect.poll(() => heading(page).textContent()).toBe('Communication');
    const form = page.getByRole('form', { name: 'Log a conversation' });
    await form.getByLabel('My ex', { exact: true }).check();
    await form.getByLabel('They reached out').check();
    await form.getByLabel('Tone').selectOption('Hostile');
    await form.getByRole('button', { name: 'Save conversation' }).click();
    const line = page.locator('.signpost', { hasText: SAFETY_LINE });
    await line.waitFor();
    // It says who could read the entry just saved, and that it can be deleted.
    await line
      .getByText(
        'Anything saved here can be read by anyone who opens Mending on this computer. If that ' +
          'could be your ex, you can delete this entry.',
      )
      .waitFor();
    await screenshotsOf(page, 'signpost-hostile-contact');

    await line.getByRole('link', { name: 'When contact with your ex is unsafe' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Support');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('When contact with your ex is unsafe');
    expectOnlyAppRequests(app);
  });
});
