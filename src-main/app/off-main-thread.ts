import type { Worker } from 'node:worker_threads';
import {
  errorFromMessage,
  type ErrorMessage,
  type OffMain,
  type OffMainJob,
  type OffMainJobs,
} from '../services/off-main';

/** What the worker is started with. */
export interface OffMainWorkerData {
  readonly databasePath: string;
  /** better-sqlite3's addon built for Electron (the one the main connection uses). */
  readonly nativeBinding?: string | undefined;
}

export interface JobRequest<J extends OffMainJob> {
  readonly id: number;
  readonly job: J;
  readonly input: OffMainJobs[J]['input'];
}

export type JobAnswer<J extends OffMainJob> =
  | { readonly id: number; readonly ok: true; readonly value: OffMainJobs[J]['output'] }
  | { readonly id: number; readonly ok: false; readonly error: ErrorMessage };

interface Waiting {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

function isAnswer(value: unknown): value is JobAnswer<OffMainJob> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'number' &&
    'ok' in value &&
    typeof value.ok === 'boolean'
  );
}

/** What a job waiting on the worker thread is told when the thread ends under it. */
export const WORKER_STOPPED_MESSAGE =
  'Mending’s background helper stopped unexpectedly, so this step did not finish. Please try again; if it happens again, close Mending and start it again.';

/**
 * Runs off-main jobs in one worker thread (src-main/app/off-main-worker.ts), started on the first
 * job and kept for the next. `startWorker` makes it: from the built file in the app, from an
 * esbuild bundle of the same source in tests. A worker that dies fails the jobs it held, with a
 * message, and the next job starts a new one. Jobs may overlap there: each has its own connection.
 */
export function createOffMainThread(startWorker: () => Worker): {
  readonly run: OffMain;
  readonly stop: () => Promise<void>;
} {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();

  function failAll(error: Error): void {
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
  }

  function started(): Worker {
    if (worker) return worker;
    const made = startWorker();
    // The thread never keeps the app alive by itself; a job waiting on it is awaited anyway.
    made.unref();
    made.on('message', (answer: unknown) => {
      if (!isAnswer(answer)) return;
      const job = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (answer.ok) job?.resolve(answer.value);
      else job?.reject(errorFromMessage(answer.error));
    });
    const gone = (error: Error) => {
      if (worker === made) worker = undefined;
      failAll(error);
    };
    // A person reads this (the start's error box, a screen's message): plain words, no exit code;
    // what the thread itself threw goes to the log for whoever looks into it.
    made.on('error', (error) => {
      console.error('Mending could not go on with its worker thread:', error);
      gone(new Error(WORKER_STOPPED_MESSAGE));
    });
    made.on('exit', () => gone(new Error(WORKER_STOPPED_MESSAGE)));
    worker = made;
    return made;
  }

  function run<J extends OffMainJob>(
    job: J,
    input: OffMainJobs[J]['input'],
  ): Promise<OffMainJobs[J]['output']> {
    const id = nextId;
    nextId += 1;
    const thread = started();
    return new Promise((resolve, reject) => {
      waiting.set(id, {
        // The answer to job `id` is that job's output: the worker runs the same typed jobs.
        resolve: (value) => resolve(value as OffMainJobs[J]['output']),
        reject,
      });
      thread.postMessage({ id, job, input } satisfies JobRequest<J>);
    });
  }

  return {
    run,
    async stop() {
      const running = worker;
      worker = undefined;
      if (running) await running.terminate();
    },
  };
}
