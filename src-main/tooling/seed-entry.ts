/**
 * The body of `npm run seed` (see seed.mjs, which checks the command line, then bundles and runs
 * this file): writes the generated history into a file beside the one asked for, and gives it
 * its name only once it is whole, without ever replacing a file that appeared there meanwhile.
 */
import { linkSync, rmSync, statSync } from 'node:fs';
import { openDatabase } from '../db/open-database';
import {
  DEFAULT_SEED,
  DEFAULT_TIME_ZONE,
  generateHistory,
  type GeneratedCounts,
} from '../sample/generate-history';
import { systemTimeZone, todayAt } from '../shared/calendar';

interface EntryOptions {
  readonly years: number;
  readonly out: string;
  readonly seed?: number;
  readonly today?: string;
}

const COUNT_WORDS: Readonly<Record<keyof GeneratedCounts, string>> = {
  moodEntries: 'mood entries',
  moodTags: 'emotions on them',
  customEmotionTags: 'emotion words of their own',
  habits: 'habits',
  checkins: 'habit check-ins',
  conversations: 'conversations',
  trustCheckins: 'trust check-ins',
  stageChanges: 'stage changes',
  reflections: 'reflections, worksheets and apology drafts',
  settings: 'settings',
};

function removeFile(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

function run(options: EntryOptions): number {
  const today = options.today ?? todayAt(new Date(), systemTimeZone());
  const seed = options.seed ?? DEFAULT_SEED;
  const partial = `${options.out}.partial-${process.pid}`;
  const started = performance.now();
  try {
    const db = openDatabase(partial);
    try {
      const history = generateHistory(db, { years: options.years, today, seed });
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      // A hard link fails when the name is taken: a file made there meanwhile is never replaced.
      linkSync(partial, options.out);
      const seconds = (performance.now() - started) / 1000;
      const rows = Object.values(history.counts).reduce((sum, n) => sum + n, 0);
      const megabytes = statSync(options.out).size / 1024 / 1024;
      const lines = Object.entries(history.counts).map(
        ([key, count]) =>
          `  ${String(count).padStart(7)} ${COUNT_WORDS[key as keyof GeneratedCounts]}`,
      );
      console.log(
        [
          `Wrote ${options.out}: ${history.days} days of sample history, ${history.from} to ${history.to} (${DEFAULT_TIME_ZONE}, seed ${seed}).`,
          ...lines,
          `  ${String(rows).padStart(7)} rows in all, ${megabytes.toFixed(1)} MB, in ${seconds.toFixed(1)} s.`,
        ].join('\n'),
      );
      return 0;
    } finally {
      if (db.open) db.close();
    }
  } catch (error) {
    console.error(`npm run seed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    removeFile(partial);
  }
}

process.exitCode = run(JSON.parse(process.argv[2] ?? '{}') as EntryOptions);
