import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, instantOfWallTime } from '../../src-main/shared/calendar';
import { timeSpent } from '../../src-main/shared/journey/where-you-are-words';
import { TOO_FEW_FOR_TREND } from '../../src-main/shared/share-words';
import { expectAccessible } from './axe';
import {
  TEST_ORIGIN,
  ensureRendererBuilt,
  expectOnlyAppRequests,
  launchChromium,
  openApp,
  saveScreenshot,
  todayIn,
  type AppUnderTest,
  queryFile,
  dispatchOk,
  expectToast,
} from './harness';
import { chooseOnScale } from './scale';

/**
 * The whole journey as one person walks it, start to end: the welcome, a few weeks of records,
 * Where you are now changing with them, the honest reflection, Decide by hand, the worksheet toward
 * Reconcile, an apology drafted with a part missing and then whole, a "not now" that is framed as
 * healing, and Take it Slow. A second person names something unsafe and is pointed to support.
 * Every step is audited with the shared axe helper, and the key moments are saved to look at.
 */

// New York: its clocks go back on one of the moments the browser runs are made at.
const ZONE = 'America/New_York';
// The day the history is dated back from. A row saved by the page is checked against todayIn(ZONE)
// at that moment instead: at three minutes to midnight the walk may end on the next day.
const today = todayIn(ZONE);
const day = (offset: number) => addDays(today, offset);
const BREAKUP = day(-30);
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 800, height: 600 };

let browser: Browser;
let walker: AppUnderTest;

beforeAll(async () => {
  ensureRendererBuilt();
  browser = await launchChromium();
  walker = await openApp(browser, { timezoneId: ZONE, isFirstStart: true });
});
afterAll(async () => {
  await walker?.close();
  await browser?.close();
});

/** A mood entry at nine in the morning of `d`, where the person lives. */
function recordMood(d: string, mood: number, hurt: number) {
  return dispatchOk(walker, 'mood:create', {
    occurredAt: instantOfWallTime(d, '09:00', ZONE),
    timeZone: ZONE,
    mood,
    hurt,
  });
}

/** The settings as `settings:get` answers them (checked against the contract by the router). */
interface Settings {
  readonly unavoidableSituations: readonly string[];
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

const whereItem = (page: Page, label: string) =>
  page
    .getByRole('region', { name: 'Where you are now' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: label, exact: true }) });

const parts = (page: Page) => page.getByRole('navigation', { name: 'Parts of your journey' });

async function openPart(page: Page, name: RegExp, waitFor: string): Promise<void> {
  await parts(page).getByRole('link', { name }).click();
  await page.getByRole('heading', { name: waitFor }).first().waitFor();
}

/**
 * A key moment: audited light and dark with the shared helper, and saved light and dark, wide and
 * narrow, as `walk-<name>-<scheme>-<width>`. The page is left light and wide.
 */
