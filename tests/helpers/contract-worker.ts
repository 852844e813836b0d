import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What the worker answers for one request: the router's envelope, as it would reach the window. */
export interface WorkerAnswer {
  readonly ok: boolean;
  readonly error?: { readonly code: string; readonly message: string; readonly field?: string };
}

/** Not a channel: checks an export file with the import's schema instead of dispatching. */
export const IMPORT_FILE = '(import file)';

/**
 * The IPC router with the real contract, in a worker thread, so that a check that never ends
 * fails its test after `timeoutMs` instead of freezing the test run (a synchronous loop cannot be
 * interrupted by a test timeout in the same thread). Handlers are never meant to be reached: a
 * request that gets past the contract answers with code "reached_handler".
 */
export function startRouterWorker() {
  // The router and contract bundled as one script (zod included), as the main process runs them.
  const bundle = buildSync({
    stdin: {
      contents: `
        const { parentPort } = require('node:worker_threads');
        const { createRouter } = require('./src-main/ipc/router.ts');
        const { exportFileSchema } = require('./src-main/shared/contract/data.ts');
        const handlers = new Proxy({}, { get: () => () => { throw Object.assign(new Error('reached'), { reached: true }); } });
        const router = createRouter({ handlers, isTrustedSender: () => true });
        function setAt(target, path, value) {
          let at = target;
          for (const key of path.slice(0, -1)) at = at[key];
          at[path[path.length - 1]] = value;
        }
        const IMPORT_FILE = ${JSON.stringify(IMPORT_FILE)};
        parentPort.on('message', async ({ id, channel, input, path, length }) => {
          const copy = structuredClone(input);
          if (path) setAt(copy, path, 'x'.repeat(length));
          if (channel === IMPORT_FILE) {
            const parsed = exportFileSchema.safeParse(copy);
            const issue = parsed.success ? undefined : parsed.error.issues[0];
            parentPort.postMessage({ id, answer: issue ? { ok: false, error: { code: 'invalid_input', message: issue.message, field: issue.path.join('.') } } : { ok: true } });
            return;
          }
          const answer = await router.dispatch(channel, copy, { url: 'app://mending/index.html' });
          parentPort.postMessage({ id, answer: answer.ok ? { ok: true } : answer.error.code === 'internal' ? { ok: false, error: { code: 'reached_handler', message: '' } } : answer });
        });
      `,
      resolveDir: root,
      loader: 'js',
      sourcefile: 'router-worker.js',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  let nextId = 0;
  const waiting = new Map<number, (answer: WorkerAnswer) => void>();
  function start(): Worker {
    const started = new Worker(code, { eval: true });
    started.on('message', ({ id, answer }: { id: number; answer: WorkerAnswer }) => {
      waiting.get(id)?.(answer);
      waiting.delete(id);
    });
    return started;
  }
  let worker = start();

  return {
    /**
     * Dispatches `input` with the value at `path` replaced by `length` characters of text (built
     * in the worker, so the test does not copy megabytes). Rejects after `timeoutMs`, and stops the
     * worker, when no answer comes.
     */
    dispatch(
      channel: string,
      input: unknown,
      options: { path?: readonly (string | number)[]; length?: number; timeoutMs: number },
    ): Promise<WorkerAnswer> {
      const id = nextId;
      nextId += 1;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          // A frozen worker is replaced, so the next test starts with one that answers.
          void worker.terminate();
          worker = start();
          reject(new Error(`${channel} did not answer within ${options.timeoutMs} ms.`));
        }, options.timeoutMs);
        waiting.set(id, (answer) => {
          clearTimeout(timer);
          resolve(answer);
        });
        worker.postMessage({ id, channel, input, path: options.path, length: options.length });
      });
    },
    stop: () => worker.terminate(),
  };
}
