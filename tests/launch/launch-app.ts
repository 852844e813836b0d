import { execFileSync, fork } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath } from '../../src-main/tooling/chromium.mjs';
import type { LogEntry } from './electron-stand-in';
import type { ChildMessage, LaunchOptions, Op } from './protocol';

/*
 * The spec's side of one start of the app: forks tests/launch/launch-main.ts (run through tsx),
 * collects its log as it comes, sends it operations on the page and waits for its answers.
 */

export interface LaunchedApp {
  /** Everything the start has logged so far, in order. */
  readonly log: readonly LogEntry[];
  /** Resolves with the process's exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>;
  /** Asks the start to act on its window or its stand-in, and resolves with the answer. */
  op(op: Op): Promise<unknown>;
  /** Resolves with the first log entry matching `isWanted`, seen already or still to come. */
  waitForLog(isWanted: (entry: LogEntry) => boolean, timeoutMs?: number): Promise<LogEntry>;
  /** Ends the start at once (after a failed test). */
  kill(): void;
  /** What the process wrote on stderr. */
  readonly stderr: () => string;
}

const root = resolve(__dirname, '../..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** Builds the three bundles unless each on disk is newer than every source file. */
export function ensureAppBuilt(): void {
  const built = [
    'out/main/index.js',
    'out/main/off-main-worker.js',
    'out/preload/index.cjs',
    'out/renderer/index.html',
  ].map((file) => join(root, file));
  const sourceTime = Math.max(
    newestMtime(join(root, 'src-main')),
    newestMtime(join(root, 'src-renderer')),
    statSync(join(root, 'electron.vite.config.ts')).mtimeMs,
  );
  if (built.every((file) => existsSync(file) && statSync(file).mtimeMs >= sourceTime)) return;
  execFileSync(join(root, 'node_modules/.bin/electron-vite'), ['build'], {
    cwd: root,
    stdio: 'pipe',
  });
}

export const DEFAULT_DISPLAY = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  scaleFactor: 1,
};

export function launchApp(
  options: Pick<LaunchOptions, 'userData' | 'documents'> & Partial<LaunchOptions>,
): LaunchedApp {
  const full: LaunchOptions = {
    chromium: chromiumPath(),
    isSystemDark: false,
    displays: [DEFAULT_DISPLAY],
    messageBoxAnswers: [],
    holdJobs: [],
    ...options,
  };
  const child = fork(join(__dirname, 'launch-main.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, MENDING_LAUNCH: JSON.stringify(full) },
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  const log: LogEntry[] = [];
  const watchers = new Set<() => void>();
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let stderr = '';
  let nextId = 1;
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  child.on('message', (raw: unknown) => {
    const message = raw as ChildMessage; // from our own child, typed by the protocol it speaks
    if (message.kind === 'log') {
      log.push(message.entry);
      for (const watch of [...watchers]) watch();
    } else if (message.kind === 'answer') {
      const answer = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.ok) answer?.resolve(message.value);
      else answer?.reject(new Error(message.error));
    }
  });
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      for (const answer of waiting.values()) {
        answer.reject(new Error(`The app's process exited (code ${String(code)}).`));
      }
      waiting.clear();
      for (const watch of [...watchers]) watch();
      resolve(code);
    });
  });
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  return {
    log,
    exited,
    stderr: () => stderr,
    op(op) {
      const id = nextId;
      nextId += 1;
      return new Promise((resolve, reject) => {
        if (hasExited) {
          reject(new Error(`The app's process has exited; it cannot ${op.op}.`));
          return;
        }
        waiting.set(id, { resolve, reject });
        child.send({ id, ...op });
      });
    },
    waitForLog(isWanted, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          watchers.delete(check);
          reject(new Error(`No such log entry within ${timeoutMs} ms.`));
        }, timeoutMs);
        function check(): void {
          const found = log.find(isWanted);
          if (found !== undefined) {
            clearTimeout(timer);
            watchers.delete(check);
            resolve(found);
          } else if (hasExited) {
            clearTimeout(timer);
            watchers.delete(check);
            reject(new Error("The app's process exited before that log entry came."));
          }
        }
        watchers.add(check);
        check();
      });
    },
    kill() {
      if (hasExited) return;
      // Asked first, so it closes its Chromium; forced if it has not gone a few seconds later.
      child.kill('SIGTERM');
      setTimeout(() => {
        if (!hasExited) child.kill('SIGKILL');
      }, 5_000).unref();
    },
  };
}
