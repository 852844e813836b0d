import Database from 'better-sqlite3';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-main/app/app-scheme';
import { WORKER_STOPPED_MESSAGE } from '../../src-main/app/off-main-thread';
import { DARK_BACKGROUND, LIGHT_BACKGROUND } from '../../src-main/app/window-options';
import { parseWindowState, serializeWindowState } from '../../src-main/app/window-state';
import { WINDOW_STATE_FILE } from '../../src-main/app/window-state-file';
import { z } from 'zod';
import type { LogEntry } from '../launch/electron-stand-in';
import { DEFAULT_DISPLAY, ensureAppBuilt, launchApp, type LaunchedApp } from '../launch/launch-app';
import type { LaunchOptions } from '../launch/protocol';
import { artifactsDir } from './harness';

/*
 * The launch test: the BUILT main process (out/main/index.js, with its worker) runs under plain
 * Node against a stand-in Electron (tests/launch/), and its window is a real page in Debian's
 * Chromium, served by the app's own scheme handler, with the BUILT preload in it. Each start is a
 * child process (tests/launch/launch-main.ts), as each start of the app is a process of its own.
 * What the README says it proves, and what it cannot, is under "Test it".
 */

const shotsDir = join(artifactsDir, 'launch');
const settled = (screen: string) => `main[data-screen="${screen}"][data-reads-pending="0"]`;
const FOREIGN_URL = 'https://example.com/collect';

let dir = '';
let userData = '';
let databasePath = '';
const started: LaunchedApp[] = [];

function start(options: Partial<LaunchOptions> = {}): LaunchedApp {
  const app = launchApp({ userData, documents: dir, ...options });
  started.push(app);
  return app;
}

const problemsOf = (app: LaunchedApp) => app.log.filter((entry) => entry.kind === 'problem');
const named = (app: LaunchedApp, name: string) => app.log.filter((entry) => entry.name === name);
function first(app: LaunchedApp, name: string): LogEntry {
  const entry = app.log.find((e) => e.name === name);
  if (entry === undefined) throw new Error(`The launch log has no ${name}.`);
  return entry;
}

/** What is in the data file, read by a connection of our own. */
function moodsInFile(): { mood: number }[] {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], { mood: number }>('SELECT mood FROM mood_entries').all();
  } finally {
    db.close();
  }
}

/** The launch log of one start, in ms after its 'ready'; `settled` is the waitFor's answer. */
function timeline(app: LaunchedApp, settled: unknown, what: string): string[] {
  const ready = first(app, 'app:ready').at;
  const since = (entry: LogEntry | undefined) =>
    entry === undefined ? '-' : `${(entry.at - ready).toFixed(0)} ms`;
  const find = (name: string) => app.log.find((e) => e.name === name);
  const firstRead = app.log.find((e) => e.kind === 'ipc');
  const settledAt = Number(Reflect.get(Object(settled), 'at'));
  return [
    `launch log, ${what}; ms after 'ready':`,
    `  loadURL called               ${since(find('BrowserWindow 1.loadURL'))}`,
    `  ready-to-show                ${since(find('window 1:ready-to-show'))}`,
    `  the page's first request     ${since(firstRead)} (${firstRead?.name ?? 'none'})`,
    `  ... answered                 ${since(find(`${firstRead?.name ?? ''} answered`))}`,
    `  damage check finished        ${since(find('checkDataFile:done'))}`,
    `  first screen settled         ${(settledAt - ready).toFixed(0)} ms`,
    `  daily backup finished        ${since(find('createBackup:done'))}`,
  ];
}

beforeAll(() => {
  ensureAppBuilt();
  mkdirSync(shotsDir, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'mending-launch-'));
  userData = join(dir, 'Mending');
  databasePath = join(userData, 'mending.sqlite3');
});

afterAll(async () => {
  for (const app of started) app.kill();
  await Promise.all(started.map((app) => app.exited));
  rmSync(dir, { recursive: true, force: true });
});