async function keyMoment(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const viewport of [WIDE, NARROW]) {
      await page.setViewportSize(viewport);
      await saveScreenshot(page, `walk-${name}-${colorScheme}-${viewport.width}`);
    }
    await page.setViewportSize(WIDE);
    await expectAccessible(page, `${name} (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('one person walks the whole journey', () => {
  it('goes through the welcome: what they share with their ex, and when it ended', async () => {
    const { page } = walker;
    await page.goto(`${TEST_ORIGIN}/index.html`);
    await expect.poll(() => heading(page).textContent()).toBe('Welcome to Mending');
    await expectAccessible(page, 'welcome, hello');
    await page.getByRole('button', { name: 'Begin' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('What you share with your ex');
    const work = page.getByLabel('We work or study together');
    await expect.poll(() => work.isEnabled()).toBe(true);
    await work.check();
    await expect
      .poll(
        async () =>
          ((await dispatchOk(walker, 'settings:get', {})) as Settings).unavoidableSituations,
      )
      .toEqual(['working_or_studying_together']);
    await keyMoment(page, 'welcome-ties');

    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('When it ended');
    await page.getByLabel(/^The day you broke up/).fill(BREAKUP);
    await expectAccessible(page, 'welcome, when it ended');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('You are all set');
    await expect
      .poll(() => dispatchOk(walker, 'settings:get', {}))
      .toMatchObject({ welcome: 'finished', breakupDay: BREAKUP });
    await expectAccessible(page, 'welcome, all set');
    await page.getByRole('link', { name: 'Go to Today' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Today');
  });

  it('sees Where you are now change as weeks of records come in', async () => {
    const { page } = walker;
    // Two days of mood: too few for a trend, and the Journey says so plainly.
    await recordMood(day(-22), 3, 9);
    await recordMood(day(-21), 2, 9);
    await page.getByRole('link', { name: 'Journey', exact: true }).click();
    await heading(page).filter({ hasText: 'Your journey' }).waitFor();
    const stage = page.getByRole('region', { name: /You are in Heal Yourself/ });
    await expect.poll(() => stage.textContent()).toContain(`${timeSpent(BREAKUP, today)}.`);
    const mood = whereItem(page, 'Mood over the last 14 days');
    await expect.poll(() => mood.textContent()).toContain(TOO_FEW_FOR_TREND);
    await expectAccessible(page, 'journey, two days in');

    // Three weeks of mood slowly lifting and hurt easing, a walk most days, one rehearsal alone.
    for (let i = -20; i <= -1; i += 1) {
      const step = (i + 20) / 19;
      await recordMood(day(i), Math.round(3 + step * 4), Math.round(9 - step * 5));
    }
    const walk = (await dispatchOk(walker, 'habit:create', {
      name: 'Walk in the park',
      kind: 'build',
      targetCount: 1,
      period: 'day',
    })) as { readonly id: number };
    for (let i = -24; i <= -1; i += 1) {
      if (i % 6 !== 0)
        await dispatchOk(walker, 'checkin:set', { habitId: walk.id, day: day(i), count: 1 });
    }
    await dispatchOk(walker, 'communication:create', {
      occurredAt: instantOfWallTime(day(-2), '20:00', ZONE),
      timeZone: ZONE,
      skill: 'apology',
      counterpart: 'rehearsal_alone',
      isContactWithEx: false,
      selfRating: 3,
    });

    // Coming back to the Journey reads the records again.
    await page.reload();
    await expect
      .poll(() => mood.textContent())
      .toMatch(/Your mood rose from about \d+ to about \d+ out of 10\./);
    await expect
      .poll(() => whereItem(page, 'How much it hurts, over the last 4 weeks').textContent())
      .toMatch(/How much it hurts went down from about/);
    await expect
      .poll(() => whereItem(page, 'Habit strength').textContent())
      .toMatch(/strength \d+% for your one habit\./);
    await expect
      .poll(() => whereItem(page, 'Time spent healing').textContent())
      .toContain(`You have been healing for ${timeSpent(BREAKUP, today)}`);
    await mood.getByRole('figure').waitFor();
    // Facts with their numbers: never a countdown, a checklist or a score.
    await expect
      .poll(() => page.getByRole('main').textContent())
      .not.toMatch(/not yet|to go|remaining|days left|\bscore:/i);
    await keyMoment(page, 'where-you-are');
  });

  it('answers the honest reflection, and Where you are now says it back', async () => {
    const { page } = walker;
    const form = page.getByRole('form', { name: 'Honest reflection' });
    const choose = (question: RegExp, answer: string) =>
      form.getByRole('group', { name: question }).getByRole('radio', { name: answer }).check();
    await choose(/How much of the hurt feels behind you/, 'Some of it');
    await choose(/Have your habits shifted the way you wanted/, 'Some of them');
    await choose(/will be all right in the end/, 'Some days');
    await choose(/make sense at all/, 'I’m not sure');
    await form.getByRole('button', { name: 'Save my answers' }).click();
    await expect
      .poll(() => whereItem(page, 'Your honest reflection').textContent())
      .toContain('Any answer counts.');
    await expect
      .poll(() =>
        queryFile<{ local_day: string }>(
          walker,
          "SELECT local_day FROM reflections WHERE kind = 'honest_reflection'",
        ),
      )
      .toEqual([{ local_day: todayIn(ZONE) }]);
    await expectAccessible(page, 'journey, reflection answered');
  });

  it('moves to Decide by hand, with a reason of their own', async () => {
    const { page } = walker;
    const move = page.getByRole('form', { name: 'Change stage' });
    await move.getByRole('radio', { name: 'Decide' }).check();
    await move.getByLabel(/Why, in a few words/).fill('I feel steadier and want to look honestly.');
    await move.getByRole('button', { name: 'Change stage' }).click();
    await page.getByRole('heading', { name: /You are in Decide/ }).waitFor();
    await expect
      .poll(() =>
        queryFile<{ stage: string; was_suggested: number }>(
          walker,
          'SELECT stage, was_suggested FROM stage_changes',
        ),
      )
      .toEqual([{ stage: 'decide', was_suggested: 0 }]);
    await expectAccessible(page, 'journey, moved to Decide');
  });

  it('completes the worksheet toward Reconcile, with a habit as evidence', async () => {
    const { page } = walker;
    await openPart(page, /^Decide/, 'Decide, honestly');
    const form = page.getByRole('form', { name: /^(New worksheet|Worksheet of)/ });
    const answer = async (group: RegExp | string, choice: string) =>
      form.getByRole('group', { name: group }).getByLabel(choice, { exact: true }).check();
    // Safety first, then whether the ex asked for no contact, then where the person sees their part.
    await answer(/^Did your ex ever frighten you/, 'No');
    await answer('Has your ex asked you not to contact them?', 'No');
    await answer(/^Looking back, where do you see the main part/, 'Mostly me');
    await form.getByRole('button', { name: 'None of these' }).click();
    const walk = form.getByRole('checkbox', { name: /Walk in the park/ });
    await walk.check();
    await form
      .getByLabel(/Anything else you changed/)
      .fill('I say what I need instead of going quiet.');
    await form.getByText(/^You named your part and can point to what you changed\./).waitFor();
    await form.getByText(/reconciling may be worth thinking about\. It is a long shot/).waitFor();
    const reconcile = form.getByRole('button', { name: 'Choose Reconcile (suggested)' });
    await reconcile.waitFor();
    await keyMoment(page, 'decide-reconcile');

    await reconcile.click();
    await expectToast(page, 'You chose Reconcile. Your journey is now at Apologize.');
    await expect
      .poll(() =>
        queryFile<{ stage: string }>(walker, 'SELECT stage FROM stage_changes ORDER BY id'),
      )
      .toEqual([{ stage: 'decide' }, { stage: 'apologize' }]);
    await expectAccessible(page, 'decide, Reconcile chosen');
  });

  it('drafts an apology with a part missing, is told which, and completes it', async () => {
    const { page } = walker;
    await openPart(page, /^Apologize/, 'A new draft');
    await page.getByRole('group', { name: 'From your habits' }).waitFor();
    const part = (n: 1 | 2 | 3) =>
      page.getByLabel(
        {
          1: /^Part 1: Owning your part/,
          2: /^Part 2: The changes you made/,
          3: /^Part 3: Wanting to try again/,
        }[n],
      );
    await part(1).fill('I shut you out when things got hard, and you were right to feel alone.');
    await part(3).fill('I would like to try again, slowly. I understand if the answer is no.');
    await page.getByRole('button', { name: 'Save and mark ready' }).click();
    await page
      .getByText(
        'Part 2, the changes you made, is empty: write it before marking the draft ready.',
        {
          exact: false,
        },
      )
      .waitFor();
    await expect.poll(() => part(2).getAttribute('aria-invalid')).toBe('true');
    expect(queryFile(walker, "SELECT id FROM reflections WHERE kind = 'apology_draft'")).toEqual(
      [],
    );
    await keyMoment(page, 'apology-part-missing');

    await part(2).fill('I am sorry.');
    // A sentence in the person's voice, with no counts in it: the counts sit beside the offer.
    await page
      .getByRole('button', { name: /^Insert into Part 2: .*: walk in the park\.$/ })
      .click();
    await expect.poll(() => part(2).inputValue()).toMatch(/^I am sorry\. .*: walk in the park\.$/);
    await page.getByRole('button', { name: 'Save and mark ready' }).click();
    await expectToast(page, 'Draft saved and marked ready.');
    await page
      .getByRole('listitem', { name: /^Draft of / })
      .getByText('Ready', { exact: true })
      .waitFor();
    await expectAccessible(page, 'apologize, draft ready');
  });

  it('records "not now", and the move to Heal & Grow is framed as healing', async () => {
    const { page } = walker;
    const draft = page.getByRole('listitem', { name: /^Draft of / }).first();
    // "How did it go?" is asked only once the person says the apology was given.
    await draft.getByRole('button', { name: 'I gave this apology' }).click();
    await draft.getByLabel('Not now', { exact: true }).check();
    await draft.getByText('is an answer to respect', { exact: false }).waitFor();
    await draft.getByRole('button', { name: 'Record it and move to Heal & Grow' }).click();
    await expectToast(page, 'Moved to Heal & Grow.');
    await page.getByRole('heading', { name: 'They said not now' }).waitFor();
    await page.getByText('Your healing counts, and it goes on.').waitFor();
    await expect
      .poll(() => page.getByRole('main').textContent())
      .not.toMatch(/fail|wait for them|win them back|days left/i);
    await keyMoment(page, 'not-now');

    await openPart(page, /^Where you are/, 'Your journey');
    await page.getByRole('heading', { name: /You are in Heal & Grow/ }).waitFor();
    await expect
      .poll(() => page.getByRole('region', { name: 'Your stage changes' }).textContent())
      .toMatch(/they said not now\./);
    await keyMoment(page, 'heal-and-grow');
  });

  it('opens Take it Slow, never locked, and records a trust check-in', async () => {
    const { page } = walker;
    await openPart(page, /^Take it Slow/, 'Take it slow');
    // Away from Take it Slow the form waits behind a button: never a live question about a
    // relationship that may have ended.
    await page.getByRole('button', { name: 'Check in on trust and tension' }).click();
    const form = page.getByRole('form', { name: 'Trust and tension check-in' });
    await chooseOnScale(form, /^How much do you trust them/, 4);
    await chooseOnScale(form, /^How much tension is there between you\?/, 5);
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await expectToast(page, 'Check-in saved.');
    await expect
      .poll(() =>
        queryFile<{ local_day: string; trust: number; tension: number }>(
          walker,
          'SELECT local_day, trust, tension FROM trust_checkins',
        ),
      )
      .toEqual([{ local_day: todayIn(ZONE), trust: 4, tension: 5 }]);
    await expect.poll(() => page.locator('li.entry').count()).toBe(1);
    await keyMoment(page, 'take-it-slow');
    expectOnlyAppRequests(walker);
  });
});

describe('someone who names something unsafe', () => {
  it('is pointed to Support, kindly, and chooses Move on', async () => {
    const app = await openApp(browser, { timezoneId: ZONE });
    try {
      const { page } = app;
      await page.goto(`${TEST_ORIGIN}/index.html#/journey?part=decide`);
      await page.getByRole('heading', { name: 'Decide, honestly' }).waitFor();
      const form = page.getByRole('form', { name: /^(New worksheet|Worksheet of)/ });
      await form
        .getByRole('group', { name: /^Did your ex ever frighten you/ })
        .getByLabel('Yes', { exact: true })
        .check();
      await form.getByRole('heading', { name: 'Your safety comes first' }).waitFor();
      const support = form.getByRole('link', {
        name: 'Support when contact with your ex is unsafe',
      });
      await expect.poll(() => support.getAttribute('href')).toBe('#/support?part=unsafe-contact');
      // Reconcile is not offered as a button after something unsafe (the stage stays changeable
      // by hand on Where you are).
      await expect.poll(() => form.getByRole('button', { name: /Reconcile/ }).count()).toBe(0);
      const moveOn = form.getByRole('button', { name: 'Choose Move on (suggested)' });
      await moveOn.waitFor();
      await keyMoment(page, 'unsafe');

      await moveOn.click();
      await expectToast(page, 'You chose Move on. Your journey is now at Heal & Grow.');
      await expect
        .poll(() => queryFile<{ stage: string }>(app, 'SELECT stage FROM stage_changes'))
        .toEqual([{ stage: 'heal_and_grow' }]);
      await expectAccessible(page, 'decide, Move on chosen after something unsafe');

      await page.getByRole('link', { name: 'Support when contact with your ex is unsafe' }).click();
      await expect.poll(() => heading(page).textContent()).toBe('Support');
      await expect.poll(() => page.url()).toContain('#/support?part=unsafe-contact');
      await page.getByText('When contact with your ex is unsafe').first().waitFor();
      await keyMoment(page, 'support');
      expectOnlyAppRequests(app);
    } finally {
      await app.close();
    }
  });
});
