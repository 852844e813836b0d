import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, instantOfWallTime } from '../../src-main/shared/calendar';
import { SECTIONS } from '../../src-renderer/app/sections';
import {
  TEST_ORIGIN,
  todayIn,
  saveScreenshot,
  type AppUnderTest,
  startApp,
  stopApp,
  expectOnlyAppRequests,
} from './harness';
import { forEachLook, sidewaysOverflow } from './screenshots';

const ZONE = 'America/New_York';

let browser: Browser;
let app: AppUnderTest;

/** Three weeks of a plausible recovery: a little mood data, two habits, two conversations. */
async function seed(): Promise<void> {
  const today = todayIn(ZONE);
  const must = async (channel: Parameters<AppUnderTest['dispatch']>[0], input: unknown) => {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  for (let i = 20; i >= 0; i -= 1) {
    const day = addDays(today, -i);
    await must('mood:create', {
      occurredAt: instantOfWallTime(day, '20:30', ZONE),
      timeZone: ZONE,
      mood: Math.min(10, 3 + Math.round((20 - i) / 5) + (i % 3 === 0 ? 1 : 0)),
      energy: 3 + (i % 5),
      hurt: Math.max(0, 8 - Math.round((20 - i) / 4)),
      tags: i % 2 === 0 ? ['hopeful'] : ['tired', 'lonely'],
      note: i === 0 ? 'Long walk by the river. Slept better.' : null,
    });
  }
  await must('habit:create', {
    name: 'Walk outside',
    kind: 'build',
    targetCount: 1,
    period: 'day',
  });
  await must('habit:create', {
    name: 'Check their social media',
    kind: 'break',
    targetCount: 0,
    period: 'day',
  });
  for (let i = 14; i >= 1; i -= 1) {
    const day = addDays(today, -i);
    await must('checkin:set', {
      habitId: 1,
      day,
      count: i === 4 ? 0 : 1,
      isSkip: false,
      note: null,
    });
    await must('checkin:set', {
      habitId: 2,
      day,
      count: i % 6 === 0 ? 1 : 0,
      isSkip: false,
      note: null,
    });
  }
  await must('communication:create', {
    occurredAt: instantOfWallTime(addDays(today, -3), '18:00', ZONE),
    timeZone: ZONE,
    skill: 'i_statements',
    counterpart: 'rehearsal_alone',
    isContactWithEx: false,
    contactContext: null,
    initiatedBy: null,
    // A rehearsal on your own is asked no tone and no outcome: there is no one to have either.
    tone: null,
    selfRating: 4,
    outcome: null,
    moodBefore: 4,
    moodAfter: 6,
    doDifferently: 'Slow down before the second sentence.',
    note: null,
  });
  await must('communication:create', {
    occurredAt: instantOfWallTime(addDays(today, -1), '08:15', ZONE),
    timeZone: ZONE,
    skill: 'calm_logistics',
    counterpart: 'co_parent',
    isContactWithEx: true,
    contactContext: 'co_parenting',
    initiatedBy: 'them',
    tone: 'civil',
    selfRating: 3,
    outcome: 'partly',
    moodBefore: 5,
    moodAfter: 5,
    doDifferently: null,
    note: 'School pick-up times.',
  });
}

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
  await seed();
});
afterAll(() => stopApp(browser, app));

describe('every screen, as a person sees it', () => {
  it('renders each section in light and dark, wide and narrow, without sideways scrolling', async () => {
    const { page } = app;
    await forEachLook(page, async (scheme, width) => {
      for (const { id, label } of SECTIONS) {
        await page.goto(`${TEST_ORIGIN}/index.html#/${id}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        await expect.poll(() => page.title()).toBe(`${label} · Mending`);
        const overflow = await sidewaysOverflow(page);
        expect(overflow, `${id} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
        if (width === 800) {
          // Narrow, the sections run along the top as one compact bar, on short pages too.
          const barHeight = () =>
            page
              .getByRole('navigation', { name: 'Sections' })
              .evaluate((nav) => nav.getBoundingClientRect().height);
          await expect
            .poll(barHeight, { message: `the top bar on ${id} at 800x600` })
            .toBeLessThanOrEqual(64);
        }
        await saveScreenshot(page, `screen-${id}-${scheme}-${width}`);
      }
    });
  });

  it('made no request anywhere but the app itself, and broke no security policy', () => {
    expectOnlyAppRequests(app);
  });
});
