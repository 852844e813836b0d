import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overwriteRootPage } from '../helpers/damage';
import { chooseOnScale } from './scale';
import {
  TEST_ORIGIN,
  clockNow,
  expectOnlyAppRequests,
  saveScreenshot,
  startApp,
  stopApp,
  type AppUnderTest,
} from './harness';

const ZONE = 'Europe/Paris';

let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
});
afterAll(() => stopApp(browser, app));

/**
 * Damages the data file under the running app, as a failing disk would: the committed pages are
 * moved into the main file, the mood_entries root page is overwritten there, and a small write
 * through another connection makes the app's connection drop the pages it had cached.
 */
function damageWhileRunning(dbPath: string): void {
  const other = new Database(dbPath);
  try {
    other.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    other.close();
  }
  overwriteRootPage(dbPath);
  const writer = new Database(dbPath);
  try {
    writer.exec('CREATE TABLE IF NOT EXISTS probe_touch (x INTEGER); DROP TABLE probe_touch;');
  } finally {
    writer.close();
  }
}

describe('a data file damaged while the app runs, in a real browser', () => {
  it('shows one notice above the screen that says what happened and how to restore', async () => {
    const { page } = app;
    const saved = await app.dispatch('mood:create', {
      // Now, at whatever moment this run is at: the Mood screen reads the last 30 days, and only
      // reading the entry's row touches the damaged page.
      occurredAt: clockNow(ZONE).toISOString(),
      timeZone: ZONE,
      mood: 6,
    });
    expect(saved.ok).toBe(true);
    await page.goto(`${TEST_ORIGIN}/index.html#/today`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The screen that asked says its part failed; the notice above every screen says what to do.
    const notice = page.locator('.damage-notice[role="alert"]');
    await expect.poll(() => notice.count()).toBe(0);

    damageWhileRunning(app.dbPath);
    await page.getByRole('link', { name: 'Mood' }).click();

    await notice.waitFor();
    await expect
      .poll(() => notice.textContent())
      .toContain(
        'Close Mending and open it again: it will offer to restore your newest good backup',
      );
    // The advice is said once on the page: the screen that asked points to the notice instead.
    const advice = page.getByText(/Close Mending and open it again/);
    await expect.poll(() => advice.count()).toBe(1);
    await expect
      .poll(() => page.getByText('The notice at the top says what to do next.').count())
      .toBe(1);

    // A save that fails on the damaged file leaves what was typed in its box, as the notice says.
    const form = page.getByRole('form', { name: /mood entry/ });
    await chooseOnScale(form, /^Mood/, 5);
    const note = form.getByLabel(/^Note/);
    await note.fill('words I do not want to lose');
    await form.getByRole('button', { name: 'Save entry' }).click();
    await expect
      .poll(() => form.getByText(/The notice at the top says what to do next\./).count())
      .toBe(1);
    await expect.poll(() => note.inputValue()).toBe('words I do not want to lose');
    await expect
      .poll(() => notice.textContent())
      .toContain('What you typed and did not see saved is still in its box');
    await expect.poll(() => advice.count()).toBe(1);
    // The save scrolled the page; the screenshot shows it from the top, notice where it belongs.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await saveScreenshot(page, 'damage-notice');
    expectOnlyAppRequests(app);
  });
});
