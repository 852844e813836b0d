import type { Migration } from './index';

/*
 * Checkpoints of each habit's strength, so that opening the Habits or Today screen scores the
 * last few weeks rather than every check-in since the first (ten years are 3,650 days a habit).
 * A checkpoint is derived data: what the score needs to go on from the end of its day (see
 * `ScoreCheckpoint` in shared/habit-strength.ts), kept at the end of each week (Sunday) and on the
 * habit's last recorded day. It is not exported, and a file without any is read correctly, only slower.
 *
 * A checkpoint at day D depends only on the check-ins up to D and on the habit's rule, so the
 * triggers below drop, in the same statement as any write to a check-in on day X (insert, change,
 * delete, by any path: the services, an import, a restore, a cascade), that habit's checkpoints
 * from X on; a change of kind, target or period drops all of the habit's checkpoints. Triggers
 * rather than calls in each service, so that no path that writes check-ins can leave a stale
 * score behind. The services then score forward again from the newest checkpoint left.
 */
export const habitScoreCheckpoints: Migration = {
  version: 6,
  name: 'habit-score-checkpoints',
  up: (db) => {
    db.exec(`
      CREATE TABLE habit_score_checkpoints (
        habit_id INTEGER NOT NULL REFERENCES habits (id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        strength REAL NOT NULL,
        -- The rest of the checkpoint (outcome, window, first day) as JSON.
        state TEXT NOT NULL,
        PRIMARY KEY (habit_id, day)
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER habit_checkin_added_drops_scores AFTER INSERT ON habit_checkins
      BEGIN
        DELETE FROM habit_score_checkpoints WHERE habit_id = NEW.habit_id AND day >= NEW.day;
      END;

      CREATE TRIGGER habit_checkin_changed_drops_scores
      AFTER UPDATE OF habit_id, day, count, is_skip ON habit_checkins
      BEGIN
        DELETE FROM habit_score_checkpoints WHERE habit_id = OLD.habit_id AND day >= OLD.day;
        DELETE FROM habit_score_checkpoints WHERE habit_id = NEW.habit_id AND day >= NEW.day;
      END;

      CREATE TRIGGER habit_checkin_removed_drops_scores AFTER DELETE ON habit_checkins
      BEGIN
        DELETE FROM habit_score_checkpoints WHERE habit_id = OLD.habit_id AND day >= OLD.day;
      END;

      CREATE TRIGGER habit_rule_changed_drops_scores
      AFTER UPDATE OF kind, target_count, period ON habits
      WHEN OLD.kind IS NOT NEW.kind
        OR OLD.target_count IS NOT NEW.target_count
        OR OLD.period IS NOT NEW.period
      BEGIN
        DELETE FROM habit_score_checkpoints WHERE habit_id = NEW.id;
      END;
    `);
  },
};
