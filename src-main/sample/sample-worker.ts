import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open-database';
import { generateHistory } from './generate-history';
import { SAMPLE_SEED, SAMPLE_YEARS, type SampleFileRequest } from './sample-file';

/*
 * A worker thread's entry (built as out/main/sample-worker.js): writes the sample's year of
 * made-up history into a new file on its own connection, so the main process, which answers the
 * window, is never held while it is made (about 0.7 s on our machines). The main process opens
 * the finished file afterwards.
 */
const request = workerData as SampleFileRequest;
try {
  const db = openDatabase(request.databasePath, { nativeBinding: request.nativeBinding });
  try {
    generateHistory(db, {
      years: SAMPLE_YEARS,
      seed: SAMPLE_SEED,
      today: request.today,
      timeZone: request.timeZone,
    });
  } finally {
    db.close();
  }
  parentPort?.postMessage({ ok: true });
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    message: error instanceof Error ? error.message : String(error),
  });
}
