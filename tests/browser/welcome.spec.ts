import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/shared/calendar';
import {
  TEST_ORIGIN,
  expectOnlyAppRequests,
  launchChromium,
  ensureRendererBuilt,
  openApp,
  saveScreenshot,
  todayIn,
  type AppUnderTest,
} from './harness';
import { expectAccessible } from './axe';
import { forEachLook, sidewaysOverflow } from './screenshots';

const ZONE = 'Asia/Kathmandu';

let browser: Browser;
const opened: AppUnderTest[] = [];

beforeAll(async () => {
  ensureRendererBuilt();
  browser = await launchChromium();
});
afterAll(async () => {
  for (const app of opened) await app.close();
  await browser?.close();
});

/** A profile as on a real first start: the welcome has never been finished or skipped. */
async function firstStart(): Promise<AppUnderTest> {
  const app = await openApp(browser, { timezoneId: ZONE, isFirstStart: true });
  opened.push(app);
  return app;
}

async function settingsOf(app: AppUnderTest): Promise<Record<string, unknown>> {
  const read = await app.dispatch('settings:get', {});
  if (!read.ok) throw new Error(read.error.message);
  return read.value as Record<string, unknown>;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** The page as a person sees it, light and dark, wide and narrow, each saved to look at. */
async function screenshotsOf(page: Page, name: string): Promise<void> {
  await forEachLook(page, async (scheme, width) => {
    const overflow = await sidewaysOverflow(page);
    expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
    // The way to Support is always on show, at narrow widths too.
    await expect
      .poll(() =>
        page
          .getByRole('navigation', { name: 'Sections' })
          .getByRole('link', { name: 'Support' })
          .isVisible(),
      )
      .toBe(true);
    if (width === 800) {
      // Narrow, the sections and Support still run along the top as one compact bar.
      const barHeight = () =>
        page
          .getByRole('navigation', { name: 'Sections' })
          .evaluate((nav) => nav.getBoundingClientRect().height);
      await expect.poll(barHeight, { message: `the top bar of ${name}` }).toBeLessThanOrEqual(64);
    }
    // The note on what is private and what is not is always reachable: in the sidebar when
    // wide, at the foot of the page when narrow (the top bar has no room for it).
    const [shownNote, hiddenNote] =
      width === 800 ? ['.page-foot-note', '.sidebar-note'] : ['.sidebar-note', '.page-foot-note'];
    await expect
      .poll(() => page.locator(shownNote).isVisible(), { message: `${name} at ${width}px` })
      .toBe(true);
    await expect.poll(() => page.locator(hiddenNote).isVisible()).toBe(false);
    await expect
      .poll(() => page.locator(shownNote).textContent())
      .toContain('not encrypted: anyone who can open your files can read them.');
    await saveScreenshot(page, `${name}-${scheme}-${width}`);
    if (width === 1280) await expectAccessible(page, `${name}, ${scheme}`);
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('a new person, on the first start', () => {
  it('goes through the welcome to the end, and it does not open again', async () => {
    const app = await firstStart();
    const { page } = app;
    await page.goto(`${TEST_ORIGIN}/index.html`);
    await expect.poll(() => heading(page).textContent()).toBe('Welcome to Mending');
    await expect.poll(() => page.url()).toBe(`${TEST_ORIGIN}/index.html#/welcome`);
    await screenshotsOf(page, 'welcome-1-hello');

    await page.getByRole('button', { name: 'Begin' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('What you share with your ex');
    const children = page.getByLabel('We have children together');
    await expect.poll(() => children.isEnabled()).toBe(true);
    await children.check();
    await expect
      .poll(async () => (await settingsOf(app))['unavoidableSituations'])
      .toEqual(['children_together']);
    await page.getByText('Saved as you tick.').waitFor();
    await page
      .getByText(
        'You can change this later in Settings. It helps fill in your notes about contact.',
      )
      .waitFor();
    await screenshotsOf(page, 'welcome-2-ties');

    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('When it ended');
    const day = page.getByLabel(/^The day you broke up/);
    await day.fill(addDays(todayIn(ZONE), 1));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page
      .getByText('Choose a day that has already come (today or earlier), or leave it empty.')
      .waitFor();
    await expect.poll(() => day.getAttribute('aria-invalid')).toBe('true');
    expect((await settingsOf(app))['breakupDay']).toBeNull();
    await saveScreenshot(page, 'welcome-3-when-refused-light-1280');
    // A date typed only in part is not taken as "no date": it is named, and nothing is saved.
    await day.fill('');
    await day.click();
    await page.keyboard.type('03');
    await expect
      .poll(() => day.evaluate((el) => (el as HTMLInputElement).validity.badInput))
      .toBe(true);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page
      .getByText('This date is not complete yet. Finish it, or clear it to leave it empty.')
      .waitFor();
    expect(await settingsOf(app)).toMatchObject({ welcome: 'not_shown', breakupDay: null });
    const breakupDay = addDays(todayIn(ZONE), -45);
    await day.fill(breakupDay);
    await screenshotsOf(page, 'welcome-3-when');

    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('You are all set');
    await page.getByText('Date saved.').waitFor();
    await expect
      .poll(() => settingsOf(app))
      .toMatchObject({
        welcome: 'finished',
        breakupDay,
        unavoidableSituations: ['children_together'],
      });
    await screenshotsOf(page, 'welcome-4-done');

    await page.getByRole('link', { name: 'Go to Today' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Today');

    // The next start: the app opens where it always does, and stays there.
    await page.goto(`${TEST_ORIGIN}/index.html`);
    await page.getByRole('form', { name: 'Mood check-in' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => heading(page).textContent()).toBe('Today');
    await expect.poll(() => page.url()).toBe(`${TEST_ORIGIN}/index.html`);
    expectOnlyAppRequests(app);
  });

  it('skips the welcome at its first step, and is not asked again after a reload', async () => {
    const app = await firstStart();
    const { page } = app;
    await page.goto(`${TEST_ORIGIN}/index.html`);
    await expect.poll(() => heading(page).textContent()).toBe('Welcome to Mending');
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Today');
    await expect.poll(async () => (await settingsOf(app))['welcome']).toBe('skipped');
    expect((await settingsOf(app))['breakupDay']).toBeNull();

    await page.reload();
    await page.getByRole('form', { name: 'Mood check-in' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => heading(page).textContent()).toBe('Today');
    await page.goto(`${TEST_ORIGIN}/index.html`);
    await page.getByRole('form', { name: 'Mood check-in' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => heading(page).textContent()).toBe('Today');
    expectOnlyAppRequests(app);
  });
});

describe('the breakup day in Settings', () => {
  it('is added, refused after today, changed and cleared there, without the welcome', async () => {
    const app = await firstStart();
    const { page } = app;
    await app.dispatch('settings:update', { welcome: 'skipped' });
    await page.goto(`${TEST_ORIGIN}/index.html#/settings`);
    await expect.poll(() => heading(page).textContent()).toBe('Settings');
    const card = page.locator('form.breakup-day');
    const field = card.getByLabel(/The day you broke up/);
    await expect.poll(() => field.isEnabled()).toBe(true);
    await expect.poll(() => card.getByText(/No day is saved, and that is fine/).count()).toBe(1);

    const today = todayIn(ZONE);
    await field.fill(addDays(today, 1));
    await card.getByRole('button', { name: 'Save the day' }).click();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => card.getByText(/Choose a day that has already come/).count()).toBe(1);
    expect((await settingsOf(app))['breakupDay']).toBeNull();

    const day = addDays(today, -21);
    await field.fill(day);
    await card.getByRole('button', { name: 'Save the day' }).click();
    await expect.poll(async () => (await settingsOf(app))['breakupDay']).toBe(day);
    await expect.poll(() => field.getAttribute('aria-invalid')).not.toBe('true');
    await screenshotsOf(page, 'settings-breakup-day');

    await card.getByRole('button', { name: 'Clear the day' }).click();
    await expect.poll(async () => (await settingsOf(app))['breakupDay']).toBeNull();
    await expect.poll(() => field.inputValue()).toBe('');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await settingsOf(app))['breakupDay']).toBe(day);
    await expect.poll(() => field.inputValue()).toBe(day);
    // The welcome stayed closed throughout.
    expect((await settingsOf(app))['welcome']).toBe('skipped');
    expectOnlyAppRequests(app);
  });
});

describe('Support, one step from everywhere', () => {
  it('opens from the navigation and with F1, and goes straight to the part about unsafe contact', async () => {
    const app = await firstStart();
    const { page } = app;
    await page.goto(`${TEST_ORIGIN}/index.html#/habits`);
    await expect.poll(() => heading(page).textContent()).toBe('Habits');
    const link = page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Support' });
    await expect.poll(() => link.getAttribute('aria-keyshortcuts')).toBe('F1');
    await link.click();
    await expect.poll(() => heading(page).textContent()).toBe('Support');
    await expect.poll(() => page.title()).toBe('Support · Mending');
    await expect.poll(() => page.getByText('116 123').count()).toBe(1);
    await screenshotsOf(page, 'support');

    // F1 from inside a text field on another screen.
    await page.goto(`${TEST_ORIGIN}/index.html#/mood`);
    await expect.poll(() => heading(page).textContent()).toBe('Mood');
    await page.getByLabel(/^Note/).click();
    await page.keyboard.press('F1');
    await expect.poll(() => heading(page).textContent()).toBe('Support');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('content');

    await page.goto(`${TEST_ORIGIN}/index.html#/support?part=unsafe-contact`);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('When contact with your ex is unsafe');
    // Every number of the part is written out, and the part is honest about Mending's file.
    for (const number of ['0808 2000 247', '0808 801 0327', '0800 999 5428', '1800 737 732']) {
      await page.getByText(number, { exact: true }).waitFor();
    }
    await page.getByText(/Mending has no password and is not encrypted/).waitFor();
    await saveScreenshot(page, 'support-unsafe-contact-light-1280');
    await page.setViewportSize({ width: 800, height: 600 });
    await page
      .getByRole('heading', { name: 'When contact with your ex is unsafe' })
      .scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'support-unsafe-contact-light-800');
    await page.setViewportSize({ width: 1280, height: 800 });
    expectOnlyAppRequests(app);
  });
});
