import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LICENCE_NOTICES_FILE } from '../../src-main/app/licence-notices';
import { SECTIONS } from '../../src-main/shared/sections';
import { SHORTCUTS, keysLabel } from '../../src-main/shared/shortcuts';
import { ABOUT } from '../../src-renderer/app/AboutDialog';
import { LEAVE_TYPING_QUESTION } from '../../src-renderer/app/app-commands';
import { ROOT } from '../helpers/electron-builder-files';
import { screenshotsOf } from './screenshots';
import {
  TEST_ORIGIN,
  expectOnlyAppRequests,
  startApp,
  stopApp,
  queryFile,
  type AppUnderTest,
} from './harness';

// The keys run the very commands the app menu sends (the page has no menu here), so pressing
// them in Chromium tests what a person gets from the keyboard and from the menu alike.

const ZONE = 'Asia/Kathmandu';

let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
});
afterAll(() => stopApp(browser, app));

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active instanceof HTMLInputElement
      ? `${active.type}:${active.closest('fieldset')?.querySelector('legend')?.textContent ?? ''}:${active.value}`
      : (active?.tagName ?? '');
  });

/** Every mood entry in the file, whatever its day (a run at 23:57 may cross midnight). */
async function moodEntries(): Promise<number> {
  return queryFile<{ n: number }>(app, 'SELECT COUNT(*) AS n FROM mood_entries')[0]?.n ?? -1;
}

/** Opens a fresh page on `section` (a change of hash alone would keep the last test's state). */
async function open(page: Page, section: string) {
  await page.goto('about:blank');
  await page.goto(`${TEST_ORIGIN}/index.html#/${section}`);
  await expect
    .poll(() => page.locator('main[data-screen]').getAttribute('data-screen'))
    .toBe(section);
}

