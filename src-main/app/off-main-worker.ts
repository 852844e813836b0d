import { parentPort, workerData } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { DataFileDamagedError } from '../db/backup';
import { DatabaseOpenError, openDatabase } from '../db/open-database';
import {
  createOffMainJobs,
  errorToMessage,
  type OffMainJob,
  type OffMainJobs,
} from '../services/off-main';
import type { JobAnswer, JobRequest, OffMainWorkerData } from './off-main-thread';

/**
 * The worker thread's side of off-main work (built as its own entry, out/main/off-main-worker.js):
 * each job gets a connection of its own to the data file, opened as the app opens it (WAL, foreign
 * keys, synchronous FULL) and closed when the job ends, so the main connection keeps answering
 * the window meanwhile. Answers go back as plain data; errors with what callers tell them by.
 */
function isWorkerData(value: unknown): value is OffMainWorkerData {
  return (
    typeof value === 'object' &&
    value !== null &&
    'databasePath' in value &&
    typeof value.databasePath === 'string'
  );
}

const JOBS: readonly OffMainJob[] = [
  'checkDataFile',
  'createBackup',
  'eraseDataFile',
  'importFile',
  'renderReport',
  'renderReportFile',
  'writeSampleFile',
];

function isJobRequest(value: unknown): value is JobRequest<OffMainJob> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'number' &&
    'job' in value &&
    JOBS.some((job) => job === value.job) &&
    'input' in value
  );
}

const port = parentPort;
if (port === null || !isWorkerData(workerData)) {
  throw new Error('off-main-worker runs only as a worker thread started by off-main-thread.ts');
}
const { databasePath, nativeBinding } = workerData;
/**
 * The job's connection. A file found damaged here was open and sound in the main process when the
 * job began, so this is damage while running: said as such (SQLite's code for it), so the router
 * answers 'damaged' and the shell offers a restart, as when the main connection meets it.
 */
function openedForJob(): Database.Database {
  try {
    return openDatabase(databasePath, { nativeBinding });
  } catch (error) {
    if (
      error instanceof DatabaseOpenError &&
      (error.reason === 'corrupt' || error.reason === 'not_sqlite')
    ) {
      const found = Object.assign(new Error(error.message, { cause: error }), {
        code: 'SQLITE_CORRUPT',
      });
      throw new DataFileDamagedError(found);
    }
    throw error;
  }
}

/** The buffer of an answer that carries a file's bytes, to transfer rather than copy. */
function transferable(value: unknown): ArrayBuffer[] {
  if (typeof value !== 'object' || value === null || !('bytes' in value)) return [];
  const { bytes } = value;
  return bytes instanceof Uint8Array && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}

const run = createOffMainJobs({
  nativeBinding,
  withDb: async (work) => {
    const db = openedForJob();
    try {
      return await work(db);
    } finally {
      db.close();
    }
  },
});

port.on('message', (request: unknown) => {
  if (!isJobRequest(request)) return;
  const answer = (reply: JobAnswer<OffMainJob>) =>
    // A file's bytes are handed over, not copied (a ten-year report is megabytes).
    port.postMessage(reply, reply.ok ? transferable(reply.value) : []);
  // The input comes from createOffMainThread's typed `run`, in this app's own main thread.
  run(request.job, request.input as OffMainJobs[typeof request.job]['input']).then(
    (value) => answer({ id: request.id, ok: true, value }),
    (error: unknown) => answer({ id: request.id, ok: false, error: errorToMessage(error) }),
  );
});
