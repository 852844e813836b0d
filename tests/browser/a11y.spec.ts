import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { addDays, instantOfWallTime } from '../../src-main/shared/calendar';
import { REPORT_PRIVACY_LEVELS } from '../../src-main/shared/domain/report';
import { OTHER_PAGES, SECTIONS } from '../../src-renderer/app/sections';
import { auditPage, describeViolations } from './axe';
import {
  TEST_ORIGIN,
  expectOnlyAppRequests,
  openApp,
  startApp,
  stopApp,
  todayIn,
  type AppUnderTest,
} from './harness';

const ZONE = 'Europe/Lisbon';
/** Each view is audited in both, the order a person switching at night would see them. */
const SCHEMES = ['light', 'dark'] as const;

/**
 * A view to audit: a place in the app (its hash) and, for views a person reaches by pressing
 * something, what they press. `open` ends by waiting for what it opened.
 */
interface View {
  readonly name: string;
  readonly hash: string;
  /** Views that only exist with something recorded (an entry to edit, a backup to restore). */
  readonly needsData?: boolean;
  readonly open?: (page: Page) => Promise<void>;
}

/**
 * Every section, taken from the sidebar's own list, and every page opened from elsewhere (the
 * welcome), so a page added later is audited without anyone remembering to add it here.
 */
const SECTION_VIEWS: readonly View[] = [...SECTIONS, ...OTHER_PAGES].map(({ id }) => ({
  name: id,
  hash: id,
}));

const worksheet = (page: Page) => page.getByRole('form', { name: /^(New worksheet|Worksheet of)/ });
const moodForm = (page: Page) => page.getByRole('form', { name: /mood entry/ });

