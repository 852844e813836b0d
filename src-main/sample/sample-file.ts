import type Database from 'better-sqlite3';
import { generateHistory } from './generate-history';

/** The sample's history: about a year, the same for everyone (a fixed seed). */
export const SAMPLE_YEARS = 1;
export const SAMPLE_SEED = 11;

/** Writes the sample's year of history into an opened, migrated, empty database, in this thread. */
export function generateSampleHere(
  db: Database.Database,
  { today, timeZone }: { readonly today: string; readonly timeZone: string },
): void {
  generateHistory(db, { years: SAMPLE_YEARS, seed: SAMPLE_SEED, today, timeZone });
}
