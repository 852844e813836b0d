import type Database from 'better-sqlite3';
import { dayOfInstant, isValidInstant, isValidTimeZone } from '../../shared/calendar';
import { fitsVisibleLength, isAcceptedDay } from '../../shared/contract/common';
import { emotionWordProblem } from '../../shared/contract/tags';
import { HABIT_NAME_MAX } from '../../shared/domain/habits';
import { EMOTION_TAGS } from '../../shared/domain/mood';
import { EMOTION_WORD_MAX, emotionWordKey } from '../../shared/domain/tags';
import type { Migration } from './index';

/*
 * Older versions' import took rows the contract now refuses: emotion words with spaces around them
 * or line breaks inside, the same word twice in another case, a word of one's own that is a
 * built-in emotion, habits sharing a name in another case, mood and contact entries filed under a
 * day their moment does not fall on. Such a database would write an export the import refuses, and
 * hold entries that cannot be saved unchanged. This step repairs each kind so every stored row
 * passes the contract's rules, using the contract's own rule functions and losing nothing a person
 * wrote: duplicate words are merged (their entries keep the emotion), duplicate habit names get
 * " (2)", " (3)"... Stored data only: the schema itself does not change.
 */

/**
 * Control characters (line breaks, tabs) become spaces, then the ends are trimmed. A Windows line
 * break is one break, so one space: the word stays within the length it was allowed to have.
 */
function cleanedWord(word: string): string {
  return word.replace(/\r\n|\p{Cc}/gu, ' ').trim();
}

/**
 * True when a cleaned word has nothing a person can see left in it. (A word that is only too long
 * is still a word; the contract's rule is asked, not copied.)
 */
function isNoWord(cleaned: string): boolean {
  return emotionWordProblem(cleaned) !== null && fitsVisibleLength(cleaned, EMOTION_WORD_MAX);
}