/** Views a person reaches by pressing something, and the parts other screens link to. */
const EXTRA_VIEWS: readonly View[] = [
  {
    name: 'mood, energy grid',
    hash: 'mood',
    open: async (page) => {
      await page.getByRole('tab', { name: 'Energy grid' }).click();
      await page.getByRole('tabpanel').waitFor();
    },
  },
  {
    name: 'mood, calendar',
    hash: 'mood',
    open: async (page) => {
      await page.getByRole('tab', { name: 'Calendar' }).click();
      await page.getByRole('grid').waitFor();
    },
  },
  {
    name: 'mood, a save refused with the mood missing',
    hash: 'mood',
    open: async (page) => {
      await moodForm(page).getByRole('button', { name: 'Save entry' }).click();
      await moodForm(page).locator('[aria-invalid="true"]').first().waitFor();
    },
  },
  {
    name: 'mood, an entry being edited',
    hash: 'mood',
    needsData: true,
    open: async (page) => {
      await page.locator('li.entry').first().getByRole('button', { name: 'Edit' }).click();
      await page.getByRole('form', { name: 'Edit mood entry' }).waitFor();
    },
  },
  {
    name: 'habits, a calendar open',
    hash: 'habits',
    needsData: true,
    open: async (page) => {
      await page.getByRole('button', { name: 'Calendar', exact: true }).first().click();
      await page.getByRole('grid').first().waitFor();
    },
  },
  {
    name: 'habits, a habit being changed',
    hash: 'habits',
    needsData: true,
    open: async (page) => {
      await page.getByRole('button', { name: 'Rename or change target' }).first().click();
      await page.getByRole('button', { name: 'Save changes' }).waitFor();
    },
  },
  {
    name: 'habits, archived ones shown',
    hash: 'habits',
    needsData: true,
    open: async (page) => {
      await page.locator('details.habits-archived summary').click();
      await page.getByRole('button', { name: 'Restore' }).waitFor();
    },
  },
  {
    name: 'habits, a new habit refused without a name',
    hash: 'habits',
    open: async (page) => {
      const form = page.getByRole('form', { name: 'New habit' });
      await form.getByRole('button', { name: 'Add habit' }).click();
      await form.locator('[aria-invalid="true"]').first().waitFor();
    },
  },
  {
    name: 'communication, a save refused with the skill missing',
    hash: 'communication?new=1',
    open: async (page) => {
      const form = page.getByRole('form', { name: 'Log a conversation' });
      await form.getByRole('button', { name: 'Save conversation' }).click();
      await form.locator('[aria-invalid="true"]').first().waitFor();
    },
  },
  {
    name: 'communication, a conversation being edited',
    hash: 'communication',
    needsData: true,
    open: async (page) => {
      await page.getByRole('button', { name: 'Edit' }).first().click();
      await page.getByRole('form', { name: 'Edit conversation' }).waitFor();
    },
  },
  {
    name: 'report, for a therapist',
    hash: 'report',
    open: async (page) => {
      await page.getByRole('radio', { name: /^Therapist/ }).check();
      await page.getByTitle('Preview of your report').waitFor();
    },
  },
  {
    name: 'settings, import asked',
    hash: 'settings',
    open: async (page) => {
      await page.getByRole('button', { name: 'Import from a file…' }).click();
      await page.getByRole('group', { name: /import/i }).waitFor();
    },
  },
  {
    name: 'settings, a backup restore asked',
    hash: 'settings',
    needsData: true,
    open: async (page) => {
      await page.getByRole('button', { name: 'Restore…' }).first().click();
      await page.getByRole('button', { name: 'Restore this backup' }).waitFor();
    },
  },
  {
    name: 'settings, Delete everything asked',
    hash: 'settings',
    open: async (page) => {
      const card = page.getByRole('region', { name: 'Delete everything' });
      await card.getByRole('button', { name: 'Delete everything…' }).click();
      await card.getByRole('textbox').waitFor();
    },
  },
  {
    name: 'settings, Delete everything refused without the word',
    hash: 'settings',
    open: async (page) => {
      const card = page.getByRole('region', { name: 'Delete everything' });
      await card.getByRole('button', { name: 'Delete everything…' }).click();
      await card.getByRole('button', { name: 'Delete everything', exact: true }).click();
      await card.locator('[aria-invalid="true"]').waitFor();
    },
  },
  {
    name: 'journey, decide, a path chosen with nothing answered',
    hash: 'journey?part=decide',
    open: async (page) => {
      const form = worksheet(page);
      await form.getByRole('button', { name: /^Choose Reconcile/ }).click();
      await form.getByRole('alert').first().waitFor();
    },
  },
  {
    name: 'journey, decide, something unsafe named',
    hash: 'journey?part=decide',
    open: async (page) => {
      const form = worksheet(page);
      await form
        .getByRole('group', { name: /^Did your ex ever frighten you/ })
        .getByLabel('Yes')
        .check();
      await form
        .getByRole('link', { name: 'Support when contact with your ex is unsafe' })
        .waitFor();
    },
  },
  {
    name: 'journey, apologize, marked ready with a part missing',
    hash: 'journey?part=apologize',
    open: async (page) => {
      await page.getByLabel(/^Part 1: Owning your part/).fill('I kept cancelling on you.');
      await page.getByLabel(/^Part 3: Wanting to try again/).fill('I understand if it is a no.');
      await page.getByRole('button', { name: 'Save and mark ready' }).click();
      await page.getByText('Part 2, the changes you made, is empty').first().waitFor();
    },
  },
  {
    name: 'journey, take it slow, a check-in refused',
    hash: 'journey?part=slow',
    open: async (page) => {
      // Away from Take it Slow (a new app starts at Heal Yourself) the form waits behind a button.
      await page.getByRole('button', { name: 'Check in on trust and tension' }).click();
      const form = page.getByRole('form', { name: 'Trust and tension check-in' });
      await form.getByRole('button', { name: 'Save check-in' }).click();
      await form.locator('[aria-invalid="true"]').first().waitFor();
    },
  },
  {
    name: 'welcome, what you share with your ex',
    hash: 'welcome',
    open: async (page) => {
      await page.getByRole('button', { name: 'Begin' }).click();
      await page.getByRole('heading', { level: 1, name: 'What you share with your ex' }).waitFor();
    },
  },
  // Each part of the Journey by its own address (the section alone opens the stage's own part).
  ...['overview', 'decide', 'apologize', 'slow', 'grow'].map((part) => ({
    name: `journey, ${part}`,
    hash: `journey?part=${part}`,
  })),
];

