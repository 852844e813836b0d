import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_ORIGIN,
  todayIn,
  saveScreenshot,
  type AppUnderTest,
  startApp,
  stopApp,
  expectOnlyAppRequests,
  queryFile,
} from './harness';
import { chooseOnScale } from './scale';
import { forEachLook, sidewaysOverflow } from './screenshots';

// Kathmandu's quarter-hour offset catches a day bucketed by the wrong zone.
const ZONE = 'Asia/Kathmandu';
const today = todayIn(ZONE);

let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  ({ browser, app } = await startApp({ timezoneId: ZONE }));
});
afterAll(() => stopApp(browser, app));

interface SavedConversation {
  local_day: string;
  time_zone: string;
  skill: string | null;
  counterpart: string;
  is_contact_with_ex: number;
  contact_context: string | null;
  initiated_by: string | null;
  tone: string | null;
  outcome: string | null;
  self_rating: number | null;
  mood_before: number | null;
  mood_after: number | null;
  do_differently: string | null;
}

const conversations = () =>
  queryFile<SavedConversation>(
    app,
    `SELECT local_day, time_zone, skill, counterpart, is_contact_with_ex, contact_context,
            initiated_by, tone,
            outcome, self_rating, mood_before, mood_after, do_differently
       FROM communication_entries ORDER BY id`,
  );
const everyColumn = () =>
  queryFile<unknown>(app, 'SELECT * FROM communication_entries ORDER BY id');

const newForm = (page: Page) => page.getByRole('form', { name: 'Log a conversation' });
const entries = (page: Page) => page.locator('li.entry');

async function saved(page: Page, words: string) {
  await expect.poll(() => page.locator('.toast').textContent()).toContain(words);
}