describe('keyboard shortcuts in the real page', () => {
  it('Ctrl+1 to 9 go to each section in the sidebar order, even from inside a text box', async () => {
    const { page } = app;
    await open(page, 'mood');
    await page.getByLabel(/^Note/).click();
    for (const [index, { id, label }] of SECTIONS.entries()) {
      await page.keyboard.press(`Control+${index + 1}`);
      await expect.poll(() => page.title()).toBe(`${label} · Mending`);
      await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/${id}`);
      await expect.poll(() => focusedId(page)).toBe('content');
    }
  });

  it('asks before a key leaves words typed but not saved, and staying keeps them', async () => {
    const { page } = app;
    await open(page, 'mood');
    const note = page.getByLabel(/^Note/);
    await note.fill('Half a thought, not saved yet');
    const questions: string[] = [];
    const answer = (accept: boolean) =>
      page.once('dialog', (dialog) => {
        questions.push(dialog.message());
        void (accept ? dialog.accept() : dialog.dismiss());
      });
    answer(false);
    await page.keyboard.press('Control+3');
    await expect.poll(() => questions).toEqual([LEAVE_TYPING_QUESTION]);
    await expect.poll(() => note.inputValue()).toBe('Half a thought, not saved yet');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/mood');
    answer(true);
    await page.keyboard.press('Control+3');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/habits');
    expect(questions).toHaveLength(2);
  });

  it('Ctrl+N opens Today’s check-in with the mood scale focused, ready for the arrow keys', async () => {
    const { page } = app;
    await open(page, 'habits');
    await page.keyboard.press('Control+n');
    await expect.poll(() => heading(page).textContent()).toBe('Today');
    await expect.poll(() => focusedName(page)).toMatch(/^radio:Mood/);
    // The person carries on with the keyboard alone: an arrow picks a number, Enter saves.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(moodEntries).toBe(1);
  });

  it('Ctrl+Z takes back the check-in just saved, but inside a text box undoes the typing only', async () => {
    const { page } = app;
    const before = await moodEntries();
    await open(page, 'today');
    const form = page.getByRole('form', { name: 'Mood check-in' });
    await form
      .getByRole('group', { name: /^Mood/ })
      .getByRole('radio', { name: /^7(,|$)/ })
      .check();
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(moodEntries).toBe(before + 1);
    const undoButton = page.getByRole('button', { name: 'Undo', exact: true });
    await undoButton.waitFor();

    // In the note: Ctrl+Z undoes the typing, and the entry (and its Undo) stay.
    await form.getByText(/^Energy, how much it hurts/).click();
    const note = form.getByLabel(/^Note/);
    await note.click();
    await page.keyboard.type('a quiet evening');
    await expect.poll(() => note.inputValue()).toBe('a quiet evening');
    await page.keyboard.press('Control+z');
    // How much one undo takes back is the text box's own business (Chromium's steps); what
    // matters is that the typing, not the saved entry, is what went back.
    await expect
      .poll(async () => {
        const value = await note.inputValue();
        return value !== 'a quiet evening' && 'a quiet evening'.startsWith(value);
      })
      .toBe(true);
    await expect.poll(moodEntries).toBe(before + 1);
    await expect.poll(() => undoButton.count()).toBe(1);

    // Outside any text box: the screen's own Undo.
    await heading(page).click();
    await page.keyboard.press('Control+z');
    await expect.poll(moodEntries).toBe(before);
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Undone: everything is as it was.');
  });

  it('? and Ctrl+/ open the shortcuts help: modal, every shortcut listed, Escape closes and gives the focus back', async () => {
    const { page } = app;
    await open(page, 'today');
    const radio = page
      .getByRole('group', { name: /^Mood/ })
      .getByRole('radio', { name: /^3(,|$)/ });
    await radio.focus();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await expect.poll(() => help.evaluate((d) => d.matches(':modal'))).toBe(true);
    await expect.poll(() => help.getByRole('row').count()).toBe(SHORTCUTS.length + 1);
    for (const shortcut of SHORTCUTS) {
      const row = help.getByRole('row').filter({ hasText: shortcut.does });
      await expect.poll(() => row.count()).toBe(1);
      for (const keys of shortcut.keys) {
        await expect.poll(() => row.textContent()).toContain(keysLabel(keys, false));
      }
    }
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    // Tab stays inside: the page behind is inert.
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Tab');
      await expect.poll(() => help.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await screenshotsOf(page, 'shortcuts-help');

    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await expect.poll(() => radio.evaluate((r) => r === document.activeElement)).toBe(true);

    // From inside a text box "?" is a question mark, and Ctrl+/ still opens the help.
    const form = page.getByRole('form', { name: 'Mood check-in' });
    await form.getByText(/^Energy, how much it hurts/).click();
    const note = form.getByLabel(/^Note/);
    await note.click();
    await page.keyboard.press('?');
    await expect.poll(() => note.inputValue()).toBe('?');
    await expect.poll(() => help.count()).toBe(0);
    await page.keyboard.press('Control+/');
    await help.waitFor();
    await help.getByRole('button', { name: 'Close' }).click();
    await help.waitFor({ state: 'detached' });
    await expect.poll(() => note.evaluate((n) => n === document.activeElement)).toBe(true);
  });

  it('About, from the foot of Settings: version, licence, components, and the way back', async () => {
    const { page } = app;
    await open(page, 'settings');
    const link = page.getByRole('button', { name: 'About Mending' });
    await link.click();
    const about = page.getByRole('dialog', { name: 'About Mending' });
    await about.waitFor();
    await expect.poll(() => about.textContent()).toContain('Versiontest');
    await expect.poll(() => about.textContent()).toContain('UNLICENSED. All rights reserved');
    await expect.poll(() => about.getByRole('listitem').count()).toBeGreaterThan(5);
    await screenshotsOf(page, 'about');
    await page.keyboard.press('Escape');
    await about.waitFor({ state: 'detached' });
    await expect.poll(() => link.evaluate((l) => l === document.activeElement)).toBe(true);
    expectOnlyAppRequests(app);
  });

  it('About › Licences: the notices the build wrote, read by the app, scrollable, with no request', async () => {
    const { page } = app;
    await open(page, 'settings');
    await page.getByRole('button', { name: 'About Mending' }).click();
    const about = page.getByRole('dialog', { name: 'About Mending' });
    await about.waitFor();
    const toggle = about.getByRole('button', { name: ABOUT.showLicences });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const region = (part: 'main' | 'window') =>
      about.getByRole('region', { name: `${ABOUT.showLicences}: ${ABOUT.parts[part]}` });
    await region('window').waitFor();
    // The very files out/ holds, word for word: recharts' own packages and React's scheduler.
    for (const part of ['main', 'window'] as const) {
      const built = readFileSync(
        join(ROOT, 'out', part === 'main' ? 'main' : 'renderer', LICENCE_NOTICES_FILE),
        'utf8',
      );
      await expect.poll(() => region(part).textContent()).toBe(built);
    }
    for (const name of ['recharts', 'immer', 'victory-vendor', 'scheduler', 'd3-array']) {
      await expect.poll(() => region('window').textContent()).toContain(`## ${name} - `);
    }
    // Each file scrolls in its own box, and the dialog's Close stays in view above them.
    await expect
      .poll(() => region('window').evaluate((e) => e.scrollHeight > e.clientHeight + 100))
      .toBe(true);
    await region('window').focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => region('window').evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
    await expect.poll(() => about.getByRole('button', { name: 'Close' }).isVisible()).toBe(true);
    await region('main').scrollIntoViewIfNeeded();
    await screenshotsOf(page, 'about-licences');
    await page.keyboard.press('Escape');
    await about.waitFor({ state: 'detached' });
    expectOnlyAppRequests(app);
  });
});
