import {
  existsSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  unlinkSync,
} from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { missingMessage, strict, type StrictHooks } from './strict';

/*
 * A stand-in for the `electron` module, for the launch test (tests/browser/launch.spec.ts): the
 * built main process (out/main/index.js) runs under plain Node against it, and each window it
 * opens is a real page in Debian's Chromium, loaded through the app's own scheme handler, with the
 * built preload running in it. It implements only what the app calls, records every call, and
 * throws (see strict.ts) on anything else. Electron's documented behaviour is followed where the
 * app depends on it; each place says which.
 */

/** The page's origin: Chromium cannot navigate to `app://`, so this made-up origin stands in. */
export const PAGE_ORIGIN = 'http://mending.invalid';
const APP_PREFIX = 'app://mending/';

/** `app://mending/x` as the page sees it, and back. */
export function toPageUrl(appUrl: string): string {
  return appUrl.startsWith(APP_PREFIX)
    ? `${PAGE_ORIGIN}/${appUrl.slice(APP_PREFIX.length)}`
    : appUrl;
}
export function toAppUrl(pageUrl: string): string {
  return pageUrl.startsWith(`${PAGE_ORIGIN}/`)
    ? APP_PREFIX + pageUrl.slice(PAGE_ORIGIN.length + 1)
    : pageUrl;
}

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface StandInDisplay {
  readonly id: number;
  readonly bounds: Rectangle;
  readonly workArea: Rectangle;
  readonly scaleFactor: number;
}

/** One thing the stand-in saw, with the time since the process started (performance.now()). */
export interface LogEntry {
  readonly at: number;
  /** call: the app called Electron; event: Electron told the app; request: the page asked; page: the page said; problem: the test must fail. */
  readonly kind: 'call' | 'event' | 'request' | 'page' | 'worker' | 'ipc' | 'problem';
  readonly name: string;
  readonly detail?: unknown;
}

export interface StandInOptions {
  readonly userData: string;
  readonly documents: string;
  /** What app.getAppPath answers: the repo root, where package.json is. */
  readonly appPath: string;
  readonly version: string;
  readonly productName: string;
  /** The operating system's colour scheme (nativeTheme.shouldUseDarkColors under 'system'). */
  readonly isSystemDark: boolean;
  readonly displays: readonly StandInDisplay[];
  /** Answers (button indexes) for dialog.showMessageBox, in order; anything beyond is a problem. */
  readonly messageBoxAnswers: readonly number[];
  /** Chromium, launched by the launcher before 'ready' (as Electron's browser process is). */
  readonly browser: () => Browser;
  readonly log: (entry: LogEntry) => void;
  /** Ends the process as Electron would, after the stand-in has closed what it opened. */
  readonly exit: (code: number) => void;
}

type Listener = (...args: never[]) => unknown;

/** A small emitter that refuses events the stand-in never emits, so no listener waits forever. */
function createEmitter(path: string, known: readonly string[], hooks: StrictHooks) {
  const listeners = new Map<string, { listener: Listener; isOnce: boolean }[]>();
  function check(event: string): void {
    if (known.includes(event)) return;
    const what = `${path}.on('${event}')`;
    hooks.onMissing(what);
    throw new Error(missingMessage(what));
  }
  function add(event: string, listener: Listener, isOnce: boolean): void {
    check(event);
    listeners.set(event, [...(listeners.get(event) ?? []), { listener, isOnce }]);
  }
  function remove(event: string, listener: Listener): void {
    listeners.set(
      event,
      (listeners.get(event) ?? []).filter((entry) => entry.listener !== listener),
    );
  }
  return {
    methods: {
      on(event: string, listener: Listener) {
        add(event, listener, false);
      },
      once(event: string, listener: Listener) {
        add(event, listener, true);
      },
      removeListener: remove,
      off: remove,
      listenerCount: (event: string) => (listeners.get(event) ?? []).length,
    },
    /** Calls each listener with `args`, as Node's EventEmitter does. */
    emit(event: string, ...args: unknown[]): void {
      for (const entry of listeners.get(event) ?? []) {
        if (entry.isOnce) remove(event, entry.listener);
        Reflect.apply(entry.listener, undefined, args);
      }
    },
    count: (event: string) => (listeners.get(event) ?? []).length,
  };
}

/** A value fit for the log (and the IPC channel to the spec): plain JSON, functions named. */
function summary(value: unknown, labels: WeakMap<object, string>, depth = 0): unknown {
  if (typeof value === 'function') return '[function]';
  if (value === undefined) return '[undefined]';
  if (value === null || typeof value !== 'object') return value;
  const label = labels.get(value);
  if (label !== undefined) return `[${label}]`;
  if (depth >= 4) return '[object]';
  if (Array.isArray(value)) return value.map((item: unknown) => summary(item, labels, depth + 1));
  if (value instanceof Uint8Array) return `[${value.byteLength} bytes]`;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, summary(item, labels, depth + 1)]),
  );
}

