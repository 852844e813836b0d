import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOOD_NOTE_MAX } from '../../src-main/shared/domain/mood';
import {
  TEST_ORIGIN,
  expectOnlyAppRequests,
  saveScreenshot,
  startApp,
  stopApp,
  type AppUnderTest,
} from './harness';
import { chooseOnScale } from './scale';
import { forEachLook } from './screenshots';

let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: 'America/New_York' }));
});
afterAll(() => stopApp(browser, app));

/** The ids on disk, read through a separate connection. */
function savedIds(): number[] {
  const db = new Database(app.dbPath, { readonly: true });
  try {
    return db.prepare<[], number>('SELECT id FROM mood_entries ORDER BY id').pluck().all();
  } finally {
    db.close();
  }
}

async function goToMood(page: Page) {
  await page.getByRole('link', { name: 'Mood' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Mood');
}

describe('the form kit in a real browser', () => {
  it('stops a 2 MB paste into the note at the limit and says so, without freezing', async () => {
    const { page } = app;
    await page.goto(`${TEST_ORIGIN}/index.html`);
    await goToMood(page);
    const form = page.getByRole('form', { name: 'New mood entry' });
    const note = form.getByLabel(/^Note/);
    await note.fill(`${'🌊'.repeat(10)}${'x'.repeat(2_000_000)}`);

    await expect
      .poll(() => note.evaluate((el: HTMLTextAreaElement) => el.value.length))
      .toBe(
        // Ten waves of two UTF-16 units each, then the rest of the limit in plain letters.
        20 + (MOOD_NOTE_MAX - 10),
      );
    // The count is written as the page's own locale writes it.
    const max = await page.evaluate((n) => new Intl.NumberFormat().format(n), MOOD_NOTE_MAX);
    const limitWords = `That is as long as this can be: ${max} characters.`;
    await expect.poll(() => form.getByText(limitWords).isVisible()).toBe(true);
    await saveScreenshot(page, 'forms-note-limit-light-1280');

    await chooseOnScale(form, /^Mood/, 6);
    await form.getByRole('button', { name: 'Save entry' }).click();
    await expect.poll(() => page.locator('li.entry').count()).toBe(1);
    expect(savedIds()).toHaveLength(1);
  });

  it('shows main’s answer when the entry being changed was undone away', async () => {
    const { page } = app;
    const entry = page.locator('li.entry').first();
    await entry.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit mood entry' });
    await expect.poll(() => form.isVisible()).toBe(true);
    // Deleting it elsewhere (as Undo of its saving would) leaves the form open on a vanished id.
    const id = savedIds()[0];
    const removed = await app.dispatch('mood:delete', { id });
    expect(removed.ok).toBe(true);

    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toBe(
        'This mood entry was deleted elsewhere, so these changes could not be saved. What you typed is still here.',
      );
    // The earlier "Saved." (and its Undo) does not stay beside the refusal.
    await expect.poll(() => page.locator('.undo-line [role="status"]').textContent()).toBe('');
    expect(id).toBeGreaterThan(0);
    expect(savedIds()).toEqual([]);
    await forEachLook(page, async (scheme, width) => {
      await saveScreenshot(page, `forms-general-error-${scheme}-${width}`);
    });
    expectOnlyAppRequests(app);
  });
});
