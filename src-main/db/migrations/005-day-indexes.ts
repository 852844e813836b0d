import type Database from 'better-sqlite3';
import type { Migration } from './index';

/*
 * Reads over a window of days must cost the same on day 3,650 as on day one. Three tables that
 * are read by day had no index on it, so "the first day anything was recorded" (journey-repo,
 * read by every chart and by Where you are now) and every window of check-ins scanned the whole
 * table: habit check-ins are keyed by (habit, day), which cannot answer "the earliest day of any
 * habit", and trust check-ins and reflections had no day index at all. With these, each lookup
 * is a short search of an index. Indexes only: no row changes, so nothing can be lost.
 */
export const dayIndexes: Migration = {
  version: 5,
  name: 'day-indexes',
  up(db: Database.Database) {
    db.exec(`
      CREATE INDEX habit_checkins_by_day ON habit_checkins (day);
      CREATE INDEX trust_checkins_by_day ON trust_checkins (local_day, occurred_at);
      CREATE INDEX reflections_by_day ON reflections (local_day);
    `);
  },
};