/** Each place once: an extra view that has since become a section is audited as the section. */
const VIEWS: readonly View[] = [
  ...SECTION_VIEWS,
  ...EXTRA_VIEWS.filter((view) => !SECTION_VIEWS.some((s) => s.hash === view.hash)),
];

/**
 * Resolves once the page has stopped changing for a moment: every read behind the screen has
 * answered and been drawn. Fails with the view's name when the page never goes quiet.
 */
async function settle(page: Page, view: string): Promise<void> {
  const isQuiet = await page.evaluate(
    ({ quietMs, limitMs }) =>
      new Promise<boolean>((done) => {
        let timer = setTimeout(finish, quietMs);
        const limit = setTimeout(() => {
          observer.disconnect();
          clearTimeout(timer);
          done(false);
        }, limitMs);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(finish, quietMs);
        });
        function finish() {
          observer.disconnect();
          clearTimeout(limit);
          done(true);
        }
        observer.observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      }),
    { quietMs: 150, limitMs: 5_000 },
  );
  if (!isQuiet) throw new Error(`${view}: the page kept changing for 5 s; nothing to audit yet`);
}

const sectionOf = (hash: string) => hash.split('?')[0] ?? hash;

/**
 * Opens `view` fresh. A screen keeps its state (an open form, a chosen tab) while the address
 * stays in its section, so a view of the section already shown is reached through another section
 * first, which unmounts it: cheaper than a reload, which would also throw away the injected axe.
 */
