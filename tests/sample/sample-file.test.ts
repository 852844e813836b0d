import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleFileInWorker } from '../../src-main/sample/sample-file';

/*
 * The worker runner's answers. The real worker (out/main/sample-worker.js) exists only after a
 * build and is run by `npm run bench` (tests/bench/sample-data.measure.ts); these stand-ins
 * answer the way it can: done, a reason, or no answer at all.
 */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mending-sample-worker-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function workerFile(source: string): string {
  const file = join(dir, 'worker.cjs');
  writeFileSync(file, source);
  return file;
}

const request = { databasePath: '/nowhere', today: '2026-11-27', timeZone: 'UTC' };

describe('making a sample file in a worker', () => {
  it('resolves when the worker says the file is done, having been given the request', async () => {
    const file = workerFile(`
      const { parentPort, workerData } = require('node:worker_threads');
      parentPort.postMessage(workerData.today === '2026-11-27' ? { ok: true } : { ok: false, message: 'wrong day' });
    `);
    await expect(sampleFileInWorker(file)(request)).resolves.toBeUndefined();
  });

  it('rejects with the worker’s own reason', async () => {
    const file = workerFile(`
      require('node:worker_threads').parentPort.postMessage({ ok: false, message: 'disk is full' });
    `);
    await expect(sampleFileInWorker(file)(request)).rejects.toThrow('disk is full');
  });

  it('rejects when the worker stops without answering or throws', async () => {
    await expect(sampleFileInWorker(workerFile('process.exit(3);'))(request)).rejects.toThrow(
      'exit code 3',
    );
    await expect(
      sampleFileInWorker(workerFile("throw new Error('broken');"))(request),
    ).rejects.toThrow('broken');
  });
});