describe('the built app, started under a stand-in Electron', () => {
  let app: LaunchedApp;

  it('makes its folder and file private, shows the first screen and saves a mood to the file', async () => {
    app = start();
    // A first start: the welcome, which a person can skip to Today.
    await app.op({ op: 'waitFor', selector: settled('welcome'), state: 'visible' });
    await app.op({ op: 'click', selector: 'role=button[name="Skip for now"]' });
    const today = await app.op({ op: 'waitFor', selector: settled('today'), state: 'visible' });

    expect(statSync(userData).mode & 0o777).toBe(0o700);
    expect(statSync(databasePath).mode & 0o777).toBe(0o600);
    await app.op({ op: 'screenshot', path: join(shotsDir, 'first-screen-light.png') });

    await app.op({
      op: 'check',
      selector: 'role=group[name=/^Mood/] >> role=radio[name=/^7(,|$)/]',
    });
    await app.op({ op: 'click', selector: 'role=button[name="Save check-in"]' });
    await app.op({ op: 'waitFor', selector: 'role=status >> text=Mood 7 saved', state: 'visible' });
    expect(moodsInFile()).toEqual([{ mood: 7 }]);

    // The launch log: ms from 'ready' (the order is checked; the durations are only shown).
    await app.waitForLog((e) => e.name === 'createBackup:done');
    const lines = timeline(app, today, 'first start (the welcome skipped, then Today)');
    writeFileSync(join(shotsDir, 'launch-log.txt'), `${lines.join('\n')}\n`);
    console.log(lines.join('\n'));
    const loadUrl = first(app, 'BrowserWindow 1.loadURL');
    const checked = first(app, 'checkDataFile:done');
    const ready = first(app, 'app:ready').at;
    // The window does not wait for the damage check: its page is asked for before it ends.
    expect(loadUrl.at).toBeLessThan(checked.at);
    expect(first(app, 'protocol.registerSchemesAsPrivileged').at).toBeLessThan(ready);
    expect(first(app, 'app.enableSandbox').at).toBeLessThan(ready);
  });

  it('hands a second start over to the first: it exits, and the first window comes back', async () => {
    await app.op({ op: 'minimize' });
    expect(await app.op({ op: 'windowState' })).toMatchObject([{ isMinimized: true }]);
    const second = start();
    expect(await second.exited).toBe(0);
    expect(named(second, 'app.requestSingleInstanceLock')).toHaveLength(1);
    expect(named(second, 'new BrowserWindow')).toEqual([]);
    expect(named(second, 'app:ready')).toEqual([]);
    expect(problemsOf(second)).toEqual([]);

    const handedOver = await app.waitForLog((e) => e.name === 'app:second-instance');
    await expect
      .poll(() => app.op({ op: 'windowState' }))
      .toMatchObject([{ isMinimized: false, isVisible: true, isFocused: true }]);
    // focusWindow's steps, in order (other calls may come between, such as saving the window's place).
    const steps = new Set([
      'BrowserWindow 1.restore',
      'BrowserWindow 1.show',
      'BrowserWindow 1.focus',
    ]);
    const afterwards = app.log
      .filter((e) => e.at >= handedOver.at && e.kind === 'call' && steps.has(e.name))
      .map((e) => e.name);
    expect(afterwards).toEqual([
      'BrowserWindow 1.restore',
      'BrowserWindow 1.show',
      'BrowserWindow 1.focus',
    ]);
  });

  it('blocks the network in every session, and the page obeys its strict policy', async () => {
    // A session made later (a new partition) is hardened as it is created.
    await app.op({ op: 'newSession', partition: 'persist:later' });
    const verdicts = await app.op({ op: 'sessionVerdicts', url: FOREIGN_URL });
    const hardening = [
      'onBeforeRequest',
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      'setDevicePermissionHandler',
      'setSpellCheckerEnabled(false)',
    ];
    expect(verdicts).toEqual([
      { name: 'default', hardening, cancel: true, consulted: true },
      { name: 'persist:later', hardening, cancel: true, consulted: true },
    ]);

    // Every request the page made was put to the app's own listener; only its files went through.
    const requests = app.log.filter((e) => e.kind === 'request' && !e.name.endsWith(' answered'));
    expect(requests.length).toBeGreaterThan(3);
    for (const request of requests) {
      expect(request.detail).toMatchObject({ consulted: true, cancelled: false });
      expect(request.name.startsWith('app://mending/')).toBe(true);
    }
    const index = app.log.find((e) => e.name === 'app://mending/index.html answered');
    expect(index?.detail).toEqual({ status: 200, contentSecurityPolicy: CONTENT_SECURITY_POLICY });

    // The page itself refuses to connect anywhere: the policy, not only the session, stops it.
    const violation = await app.op({
      op: 'evaluate',
      expression: `new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve({ directive: event.effectiveDirective, blocked: event.blockedURI }), { once: true });
        fetch(${JSON.stringify(FOREIGN_URL)}).then(() => resolve('fetched'), () => undefined);
      })`,
    });
    expect(violation).toEqual({ directive: 'connect-src', blocked: FOREIGN_URL });

    // A navigation away is stopped by the app's guard before any request is made.
    await app.op({ op: 'evaluate', expression: `location.href = 'https://example.com/'; null` });
    const stopped = await app.waitForLog((e) => e.name === 'https://example.com/');
    expect(stopped.detail).toEqual({ cancelled: true, by: 'will-navigate' });
    await app.op({ op: 'waitFor', selector: settled('today'), state: 'visible' });
    expect(await app.op({ op: 'evaluate', expression: 'location.href' })).toBe(
      'http://mending.invalid/index.html#/today',
    );
  });

  it('quits when its window closes, and leaves the data file closed cleanly', async () => {
    void app.op({ op: 'closeWindow' }).catch(() => undefined);
    expect(await app.exited).toBe(0);
    const lifecycle = app.log
      .filter(
        (e) => /^(window 1:close|app:|process:)/.test(e.name) && e.name !== 'app:second-instance',
      )
      .map((e) => e.name);
    expect(lifecycle.slice(lifecycle.indexOf('window 1:close'))).toEqual([
      'window 1:close',
      'window 1:closed',
      'app:window-all-closed',
      'app:before-quit',
      'app:will-quit',
      'app:quit',
      'process:exit',
    ]);
    // Closed cleanly: no -wal holding frames, and the entry in the main file itself.
    const wal = `${databasePath}-wal`;
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    expect(moodsInFile()).toEqual([{ mood: 7 }]);
    // The only problems seen: the page's own reports of the connection its policy refused above.
    const problems = problemsOf(app);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.name).toBe('console error in the page');
      expect(String(problem.detail)).toMatch(/Content Security Policy/);
      expect(String(problem.detail)).toContain(FOREIGN_URL);
    }
    expect(named(app, 'dialog.showErrorBox')).toEqual([]);
  });

  it('starts again in a dark system theme, showing its window while the damage check still runs', async () => {
    // The worker's answer to the damage check is held back until the spec lets it through.
    const again = start({ isSystemDark: true, holdJobs: ['checkDataFile'] });
    await again.waitForLog((e) => e.name === 'checkDataFile:held');
    await again.waitForLog((e) => e.name === 'window 1:ready-to-show');
    // The window is up and Today is drawn, its reads waiting at the gate for the open file.
    await again.op({
      op: 'waitFor',
      selector: 'main[data-screen="today"]:not([data-reads-pending="0"])',
      state: 'visible',
    });
    await again.waitForLog((e) => e.kind === 'ipc');
    expect(await again.op({ op: 'windowState' })).toMatchObject([{ isVisible: true }]);
    await again.op({ op: 'screenshot', path: join(shotsDir, 'while-checking-dark.png') });
    expect(again.log.filter((e) => e.kind === 'ipc' && e.name.endsWith(' answered'))).toEqual([]);
    expect(named(again, 'checkDataFile:done')).toEqual([]);

    await again.op({ op: 'release' });
    const today = await again.op({ op: 'waitFor', selector: settled('today'), state: 'visible' });
    const checked = first(again, 'checkDataFile:done');
    const firstAnswer = again.log.find((e) => e.kind === 'ipc' && e.name.endsWith(' answered'));
    expect(first(again, 'window 1:ready-to-show').at).toBeLessThan(checked.at);
    expect(firstAnswer?.at).toBeGreaterThan(checked.at);
    const lines = timeline(
      again,
      today,
      'a returning start, dark (the damage check held back until the spec let it through)',
    );
    appendFileSync(join(shotsDir, 'launch-log.txt'), `${lines.join('\n')}\n`);
    console.log(lines.join('\n'));
    const window = first(again, 'new BrowserWindow');
    expect(window.detail).toMatchObject({ backgroundColor: DARK_BACKGROUND });
    expect(window.detail).not.toMatchObject({ backgroundColor: LIGHT_BACKGROUND });
    expect(
      await again.op({
        op: 'evaluate',
        expression: `matchMedia('(prefers-color-scheme: dark)').matches`,
      }),
    ).toBe(true);
    await again.op({ op: 'screenshot', path: join(shotsDir, 'first-screen-dark.png') });
    expect(moodsInFile()).toEqual([{ mood: 7 }]);
    void again.op({ op: 'closeWindow' }).catch(() => undefined);
    expect(await again.exited).toBe(0);
    expect(problemsOf(again)).toEqual([]);
  });

  it('keeps the desktop conventions: its place on a display still there, the menu, the theme, the data folder and About', async () => {
    // Last time the window was maximised on a second display, now unplugged, and the person had
    // chosen Dark on a light system.
    const placeData = join(dir, 'Conventions');
    mkdirSync(placeData, { mode: 0o700 });
    const statePath = join(placeData, WINDOW_STATE_FILE);
    writeFileSync(
      statePath,
      serializeWindowState({
        window: { bounds: { x: 2300, y: 140, width: 1100, height: 760 }, isMaximized: true },
        theme: 'dark',
      }),
      { mode: 0o600 },
    );
    const placed = start({ userData: placeData, isSystemDark: false });
    await placed.op({ op: 'waitFor', selector: settled('welcome'), state: 'visible' });

    // The remembered theme is applied before the window is made, so its first frame is dark.
    const window = first(placed, 'new BrowserWindow');
    const firstTheme = first(placed, 'nativeTheme.themeSource=');
    expect(firstTheme.detail).toBe('dark');
    expect(firstTheme.at).toBeLessThan(window.at);
    expect(window.detail).toMatchObject({ backgroundColor: DARK_BACKGROUND });
    // Moved onto the display that is still there, whole, and maximised again.
    const { x, y, width, height } = z
      .object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })
      .parse(window.detail);
    expect([width, height]).toEqual([1100, 760]);
    expect(x).toBeGreaterThanOrEqual(DEFAULT_DISPLAY.workArea.x);
    expect(y).toBeGreaterThanOrEqual(DEFAULT_DISPLAY.workArea.y);
    expect(x + width).toBeLessThanOrEqual(
      DEFAULT_DISPLAY.workArea.x + DEFAULT_DISPLAY.workArea.width,
    );
    expect(y + height).toBeLessThanOrEqual(
      DEFAULT_DISPLAY.workArea.y + DEFAULT_DISPLAY.workArea.height,
    );
    expect(named(placed, 'BrowserWindow 1.maximize')).toHaveLength(1);
    // Maximised (which shows a hidden window) only once the page has painted: no blank frame.
    await placed.waitForLog((e) => e.name === 'window 1:ready-to-show');
    expect(first(placed, 'BrowserWindow 1.maximize').at).toBeGreaterThanOrEqual(
      first(placed, 'window 1:ready-to-show').at,
    );

    // The menu's items reach the page through the built preload's second global.
    await placed.op({ op: 'click', selector: 'role=button[name="Skip for now"]' });
    await placed.op({ op: 'waitFor', selector: settled('today'), state: 'visible' });
    await placed.op({ op: 'menu', labels: ['View', 'Mood'] });
    await placed.op({ op: 'waitFor', selector: settled('mood'), state: 'visible' });
    await placed.op({ op: 'menu', labels: ['View', 'Settings'] });
    await placed.op({ op: 'waitFor', selector: settled('settings'), state: 'visible' });

    // Show data folder opens the local folder, through shell.openPath.
    await placed.op({ op: 'click', selector: 'role=button[name="Show data folder"]' });
    const opened = await placed.waitForLog((e) => e.name === 'shell.openPath');
    expect(opened.detail).toEqual([placeData]);

    // Choosing Light in Settings › Appearance: the native theme follows.
    await placed.op({ op: 'check', selector: 'role=radio[name="Light"]' });
    await placed.waitForLog((e) => e.name === 'nativeTheme.themeSource=' && e.detail === 'light');
    await placed.op({
      op: 'waitFor',
      selector: 'html[data-theme="light"]',
      state: 'attached',
    });

    // Help › About Mending: the real version from package.json.
    await placed.op({ op: 'menu', labels: ['Help', 'About Mending'] });
    const version = z
      .object({ version: z.string() })
      .parse(JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'))).version;
    await placed.op({
      op: 'waitFor',
      selector: `role=dialog[name="About Mending"] >> text=${version}`,
      state: 'visible',
    });

    void placed.op({ op: 'closeWindow' }).catch(() => undefined);
    expect(await placed.exited).toBe(0);
    expect(problemsOf(placed)).toEqual([]);
    // Saved at close, owner-only: where it is now (maximised), and the theme now chosen.
    expect(statSync(statePath).mode & 0o777).toBe(0o600);
    const saved = parseWindowState(readFileSync(statePath, 'utf8'));
    expect(saved).toEqual({
      window: { bounds: { x, y, width, height }, isMaximized: true },
      theme: 'light',
    });
  });

  it('asks before anything when the file cannot be read, with the window already open, and quits when told', async () => {
    const damagedData = join(dir, 'Damaged');
    mkdirSync(damagedData);
    const damagedFile = join(damagedData, 'mending.sqlite3');
    const garbage = 'This is not a database, and Mending must not touch it.\n'.repeat(200);
    writeFileSync(damagedFile, garbage);
    const damaged = launchApp({
      userData: damagedData,
      documents: dir,
      messageBoxAnswers: [0],
    });
    started.push(damaged);
    expect(await damaged.exited).toBe(0);
    const asked = first(damaged, 'dialog.showMessageBox');
    expect(JSON.stringify(asked.detail)).toContain(
      "Your data file can't be read (it no longer looks like a database), and there is no backup",
    );
    // The window did not wait for the check: it was asked for its page before the question came.
    expect(first(damaged, 'BrowserWindow 1.loadURL').at).toBeLessThan(asked.at);
    // The question is in front of that window, shown by then, never hidden behind it.
    expect(Array.isArray(asked.detail) ? asked.detail[0] : asked.detail).toBe('[BrowserWindow 1]');
    expect(first(damaged, 'BrowserWindow 1.show').at).toBeLessThanOrEqual(asked.at);
    expect(readFileSync(damagedFile, 'utf8')).toBe(garbage);
    expect(named(damaged, 'dialog.showErrorBox')).toEqual([]);
    expect(problemsOf(damaged)).toEqual([]);
  });

  it('shows its error box and quits when the file cannot be opened for a reason it cannot ask about', async () => {
    const failing = launchApp({
      userData: join(dir, 'Crashing'),
      documents: dir,
      stopWorkerAt: 'checkDataFile',
    });
    started.push(failing);
    expect(await failing.exited).toBe(0);
    expect(named(failing, 'checkDataFile:worker-stopped')).toHaveLength(1);
    // The one problem is the error box the app means to show, with its reason in words.
    expect(problemsOf(failing).map((e) => [e.name, e.detail])).toEqual([
      [
        'dialog.showErrorBox',
        {
          title: "Mending couldn't open your data",
          content: WORKER_STOPPED_MESSAGE,
        },
      ],
    ]);
    expect(existsSync(join(dir, 'Crashing', 'mending.sqlite3'))).toBe(false);
  });
});
