import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createElectronStandIn, type LogEntry } from './electron-stand-in';

/*
 * The stand-in Electron of the launch test must fail loudly: a call the app starts making that the
 * stand-in lacks has to stop the launch test with a sentence that says what to do, never pass by
 * as `undefined`. These run under plain Node with no browser (no window is made).
 */

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function standIn(userData = mkdtempSync(join(tmpdir(), 'mending-stand-in-'))) {
  folders.push(userData);
  const log: LogEntry[] = [];
  const exits: number[] = [];
  const made = createElectronStandIn({
    userData,
    documents: userData,
    appPath: userData,
    version: '1.2.3',
    productName: 'Mending',
    isSystemDark: false,
    displays: [
      {
        id: 1,
        bounds: { x: 0, y: 0, width: 1920, height: 1080 },
        workArea: { x: 0, y: 0, width: 1920, height: 1040 },
        scaleFactor: 1,
      },
    ],
    messageBoxAnswers: [],
    browser: () => {
      throw new Error('no browser in these tests');
    },
    log: (entry) => log.push(entry),
    exit: (code) => exits.push(code),
  });
  const problems = () => log.filter((e) => e.kind === 'problem').map((e) => e.detail ?? e.name);
  return { ...made, log, exits, problems, userData };
}

const loud = (what: string) =>
  `The launch test's stand-in Electron has no \`${what}\`: the app now calls it; ` +
  'implement it in tests/launch/electron-stand-in.ts';

describe('the stand-in Electron', () => {
  it('throws, and reports, when the app reads something it does not implement', () => {
    const { electron, problems } = standIn();
    expect(() => Reflect.get(electron.app, 'setBadgeCount')).toThrow(loud('app.setBadgeCount'));
    expect(() => Reflect.get(electron, 'Tray')).toThrow(loud('electron.Tray'));
    expect(() => Reflect.get(electron.shell, 'openExternal')).toThrow(loud('shell.openExternal'));
    expect(() => electron.app.on('open-url', () => undefined)).toThrow(loud("app.on('open-url')"));
    // Reported too, so the spec fails even when the app catches the error.
    expect(problems()).toEqual([
      'app.setBadgeCount',
      'electron.Tray',
      'shell.openExternal',
      "app.on('open-url')",
    ]);
  });

  it('answers the probes of bundlers, promises and inspection as a plain object would', () => {
    const { electron, problems } = standIn();
    expect(Reflect.get(electron, '__esModule')).toBeUndefined();
    expect(Reflect.get(electron, 'default')).toBeUndefined();
    expect(Reflect.get(electron.app, 'then')).toBeUndefined();
    expect(Reflect.get(electron.app, Symbol.toPrimitive)).toBeUndefined();
    expect(() => inspect(electron.app)).not.toThrow();
    expect(() => JSON.stringify(electron.nativeTheme)).not.toThrow();
    expect(problems()).toEqual([]);
  });

  it('records the calls the app makes, with their arguments', () => {
    const { electron, log } = standIn();
    electron.app.getPath('userData');
    expect(electron.app.getVersion()).toBe('1.2.3');
    expect(log.filter((e) => e.kind === 'call').map((e) => [e.name, e.detail])).toEqual([
      ['app.getPath', ['userData']],
      ['app.getVersion', []],
    ]);
  });

  it('refuses, as Electron does, what must happen before ready once it is ready', () => {
    const { electron, emitReady, problems } = standIn();
    expect(() => electron.protocol.registerSchemesAsPrivileged([])).not.toThrow();
    emitReady();
    expect(() => electron.protocol.registerSchemesAsPrivileged([])).toThrow(
      /before the app is ready/,
    );
    expect(() => electron.app.enableSandbox()).toThrow(/before the app is ready/);
    expect(problems()).toEqual(['protocol.registerSchemesAsPrivileged()', 'app.enableSandbox()']);
  });

  it('gives the single-instance lock to the first start only, and tells it of the second', async () => {
    const firstStart = standIn();
    const secondStart = standIn(firstStart.userData);
    folders.pop(); // one folder, removed once
    expect(firstStart.electron.app.requestSingleInstanceLock()).toBe(true);
    const told = new Promise((resolve) =>
      firstStart.electron.app.on('second-instance', (...args: unknown[]) => resolve(args[1])),
    );
    expect(secondStart.electron.app.requestSingleInstanceLock()).toBe(false);
    expect(await told).toEqual(process.argv);
    // The second start quits: before-quit, will-quit, quit, then the process exits with 0.
    secondStart.electron.app.quit();
    await expect.poll(() => secondStart.exits).toEqual([0]);
    await firstStart.exitNow(0);
    expect(firstStart.exits).toEqual([0]);
    // Released on exit: a new start gets the lock.
    expect(standIn(firstStart.userData).electron.app.requestSingleInstanceLock()).toBe(true);
    folders.pop();
  });

  it("follows the theme the app chooses over the system's, and says when it changes", () => {
    const { electron } = standIn();
    let updates = 0;
    electron.nativeTheme.on('updated', () => (updates += 1));
    expect(electron.nativeTheme.themeSource).toBe('system');
    expect(electron.nativeTheme.shouldUseDarkColors).toBe(false);
    electron.nativeTheme.themeSource = 'dark';
    expect(electron.nativeTheme.shouldUseDarkColors).toBe(true);
    electron.nativeTheme.themeSource = 'system';
    expect(electron.nativeTheme.shouldUseDarkColors).toBe(false);
    expect(updates).toBe(2);
  });

  it("quits in Electron's order, without window-all-closed, and exits with 0", async () => {
    const { electron, log, exits } = standIn();
    for (const event of ['window-all-closed', 'before-quit', 'will-quit', 'quit'] as const) {
      electron.app.on(event, () => undefined);
    }
    electron.app.quit();
    await expect.poll(() => exits).toEqual([0]);
    expect(log.filter((e) => e.kind === 'event').map((e) => e.name)).toEqual([
      'app:before-quit',
      'app:will-quit',
      'app:quit',
      'process:exit',
    ]);
  });

  it('lets the spec click an item of the application menu the app set', () => {
    const { electron, clickMenuItem } = standIn();
    const clicked: string[] = [];
    const template = [
      { label: 'Go', submenu: [{ label: 'Mood', click: () => clicked.push('Mood') }] },
    ];
    electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(template));
    clickMenuItem(['Go', 'Mood']);
    expect(clicked).toEqual(['Mood']);
    expect(() => clickMenuItem(['Go', 'Habits'])).toThrow('No menu item Go > Habits');
  });
});
