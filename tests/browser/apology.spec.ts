import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/shared/calendar';
import type { ApologyAnswer } from '../../src-main/shared/journey/apology';
import {
  TEST_ORIGIN,
  clockNow,
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
import { expectAccessible } from './axe';
import { WINDOW_SIZES } from './screenshots';

// Apia, far ahead of UTC, catches a day or a reason dated in the wrong zone.
const ZONE = 'Pacific/Apia';
const [WIDE, NARROW] = WINDOW_SIZES;

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

/** A fresh profile: its own data file, colour scheme and window size. */
async function profile(
  colorScheme: 'light' | 'dark',
  viewport: (typeof WINDOW_SIZES)[number],
): Promise<AppUnderTest> {
  const app = await openApp(browser, { timezoneId: ZONE, colorScheme, viewport });
  opened.push(app);
  return app;
}

/** A few weeks of a walking habit and one rehearsal on one's own, as a person would have them. */
async function seedHistory(app: AppUnderTest): Promise<void> {
  const today = todayIn(ZONE);
  const walk = (await dispatchOk(app, 'habit:create', {
    name: 'Walk 20 minutes',
    kind: 'build',
    targetCount: 1,
    period: 'day',
  })) as { id: number };
  for (let i = 1; i <= 40; i += 1) {
    await dispatchOk(app, 'checkin:set', {
      habitId: walk.id,
      day: addDays(today, -i),
      count: i % 9 === 0 ? 0 : 1,
    });
  }
  await dispatchOk(app, 'communication:create', {
    occurredAt: new Date(clockNow(ZONE).getTime() - 2 * 86_400_000).toISOString(),
    timeZone: ZONE,
    skill: 'apology',
    counterpart: 'rehearsal_alone',
    isContactWithEx: false,
    selfRating: 3,
  });
}

async function openApologize(page: Page): Promise<void> {
  await page.goto(`${TEST_ORIGIN}/index.html#/journey?part=apologize`);
  await page.getByRole('heading', { name: 'A new draft' }).waitFor();
  // The drafts, rehearsals and habits are read once this group shows.
  await page.getByRole('group', { name: 'From your habits' }).waitFor();
}

const part = (page: Page, n: 1 | 2 | 3) =>
  page.getByLabel(
    [/^Part 1: Owning your part/, /^Part 2: The changes you made/, /^Part 3: Wanting to try again/][
      n - 1
    ] ?? /^Part 1/,
  );

/** Records the answer to the one ready draft, taking the suggested move. */
async function recordAnswer(page: Page, answer: ApologyAnswer): Promise<void> {
  const label = { yes: 'Yes', not_now: 'Not now', no: 'No' }[answer];
  const stage = answer === 'yes' ? 'Take it Slow' : 'Heal & Grow';
  const draft = page.getByRole('listitem', { name: /^Draft of / }).first();
  // The answer is asked for only once the person says they gave the apology.
  await draft.getByRole('button', { name: 'I gave this apology' }).click();
  await draft.getByText('How did it go?', { exact: true }).waitFor();
  await draft.getByLabel(label, { exact: true }).check();
  await draft.getByRole('button', { name: `Record it and move to ${stage}` }).click();
  await expectToast(page, `Moved to ${stage}.`);
}

describe('the Apologize part, as a person would use it', () => {
  it('drafts an apology with a part missing, is told which, completes it and hears yes', async () => {
    const app = await profile('light', WIDE);
    const { page } = app;
    await seedHistory(app);
    await openApologize(page);
    // Before Part 1: no apology is owed to an ex who frightened or controlled you.
    const safety = page.getByRole('note').filter({ hasText: 'you do not owe them an apology' });
    await safety.waitFor();
    await expect
      .poll(() =>
        safety
          .getByRole('link', { name: 'Support for when contact is unsafe' })
          .getAttribute('href'),
      )
      .toBe('#/support?part=unsafe-contact');
    await page
      .getByText(
        'Writing a draft is not sending it. If it is late at night, let it rest until morning.',
      )
      .waitFor();
    await page.getByText(/you noted 3 of 5/).waitFor();
    await saveScreenshot(page, 'apology-empty-light-wide');

    await part(page, 1).fill(
      'I cancelled on you again and again, and you were right to feel let down.',
    );
    await part(page, 3).fill(
      'I would like to try again, because you matter to me. I understand if you cannot risk it.',
    );
    await page.getByRole('button', { name: 'Save and mark ready' }).click();
    const refusal = page.getByText(
      'Part 2, the changes you made, is empty: write it before marking the draft ready.',
      {
        exact: false,
      },
    );
    await refusal.waitFor();
    await expect.poll(() => part(page, 2).getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'apology-part-missing-light-wide');
    expect(queryFile(app, "SELECT id FROM reflections WHERE kind = 'apology_draft'")).toEqual([]);

    await part(page, 2).fill('I am sorry.');
    const sentence =
      'Most days this past month, I have kept up something I set out to do: walk 20 minutes.';
    // The counts are for the person, beside the offer; the sentence carries none.
    await page.getByText(/^Kept on \d+ of the last 28 days, at least 1 a day\.$/).waitFor();
    await page.getByRole('button', { name: `Insert into Part 2: ${sentence}` }).click();
    await expect.poll(() => part(page, 2).inputValue()).toBe(`I am sorry. ${sentence}`);
    await page.getByRole('button', { name: 'Save and mark ready' }).click();
    await expectToast(page, 'Draft saved and marked ready.');
    await page
      .getByRole('listitem', { name: /^Draft of / })
      .getByText('Ready', { exact: true })
      .waitFor();
    await saveScreenshot(page, 'apology-ready-light-wide');
    await expectAccessible(page, 'apologize, light, wide');

    await recordAnswer(page, 'yes');
    await page.getByRole('heading', { name: 'They said yes' }).waitFor();
    await page
      .getByText('Take it slow: trust comes back slowly, and some tension is normal; fear is not.')
      .waitFor();
    await saveScreenshot(page, 'apology-yes-light-wide');
    const [move] = queryFile<{ stage: string; reason: string; was_suggested: number }>(
      app,
      'SELECT stage, reason, was_suggested FROM stage_changes',
    );
    expect(move).toMatchObject({ stage: 'take_it_slow', was_suggested: 1 });
    expect(move?.reason).toMatch(/^Your apology of .+: they said yes\.$/);
    expectOnlyAppRequests(app);
  });

  it.each([
    ['not_now', 'dark', WIDE, 'dark-wide'],
    ['no', 'dark', NARROW, 'dark-narrow'],
    ['no', 'light', NARROW, 'light-narrow'],
  ] as const)(
    'records a "%s" in its own profile (%s), with words about healing, and moves to Heal & Grow',
    async (answer, scheme, viewport, name) => {
      const app = await profile(scheme, viewport);
      const { page } = app;
      await seedHistory(app);
      await dispatchOk(app, 'apology:save', {
        owning: 'I was careless with your trust, and your hurt makes sense.',
        changes: 'I am sorry. I have been walking every day and I plan ahead now.',
        tryAgain: 'I would like to try again. I understand if the answer is no.',
        markReady: true,
        timeZone: ZONE,
      });
      await openApologize(page);
      const draft = page.getByRole('listitem', { name: /^Draft of / }).first();
      await draft.getByRole('button', { name: 'I gave this apology' }).click();
      await draft.getByLabel(answer === 'no' ? 'No' : 'Not now', { exact: true }).check();
      await draft.getByText('is an answer to respect', { exact: false }).waitFor();
      await saveScreenshot(page, `apology-${answer}-chosen-${name}`);
      await expectAccessible(page, `apologize, ${answer} chosen, ${name}`);

      await draft.getByRole('button', { name: 'Record it and move to Heal & Grow' }).click();
      await expectToast(page, 'Moved to Heal & Grow.');
      await page
        .getByRole('heading', { name: answer === 'no' ? 'They said no' : 'They said not now' })
        .waitFor();
      await page.getByText('Your healing counts, and it goes on.').waitFor();
      // Respecting the answer is said plainly; no next try is offered, only writing for oneself.
      await page
        .getByText(
          answer === 'no'
            ? 'Respecting a no means not asking again or trying to change their mind.'
            : 'Respecting a “not now” means leaving the next step with them: not asking again or trying to change their mind.',
        )
        .waitFor();
      await page.getByText('Your drafts stay here if you want to reread them.').waitFor();
      await expect
        .poll(() => page.getByRole('button', { name: 'Write a new draft' }).count())
        .toBe(0);
      await expect
        .poll(() => page.getByRole('button', { name: 'Start a new draft from this one' }).count())
        .toBe(0);
      await page.getByRole('button', { name: 'Start a new draft', exact: true }).waitFor();
      await expectAccessible(page, `apologize, ${answer} recorded, ${name}`);
      await saveScreenshot(page, `apology-${answer}-recorded-${name}`);
      const said = answer === 'no' ? 'no' : 'not now';
      expect(queryFile(app, 'SELECT stage, reason FROM stage_changes')).toEqual([
        {
          stage: 'heal_and_grow',
          reason: expect.stringMatching(new RegExp(`: they said ${said}\\.$`)),
        },
      ]);
      expectOnlyAppRequests(app);
    },
  );
});
