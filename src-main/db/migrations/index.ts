import type Database from 'better-sqlite3';
import { initialSchema } from './001-initial-schema';
import { repairRowsRulesRefuse } from './002-repair-rows-rules-refuse';
import { contactReachedOut } from './003-contact-reached-out';
import { breakupEmotionWords } from './004-breakup-emotion-words';
import { dayIndexes } from './005-day-indexes';
import { habitScoreCheckpoints } from './006-habit-score-checkpoints';
import { entryTimeIndexes } from './007-entry-time-indexes';
import { emotionTagUses } from './008-emotion-tag-uses';

/** One step of the schema's history. `version` is the `PRAGMA user_version` the step leaves behind. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database.Database) => void;
}

/**
 * Every schema change the app has ever made, oldest first. Append only: a released step is never
 * edited, because people's data files have already run it.
 *
 * A step that rebuilds a table cannot switch `foreign_keys` off for the rebuild: that pragma is a
 * no-op inside a transaction (https://www.sqlite.org/lang_altertable.html#otheralter).
 */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  repairRowsRulesRefuse,
  contactReachedOut,
  breakupEmotionWords,
  dayIndexes,
  habitScoreCheckpoints,
  entryTimeIndexes,
  emotionTagUses,
];

/** The newest schema this build of the app understands. */
export const LATEST_SCHEMA_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0;

function assertWellFormed(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration "${migration.name}" is numbered ${migration.version}, expected ${index + 1}: ` +
          'migrations must be numbered 1, 2, 3, ... with no gaps.',
      );
    }
  });
}

/**
 * Brings the database up to the newest migration in `migrations` and returns the versions it
 * applied (empty when the schema was already current). Each step runs in one transaction together
 * with its `user_version` bump, so a step that throws leaves neither half its changes nor a
 * version number that claims it ran.
 */
export function runMigrations(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): number[] {
  assertWellFormed(migrations);
  const current = db.pragma('user_version', { simple: true });
  if (typeof current !== 'number') throw new Error('Could not read the schema version.');
  const latest = migrations.length;
  if (current > latest) {
    throw new Error(`The schema version is ${current}, newer than the newest known (${latest}).`);
  }

  const applied: number[] = [];
  for (const migration of migrations.slice(current)) {
    try {
      db.transaction(() => {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      })();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new Error(`Migration ${migration.version} (${migration.name}) failed: ${detail}`, {
        cause: error,
      });
    }
    applied.push(migration.version);
  }
  return applied;
}
