import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { APP_ORIGIN, createAppFileHandler } from '../../src-main/app/app-scheme';
import { CHROMIUM_ARGS, chromiumPath } from '../../src-main/tooling/chromium.mjs';
import { licenceNoticeFiles } from '../../src-main/app/licence-notices';
import { openDatabase } from '../../src-main/db/open-database';
import { dayOfInstant, instantOfWallTime } from '../../src-main/shared/calendar';
import { dayLabel, type CalendarDay } from '../../src-renderer/charts/MoodCalendar';
import type { FileDialogs, PdfPrinter } from '../../src-main/services/ports';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { BRIDGE_GLOBAL, CHANNELS, type Channel } from '../../src-main/shared/ipc-channels';
import type { Result } from '../../src-main/shared/result';

const root = resolve(__dirname, '../..');
const rendererDir = join(root, 'out/renderer');
export const artifactsDir = join(root, 'tests/artifacts');

/**
 * The page's origin in these tests. Chromium cannot navigate to the app's own `app://` scheme, so
 * a made-up origin stands in for it; every request to it is answered by the app's real file
 * handler (with its real CSP header), and any other request fails the test.
 */
export const TEST_ORIGIN = 'http://mending.invalid';

/** When this spec file started, by the real clock; the fixed clock (if any) starts here too. */
const startedAt = Date.now();

/**
 * The moment the specs run at. Without MENDING_CLOCK it is the real time. With it (see
 * tests/run-browser-suites.mjs), every spec file starts at that moment and time keeps flowing from
 * there, in the page (Playwright's clock), in the services behind it (their injected `now`) and in
 * the spec's own idea of "today", so all three agree. A value with `Z` or an offset is one instant
 * everywhere; a bare wall time (`2026-12-31T23:57`) is that time in each spec's own zone, so
 * "three minutes to midnight" is three minutes to midnight wherever the spec lives.
 */
export function clockNow(timeZone: string): Date {
  const fixed = process.env.MENDING_CLOCK;
  if (fixed === undefined || fixed === '') return new Date();
  return new Date(clockStart(fixed, timeZone) + (Date.now() - startedAt));
}

function clockStart(fixed: string, timeZone: string): number {
  const wall = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(fixed);
  const start = wall
    ? Date.parse(instantOfWallTime(wall[1] ?? '', wall[2] ?? '', timeZone))
    : Date.parse(fixed);
  if (Number.isNaN(start)) {
    throw new Error(
      `MENDING_CLOCK=${fixed} is not a moment: use an instant such as 2026-10-25T00:30:00Z ` +
        'or a wall time such as 2026-12-31T23:57.',
    );
  }
  return start;
}

const SANDBOX_REFUSAL =
  "Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed";

