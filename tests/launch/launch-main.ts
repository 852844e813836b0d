import Module, { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as WorkerThreads from 'node:worker_threads';
import { chromium, type Browser } from 'playwright-core';
import { z } from 'zod';
import { createElectronStandIn, type LogEntry } from './electron-stand-in';
import { CHROMIUM_ARGS } from '../../src-main/tooling/chromium.mjs';
import { launchOptionsSchema, opSchema, type ChildMessage } from './protocol';

/*
 * One start of the app, in a child Node process of the launch spec (tests/launch/launch-app.ts
 * forks it): `require('electron')` answers the stand-in, Chromium is launched as Electron's browser
 * engine would be, then the BUILT main bundle (out/main/index.js) runs as Electron would run it.
 * The spec talks to this process over fork()'s IPC channel: this side sends every log entry as it
 * happens and answers the spec's few operations on the page.
 */

const root = resolve(__dirname, '../..');
const options = launchOptionsSchema.parse(JSON.parse(process.env.MENDING_LAUNCH ?? 'null'));
const send = (message: ChildMessage): Promise<void> =>
  new Promise((done) => {
    if (process.send === undefined || !process.connected) {
      done();
      return;
    }
    process.send(message, undefined, {}, () => done());
  });
const sendLog = (entry: LogEntry) => void send({ kind: 'log', entry });

let browser: Browser | undefined;
let isExiting = false;
const packageJson = z
  .object({
    version: z.string(),
    productName: z.string(),
    build: z.object({
      extraResources: z.array(z.object({ from: z.string(), to: z.string() })).default([]),
    }),
  })
  .parse(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')));

/** A resources folder laid out as electron-builder lays it out (extraResources), made for this start. */
function packagedResources(): string {
  const folder = mkdtempSync(join(tmpdir(), 'mending-launch-resources-'));
  for (const { from, to } of packageJson.build.extraResources) {
    mkdirSync(dirname(join(folder, to)), { recursive: true });
    copyFileSync(join(root, from), join(folder, to));
  }
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

const standIn = createElectronStandIn({
  userData: options.userData,
  documents: options.documents,
  appPath: root,
  version: packageJson.version,
  productName: packageJson.productName,
  isSystemDark: options.isSystemDark,
  displays: options.displays,
  messageBoxAnswers: options.messageBoxAnswers,
  browser: () => {
    if (browser === undefined) throw new Error('A window was made before the app was ready.');
    return browser;
  },
  log: sendLog,
  exit: (code) => {
    if (isExiting) return;
    isExiting = true;
    void (async () => {
      await browser?.close();
      await send({ kind: 'exiting', code });
      process.exit(code);
    })();
  },
});

// Electron shows an error box for an exception nobody caught in the main process: a failure here.
process.on('uncaughtException', (error) =>
  standIn.problem('uncaught exception in the main process', error.stack ?? String(error)),
);
process.on('unhandledRejection', (reason) =>
  standIn.problem(
    'unhandled rejection in the main process',
    reason instanceof Error ? (reason.stack ?? reason.message) : String(reason),
  ),
);

// The main process writes to the terminal only when something went wrong: a failure here.
const writeError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  writeError(...args);
  standIn.problem(
    'console.error in the main process',
    args.map((arg) => (arg instanceof Error ? (arg.stack ?? arg.message) : String(arg))).join(' '),
  );
};

// `require('electron')` answers the stand-in; nothing else is touched. Module._load is Node's
// internal loader (not in its types); reading it through Reflect keeps the types honest.
const originalLoad: unknown = Reflect.get(Module, '_load');
if (typeof originalLoad !== 'function') throw new Error("Node's Module._load is gone.");
Reflect.set(Module, '_load', function load(this: unknown, ...args: unknown[]): unknown {
  if (args[0] === 'electron') return standIn.electron;
  return Reflect.apply(originalLoad, this, args);
});

// The worker thread's jobs, timed from here: when the damage check and the backup finish. A job
// named in `holdJobs` has its answer held back until the spec releases it, so the spec can look at
// the window while that job is still running, whatever the machine's speed.
const held: (() => void)[] = [];
let isHolding = options.holdJobs.length > 0;
const requireHere = createRequire(__filename);
const workerThreads: typeof WorkerThreads = requireHere('node:worker_threads');
const OriginalWorker = workerThreads.Worker;
class RecordedWorker extends OriginalWorker {
  constructor(filename: string | URL, workerOptions?: WorkerThreads.WorkerOptions) {
    super(filename, workerOptions);
    const jobs = new Map<number, string>();
    this.on('message', (answer: unknown) => {
      const id: unknown = Reflect.get(Object(answer), 'id');
      if (typeof id !== 'number') return;
      const ok: unknown = Reflect.get(Object(answer), 'ok');
      sendLog({
        at: performance.now(),
        kind: 'worker',
        name: `${jobs.get(id) ?? '?'}:done`,
        detail: { ok },
      });
    });
    const emit = this.emit.bind(this);
    Reflect.set(this, 'emit', (event: string | symbol, ...args: unknown[]): boolean => {
      const id: unknown = Reflect.get(Object(args[0]), 'id');
      const job = typeof id === 'number' ? jobs.get(id) : undefined;
      if (
        event !== 'message' ||
        !isHolding ||
        job === undefined ||
        !options.holdJobs.includes(job)
      ) {
        return emit(event, ...args);
      }
      sendLog({ at: performance.now(), kind: 'worker', name: `${job}:held` });
      held.push(() => emit(event, ...args));
      return true;
    });
    const post = this.postMessage.bind(this);
    this.postMessage = (
      value: unknown,
      transferList?: Parameters<WorkerThreads.Worker['postMessage']>[1],
    ) => {
      const id: unknown = Reflect.get(Object(value), 'id');
      const job: unknown = Reflect.get(Object(value), 'job');
      if (typeof id === 'number' && typeof job === 'string') {
        jobs.set(id, job);
        sendLog({ at: performance.now(), kind: 'worker', name: `${job}:start` });
        if (job === options.stopWorkerAt) {
          // The thread dies under this job, as a crash or an out-of-memory kill would end it.
          sendLog({ at: performance.now(), kind: 'worker', name: `${job}:worker-stopped` });
          void this.terminate();
          return;
        }
      }
      post(value, transferList);
    };
  }
}
Reflect.set(workerThreads, 'Worker', RecordedWorker);

/** The app's main window's page (waiting for the app to make it). */
async function page() {
  const window = standIn.windows()[0] ?? (await standIn.firstWindow());
  if (window.state.isDestroyed) throw new Error("The app's window is closed.");
  return window.page;
}

async function perform(message: unknown): Promise<unknown> {
  const op = opSchema.parse(message);
  const timeout = 20_000;
  switch (op.op) {
    case 'waitFor':
      await (await page()).locator(op.selector).first().waitFor({ state: op.state, timeout });
      return { at: performance.now() };
    case 'click':
      await (await page()).locator(op.selector).click({ timeout });
      return { at: performance.now() };
    case 'check':
      await (await page()).locator(op.selector).check({ timeout });
      return { at: performance.now() };
    case 'fill':
      await (await page()).locator(op.selector).fill(op.value, { timeout });
      return { at: performance.now() };
    case 'evaluate':
      return (await page()).evaluate(op.expression);
    case 'screenshot':
      await (await page()).screenshot({ path: op.path });
      return { at: performance.now() };
    case 'minimize':
      standIn.windows()[0]?.minimizeByPerson();
      return null;
    case 'closeWindow':
      await standIn.windows()[0]?.closeByPerson();
      return null;
    case 'windowState':
      return standIn.windows().map((window) => ({ id: window.id, ...window.state }));
    case 'newSession':
      return standIn.newSession(op.partition);
    case 'sessionVerdicts':
      return standIn.sessionVerdicts(op.url);
    case 'setSystemDark':
      await standIn.setSystemDark(op.isDark);
      return null;
    case 'release':
      isHolding = false;
      for (const answer of held.splice(0)) answer();
      return null;
    case 'menu':
      standIn.clickMenuItem(op.labels);
      return null;
  }
}

process.on('message', (message: unknown) => {
  const id: unknown = Reflect.get(Object(message), 'id');
  if (typeof id !== 'number') return;
  perform(message).then(
    (value) => send({ kind: 'answer', id, ok: true, value: value ?? null }),
    (error: unknown) =>
      send({
        kind: 'answer',
        id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});
// The spec going away (a failed test) ends this start too, Chromium with it.
process.on('disconnect', () => void standIn.exitNow(1));
process.on('SIGTERM', () => void standIn.exitNow(1));

// The stand-in says it is a packaged app, so `process.resourcesPath` is what Electron gives one:
// the folder beside app.asar, holding what package.json's build.extraResources copies there.
Object.defineProperty(process, 'resourcesPath', { value: packagedResources(), enumerable: true });

requireHere(join(root, 'out/main/index.js'));
// A second instance has already asked to quit, before 'ready': it never gets a browser.
if (!standIn.isQuitting()) {
  chromium
    .launch({ executablePath: options.chromium, args: [...CHROMIUM_ARGS] })
    .then((launched) => {
      browser = launched;
      standIn.emitReady();
    })
    .catch((error: unknown) => {
      standIn.problem('Chromium did not start', String(error));
      void standIn.exitNow(1);
    });
}