describe('communication practice and contact with the ex, as a new person would use them', () => {
  it('says in Settings that the two of them have children together', async () => {
    const { page } = app;
    await page.goto(`${TEST_ORIGIN}/index.html#/settings`);
    const card = page.locator('.card', { hasText: 'Ties with your ex' });
    await card.getByText('Some contact comes with a shared life').waitFor();
    const children = card.getByLabel('We have children together');
    await expect.poll(() => children.isEnabled()).toBe(true);
    await children.check();
    await saved(page, 'Saved');
    // The welcome's row is the harness's own (it starts each profile with the welcome skipped).
    expect(queryFile(app, "SELECT key, value FROM settings WHERE key <> 'welcome'")).toEqual([
      { key: 'unavoidableSituations', value: '["children_together"]' },
    ]);
  });

  it('opens a focused form from the Today link and logs a rehearsal on your own', async () => {
    const { page } = app;
    await page.goto(`${TEST_ORIGIN}/index.html#/communication?new=1`);
    const form = newForm(page);
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
      .toBe('ex');
    // The arrow keys move between the choices, as in any radio group.
    for (let step = 0; step < 6; step += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => form.getByLabel('On my own (rehearsal)').isChecked()).toBe(true);
    // On your own no one reaches out first, and there is no tone or outcome: none is asked.
    await form.getByText('On your own there is no one to reach out first').waitFor();
    for (const label of ['Tone', 'Outcome', 'Who reached out first']) {
      await expect.poll(() => form.getByLabel(label, { exact: true }).count()).toBe(0);
    }
    await saveScreenshot(page, 'communication-rehearsal-light-1280');

    await form.getByLabel('I-statements').check();
    await form.getByLabel(/do differently/).fill('Say “I feel” before “you always”.');
    await form.getByRole('button', { name: 'Save conversation' }).click();
    await saved(page, 'Saved');
    await expect.poll(() => entries(page).count()).toBe(1);
    expect(conversations()).toEqual([
      expect.objectContaining({
        local_day: today,
        // Chromium names Kathmandu by its older IANA spelling; both are the same zone.
        time_zone: expect.stringMatching(/^Asia\/Kath?mandu$/),
        skill: 'i_statements',
        counterpart: 'rehearsal_alone',
        is_contact_with_ex: 0,
        contact_context: null,
        do_differently: 'Say “I feel” before “you always”.',
      }),
    ]);
  });

  it('logs a tense hand-over with the ex, co-parenting already chosen from Settings', async () => {
    const { page } = app;
    const form = newForm(page);
    await form.getByLabel('Co-parent').check();

    // Forgetting the skill for practice that is not contact with the ex: the form says so beside
    // it, and nothing is saved.
    await form.getByRole('button', { name: 'Save conversation' }).click();
    const skill = form.getByRole('group', { name: /^What did you practise\?/ });
    await expect.poll(() => skill.getAttribute('aria-invalid')).toBe('true');
    // settled: the group is marked invalid (polled above) in the same render that links its message.
    const messageId = await skill.getAttribute('aria-describedby');
    await expect
      .poll(() => page.locator(`[id="${messageId}"]`).textContent())
      .toBe('Choose the skill you practised.');
    expect(conversations()).toHaveLength(1);
    await saveScreenshot(page, 'communication-error-light-1280');

    await form.getByLabel('This was contact with my ex').check();
    await expect.poll(() => form.getByLabel('Co-parenting').isChecked()).toBe(true);
    // What brought it about: reaching out is an honest answer beside the shared situations.
    const brought = form.getByRole('group', { name: /^What brought it about\?/ });
    await expect
      .poll(() => brought.locator('label').allTextContents())
      .toEqual([
        'I reached out',
        'They reached out',
        'Co-parenting',
        'Shared home',
        'Work or school',
        'Other',
      ]);

    // Contact with the ex need not be practice: the skill is asked, but not required, here.
    await expect
      .poll(() => skill.locator('legend').textContent())
      .toBe(
        'What did you practise? (optional for contact with your ex: not every contact is practice)',
      );

    await form.getByLabel('Calm logistics').check();
    await form.getByLabel('Who reached out first').selectOption({ label: 'They did' });
    await form.getByLabel('Tone').selectOption({ label: 'Tense' });
    await form.getByLabel('Outcome').selectOption({ label: 'Partly resolved' });
    await chooseOnScale(form, /^Mood before/, 3);
    await chooseOnScale(form, /^Mood after/, 5);
    await form.getByRole('button', { name: 'Save conversation' }).click();
    await expect.poll(() => entries(page).count()).toBe(2);
    expect(conversations()[1]).toEqual(
      expect.objectContaining({
        local_day: today,
        skill: 'calm_logistics',
        counterpart: 'co_parent',
        is_contact_with_ex: 1,
        contact_context: 'co_parenting',
        tone: 'tense',
        outcome: 'partly',
        mood_before: 3,
        mood_after: 5,
      }),
    );
    await saveScreenshot(page, 'communication-light-1280');
  });

  it('filters to contact with the ex only, and back', async () => {
    const { page } = app;
    const filters = page.getByRole('group', { name: 'Filters' });
    await filters.getByLabel('Contact with my ex only').check();
    await expect.poll(() => entries(page).count()).toBe(1);
    await expect
      .poll(() => entries(page).first().textContent())
      .toContain('Contact with my ex · Co-parenting');
    await filters.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => entries(page).count()).toBe(2);
  });

  it('edits the rehearsal, and the change is what is saved', async () => {
    const { page } = app;
    await entries(page)
      .filter({ hasText: 'On my own (rehearsal)' })
      .getByRole('button', { name: 'Edit' })
      .click();
    const form = page.getByRole('form', { name: 'Edit conversation' });
    await chooseOnScale(form, /^How do you feel you handled it\?/, 4);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await saved(page, 'changes are saved');
    await expect.poll(() => conversations()[0]?.self_rating).toBe(4);
    expect(conversations()[0]).toMatchObject({ outcome: null, tone: null, skill: 'i_statements' });
    await expect
      .poll(() => entries(page).filter({ hasText: 'how I feel I handled it: 4 of 5' }).count())
      .toBe(1);
  });

  it('deletes the contact entry, and Undo puts it back exactly as it was', async () => {
    const { page } = app;
    const asSaved = everyColumn();
    await entries(page)
      .filter({ hasText: 'Calm logistics' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect.poll(() => entries(page).count()).toBe(1);
    expect(conversations().map((c) => c.skill)).toEqual(['i_statements']);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => entries(page).count()).toBe(2);
    expect(everyColumn()).toEqual(asSaved);
  });

  it('logs last night’s text to the ex without asking it to have been practice', async () => {
    const { page } = app;
    const form = newForm(page);
    await form.getByLabel('My ex', { exact: true }).check();
    await form.getByLabel('I reached out', { exact: true }).check();
    // "I reached out" says who reached out first: it is not asked again.
    await expect.poll(() => form.getByLabel('Who reached out first').count()).toBe(0);
    for (const width of [1280, 800] as const) {
      await page.setViewportSize({ width, height: 800 });
      await saveScreenshot(page, `communication-contact-light-${width}`);
    }
    await form.getByRole('button', { name: 'Save conversation' }).click();
    await expect.poll(() => entries(page).count()).toBe(3);
    await expect
      .poll(() => entries(page).filter({ hasText: 'Contact with your ex' }).count())
      .toBe(1);
    expect(conversations().at(-1)).toMatchObject({
      skill: null,
      counterpart: 'ex',
      contact_context: 'i_reached_out',
      initiated_by: 'me',
    });
    await expect.poll(() => form.getByText('Choose the skill you practised.').count()).toBe(0);
  });

  it('never counts days since contact, and looks right light, dark, wide and narrow', async () => {
    const { page } = app;
    // The message bar floats over the page; closing it keeps the screenshots clear.
    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await forEachLook(page, async (scheme, width) => {
      for (const section of ['communication', 'settings']) {
        await page.goto(`${TEST_ORIGIN}/index.html#/${section}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        if (section === 'communication') await expect.poll(() => entries(page).count()).toBe(3);
        else await page.getByLabel('We have children together').waitFor();
        // settled: the screen's entries or its checkbox are shown (waited for just above).
        const text = await page.locator('main').textContent();
        expect(text).not.toMatch(/days? since|since (your )?last contact/i);
        await saveScreenshot(page, `${section}-${scheme}-${width}`);
        const overflow = await sidewaysOverflow(page);
        expect(overflow).toBeLessThanOrEqual(0);
      }
    });
  });

  it('made no request anywhere but the app itself, and broke no security policy', () => {
    expectOnlyAppRequests(app);
  });
});
