import type Database from 'better-sqlite3';
import type { Migration } from './index';

/*
 * Reads that must cost the same on day 3,650 as on day one, and scanned whole tables without
 * these:
 *
 * - A habit keeps no zone of its own, so the charts and the report put the day it was added or
 *   archived in the zone of the entry the person wrote nearest in time (by `created_at`). That
 *   read every mood entry, conversation and trust check-in: milliseconds per habit over ten
 *   years. With an index on `created_at` (and the zone beside it, so the row is not read) the
 *   nearest entry is the one just before or just after in each table.
 * - The apology part lists the newest apology rehearsals: by skill, then day, they are the last
 *   entries of one index range instead of a scan of every conversation.
 *
 * Indexes only: no row changes, so nothing can be lost. stage_changes is left alone: a person
 * makes a handful of moves, not one a day.
 */
export const entryTimeIndexes: Migration = {
  version: 7,
  name: 'entry-time-indexes',
  up(db: Database.Database) {
    db.exec(`
      CREATE INDEX mood_entries_by_created ON mood_entries (created_at, time_zone);
      CREATE INDEX communication_entries_by_created
        ON communication_entries (created_at, time_zone);
      CREATE INDEX communication_entries_by_skill
        ON communication_entries (skill, local_day, occurred_at);
      CREATE INDEX trust_checkins_by_created ON trust_checkins (created_at, time_zone);
    `);
  },
};
