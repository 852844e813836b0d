import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, instantOfWallTime, monthOf } from '../../src-main/shared/calendar';
import {
  TEST_ORIGIN,
  expectOnlyAppRequests,
  openApp,
  saveScreenshot,
  startApp,
  stopApp,
  todayIn,
  type AppUnderTest,
  queryFile,
} from './harness';
import { expectAccessible } from './axe';
import { chooseOnScale } from './scale';
import { WINDOW_SIZES } from './screenshots';

// Apia is 13 or 14 hours ahead of UTC: a check-in filed under the wrong zone's day shows here.
const ZONE = 'Pacific/Apia';
const today = todayIn(ZONE);
const thisMonth = monthOf(today);
const lastMonth = addMonths(thisMonth, -1);
const PART = `${TEST_ORIGIN}/index.html#/journey?part=slow`;

let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
});
afterAll(() => stopApp(browser, app));

const checkins = () =>
  queryFile<{ local_day: string; trust: number; tension: number; note: string | null }>(
    app,
    'SELECT local_day, trust, tension, note FROM trust_checkins ORDER BY id',
  );

/** `day` at `time` on the spec's clock, as an instant. */
const at = (day: string, time = '19:30') => instantOfWallTime(day, time, ZONE);

const checkinForm = (page: Page) => page.getByRole('form', { name: 'Trust and tension check-in' });
const listItems = (page: Page) => page.locator('li.entry');

/** A month as the page's own locale names it in a sentence (the page is en-GB; Node may not be). */
function monthInPage(page: Page, month: string): Promise<string> {
  return page.evaluate(
    ([m, sameYear]) =>
      new Intl.DateTimeFormat(undefined, {
        month: 'long',
        ...(sameYear ? {} : { year: 'numeric' }),
        timeZone: 'UTC',
      }).format(new Date(`${m}-01T12:00:00Z`)),
    [month, month.slice(0, 4) === today.slice(0, 4)] as const,
  );
}

/** The smallest space, in pixels, between neighbouring day ticks under the trust chart. */
function smallestTickGap(page: Page): Promise<number> {
  return page
    .locator('figure.chart')
    .first()
    .evaluate((figure) => {
      const boxes = [
        ...figure.querySelectorAll(
          '.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value',
        ),
      ]
        .map((tick) => tick.getBoundingClientRect())
        .sort((a, b) => a.left - b.left);
      // Fewer than two ticks means the axis was not found: a gap that fails the check.
      if (boxes.length < 2) return -1;
      return Math.min(...boxes.slice(1).map((box, i) => box.left - (boxes[i]?.right ?? 0)));
    });
}