/** The key the database and the import compare habit names by (SQLite's NOCASE: ASCII only). */
function habitNameKey(name: string): string {
  return name.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

const BUILT_IN_BY_KEY: ReadonlyMap<string, string> = new Map(
  EMOTION_TAGS.map((word) => [emotionWordKey(word), word]),
);

/**
 * Repairs the person's own emotion words, and returns the spelling each old word now has (null
 * when nothing visible was left of it, so it is no word at all).
 */
function repairCustomWords(db: Database.Database): Map<string, string | null> {
  const words = db
    .prepare<[], { name: string; created_at: string }>(
      // Oldest first: of two spellings of one word, the first one added is kept.
      'SELECT name, created_at FROM custom_emotion_tags ORDER BY created_at, rowid',
    )
    .all();
  const spellingOf = new Map<string, string | null>();
  const kept = new Map<string, { name: string; createdAt: string }>();
  for (const { name, created_at: createdAt } of words) {
    const cleaned = cleanedWord(name);
    if (isNoWord(cleaned)) {
      spellingOf.set(name, null);
      continue;
    }
    const key = emotionWordKey(cleaned);
    const builtIn = BUILT_IN_BY_KEY.get(key);
    const earlier = kept.get(key);
    if (builtIn !== undefined) spellingOf.set(name, builtIn);
    else if (earlier !== undefined) spellingOf.set(name, earlier.name);
    else {
      kept.set(key, { name: cleaned, createdAt });
      spellingOf.set(name, cleaned);
    }
  }
  if ([...spellingOf].some(([before, after]) => before !== after)) {
    // Written again whole: renaming in place could meet a later row's name (the primary key).
    db.prepare('DELETE FROM custom_emotion_tags').run();
    const insert = db.prepare('INSERT INTO custom_emotion_tags (name, created_at) VALUES (?, ?)');
    for (const word of kept.values()) insert.run(word.name, word.createdAt);
  }
  return spellingOf;
}

/** Points each entry's emotions at the repaired words, each emotion once per entry. */
function repairEntryTags(db: Database.Database, spellingOf: Map<string, string | null>): void {
  const rows = db
    .prepare<[], { entry_id: number; tag: string }>(
      'SELECT entry_id, tag FROM mood_entry_tags ORDER BY entry_id, tag',
    )
    .all();
  const byEntry = new Map<number, string[]>();
  for (const { entry_id: entryId, tag } of rows) {
    byEntry.set(entryId, [...(byEntry.get(entryId) ?? []), tag]);
  }
  const remove = db.prepare('DELETE FROM mood_entry_tags WHERE entry_id = ?');
  const insert = db.prepare('INSERT INTO mood_entry_tags (entry_id, tag) VALUES (?, ?)');
  for (const [entryId, tags] of byEntry) {
    const seen = new Set<string>();
    const repaired: string[] = [];
    for (const tag of tags) {
      const spelling = spellingOf.has(tag) ? spellingOf.get(tag) : cleanedWord(tag);
      if (spelling === null || spelling === undefined || isNoWord(spelling)) continue;
      const key = emotionWordKey(spelling);
      if (seen.has(key)) continue;
      seen.add(key);
      repaired.push(spelling);
    }
    if (repaired.length === tags.length && repaired.every((tag, i) => tag === tags[i])) continue;
    remove.run(entryId);
    for (const tag of repaired) insert.run(entryId, tag);
  }
}

/** The name a habit whose stored name was only spaces gets, until the person renames it. */
const UNNAMED_HABIT = 'Unnamed habit';

/** `name (n)`, its start shortened when needed so it stays within the longest name kept. */
function numberedName(name: string, n: number): string {
  const suffix = ` (${n})`;
  let base = [...name];
  while (
    base.length > 0 &&
    !fitsVisibleLength(`${base.join('').trimEnd()}${suffix}`, HABIT_NAME_MAX)
  ) {
    base = base.slice(0, -1);
  }
  return `${base.join('').trimEnd()}${suffix}`;
}

/** Trims habit names, and makes names shared in another case unique: the later ones get " (2)"... */
function repairHabitNames(db: Database.Database): void {
  const habits = db
    .prepare<[], { id: number; name: string }>('SELECT id, name FROM habits ORDER BY id')
    .all();
  // Older imports took a name of only spaces; it needs words the person can see and change.
  const trimmed = habits.map((h) => ({ ...h, trimmed: h.name.trim() || UNNAMED_HABIT }));
  // Every name as it is, so a new "Walk (2)" cannot take the name of a habit already called that.
  const taken = new Set(trimmed.map((h) => habitNameKey(h.trimmed)));
  const firstUse = new Set<string>();
  const rename = db.prepare('UPDATE habits SET name = ? WHERE id = ?');
  for (const habit of trimmed) {
    let name = habit.trimmed;
    const key = habitNameKey(name);
    if (firstUse.has(key)) {
      let n = 2;
      while (taken.has(habitNameKey(numberedName(name, n)))) n += 1;
      name = numberedName(name, n);
      taken.add(habitNameKey(name));
    }
    firstUse.add(habitNameKey(name));
    if (name !== habit.name) rename.run(name, habit.id);
  }
}

/** Files each entry under the day its moment falls on in its zone, as saving does. */
function repairLocalDays(db: Database.Database): void {
  for (const table of ['mood_entries', 'communication_entries', 'trust_checkins']) {
    const rows = db
      .prepare<[], { id: number; occurred_at: string; time_zone: string; local_day: string }>(
        `SELECT id, occurred_at, time_zone, local_day FROM ${table}`,
      )
      .all();
    const update = db.prepare(`UPDATE ${table} SET local_day = ? WHERE id = ?`);
    for (const row of rows) {
      if (!isValidInstant(row.occurred_at) || row.time_zone.length > 64) continue;
      if (!isValidTimeZone(row.time_zone)) continue;
      const day = dayOfInstant(row.occurred_at, row.time_zone);
      // A moment outside the dates Mending keeps has no right day to move to.
      if (isAcceptedDay(day) && day !== row.local_day) update.run(day, row.id);
    }
  }
}

export const repairRowsRulesRefuse: Migration = {
  version: 2,
  name: 'repair-rows-rules-refuse',
  up: (db) => {
    repairEntryTags(db, repairCustomWords(db));
    repairHabitNames(db);
    repairLocalDays(db);
  },
};
