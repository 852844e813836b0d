import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOffMainThread, WORKER_STOPPED_MESSAGE } from '../../src-main/app/off-main-thread';

/*
 * When the worker thread ends under a job (a crash, an out-of-memory kill, an exception nobody
 * caught), the job waiting on it is told so in words a person can read: the start shows this in
 * its error box, a screen in its message line. Real threads, given a line of code each.
 */

const threads: Worker[] = [];
function thread(code: string): Worker {
  const made = new Worker(code, { eval: true });
  threads.push(made);
  return made;
}

afterEach(async () => {
  await Promise.all(threads.splice(0).map((t) => t.terminate()));
  vi.restoreAllMocks();
});

describe('a job whose worker thread ends under it', () => {
  it('is told in plain words when the thread exits, with no exit code', async () => {
    const { run } = createOffMainThread(() =>
      thread("require('node:worker_threads').parentPort.on('message', () => process.exit(7));"),
    );
    const job = run('checkDataFile', { path: '/nowhere/mending.sqlite3' });
    await expect(job).rejects.toThrow(WORKER_STOPPED_MESSAGE);
    await expect(job).rejects.not.toThrow(/exit|thread|7/);
  });

  it('is told the same when the thread throws, and what it threw goes to the log only', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { run } = createOffMainThread(() =>
      thread(
        "require('node:worker_threads').parentPort.on('message', () => { throw new TypeError('x is not a function at jobs.js:12'); });",
      ),
    );
    const job = run('checkDataFile', { path: '/nowhere/mending.sqlite3' });
    await expect(job).rejects.toThrow(WORKER_STOPPED_MESSAGE);
    await expect(job).rejects.not.toThrow(/jobs\.js|TypeError/);
    expect(String(logged.mock.calls[0]?.[1])).toContain('x is not a function');
  });

  it('says what happened without a code, a path or a promise it cannot keep', () => {
    expect(WORKER_STOPPED_MESSAGE).not.toMatch(/\d|\/|thread|exit|nothing was|safe/i);
  });
});
