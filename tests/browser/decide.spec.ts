import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/shared/calendar';
import {
  expectOnlyAppRequests,
  launchChromium,
  ensureRendererBuilt,
  openApp,
  saveScreenshot,
  TEST_ORIGIN,
  todayIn,
  type AppUnderTest,
  queryFile,
} from './harness';
import { expectAccessible } from './axe';
import { forEachLook } from './screenshots';

// Apia runs a day ahead of most of the world: a worksheet dated by the wrong zone shows here.
const ZONE = 'Pacific/Apia';
const today = todayIn(ZONE);

let browser: Browser;
const apps: AppUnderTest[] = [];

beforeAll(async () => {
  ensureRendererBuilt();
  browser = await launchChromium();
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await browser?.close();
});

/** A fresh profile: its own data file and page. */
async function newProfile(): Promise<AppUnderTest> {
  const app = await openApp(browser, { timezoneId: ZONE });
  apps.push(app);
  return app;
}

const stageRows = (app: AppUnderTest) =>
  queryFile<{ stage: string; was_suggested: number; reason: string }>(
    app,
    'SELECT stage, was_suggested, reason FROM stage_changes ORDER BY id',
  );

/** A habit kept on `kept` of the last 28 days, as someone healing steadily records it. */
async function keptHabit(app: AppUnderTest, name: string, kept: number): Promise<void> {
  const created = await app.dispatch('habit:create', {
    name,
    kind: 'build',
    targetCount: 1,
    period: 'day',
  });
  if (!created.ok) throw new Error(created.error.message);
  const { id } = created.value as { id: number };
  for (let i = 0; i < 28; i += 1) {
    const result = await app.dispatch('checkin:set', {
      habitId: id,
      day: addDays(today, -i),
      count: i < kept ? 1 : 0,
    });
    if (!result.ok) throw new Error(result.error.message);
  }
}

/** The group of the first question, about feeling safe. */
const safetyGroup = (page: Page) =>
  worksheet(page).getByRole('group', { name: /^Did your ex ever frighten you/ });

const worksheet = (page: Page) => page.getByRole('form', { name: /^(New worksheet|Worksheet of)/ });

async function openDecide(page: Page): Promise<void> {
  await page.goto(`${TEST_ORIGIN}/index.html#/journey?part=decide`);
  await page.getByRole('heading', { name: 'Decide, honestly' }).waitFor();
  await worksheet(page).waitFor();
}

