import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { createOffMainThread, type OffMainWorkerData } from '../../src-main/app/off-main-thread';

const root = fileURLToPath(new URL('../..', import.meta.url));

let bundled: string | undefined;

/**
 * The real worker (src-main/app/off-main-worker.ts) bundled on the fly, as electron-vite bundles
 * it for the app: the tests run the very code the app's thread runs. better-sqlite3 stays outside
 * the bundle (a native addon) and is found from the project folder, where the tests run.
 */
function workerCode(): string {
  if (bundled !== undefined) return bundled;
  const bundle = buildSync({
    entryPoints: [fileURLToPath(new URL('../../src-main/app/off-main-worker.ts', import.meta.url))],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    jsx: 'automatic',
    write: false,
    logLevel: 'silent',
  });
  bundled = bundle.outputFiles[0]?.text ?? '';
  return bundled;
}

/** The off-main runner over a real worker thread on `databasePath`; stop it after the test. */
export function startOffMainWorker(databasePath: string) {
  const workerData = { databasePath } satisfies OffMainWorkerData;
  // Bundled now, not on the first job, so a measurement sees the thread start as the app does.
  const code = workerCode();
  return createOffMainThread(() => new Worker(code, { eval: true, workerData }));
}