interface SessionState {
  readonly name: string;
  beforeRequest:
    ((details: object, callback: (response: { cancel?: boolean }) => void) => void) | undefined;
  readonly hardening: string[];
}

export interface WindowHandle {
  readonly id: number;
  readonly page: Promise<Page>;
  readonly state: {
    isMinimized: boolean;
    isVisible: boolean;
    isFocused: boolean;
    isDestroyed: boolean;
  };
  /** What a person closing the window with its close button does. */
  readonly closeByPerson: () => Promise<void>;
  /** What a person minimising the window does. */
  readonly minimizeByPerson: () => void;
}

/** The stand-in, and the controls the launcher and the spec use on it. */
export function createElectronStandIn(options: StandInOptions) {
  const labels = new WeakMap<object, string>();
  const log = (kind: LogEntry['kind'], name: string, detail?: unknown) =>
    options.log({
      at: performance.now(),
      kind,
      name,
      ...(detail === undefined ? {} : { detail: summary(detail, labels) }),
    });
  const problem = (name: string, detail?: unknown) => {
    process.stderr.write(
      `[launch test] ${name}${detail === undefined ? '' : `: ${JSON.stringify(summary(detail, labels))}`}\n`,
    );
    log('problem', name, detail);
  };
  const hooks: StrictHooks = {
    onMissing: (what) => problem('unimplemented', what),
    onCall: (what, args) => log('call', what, args),
  };
  const labelled = <T extends object>(label: string, value: T): T => {
    labels.set(value, label);
    return value;
  };
  /** Electron's event object: preventDefault, and whether it was called. */
  const electronEvent = (label: string) => {
    const event = {
      defaultPrevented: false,
      preventDefault() {
        event.defaultPrevented = true;
      },
    };
    return strict(label, event, { onMissing: hooks.onMissing });
  };

  let isReady = false;
  let isQuitting = false;
  let resolveReady: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const beforeExit: Promise<unknown>[] = [];

  // ---- app ----
  const appEvents = createEmitter(
    'app',
    [
      'ready',
      'window-all-closed',
      'will-quit',
      'before-quit',
      'quit',
      'activate',
      'session-created',
      'web-contents-created',
      'browser-window-created',
      'second-instance',
    ],
    hooks,
  );
  const emitApp = (event: string, ...args: unknown[]) => {
    log('event', `app:${event}`);
    appEvents.emit(event, ...args);
  };

  const singleton = createSingleton(options.userData, {
    onSecondInstance: (argv, cwd, additionalData) =>
      emitApp('second-instance', electronEvent('SecondInstanceEvent'), argv, cwd, additionalData),
    onProblem: problem,
  });

  async function exitNow(code: number): Promise<void> {
    await Promise.allSettled(beforeExit);
    for (const window of [...windows]) await window.destroy();
    singleton.release();
    log('event', 'process:exit', { code });
    options.exit(code);
  }

  /** Electron's app.quit: before-quit, every window asked to close, will-quit, quit, exit. */
  async function quit(): Promise<void> {
    if (isQuitting) return;
    isQuitting = true;
    // Electron quits on a later turn of the event loop, never inside the call.
    await new Promise((resolve) => setImmediate(resolve));
    const beforeQuitEvent = electronEvent('Event');
    emitApp('before-quit', beforeQuitEvent);
    if (beforeQuitEvent.defaultPrevented) {
      isQuitting = false;
      return;
    }
    for (const window of [...windows]) {
      if (!(await window.close())) {
        isQuitting = false;
        return;
      }
    }
    // window-all-closed is not emitted when the app itself is quitting (Electron's docs).
    const willQuitEvent = electronEvent('Event');
    emitApp('will-quit', willQuitEvent);
    if (willQuitEvent.defaultPrevented) {
      isQuitting = false;
      return;
    }
    emitApp('quit', electronEvent('Event'), 0);
    await exitNow(0);
  }

  const mustBeBeforeReady = (what: string) => {
    // Electron throws for these after 'ready'; the app must call them while loading.
    if (isReady) {
      problem('called after ready', what);
      throw new Error(`${what} must be called before the app is ready.`);
    }
  };

  const paths: Readonly<Record<string, string>> = {
    userData: options.userData,
    documents: options.documents,
    temp: tmpdir(),
  };

  const app = labelled(
    'app',
    strict(
      'app',
      {
        ...appEvents.methods,
        whenReady: () => whenReady,
        isReady: () => isReady,
        getPath(name: string) {
          const path = paths[name];
          if (path === undefined) {
            const what = `app.getPath('${name}')`;
            hooks.onMissing(what);
            throw new Error(missingMessage(what));
          }
          return path;
        },
        getAppPath: () => options.appPath,
        getVersion: () => options.version,
        getName: () => options.productName,
        name: options.productName,
        // What people run: a packaged app (no dev tools, no dev server, no Toggle Developer Tools).
        isPackaged: true,
        enableSandbox() {
          mustBeBeforeReady('app.enableSandbox()');
        },
        requestSingleInstanceLock: (additionalData?: unknown) => {
          const hasLock = singleton.claim(additionalData);
          if (!hasLock) beforeExit.push(singleton.notified);
          return hasLock;
        },
        setAboutPanelOptions: () => undefined,
        relaunch: () => undefined,
        quit() {
          void quit();
        },
        exit(code = 0) {
          isQuitting = true;
          void exitNow(code);
        },
      },
      hooks,
    ),
  );

  // ---- protocol ----
  const schemeHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const protocol = strict(
    'protocol',
    {
      registerSchemesAsPrivileged(_schemes: readonly object[]) {
        mustBeBeforeReady('protocol.registerSchemesAsPrivileged()');
      },
      handle(scheme: string, handler: (request: Request) => Promise<Response> | Response) {
        if (schemeHandlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled.`);
        schemeHandlers.set(scheme, handler);
      },
    },
    hooks,
  );

  // ---- sessions ----
  const sessions: { state: SessionState; api: object }[] = [];
  function makeSession(name: string) {
    const state: SessionState = { name, beforeRequest: undefined, hardening: [] };
    const done = (what: string) => state.hardening.push(what);
    const webRequest = strict(
      `session(${name}).webRequest`,
      {
        onBeforeRequest(...args: unknown[]) {
          // (listener) or (filter, listener); one listener per session, a later one replaces it.
          const listener = args.length > 1 ? args[1] : args[0];
          if (typeof listener === 'function') {
            state.beforeRequest = (details, callback) =>
              Reflect.apply(listener, undefined, [details, callback]);
            done('onBeforeRequest');
          } else {
            state.beforeRequest = undefined;
          }
        },
      },
      hooks,
    );
    const api = labelled(
      `session ${name}`,
      strict(
        `session(${name})`,
        {
          webRequest,
          setPermissionRequestHandler: () => done('setPermissionRequestHandler'),
          setPermissionCheckHandler: () => done('setPermissionCheckHandler'),
          setDevicePermissionHandler: () => done('setDevicePermissionHandler'),
          setSpellCheckerEnabled: (enable: boolean) =>
            done(`setSpellCheckerEnabled(${String(enable)})`),
          clearStorageData: async () => {
            for (const window of windows) {
              const context = (await window.handle.page).context();
              await context.clearCookies();
            }
          },
          clearCache: () => Promise.resolve(),
        },
        hooks,
      ),
    );
    sessions.push({ state, api });
    return { state, api };
  }
  const defaultSession = makeSession('default');
  const session = strict(
    'session',
    {
      get defaultSession() {
        // Electron: "This property can only be used after the app is ready."
        if (!isReady) problem('session.defaultSession read before ready');
        return defaultSession.api;
      },
    },
    hooks,
  );

  /** The app's own verdict on a request, from the session's onBeforeRequest listener. */
  async function verdictOf(target: SessionState, url: string, resourceType: string) {
    const listener = target.beforeRequest;
    if (listener === undefined) return { cancel: false, consulted: false };
    const details = strict(
      'OnBeforeRequestListenerDetails',
      {
        id: requestId++,
        url,
        method: 'GET',
        resourceType,
        timestamp: Date.now(),
        referrer: '',
      },
      { onMissing: hooks.onMissing },
    );
    const response = await new Promise<{ cancel?: boolean }>((resolve) =>
      listener(details, resolve),
    );
    return { cancel: response.cancel === true, consulted: true };
  }
  let requestId = 1;

  // ---- nativeTheme ----
  let themeSource: 'system' | 'light' | 'dark' = 'system';
  let isSystemDark = options.isSystemDark;
  const themeEvents = createEmitter('nativeTheme', ['updated'], hooks);
  const isDark = () => (themeSource === 'system' ? isSystemDark : themeSource === 'dark');
  async function applyTheme(): Promise<void> {
    for (const window of windows) {
      await (await window.handle.page).emulateMedia({ colorScheme: isDark() ? 'dark' : 'light' });
    }
  }
  const nativeTheme = strict(
    'nativeTheme',
    {
      ...themeEvents.methods,
      get shouldUseDarkColors() {
        return isDark();
      },
      get themeSource() {
        return themeSource;
      },
      set themeSource(value: 'system' | 'light' | 'dark') {
        log('call', 'nativeTheme.themeSource=', value);
        themeSource = value;
        beforeExit.push(applyTheme());
        themeEvents.emit('updated');
      },
    },
    hooks,
  );

  // ---- screen ----
  const displays = options.displays;
  const firstDisplay = displays[0];
  if (firstDisplay === undefined) throw new Error('The stand-in needs at least one display.');
  const primary: StandInDisplay = firstDisplay;
  const overlap = (a: Rectangle, b: Rectangle) =>
    Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
    Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const distance = (point: { x: number; y: number }, r: Rectangle) =>
    Math.hypot(
      Math.max(r.x - point.x, 0, point.x - (r.x + r.width)),
      Math.max(r.y - point.y, 0, point.y - (r.y + r.height)),
    );
  const screen = strict(
    'screen',
    {
      getAllDisplays: () => [...displays],
      getPrimaryDisplay: () => primary,
      getDisplayMatching: (rect: Rectangle) =>
        displays.reduce(
          (best, d) => (overlap(d.bounds, rect) > overlap(best.bounds, rect) ? d : best),
          primary,
        ),
      getDisplayNearestPoint: (point: { x: number; y: number }) =>
        displays.reduce(
          (best, d) => (distance(point, d.bounds) < distance(point, best.bounds) ? d : best),
          primary,
        ),
    },
    hooks,
  );

  // ---- shell, dialog ----
  const shell = strict('shell', { openPath: () => Promise.resolve('') }, hooks);
  const answers = [...options.messageBoxAnswers];
  const dialog = strict(
    'dialog',
    {
      showErrorBox(title: string, content: string) {
        problem('dialog.showErrorBox', { title, content });
      },
      showMessageBox(...args: unknown[]) {
        const boxOptions = args.find(
          (arg): arg is { cancelId?: number } =>
            typeof arg === 'object' && arg !== null && !labels.has(arg),
        );
        const answer = answers.shift();
        if (answer === undefined) {
          problem('dialog.showMessageBox with no answer planned', boxOptions);
          return Promise.resolve({ response: boxOptions?.cancelId ?? 0, checkboxChecked: false });
        }
        return Promise.resolve({ response: answer, checkboxChecked: false });
      },
      showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    },
    hooks,
  );

  // ---- Menu ----
  let applicationMenu: object | null = null;
  const menuTemplates = new WeakMap<object, readonly object[]>();
  const Menu = strict(
    'Menu',
    {
      buildFromTemplate(template: readonly object[]) {
        const menu = labelled('Menu', strict('menu', { items: template }, hooks));
        menuTemplates.set(menu, template);
        return menu;
      },
      setApplicationMenu(menu: object | null) {
        applicationMenu = menu;
      },
      getApplicationMenu: () => applicationMenu,
    },
    hooks,
  );

  // ---- ipcMain ----
  const ipcHandlers = new Map<string, (event: object, ...args: unknown[]) => unknown>();
  const ipcMain = strict(
    'ipcMain',
    {
      handle(channel: string, listener: (event: object, ...args: unknown[]) => unknown) {
        // Electron refuses a second handler for one channel.
        if (ipcHandlers.has(channel)) {
          throw new Error(`Attempted to register a second handler for '${channel}'`);
        }
        ipcHandlers.set(channel, listener);
      },
      removeHandler(channel: string) {
        ipcHandlers.delete(channel);
      },
    },
    hooks,
  );

  // ---- BrowserWindow ----
  interface WindowEntry {
    readonly handle: WindowHandle;
    readonly api: object;
    /** Asks the window to close ('close' may be prevented); true when it closed. */
    readonly close: () => Promise<boolean>;
    readonly destroy: () => Promise<void>;
  }
  const windows: WindowEntry[] = [];
  let resolveFirstWindow: (window: WindowHandle) => void = () => undefined;
  const firstWindow = new Promise<WindowHandle>((resolve) => {
    resolveFirstWindow = resolve;
  });
  let nextWindowId = 1;
  let focusedWindow: WindowEntry | undefined;

  interface WindowOptions {
    readonly width?: number;
    readonly height?: number;
    readonly x?: number;
    readonly y?: number;
    readonly show?: boolean;
    readonly icon?: string;
    readonly webPreferences?: { readonly preload?: string };
  }

  function makeWindow(windowOptions: WindowOptions): WindowEntry {
    const id = nextWindowId++;
    const label = `BrowserWindow ${id}`;
    log('call', 'new BrowserWindow', windowOptions);
    // Electron shows no icon, silently, when the file is not there: here that is a failure.
    if (windowOptions.icon !== undefined && !existsSync(windowOptions.icon)) {
      problem('window icon missing', windowOptions.icon);
    }
    const width = windowOptions.width ?? 800;
    const height = windowOptions.height ?? 600;
    let bounds: Rectangle = {
      x: windowOptions.x ?? primary.workArea.x + Math.round((primary.workArea.width - width) / 2),
      y: windowOptions.y ?? primary.workArea.y + Math.round((primary.workArea.height - height) / 2),
      width,
      height,
    };
    let normalBounds = bounds;
    let isMaximized = false;
    const state = { isMinimized: false, isVisible: false, isFocused: false, isDestroyed: false };
    const windowEvents = createEmitter(
      label,
      [
        'ready-to-show',
        'closed',
        'close',
        'resize',
        'move',
        'maximize',
        'unmaximize',
        'minimize',
        'restore',
        'show',
        'focus',
      ],
      hooks,
    );
    const contentsEvents = createEmitter(
      `${label}.webContents`,
      [
        'will-navigate',
        'will-redirect',
        'will-frame-navigate',
        'will-attach-webview',
        'did-finish-load',
      ],
      hooks,
    );
    const emitWindow = (event: string, ...args: unknown[]) => {
      log('event', `window ${id}:${event}`);
      windowEvents.emit(event, ...args);
    };
    let expectedLoad: string | undefined;
    let hasLoaded = false;
    const preloadPath = windowOptions.webPreferences?.preload;
    const preload = preloadPath === undefined ? undefined : readFileSync(preloadPath, 'utf8');

    const page = (async () => {
      const context: BrowserContext = await options.browser().newContext({
        viewport: { width, height },
        colorScheme: isDark() ? 'dark' : 'light',
        locale: 'en-GB',
        serviceWorkers: 'block',
      });
      await context.route('**/*', (route) => serve(route));
      await context.exposeBinding('__launchInvoke', (source, channel: unknown, args: unknown) =>
        invoke(source.frame.url(), channel, Array.isArray(args) ? args : []),
      );
      await context.exposeBinding('__launchMissing', (_source, what: unknown) =>
        hooks.onMissing(`(in the page) ${String(what)}`),
      );
      if (preload !== undefined) await context.addInitScript(preloadScript(preload));
      const opened = await context.newPage();
      opened.on('console', (message) => {
        log('page', `console.${message.type()}`, message.text());
        if (message.type() === 'error') problem('console error in the page', message.text());
      });
      opened.on('pageerror', (error) => problem('uncaught error in the page', error.message));
      return opened;
    })();
    beforeExit.push(page.catch(() => undefined));

    async function serve(route: Route): Promise<void> {
      const request = route.request();
      const url = toAppUrl(request.url());
      const isMainFrameNavigation =
        request.isNavigationRequest() && request.frame().parentFrame() === null;
      // A navigation the page starts (not loadURL) asks the guards first, as Electron does.
      if (request.isNavigationRequest() && url !== expectedLoad) {
        const prevented = { value: false };
        const asEvent = strict(
          'Event',
          {
            url,
            isMainFrame: isMainFrameNavigation,
            preventDefault: () => {
              prevented.value = true;
            },
          },
          { onMissing: hooks.onMissing },
        );
        contentsEvents.emit('will-frame-navigate', asEvent);
        if (isMainFrameNavigation) contentsEvents.emit('will-navigate', asEvent);
        if (prevented.value) {
          log('request', url, { cancelled: true, by: 'will-navigate' });
          // ERR_ABORTED, as a navigation stopped before it starts: Chromium shows no error page.
          await route.abort('aborted');
          return;
        }
      }
      if (url === expectedLoad) expectedLoad = undefined;
      const { cancel, consulted } = await verdictOf(
        defaultSession.state,
        url,
        request.resourceType(),
      );
      log('request', url, { cancelled: cancel, consulted });
      if (!consulted) problem('a request went by without the session listener', url);
      if (cancel) {
        await route.abort('blockedbyclient');
        return;
      }
      const scheme = url.slice(0, url.indexOf(':'));
      const handler = schemeHandlers.get(scheme);
      if (handler === undefined) {
        // The app let it through but nothing of ours answers it: it would have left the machine.
        problem('a request was allowed to leave the app', url);
        await route.abort('failed');
        return;
      }
      const response = await handler(new Request(url, { method: request.method() }));
      log('request', `${url} answered`, {
        status: response.status,
        contentSecurityPolicy: response.headers.get('content-security-policy'),
      });
      await route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      });
    }

    async function invoke(frameUrl: string, channel: unknown, args: readonly unknown[]) {
      const handler = typeof channel === 'string' ? ipcHandlers.get(channel) : undefined;
      if (handler === undefined) {
        throw new Error(`No handler registered for '${String(channel)}'`);
      }
      const event = strict(
        'IpcMainInvokeEvent',
        {
          sender: webContents,
          senderFrame: strict('WebFrameMain', { url: toAppUrl(frameUrl) }, hooks),
          processId: 1,
          frameId: 1,
        },
        hooks,
      );
      log('ipc', String(channel));
      const answer: unknown = await handler(event, ...args);
      log('ipc', `${String(channel)} answered`, { ok: Reflect.get(Object(answer), 'ok') });
      return answer;
    }

    async function loadURL(url: string): Promise<void> {
      const opened = await page;
      expectedLoad = url;
      await opened.goto(toPageUrl(url), { waitUntil: 'load' });
      contentsEvents.emit('did-finish-load', electronEvent('Event'));
      if (!hasLoaded) {
        hasLoaded = true;
        emitWindow('ready-to-show', electronEvent('Event'));
      }
    }

    const webContents = labelled(
      `${label}.webContents`,
      strict(
        `${label}.webContents`,
        {
          ...contentsEvents.methods,
          id,
          session: defaultSession.api,
          setWindowOpenHandler: () => undefined,
          loadURL,
          getURL: () => (state.isDestroyed ? '' : toAppUrl(pageUrlNow)),
          isDestroyed: () => state.isDestroyed,
          isCrashed: () => false,
          send(channel: string, ...args: unknown[]) {
            beforeExit.push(
              page.then((opened) =>
                opened.evaluate(
                  ([c, a]) => {
                    const push = Reflect.get(window, '__launchPush');
                    if (typeof push === 'function') Reflect.apply(push, undefined, [c, a]);
                  },
                  [channel, args] as const,
                ),
              ),
            );
          },
        },
        hooks,
      ),
    );
    let pageUrlNow = 'about:blank';
    void page.then((opened) =>
      opened.on('framenavigated', (frame) => {
        if (frame === opened.mainFrame()) pageUrlNow = frame.url();
      }),
    );

    async function destroy(): Promise<void> {
      if (state.isDestroyed) return;
      state.isDestroyed = true;
      state.isVisible = false;
      const index = windows.indexOf(entry);
      if (index !== -1) windows.splice(index, 1);
      if (focusedWindow === entry) focusedWindow = undefined;
      await (await page).context().close();
      emitWindow('closed');
    }

    async function close(): Promise<boolean> {
      if (state.isDestroyed) return true;
      const event = electronEvent('Event');
      emitWindow('close', event);
      if (event.defaultPrevented) return false;
      await destroy();
      return true;
    }

    const show = () => {
      state.isVisible = true;
      state.isFocused = true;
      focusedWindow = entry;
      emitWindow('show');
    };

    const api = labelled(
      label,
      strict(
        label,
        {
          ...windowEvents.methods,
          id,
          webContents,
          loadURL,
          show,
          focus() {
            state.isFocused = true;
            focusedWindow = entry;
          },
          restore() {
            if (!state.isMinimized) return;
            state.isMinimized = false;
            emitWindow('restore');
          },
          minimize() {
            minimizeByPerson();
          },
          isMinimized: () => state.isMinimized,
          isVisible: () => state.isVisible && !state.isMinimized,
          isFocused: () => state.isFocused,
          isDestroyed: () => state.isDestroyed,
          isMaximized: () => isMaximized,
          maximize() {
            // Electron: "This will also show (but not focus) the window if it isn't being
            // displayed already." A window shown before its page painted is a blank frame.
            if (!state.isVisible) {
              state.isVisible = true;
              log('event', `${label}:shown-by-maximize`);
            }
            if (isMaximized) return;
            isMaximized = true;
            normalBounds = bounds;
            bounds = primary.workArea;
            emitWindow('maximize');
          },
          unmaximize() {
            if (!isMaximized) return;
            isMaximized = false;
            bounds = normalBounds;
            emitWindow('unmaximize');
          },
          getBounds: () => bounds,
          getNormalBounds: () => (isMaximized ? normalBounds : bounds),
          setBounds(next: Partial<Rectangle>) {
            bounds = { ...bounds, ...next };
            if (!isMaximized) normalBounds = bounds;
            beforeExit.push(
              page.then((opened) =>
                opened.setViewportSize({ width: bounds.width, height: bounds.height }),
              ),
            );
            emitWindow('resize');
            emitWindow('move');
          },
          close() {
            beforeExit.push(close().then(afterPersonClosed));
          },
          destroy() {
            beforeExit.push(destroy().then(afterPersonClosed));
          },
        },
        hooks,
      ),
    );

    function minimizeByPerson(): void {
      state.isMinimized = true;
      state.isFocused = false;
      if (focusedWindow === entry) focusedWindow = undefined;
      emitWindow('minimize');
    }

    const entry: WindowEntry = {
      api,
      close,
      destroy,
      handle: {
        id,
        page,
        state,
        minimizeByPerson,
        closeByPerson: async () => {
          if (await close()) afterPersonClosed();
        },
      },
    };
    windows.push(entry);
    resolveFirstWindow(entry.handle);
    emitApp('web-contents-created', electronEvent('Event'), webContents);
    emitApp('browser-window-created', electronEvent('Event'), api);
    if (windowOptions.show !== false) show();
    return entry;
  }

  /** Electron, when the last window closes: 'window-all-closed', or a quit when nobody listens. */
  function afterPersonClosed(): void {
    if (windows.length > 0 || isQuitting) return;
    if (appEvents.count('window-all-closed') > 0) emitApp('window-all-closed');
    else void quit();
  }

  // `new BrowserWindow(...)` must work: a plain function that returns an object does, under `new`.
  const BrowserWindow = Object.assign(
    function BrowserWindow(windowOptions: WindowOptions = {}) {
      return makeWindow(windowOptions).api;
    },
    {
      getAllWindows: () => windows.map((window) => window.api),
      getFocusedWindow: () => focusedWindow?.api ?? null,
    },
  );

  const electron = strict(
    'electron',
    {
      app,
      BrowserWindow: strict('BrowserWindow', BrowserWindow, hooks),
      // (the module's own properties are objects and a class: read, not called, so not recorded)
      dialog,
      ipcMain,
      Menu,
      nativeTheme,
      protocol,
      screen,
      session,
      shell,
    },
    { onMissing: hooks.onMissing },
  );

  return {
    electron,
    /** Electron's 'ready': after the browser engine is up (the launcher started Chromium). */
    emitReady(): void {
      isReady = true;
      emitApp('ready', electronEvent('Event'), {});
      resolveReady();
    },
    isQuitting: () => isQuitting,
    /** The first window the app made, once it has made one. */
    firstWindow: () => firstWindow,
    windows: () => windows.map((window) => window.handle),
    /** Electron makes a session for a new partition: 'session-created' lets the app harden it. */
    newSession(partition: string) {
      const made = makeSession(partition);
      emitApp('session-created', made.api);
      return { name: partition, hardening: [...made.state.hardening] };
    },
    /** Every session, what it was given, and its listener's verdict on `url`. */
    async sessionVerdicts(url: string) {
      return Promise.all(
        sessions.map(async ({ state }) => ({
          name: state.name,
          hardening: [...state.hardening],
          ...(await verdictOf(state, url, 'xhr')),
        })),
      );
    },
    /** The OS switching its colour scheme. */
    setSystemDark(dark: boolean): Promise<void> {
      isSystemDark = dark;
      themeEvents.emit('updated');
      return applyTheme();
    },
    /** A click on an application-menu item, found by the labels leading to it. */
    clickMenuItem(labelsPath: readonly string[]): void {
      let items: readonly object[] =
        applicationMenu === null ? [] : (menuTemplates.get(applicationMenu) ?? []);
      let found: object | undefined;
      for (const wanted of labelsPath) {
        found = items.find((item) => Reflect.get(item, 'label') === wanted);
        if (found === undefined) throw new Error(`No menu item ${labelsPath.join(' > ')}`);
        const submenu: unknown = Reflect.get(found, 'submenu');
        items = Array.isArray(submenu) ? submenu : [];
      }
      const click: unknown = found === undefined ? undefined : Reflect.get(found, 'click');
      if (typeof click !== 'function') throw new Error(`${labelsPath.join(' > ')} has no click`);
      Reflect.apply(click, found, [found, focusedWindow?.api, {}]);
    },
    exitNow,
    problem,
    log,
  };
}

/**
 * The built preload, wrapped to run in the page before the app's scripts: its `require` answers
 * only 'electron', with a contextBridge that defines the global and an ipcRenderer whose invoke
 * reaches the main process's ipcMain.handle through Playwright's exposeBinding. In Electron the
 * preload runs in an isolated world; here it shares the page's (see the README).
 */
function preloadScript(preloadSource: string): string {
  const inPage = () => {
    const invokeBinding = Reflect.get(window, '__launchInvoke');
    const reportMissing = Reflect.get(window, '__launchMissing');
    const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
    const missing = (what: string): never => {
      if (typeof reportMissing === 'function') Reflect.apply(reportMissing, undefined, [what]);
      throw new Error(
        `The launch test's stand-in Electron has no \`${what}\`: the app now calls it; ` +
          'implement it in tests/launch/electron-stand-in.ts',
      );
    };
    const strictInPage = <T extends object>(path: string, target: T): T =>
      new Proxy(target, {
        get(object, property, receiver) {
          if (typeof property === 'symbol' || Reflect.has(object, property)) {
            return Reflect.get(object, property, receiver);
          }
          if (property === 'then' || property === '__esModule' || property === 'default') {
            return undefined;
          }
          return missing(`${path}.${property}`);
        },
      });
    const ipcRenderer = strictInPage('ipcRenderer', {
      invoke: (channel: string, ...args: unknown[]) =>
        typeof invokeBinding === 'function'
          ? Reflect.apply(invokeBinding, undefined, [channel, args])
          : Promise.reject(new Error('The launch test has no IPC bridge.')),
      on(channel: string, listener: (...args: unknown[]) => void) {
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
        return ipcRenderer;
      },
      removeListener(channel: string, listener: (...args: unknown[]) => void) {
        listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((l) => l !== listener),
        );
        return ipcRenderer;
      },
      off(channel: string, listener: (...args: unknown[]) => void) {
        return ipcRenderer.removeListener(channel, listener);
      },
    });
    Object.defineProperty(window, '__launchPush', {
      value: (channel: string, args: unknown[]) => {
        for (const listener of listeners.get(channel) ?? []) {
          listener(strictInPage('IpcRendererEvent', {}), ...args);
        }
      },
    });
    const electron = strictInPage('electron', {
      contextBridge: strictInPage('contextBridge', {
        exposeInMainWorld(name: string, api: unknown) {
          Object.defineProperty(window, name, { value: api, enumerable: true });
        },
      }),
      ipcRenderer,
    });
    return (name: string): unknown =>
      name === 'electron' ? electron : missing(`require('${name}')`);
  };
  return (
    // tsx (esbuild with keepNames) names functions through a `__name` helper that the page lacks.
    `(() => { const __name = (target) => target;\n` +
    `const require = (${inPage.toString()})();\n` +
    `const module = { exports: {} }; const exports = module.exports;\n` +
    `${preloadSource}\n})();`
  );
}

