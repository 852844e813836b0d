import type { Migration } from './index';

/*
 * How many mood entries carry each emotion word, kept as a count so that the word list (read by
 * Today, Mood and Settings on every open) costs the same on day 3,650 as on day one. It used to
 * count `mood_entry_tags` for every word on every read, which scans every tag ever given (the
 * table is keyed by entry, not by word): ten years are tens of thousands of rows.
 *
 * Derived data, like the habit score checkpoints: it is not exported, and it is worked out from
 * the rows here once, then kept by triggers in the same statement as any write to a mood entry's
 * words (insert, change, delete, by any path: the services, an import, a cascade from a deleted
 * mood entry, Delete everything). Triggers rather than calls in each service, so that no path
 * can leave a wrong count behind. A word nobody uses has no row (its count is 0).
 */
export const emotionTagUses: Migration = {
  version: 8,
  name: 'emotion-tag-uses',
  up: (db) => {
    db.exec(`
      CREATE TABLE emotion_tag_uses (
        tag TEXT PRIMARY KEY,
        used_count INTEGER NOT NULL CHECK (used_count >= 0)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO emotion_tag_uses (tag, used_count)
        SELECT tag, COUNT(*) FROM mood_entry_tags GROUP BY tag;

      CREATE TRIGGER mood_tag_added_counts AFTER INSERT ON mood_entry_tags
      BEGIN
        INSERT INTO emotion_tag_uses (tag, used_count) VALUES (NEW.tag, 1)
          ON CONFLICT (tag) DO UPDATE SET used_count = used_count + 1;
      END;

      CREATE TRIGGER mood_tag_removed_counts AFTER DELETE ON mood_entry_tags
      BEGIN
        UPDATE emotion_tag_uses SET used_count = used_count - 1 WHERE tag = OLD.tag;
        DELETE FROM emotion_tag_uses WHERE tag = OLD.tag AND used_count = 0;
      END;

      CREATE TRIGGER mood_tag_changed_counts AFTER UPDATE OF tag ON mood_entry_tags
      WHEN OLD.tag IS NOT NEW.tag
      BEGIN
        UPDATE emotion_tag_uses SET used_count = used_count - 1 WHERE tag = OLD.tag;
        DELETE FROM emotion_tag_uses WHERE tag = OLD.tag AND used_count = 0;
        INSERT INTO emotion_tag_uses (tag, used_count) VALUES (NEW.tag, 1)
          ON CONFLICT (tag) DO UPDATE SET used_count = used_count + 1;
      END;
    `);
  },
};