/** The person's day in `timeZone` at the moment the specs run at (see clockNow). */
export function todayIn(timeZone: string): string {
  return dayOfInstant(clockNow(timeZone).toISOString(), timeZone);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the renderer unless the build on disk is newer than every source file it comes from. */
export function ensureRendererBuilt(): void {
  const index = join(rendererDir, 'index.html');
  const sourceTime = Math.max(
    newestMtime(join(root, 'src-renderer')),
    newestMtime(join(root, 'src-main/shared')),
    // The page's CSP meta (electron.vite.config.ts) holds the report stylesheet's hash.
    newestMtime(join(root, 'src-main/report')),
    statSync(join(root, 'src-main/app/app-scheme.ts')).mtimeMs,
    // The build's own settings (the licence notices it writes beside the bundles, among others).
    statSync(join(root, 'electron.vite.config.ts')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sourceTime) return;
  execFileSync(join(root, 'node_modules/.bin/electron-vite'), ['build'], {
    cwd: root,
    stdio: 'pipe',
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
}

export interface AppUnderTest {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly dbPath: string;
  /** Every URL the page asked for, in order. */
  readonly requests: string[];
  /** Calls a channel as the page would, to set up data before a person arrives. */
  dispatch(channel: Channel, input: unknown): Promise<Result<unknown>>;
  /** Console errors and CSP violations seen in the page. */
  readonly pageErrors: string[];
  /** The folders "Show data folder" asked the file manager to open, and the themes applied. */
  readonly shell: { readonly openedFolders: string[]; readonly appliedThemes: string[] };
  close(): Promise<void>;
}

/**
 * Opens the built renderer in a fresh context, with the preload's API bridged to the real router,
 * services and a real SQLite file in a temp folder. Only Electron's IPC transport is replaced.
 */
export async function openApp(
  browser: Browser,
  options: {
    timezoneId: string;
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    /** The file dialogs the handlers show (a fake from tests/helpers/fake-files.ts). */
    files?: FileDialogs;
    /** Prints reports to PDF (Chromium's, from tests/helpers/chromium-pdf.ts). */
    printPdf?: PdfPrinter;
    /** The main process's clock, for specs that move the page's clock (page.clock) too. */
    now?: () => Date;
    /**
     * Leaves the welcome unshown, as on a real first start. Otherwise the profile starts with the
     * welcome skipped, so a spec about another screen lands on that screen, not on the welcome.
     */
    isFirstStart?: boolean;
    /** A data file to start from (copied, never changed), such as a benchmark's long history. */
    dataFile?: string;
  },
): Promise<AppUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), 'mending-browser-'));
  const dbPath = join(dir, 'mending.sqlite3');
  if (options.dataFile !== undefined) copyFileSync(options.dataFile, dbPath);
  const db = openDatabase(dbPath);
  const shell = { openedFolders: [] as string[], appliedThemes: [] as string[] };
  const router = createRouter({
    handlers: createHandlers({
      db,
      version: 'test',
      databasePath: dbPath,
      backupsDir: join(dir, 'backups'),
      files: options.files,
      printPdf: options.printPdf,
      openFolder: async (folder) => {
        shell.openedFolders.push(folder);
        return ''; // opened, as shell.openPath answers
      },
      applyTheme: (theme) => void shell.appliedThemes.push(theme),
      // The licence notices the build wrote beside the real bundles, found as the app finds them.
      licenceNotices: licenceNoticeFiles(join(root, 'out/main')),
      // The services see the same clock as the page: a fixed moment must hold on both sides
      // (a spec that moves the page's clock itself passes its own `now`).
      now: options.now ?? (() => clockNow(options.timezoneId)),
    }),
    isTrustedSender: (sender) => sender.url?.startsWith(`${TEST_ORIGIN}/`) ?? false,
  });
  if (!options.isFirstStart) {
    const skipped = await router.dispatch(
      'settings:update',
      { welcome: 'skipped' },
      { url: `${TEST_ORIGIN}/index.html` },
    );
    if (!skipped.ok) throw new Error(`Could not skip the welcome: ${skipped.error.message}`);
  }

  const context = await browser.newContext({
    timezoneId: options.timezoneId,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'en-GB',
    serviceWorkers: 'block',
  });
  // Installed (not paused) before any page exists, so the app's first render already sees it and
  // time keeps flowing for timers, animations and "today" rolling over.
  const clockInstalled = Boolean(process.env.MENDING_CLOCK);
  if (clockInstalled) await context.clock.install({ time: clockNow(options.timezoneId) });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const serveAppFile = createAppFileHandler(rendererDir);

  context.on('request', (request) => requests.push(request.url()));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${TEST_ORIGIN}/`)) return route.abort('blockedbyclient');
    const response = await serveAppFile({ url: APP_ORIGIN + url.slice(TEST_ORIGIN.length) });
    return route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
  await context.exposeBinding('__mendingInvoke', (source, channel: unknown, input: unknown) =>
    router.dispatch(channel, input, { url: source.frame.url() }),
  );
  // The same shape the preload exposes: one method per channel, nothing else.
  await context.addInitScript(
    ({ name, channels }) => {
      const invoke = (
        window as unknown as Record<string, (c: string, i: unknown) => Promise<unknown>>
      )['__mendingInvoke'];
      const api = Object.fromEntries(
        channels.map((c) => [c, (input: unknown) => invoke?.(c, input)]),
      );
      Object.defineProperty(window, name, { value: Object.freeze(api) });
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    },
    { name: BRIDGE_GLOBAL, channels: [...CHANNELS] },
  );

  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Playwright's clock is a script it adds to every frame, the report preview's sandboxed
    // frame too, which (rightly) may run no script. That refusal is the harness's own doing;
    // the run at the real date, without the clock, still catches any script the app puts there.
    if (clockInstalled && message.text().startsWith(SANDBOX_REFUSAL)) return;
    pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));

  return {
    context,
    page,
    dbPath,
    requests,
    pageErrors,
    shell,
    dispatch: (channel, input) =>
      router.dispatch(channel, input, { url: `${TEST_ORIGIN}/index.html` }),
    async close() {
      await context.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot for a person to look at (tests/artifacts is git-ignored). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  // Saved at the real moment only: the runs at a set clock (MENDING_CLOCK) check the same pages
  // at hard dates, and saving each full page again cost them minutes, only to overwrite the
  // screenshots a person looks at with pages dated 29 February 2028.
  if (process.env.MENDING_CLOCK !== undefined) return;
  const dir = join(artifactsDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** Builds the renderer if it is out of date, starts Chromium and opens the app in it. */
export async function startApp(
  options: Parameters<typeof openApp>[1],
): Promise<{ browser: Browser; app: AppUnderTest }> {
  ensureRendererBuilt();
  const browser = await launchChromium();
  return { browser, app: await openApp(browser, options) };
}

/** Closes what startApp opened; safe when start-up failed half way. */
export async function stopApp(browser: Browser | undefined, app: AppUnderTest | undefined) {
  await app?.close();
  await browser?.close();
}

/** The check every spec ends with: the page talked to nothing but the app, and broke no policy. */
export function expectOnlyAppRequests(app: AppUnderTest): void {
  expect(app.requests.length).toBeGreaterThan(0);
  expect(app.requests.filter((url) => !url.startsWith(`${TEST_ORIGIN}/`))).toEqual([]);
  expect(app.pageErrors).toEqual([]);
}

/**
 * A calendar day's accessible name as the page says it: the page names days in its own locale
 * (en-GB here), which this Node process may not share, so the date part is formatted in the page
 * with the options day-format's weekdayAndDate uses; the rest of dayLabel has no locale.
 */
export async function labelInPage(page: Page, day: string, mood: CalendarDay): Promise<string> {
  const date = await page.evaluate(
    (d) =>
      new Intl.DateTimeFormat(undefined, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      }).format(new Date(`${d}T12:00:00Z`)),
    day,
  );
  const label = dayLabel(day, mood);
  return `${date}${label.slice(label.indexOf(': '))}`;
}

/** What is really on disk, read through a separate read-only connection to the app's file. */
export function queryFile<T>(app: Pick<AppUnderTest, 'dbPath'>, sql: string): T[] {
  const db = new Database(app.dbPath, { readonly: true });
  try {
    return db.prepare<[], T>(sql).all();
  } finally {
    db.close();
  }
}

/**
 * Calls a channel as the page would, to set up data before a person arrives, and answers its
 * value; a refusal fails the spec with the app's own message, so a broken set-up says why.
 */
export async function dispatchOk(
  app: Pick<AppUnderTest, 'dispatch'>,
  channel: Channel,
  input: unknown,
): Promise<unknown> {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** Waits until the newest toast holds `words`. */
export async function expectToast(page: Page, words: string): Promise<void> {
  await expect.poll(() => page.locator('.toast').first().textContent()).toContain(words);
}
