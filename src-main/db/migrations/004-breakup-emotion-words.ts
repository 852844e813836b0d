import type Database from 'better-sqlite3';
import { emotionWordKey } from '../../shared/domain/tags';
import type { Migration } from './index';

/*
 * Five words for the breakup itself became built-in emotions: heartbroken, hurt, rejected, guilty,
 * missing them. A person may already have added one of them as a word of their own ("Heartbroken",
 * "missing them"), and entries may carry it in any case. The contract refuses a word of one's own
 * that is built in (the app would offer it twice) and counts one emotion in any case, so this step
 * merges them as migration 002 did for the first built-in words: the word of one's own leaves the
 * list, and every entry keeps the emotion, spelled as the built-in word, once.
 *
 * The words are written out here rather than read from EMOTION_TAGS: a step that has run on
 * people's data files must do the same thing forever, whatever words are built in later.
 */
const NOW_BUILT_IN: ReadonlyMap<string, string> = new Map(
  ['heartbroken', 'hurt', 'rejected', 'guilty', 'missing them'].map((word) => [
    emotionWordKey(word),
    word,
  ]),
);

/** The built-in spelling of `word` when it is one of the five, compared as the app compares. */
function builtInSpelling(word: string): string | undefined {
  return NOW_BUILT_IN.get(emotionWordKey(word.trim()));
}

function removeOwnWordsNowBuiltIn(db: Database.Database): void {
  const names = db.prepare<[], string>('SELECT name FROM custom_emotion_tags').pluck().all();
  const remove = db.prepare('DELETE FROM custom_emotion_tags WHERE name = ?');
  for (const name of names) if (builtInSpelling(name) !== undefined) remove.run(name);
}

/** Spells the five words as the built-in ones on every entry, each emotion once per entry. */
function respellEntryTags(db: Database.Database): void {
  const rows = db
    .prepare<[], { entry_id: number; tag: string }>(
      'SELECT entry_id, tag FROM mood_entry_tags ORDER BY entry_id, tag',
    )
    .all();
  const byEntry = new Map<number, string[]>();
  for (const { entry_id: entryId, tag } of rows) {
    byEntry.set(entryId, [...(byEntry.get(entryId) ?? []), tag]);
  }
  const remove = db.prepare('DELETE FROM mood_entry_tags WHERE entry_id = ? AND tag = ?');
  const insert = db.prepare('INSERT INTO mood_entry_tags (entry_id, tag) VALUES (?, ?)');
  for (const [entryId, tags] of byEntry) {
    const present = new Set(tags);
    for (const tag of tags) {
      const spelling = builtInSpelling(tag);
      if (spelling === undefined || spelling === tag) continue;
      remove.run(entryId, tag);
      present.delete(tag);
      // "Heartbroken" beside "heartbroken" on one entry is one emotion, kept once.
      if (!present.has(spelling)) {
        insert.run(entryId, spelling);
        present.add(spelling);
      }
    }
  }
}

export const breakupEmotionWords: Migration = {
  // Numbered after the step before it in this branch; it follows 003 once that lands.
  version: 4,
  name: 'breakup-emotion-words',
  up: (db) => {
    removeOwnWordsNowBuiltIn(db);
    respellEntryTags(db);
  },
};