/**
 * Electron's single-instance lock on Linux, as Chromium's ProcessSingleton does it: a
 * `SingletonLock` symlink naming host and process, and a `SingletonSocket` the first instance
 * listens on; a second instance finds the lock held by a live process, tells the first over the
 * socket (argv, working directory, additionalData), and is refused the lock.
 */
function createSingleton(
  userData: string,
  hooks: {
    readonly onSecondInstance: (argv: string[], cwd: string, additionalData: unknown) => void;
    readonly onProblem: (name: string, detail?: unknown) => void;
  },
) {
  const lockPath = join(userData, 'SingletonLock');
  const socketPath = join(userData, 'SingletonSocket');
  let server: Server | undefined;
  let notified: Promise<void> = Promise.resolve();
  const isAlive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  function tell(additionalData: unknown): Promise<void> {
    return new Promise((resolve) => {
      const socket = createConnection(socketPath, () => {
        socket.end(JSON.stringify({ argv: process.argv, cwd: process.cwd(), additionalData }));
      });
      socket.on('close', () => resolve());
      socket.on('error', (error) => {
        hooks.onProblem('could not reach the first instance', error.message);
        resolve();
      });
    });
  }
  return {
    claim(additionalData: unknown): boolean {
      // Chromium makes its profile folder (Electron's user-data folder) first, with the default
      // mode; the app makes it private itself.
      mkdirSync(userData, { recursive: true });
      for (let attempt = 0; attempt < 2; attempt += 1) {
        try {
          symlinkSync(`${hostname()}-${process.pid}`, lockPath);
        } catch {
          const holder = Number(/-(\d+)$/.exec(readlinkSync(lockPath))?.[1]);
          if (Number.isInteger(holder) && isAlive(holder)) {
            notified = tell(additionalData);
            return false;
          }
          unlinkSync(lockPath); // left by a process that is gone
          continue;
        }
        rmSync(socketPath, { force: true });
        server = createServer((socket) => {
          let text = '';
          socket.setEncoding('utf8');
          socket.on('data', (chunk: string) => (text += chunk));
          socket.on('end', () => {
            const message: unknown = JSON.parse(text);
            const argv: unknown = Reflect.get(Object(message), 'argv');
            const cwd: unknown = Reflect.get(Object(message), 'cwd');
            hooks.onSecondInstance(
              Array.isArray(argv) ? argv.map(String) : [],
              typeof cwd === 'string' ? cwd : '',
              Reflect.get(Object(message), 'additionalData'),
            );
          });
        });
        server.listen(socketPath);
        server.unref();
        return true;
      }
      return false;
    },
    get notified() {
      return notified;
    },
    release(): void {
      if (server === undefined) return;
      server.close();
      server = undefined;
      if (existsSync(socketPath)) rmSync(socketPath, { force: true });
      rmSync(lockPath, { force: true });
    },
  };
}