async function openView(page: Page, view: View): Promise<void> {
  const current = sectionOf(page.url().split('#/')[1] ?? '');
  if (current === sectionOf(view.hash)) {
    const other = SECTIONS.find((s) => s.id !== current) ?? SECTIONS[0];
    await page.goto(`${TEST_ORIGIN}/index.html#/${other.id}`);
    await page.waitForFunction((title) => document.title === title, `${other.label} · Mending`);
  }
  await page.goto(`${TEST_ORIGIN}/index.html#/${view.hash}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // A view reached by pressing something waits for what it opened, then settles.
  if (view.open) await view.open(page);
  await settle(page, view.name);
}

/**
 * Audits `views` on `page`, each opened once and audited in both colour schemes (only colours
 * differ between them, and switching the scheme changes no markup), so a failure names the scheme.
 */
async function auditViews(page: Page, views: readonly View[], where: string): Promise<string> {
  const failures: string[] = [];
  for (const view of views) {
    await openView(page, view);
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await auditPage(page);
      if (violations.length > 0)
        failures.push(describeViolations(`${view.name}, ${where} (${scheme})`, violations));
    }
  }
  return failures.join('\n\n');
}

const isClockInstalled = Boolean(process.env.MENDING_CLOCK);
const SANDBOX_REFUSAL =
  "Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed";

/**
 * A second page of an app's context, watched as the harness watches the first: console errors
 * (a CSP refusal among them) and uncaught errors are collected for the test to assert on.
 */
async function secondPage(app: AppUnderTest): Promise<{ page: Page; errors: string[] }> {
  const page = await app.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The harness's own exception, for the same reason: Playwright's clock (MENDING_CLOCK) adds
    // a script to the report preview's sandboxed frame, which rightly refuses it.
    if (isClockInstalled && message.text().startsWith(SANDBOX_REFUSAL)) return;
    errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

let browser: Browser;
let full: AppUnderTest;
let empty: AppUnderTest;

const must = async (
  target: AppUnderTest,
  channel: Parameters<AppUnderTest['dispatch']>[0],
  input: unknown,
) => {
  const result = await target.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
};

/** Three weeks of a plausible recovery, through the services, as the page would record it. */
async function seed(target: AppUnderTest): Promise<void> {
  const today = todayIn(ZONE);
  // Someone three weeks in has been through the welcome, said when it ended, and moved on once.
  await must(target, 'settings:update', {
    unavoidableSituations: ['children_together'],
    welcome: 'finished',
    breakupDay: addDays(today, -30),
  });
  await must(target, 'tag:create', { name: 'unmoored' });
  for (let i = 20; i >= 0; i -= 1) {
    const day = addDays(today, -i);
    await must(target, 'mood:create', {
      occurredAt: instantOfWallTime(day, '20:30', ZONE),
      timeZone: ZONE,
      mood: Math.min(10, 3 + Math.round((20 - i) / 5)),
      energy: 3 + (i % 5),
      hurt: Math.max(0, 8 - Math.round((20 - i) / 4)),
      tags: i % 2 === 0 ? ['hopeful', 'unmoored'] : ['tired', 'lonely'],
      note: i % 7 === 0 ? 'A long walk by the river with Sam. Slept better.' : null,
    });
  }
  for (const habit of [
    { name: 'Walk outside', kind: 'build', targetCount: 1, period: 'day' },
    { name: 'Check their social media', kind: 'break', targetCount: 0, period: 'day' },
    { name: 'Journal before bed', kind: 'build', targetCount: 3, period: 'week' },
  ]) {
    await must(target, 'habit:create', habit);
  }
  for (let i = 14; i >= 1; i -= 1) {
    const day = addDays(today, -i);
    await must(target, 'checkin:set', { habitId: 1, day, count: i === 4 ? 0 : 1, isSkip: false });
    await must(target, 'checkin:set', {
      habitId: 2,
      day,
      count: i === 9 ? null : i % 6 === 0 ? 1 : 0,
      isSkip: i === 9,
    });
  }
  await must(target, 'habit:archive', { id: 3 });
  await must(target, 'communication:create', {
    occurredAt: instantOfWallTime(addDays(today, -3), '18:00', ZONE),
    timeZone: ZONE,
    skill: 'i_statements',
    counterpart: 'rehearsal_alone',
    isContactWithEx: false,
    contactContext: null,
    initiatedBy: null,
    tone: null,
    selfRating: 4,
    outcome: null,
    moodBefore: 4,
    moodAfter: 6,
    doDifferently: 'Slow down before the second sentence.',
    note: null,
  });
  await must(target, 'communication:create', {
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
  await must(target, 'stage:move', {
    stage: 'decide',
    reason: 'Most days feel steadier now, and I want to think it through honestly.',
  });
  await must(target, 'backup:create', {});
}

beforeAll(async () => {
  ({ browser, app: full } = await startApp({ timezoneId: ZONE }));
  await seed(full);
  empty = await openApp(browser, { timezoneId: ZONE });
});
afterAll(async () => {
  await empty?.close();
  await stopApp(browser, full);
});

/**
 * The report's document on a page of its own: in the app it sits in a sandboxed frame that may
 * run no script, so axe cannot reach it there (see axe.ts), yet it is what a screen reader reads
 * in the preview and what the saved file holds. Every privacy level, both schemes.
 */
async function auditReportDocuments(app: AppUnderTest): Promise<string> {
  const today = todayIn(ZONE);
  const failures: string[] = [];
  const { page, errors } = await secondPage(app);
  try {
    for (const privacy of REPORT_PRIVACY_LEVELS) {
      const html = await must(app, 'report:preview', {
        from: addDays(today, -29),
        to: today,
        privacy,
        redactions: privacy === 'therapist' ? ['Sam'] : [],
      });
      if (typeof html !== 'object' || html === null || !('html' in html))
        throw new Error('report:preview answered without a document');
      await page.setContent(String(html.html));
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        const violations = await auditPage(page);
        if (violations.length > 0)
          failures.push(describeViolations(`the report, ${privacy} (${scheme})`, violations));
      }
    }
    failures.push(...errors);
  } finally {
    await page.close();
  }
  return failures.join('\n\n');
}

/** A page of the app with one known fault of each kind the audit looks for, planted in it. */
async function plantFaults(page: Page): Promise<void> {
  await page.goto(`${TEST_ORIGIN}/index.html#/settings`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) throw new Error('no main landmark to plant faults in');
    // Built through the DOM and CSSOM: the page's CSP (rightly) refuses style attributes in markup.
    const add = (parent: Element, tag: string, id: string, text: string, style: object) => {
      const element = document.createElement(tag);
      element.id = id;
      element.textContent = text;
      Object.assign(element.style, style);
      parent.append(element);
      return element;
    };
    const card = add(main, 'div', 'planted', '', {});
    card.className = 'card';
    add(card, 'input', 'planted-field', '', { borderColor: 'var(--border)' });
    add(card, 'p', 'planted-faint', 'Faint words', { color: '#ddd' });
    add(card, 'button', 'planted-ring', '', {});
    add(card, 'span', 'planted-stripes', 'Striped', {
      background: 'repeating-linear-gradient(90deg, #fff, #fff 4px, #555 4px, #555 8px)',
    });
    const sidebar = add(card, 'div', 'planted-sidebar', '', { background: 'var(--sidebar)' });
    add(sidebar, 'a', 'planted-link', 'Today', {}).setAttribute('href', '#/today');
    // A focus outline colour that no surface could carry.
    document.documentElement.style.setProperty('--focus', '#e9e3dc');
    // A part in the other scheme's colours (as the toast is) that sets its own outline colour,
    // too dark for it: the page's light one would pass here, so only the part's own is at fault.
    const inverted = add(card, 'div', 'planted-inverted', '', { background: '#2e2a27' });
    inverted.style.setProperty('--focus', '#3a3532');
    add(inverted, 'button', 'planted-own-focus', 'Undo', {});
  });
}

