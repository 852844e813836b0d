import type { Browser, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  TEST_ORIGIN,
  expectOnlyAppRequests,
  saveScreenshot,
  startApp,
  stopApp,
  type AppUnderTest,
} from './harness';

let browser: Browser | undefined;
let app: AppUnderTest | undefined;
afterEach(() => stopApp(browser, app));

const message = (page: Page) => page.locator('.undo-line').getByRole('status');
const wordsCard = (page: Page) => page.getByRole('region', { name: 'Your own emotion words' });

async function goTo(page: Page, section: string) {
  await page.getByRole('link', { name: section, exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(section);
}

/** The controls on the page that the message's box overlaps (its own buttons left out). */
function controlsUnderMessage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const line = document.querySelector('.undo-line .toast');
    if (!line) return ['no message'];
    const box = line.getBoundingClientRect();
    const overlaps = (r: DOMRect) =>
      r.width > 0 &&
      r.height > 0 &&
      r.left < box.right &&
      r.right > box.left &&
      r.top < box.bottom &&
      r.bottom > box.top;
    return [...document.querySelectorAll('input, button, select, textarea, a, [role="status"]')]
      .filter((el) => !line.contains(el) && overlaps(el.getBoundingClientRect()))
      .map((el) => el.outerHTML.slice(0, 80));
  });
}

describe('the Undo message covers nothing', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 800, height: 600 },
  ]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`sits in the flow of its screen at ${viewport.width}x${viewport.height}, ${colorScheme}`, async () => {
        ({ browser, app } = await startApp({
          timezoneId: 'Asia/Kathmandu',
          viewport,
          colorScheme,
        }));
        const { page } = app;
        await page.goto(`${TEST_ORIGIN}/index.html#/today`);
        const scale = page.getByRole('group', { name: /^Mood/ });
        await scale.getByRole('radio', { name: '7' }).check({ force: true });
        await page.getByRole('button', { name: 'Save check-in' }).click();
        await expect.poll(() => message(page).textContent()).toContain('Mood 7 saved');
        await expect.poll(() => controlsUnderMessage(page)).toEqual([]);
        await saveScreenshot(page, `undo-today-${viewport.width}-${colorScheme}`);

        // Another screen shows neither the message nor its Undo.
        await goTo(page, 'Report');
        await expect.poll(() => page.getByRole('button', { name: 'Undo' }).count()).toBe(0);

        await goTo(page, 'Settings');
        await wordsCard(page).getByRole('textbox', { name: 'New word' }).fill('homesick');
        await wordsCard(page).getByRole('button', { name: 'Add word' }).click();
        await expect.poll(() => message(page).textContent()).toContain('“homesick” added');
        await expect.poll(() => controlsUnderMessage(page)).toEqual([]);
        await saveScreenshot(page, `undo-settings-${viewport.width}-${colorScheme}`);
        expectOnlyAppRequests(app);
      });
    }
  }
});

describe('Settings after a restore, in a real browser', () => {
  it('shows the restored words and backups at once, without leaving the screen', async () => {
    ({ browser, app } = await startApp({ timezoneId: 'America/New_York' }));
    const { page } = app;
    await page.goto(`${TEST_ORIGIN}/index.html#/settings`);
    await page.getByRole('button', { name: 'Back up now' }).click();
    const backups = page.getByRole('list', { name: 'Backups' }).getByRole('listitem');
    await expect.poll(() => backups.count()).toBe(1);

    await wordsCard(page).getByRole('textbox', { name: 'New word' }).fill('wistful');
    await wordsCard(page).getByRole('button', { name: 'Add word' }).click();
    await expect
      .poll(() => wordsCard(page).getByRole('list', { name: 'Your words' }).textContent())
      .toContain('wistful');

    await backups
      .first()
      .getByRole('button', { name: /^Restore/ })
      .click();
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect
      .poll(() =>
        wordsCard(page)
          .getByText('No words of your own yet. Type one in New word above and choose Add word.')
          .count(),
      )
      .toBe(1);
    await expect.poll(() => backups.count()).toBe(2);
    expectOnlyAppRequests(app);
  });
});