/** Screenshots wide and narrow, light and dark; the page is left wide and light. */
async function screenshots(page: Page, name: string): Promise<void> {
  await forEachLook(page, (scheme, width) =>
    saveScreenshot(page, `decide-${name}-${scheme}-${width}`),
  );
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The shared audit of the page with the Decide part open, light and dark. */
async function expectAccessibleInBothSchemes(page: Page, view: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `${view} (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('the Decide worksheet, completed both ways', () => {
  it('someone who was at fault and changed chooses Reconcile, and the journey moves to Apologize', async () => {
    const app = await newProfile();
    await keptHabit(app, 'Walk outside', 20);
    await keptHabit(app, 'Call a friend', 9);
    const { page } = app;
    await openDecide(page);
    const form = worksheet(page);

    // Asked to choose with nothing answered: told which question to answer, nothing written.
    await form.getByRole('button', { name: /^Choose Reconcile/ }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: 'Before choosing a path, answer the first question, about feeling safe' })
      .waitFor();
    expect(stageRows(app)).toEqual([]);

    await safetyGroup(page).getByLabel('No', { exact: true }).check();
    await form
      .getByRole('group', { name: 'Has your ex asked you not to contact them?' })
      .getByLabel('No')
      .check();
    await form
      .getByRole('group', { name: /^Looking back, where do you see the main part/ })
      .getByLabel('Mostly me')
      .check();
    await form.getByRole('button', { name: 'None of these' }).click();
    const walk = form.getByRole('checkbox', { name: /Walk outside/ });
    const walkLine = form.locator('label.decide-habit', { hasText: 'Walk outside' });
    await walk.waitFor();
    // A habit's numbers show once it is ticked, never as a judgement beside an unticked one.
    await expect.poll(() => walkLine.textContent()).toBe('Walk outside');
    await walk.check();
    await expect.poll(() => walkLine.textContent()).toContain('Kept on 20 of the last 28 days.');
    await form.getByLabel(/Anything else you changed/).fill('I listen before I answer now.');
    await form.getByText(/^You named your part and can point to what you changed\./).waitFor();
    await form.getByText(/reconciling may be worth thinking about\. It is a long shot/).waitFor();
    const reconcile = form.getByRole('button', { name: 'Choose Reconcile (suggested)' });
    await reconcile.waitFor();
    // The same look for both paths: the suggestion is said in words only.
    const moveOn = form.getByRole('button', { name: 'Choose Move on', exact: true });
    await expect.poll(() => moveOn.getAttribute('class')).toBe('button');
    await expect.poll(() => reconcile.getAttribute('class')).toBe('button');
    await screenshots(page, 'reconcile-suggested');

    await reconcile.click();
    await expect
      .poll(() => page.locator('.toast').textContent())
      .toContain('You chose Reconcile. Your journey is now at Apologize.');
    await expect
      .poll(() => stageRows(app))
      .toEqual([
        {
          stage: 'apologize',
          was_suggested: 1,
          reason: expect.stringMatching(
            /^From your Decide worksheet of .*: you chose Reconcile\.$/,
          ),
        },
      ]);
    const kept = page.getByRole('form', { name: /^Worksheet of / });
    await kept.getByText(/^You chose Reconcile/).waitFor();
    await kept.getByRole('button', { name: 'Your choice: Reconcile (suggested)' }).waitFor();
    await page.locator('.decide-worksheets').getByText('Showing above').waitFor();
    await screenshots(page, 'reconcile-chosen');
    await expectAccessibleInBothSchemes(page, 'decide, Reconcile chosen');

    // Undo takes the move back and clears the choice; the answers stay.
    await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => stageRows(app)).toEqual([]);
    await expect.poll(() => kept.getByText(/^You chose Reconcile/).count()).toBe(0);
    await expect
      .poll(() => queryFile<{ n: number }>(app, 'SELECT COUNT(*) AS n FROM reflections'))
      .toEqual([{ n: 1 }]);
    expectOnlyAppRequests(app);
  });

  it('someone who was not safe is pointed to support, kindly, offered Move on only, and chooses it', async () => {
    const app = await newProfile();
    const { page } = app;
    await openDecide(page);
    const form = worksheet(page);
    const decide = page.locator('section.decide');

    // "Not sure" is read kindly as yes.
    await safetyGroup(page).getByLabel('Not sure').check();
    await form.getByRole('heading', { name: 'Your safety comes first' }).waitFor();
    await form.getByText(/^Not being sure is reason enough to take care of yourself/).waitFor();
    await screenshots(page, 'unsafe-not-sure');

    await safetyGroup(page).getByLabel('Yes').check();
    await form.getByText('When something was unsafe, moving on is the safe path.').waitFor();
    await form.getByText(/None of it is your fault\. You do not owe them an apology\./).waitFor();
    await form.getByText(/^Nothing here is saved unless you choose to save it\./).waitFor();
    // No more questions to get through, and "both paths are good paths" is not said here.
    await expect.poll(() => form.getByText('What have you changed?').count()).toBe(0);
    await expect
      .poll(() => form.getByText(/^Looking back, where do you see the main part/).count())
      .toBe(0);
    await expect.poll(() => decide.getByText(/Both paths are good paths/).count()).toBe(0);
    const support = form.getByRole('link', { name: 'Support when contact with your ex is unsafe' });
    await support.waitFor();
    await expect.poll(() => support.getAttribute('href')).toBe('#/support?part=unsafe-contact');
    // Reconcile is not a button here; one quiet sentence says the stage can still change by hand.
    await form.getByRole('button', { name: 'Choose Move on (suggested)' }).waitFor();
    await expect.poll(() => form.getByRole('button', { name: /Reconcile/ }).count()).toBe(0);
    await form
      .getByText(/^Mending does not suggest reconciling after something unsafe\./)
      .waitFor();
    await screenshots(page, 'unsafe');
    await expectAccessibleInBothSchemes(page, 'decide, something unsafe');

    await form.getByRole('button', { name: 'Choose Move on (suggested)' }).click();
    await expect
      .poll(() => page.locator('.toast').textContent())
      .toContain('You chose Move on. Your journey is now at Heal & Grow.');
    await expect
      .poll(() => stageRows(app))
      .toEqual([
        {
          stage: 'heal_and_grow',
          was_suggested: 1,
          reason: expect.stringMatching(/^From your Decide worksheet of .*: you chose Move on\.$/),
        },
      ]);
    await expect
      .poll(() =>
        queryFile<{ local_day: string }>(app, 'SELECT local_day FROM reflections').map(
          (r) => r.local_day,
        ),
      )
      .toEqual([today]);
    await form.getByRole('button', { name: 'Your choice: Move on (suggested)' }).waitFor();
    await form
      .getByText(/^This worksheet is saved on this computer, and Mending has no password\./)
      .waitFor();
    await screenshots(page, 'move-on-chosen');

    // The link opens Support at its part about unsafe contact.
    await support.click();
    await page.getByRole('heading', { name: 'Support', exact: true }).waitFor();
    await expect.poll(() => page.url()).toContain('#/support?part=unsafe-contact');
    expectOnlyAppRequests(app);
  });
});