describe('axe finds nothing broken on any screen, light and dark', () => {
  // Side by side, one page each: Chromium gives each page its own renderer process, so the audit
  // uses both of our cores.
  it.concurrent('with three weeks recorded', async ({ expect }) => {
    expect(await auditViews(full.page, VIEWS, 'three weeks in'), 'axe violations').toBe('');
    expectOnlyAppRequests(full);
  });

  it.concurrent('with nothing recorded yet', async ({ expect }) => {
    const views = VIEWS.filter((view) => view.needsData !== true);
    expect(await auditViews(empty.page, views, 'nothing yet'), 'axe violations').toBe('');
    expectOnlyAppRequests(empty);
  });

  it.concurrent('in a narrow window, where the sections run along the top', async ({ expect }) => {
    const { page, errors } = await secondPage(full);
    try {
      await page.setViewportSize({ width: 800, height: 600 });
      expect(await auditViews(page, SECTION_VIEWS, 'at 800x600'), 'axe violations').toBe('');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.concurrent('in the report document, at every privacy level', async ({ expect }) => {
    expect(await auditReportDocuments(full), 'axe violations').toBe('');
  });

  it.concurrent(
    'names each planted fault by its rule, its element and what to fix',
    async ({ expect }) => {
      // A page of its own, so the audits above never see the planted faults.
      const { page, errors } = await secondPage(empty);
      try {
        await plantFaults(page);
        const violations = await auditPage(page);
        const where = (id: string) =>
          violations.find((v) => v.id === id)?.nodes.map((n) => n.target) ?? [];
        expect(where('label')).toContain('#planted-field');
        expect(where('color-contrast')).toContain('#planted-faint');
        expect(where('button-name')).toContain('#planted-ring');
        expect(where('field-boundary-contrast')).toContain('#planted-field');
        expect(where('text-over-pattern-contrast')).toContain('#planted-stripes');
        expect(where('focus-indicator-contrast')).toContain('#planted-link');
        expect(where('focus-indicator-contrast')).toContain('#planted-own-focus');
        const message = describeViolations('settings with planted faults', violations);
        expect(message).toContain('- color-contrast (serious): Elements must meet minimum color');
        expect(message).toMatch(/at #planted-faint\n\s+Fix any of the following: .*1\.\d+/);
        expect(message).toContain('dequeuniversity.com/rules/axe/4.14/label');
        // Injecting axe and planting the faults broke none of the page's policy.
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