describe('taking it slow: trust check-ins and conflicts over the months', () => {
  it('opens with nothing recorded and says what shows where, plainly', async () => {
    const { page } = app;
    await page.goto(PART);
    // A new person is at Heal Yourself: the questions about the relationship wait behind a button.
    await page.getByText('If you are back together, you can check in here.').waitFor();
    await expect.poll(() => checkinForm(page).count()).toBe(0);
    await page.getByText('No check-ins yet. The first can be two numbers').waitFor();
    // Tension is not fear, with the way to Support's part on unsafe contact.
    const fear = page.getByText(/^Some tension is normal while trust comes back; fear is not\./);
    await expect
      .poll(() => fear.getByRole('link').getAttribute('href'))
      .toBe('#/support?part=unsafe-contact');
    await page.getByText(/^No conflicts logged yet\./).waitFor();
    // A new person is at Heal Yourself: the part is open all the same, and says so.
    await page
      .getByText(
        /^You are at Heal Yourself now\. This part is for taking things slowly if the two of you get back together\. It is open whenever it helps/,
      )
      .waitFor();
    await saveScreenshot(page, 'slow-empty-light-1280');
    await page.getByRole('button', { name: 'Check in on trust and tension' }).click();
    await checkinForm(page).waitFor();
  });

  it('records a check-in, and a missing answer is named beside its question', async () => {
    const { page } = app;
    const form = checkinForm(page);
    await chooseOnScale(form, /^How much tension is there between you\?/, 7);
    await form.getByRole('button', { name: 'Save check-in' }).click();
    const trust = form.getByRole('group', { name: /^How much do you trust them/ });
    await expect.poll(() => trust.getAttribute('aria-invalid')).toBe('true');
    // settled: the group is marked invalid (polled above) in the same render that links its message.
    const messageId = await trust.getAttribute('aria-describedby');
    await expect
      .poll(() => page.locator(`[id="${messageId}"]`).textContent())
      .toBe('To save, choose a number for trust too, or leave this for another time.');
    // Calm: one message, and one outline round the numbers rather than a red border on each.
    await expect.poll(() => form.getByRole('alert').count()).toBe(1);
    const border = (group: typeof trust) =>
      group
        .locator('.scale-option span')
        .first()
        .evaluate((e) => getComputedStyle(e).borderColor);
    const tension = form.getByRole('group', { name: /^How much tension is there between you\?/ });
    await expect.poll(() => border(trust)).toBe(await border(tension));
    await expect
      .poll(() => trust.locator('.scale-options').evaluate((e) => getComputedStyle(e).outlineStyle))
      .toBe('solid');
    expect(checkins()).toEqual([]);
    await saveScreenshot(page, 'slow-error-light-1280');

    await chooseOnScale(form, /^How much do you trust them/, 3);
    await form.getByLabel(/^Note/).fill('We talked about the weekend without raising our voices.');
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => page.locator('.toast').textContent()).toContain('Check-in saved.');
    await expect.poll(() => listItems(page).count()).toBe(1);
    expect(checkins()).toEqual([
      {
        local_day: today,
        trust: 3,
        tension: 7,
        note: 'We talked about the weekend without raising our voices.',
      },
    ]);
    await page
      .getByText('You have checked in on one day so far: too few for a trend yet.')
      .waitFor();
  });

  it('back-fills a check-in from last week through the form', async () => {
    const { page } = app;
    const form = checkinForm(page);
    const lastWeek = addDays(today, -7);
    await form.getByLabel('Date').fill(lastWeek);
    await form.getByLabel('Time').fill('21:15');
    await chooseOnScale(form, /^How much do you trust them/, 2);
    await chooseOnScale(form, /^How much tension is there between you\?/, 8);
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => listItems(page).count()).toBe(2);
    expect(checkins()[1]).toMatchObject({ local_day: lastWeek, trust: 2, tension: 8 });
    // Tension of 8: a gentle line to Support, which closes with one press.
    const signpost = page.locator('.signpost');
    await expect
      .poll(() => signpost.textContent())
      .toContain('That is a lot of tension to carry. Tension is one thing; feeling afraid');
    await expect
      .poll(() => signpost.getByRole('link').getAttribute('href'))
      .toBe('#/support?part=unsafe-contact');
    await saveScreenshot(page, 'slow-signpost-light-1280');
    await page.getByRole('button', { name: 'Close this note' }).click();
    await expect.poll(() => signpost.count()).toBe(0);
    // The list says where it starts: at the earliest check-in shown, last week.
    await expect.poll(() => page.getByText(/^Your check-ins from .+ on\.$/).count()).toBe(1);
  });

  it('puts trust and tension into words once there are weeks of check-ins', async () => {
    const { page } = app;
    // Two more weeks, set up as the page would send them; the page reads them on its next visit.
    for (const [weeksAgo, trust, tension] of [
      [3, 1, 9],
      [2, 2, 8],
    ] as const) {
      const result = await app.dispatch('trust:create', {
        occurredAt: at(addDays(today, -7 * weeksAgo)),
        timeZone: ZONE,
        trust,
        tension,
      });
      expect(result.ok).toBe(true);
    }
    await page.reload();
    const chart = page.getByRole('figure', { name: /trust rose/ });
    await expect
      .poll(() => chart.getAttribute('aria-label'))
      .toMatch(
        /^From .+ to .+, trust rose from about 1 to about 3 out of 10, and tension went down from about 9 to about 7\.$/,
      );
  });

  it('counts conflicts practised with anyone, month by month, and the sentence follows', async () => {
    const { page } = app;
    // Last month: two conflicts with the ex, one resolved; both tense.
    for (const outcome of ['resolved', 'not'] as const) {
      const result = await app.dispatch('communication:create', {
        occurredAt: at(`${lastMonth}-12`),
        timeZone: ZONE,
        counterpart: 'ex',
        isContactWithEx: true,
        contactContext: 'i_reached_out',
        skill: 'conflict_resolution',
        outcome,
        tone: 'tense',
      });
      expect(result.ok).toBe(true);
    }
    await page.reload();
    const resolved = page.getByRole('figure', { name: /you logged \d+ conflicts?/ });
    const now = await monthInPage(page, thisMonth);
    const before = await monthInPage(page, lastMonth);
    await expect
      .poll(() => resolved.getAttribute('aria-label'))
      .toBe(
        `In ${before} you logged 2 conflicts: 1 ended resolved, 1 not resolved. A month or two is too little to read much into.`,
      );
    await page.getByText(`The tone in ${before}: 2 tense or hostile.`).waitFor();

    // This month, a repair with a friend, logged on the Communication screen as a person would.
    await page.getByRole('link', { name: 'Log a conversation' }).click();
    const form = page.getByRole('form', { name: 'Log a conversation' });
    await form.getByLabel('Friend').check();
    await form.getByLabel('Repair after conflict').check();
    await form.getByLabel('Tone').selectOption({ label: 'Friendly' });
    await form.getByLabel('Outcome').selectOption({ label: 'Resolved' });
    await form.getByRole('button', { name: 'Save conversation' }).click();
    await expect.poll(() => page.locator('.toast').textContent()).toContain('Saved');

    await page.goto(PART);
    await expect
      .poll(() => resolved.getAttribute('aria-label'))
      .toBe(
        `In ${now} you logged 1 conflict: 1 ended resolved. In ${before} you logged 2 conflicts: 1 ended resolved, 1 not resolved. A month or two is too little to read much into.`,
      );
    await page
      .getByText(
        `The tone in ${now}: 1 friendly or civil. The tone in ${before}: 2 tense or hostile.`,
      )
      .waitFor();
    // The months on the axis carry their whole year: "Nov 26" read as the 26th.
    const monthTicks = page
      .locator('figure.chart')
      .nth(1)
      .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
    await expect.poll(() => monthTicks.count()).toBeGreaterThan(0);
    await expect
      .poll(async () => (await monthTicks.allTextContents()).every((t) => /\d{4}/.test(t)))
      .toBe(true);
  });

  it('deletes a check-in and Undo puts it back as it was', async () => {
    const { page } = app;
    const everything = () => queryFile<unknown>(app, 'SELECT * FROM trust_checkins ORDER BY id');
    const before = everything();
    await expect.poll(() => listItems(page).count()).toBe(4);
    await listItems(page).first().getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => listItems(page).count()).toBe(3);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => listItems(page).count()).toBe(4);
    expect(everything()).toEqual(before);
  });

  it('reads well and passes an accessibility audit, light and dark, wide and narrow', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const viewport of WINDOW_SIZES) {
        const view = await openApp(browser, { timezoneId: ZONE, colorScheme, viewport });
        try {
          // Someone taking it slow, with the same history as above, in this view's own database.
          expect((await view.dispatch('stage:move', { stage: 'take_it_slow' })).ok).toBe(true);
          for (const [weeksAgo, trust, tension] of [
            [3, 1, 9],
            [2, 2, 8],
            [1, 2, 8],
            [0, 3, 7],
          ] as const) {
            await view.dispatch('trust:create', {
              occurredAt: at(addDays(today, -7 * weeksAgo)),
              timeZone: ZONE,
              trust,
              tension,
              note: weeksAgo === 0 ? 'A calmer week. We listened more than we argued.' : null,
            });
          }
          for (const [month, outcome, tone] of [
            [lastMonth, 'not', 'tense'],
            [lastMonth, 'resolved', 'tense'],
            [thisMonth, 'resolved', 'friendly'],
          ] as const) {
            await view.dispatch('communication:create', {
              occurredAt: at(`${month}-12`),
              timeZone: ZONE,
              counterpart: 'friend',
              isContactWithEx: false,
              skill: 'conflict_resolution',
              outcome,
              tone,
            });
          }
          await view.page.goto(PART);
          await view.page.getByRole('figure', { name: /trust/ }).waitFor();
          await view.page.getByRole('figure', { name: /you logged \d+ conflicts?/ }).waitFor();
          await view.page.locator('.recharts-surface').nth(1).waitFor();
          // The day ticks under trust and tension never touch, wide or narrow.
          await expect.poll(() => smallestTickGap(view.page)).toBeGreaterThanOrEqual(40);
          await expect.poll(() => view.page.getByText(/^You are at /).count()).toBe(0);
          await saveScreenshot(view.page, `slow-${colorScheme}-${viewport.width}`);
          await expectAccessible(view.page, `take it slow, ${colorScheme}, ${viewport.width}`);
          expectOnlyAppRequests(view);
        } finally {
          await view.close();
        }
      }
    }
  });

  it('talked to nothing but the app', () => {
    expectOnlyAppRequests(app);
  });
});
