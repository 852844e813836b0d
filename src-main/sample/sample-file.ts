import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { generateHistory } from './generate-history';

/** The sample's history: about a year, the same for everyone (a fixed seed). */
export const SAMPLE_YEARS = 1;
export const SAMPLE_SEED = 11;

/** What the sample worker needs to write a sample file. */
export interface SampleFileRequest {
  readonly databasePath: string;
  readonly today: string;
  readonly timeZone: string;
  readonly nativeBinding?: string | undefined;
}

/** Writes the sample's year of history into an opened, migrated, empty database, in this thread. */
export function generateSampleHere(
  db: Database.Database,
  { today, timeZone }: { readonly today: string; readonly timeZone: string },
): void {
  generateHistory(db, { years: SAMPLE_YEARS, seed: SAMPLE_SEED, today, timeZone });
}

/**
 * Writes a sample file in a worker thread (`workerFile` is the built sample-worker.js), resolving
 * once the file is complete and closed; rejects with the worker's reason if it could not be made.
 */
export function sampleFileInWorker(workerFile: string) {
  return (request: SampleFileRequest): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(workerFile, { workerData: request });
      let isAnswered = false;
      worker.once('message', (answer: { ok: boolean; message?: string }) => {
        isAnswered = true;
        if (answer.ok) resolve();
        else reject(new Error(answer.message ?? 'The sample could not be made.'));
      });
      worker.once('error', (error) => {
        isAnswered = true;
        reject(error);
      });
      worker.once('exit', (code) => {
        if (!isAnswered) reject(new Error(`The sample worker stopped (exit code ${code}).`));
      });
    });
}
