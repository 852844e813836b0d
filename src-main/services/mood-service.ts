import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { createMoodRepo, type MoodEntryRecord } from '../db/repositories/mood-repo';
import { dayOfInstant } from '../shared/calendar';
import type { Checked } from '../shared/checked';
import {
  moodEntryInputSchema,
  moodEntryRestoreSchema,
  type DailyMood,
  type DayRange,
  type MoodEntry,
  type MoodEntryInput,
  type MoodEntryRestore,
  type MoodGrid,
} from '../shared/ipc-contract';
import { goneAlready, goneWhileEditing } from './gone-words';
import { ServiceError } from './service-error';

type ValidMoodInput = ReturnType<typeof moodEntryInputSchema.parse>;

export interface MoodServiceOptions {
  /** The current instant, injectable so tests can pin it. */
  readonly now?: () => Date;
}

function toRecord(input: ValidMoodInput): MoodEntryRecord {
  return {
    occurredAt: new Date(input.occurredAt).toISOString(),
    timeZone: input.timeZone,
    // A day is bucketed by the zone the entry was made in, not by where the computer is today.
    day: dayOfInstant(input.occurredAt, input.timeZone),
    mood: input.mood,
    energy: input.energy,
    hurt: input.hurt,
    tags: [...input.tags].sort(),
    note: input.note,
  };
}

/** `isEditing`: the person was saving changes in a form, which keeps what they typed. */
function notFound(isEditing = false): ServiceError {
  const message = isEditing ? goneWhileEditing('mood entry') : goneAlready('mood entry');
  return new ServiceError('not_found', message, 'id');
}

/**
 * Mood entries: save, change, remove and read them. Input from the router is validated once, by
 * the router, and reaches `createChecked`/`updateChecked` marked as such; `create` and `update`
 * validate it themselves, so callers inside the main process that do not come through the router
 * (the durability test, later imports) cannot bypass the contract.
 */
export function createMoodService(db: Database.Database, options: MoodServiceOptions = {}) {
  const repo = createMoodRepo(db);
  const now = () => (options.now ?? (() => new Date()))().toISOString();

  const insert = db.transaction((record: MoodEntryRecord): MoodEntry => {
    const id = repo.insert(record, now());
    return repo.findById(id) ?? raise(notFound());
  });
  const update = db.transaction((id: number, record: MoodEntryRecord): MoodEntry => {
    if (!repo.update(id, record, now())) throw notFound(true);
    return repo.findById(id) ?? raise(notFound(true));
  });

  const remove = db.transaction((id: number): MoodEntry => {
    const entry = repo.findById(id) ?? raise(notFound());
    repo.remove(id);
    return entry;
  });
  const restore = db.transaction(
    (id: number, record: MoodEntryRecord, createdAt: string, updatedAt: string): MoodEntry => {
      if (!repo.insertExact(id, record, createdAt, updatedAt)) {
        throw new ServiceError('conflict', 'That entry is already back.', 'id');
      }
      return repo.findById(id) ?? raise(notFound());
    },
  );

  // Both counts come from one snapshot, so they always add up to the entries in the range.
  const grid = db.transaction((range: DayRange): MoodGrid => repo.grid(range));

  return {
    create(input: MoodEntryInput): MoodEntry {
      return insert(toRecord(moodEntryInputSchema.parse(input)));
    },
    /** `create` for input the router has already checked against the contract. */
    createChecked(input: Checked<ValidMoodInput>): MoodEntry {
      return insert(toRecord(input));
    },
    update(id: number, input: MoodEntryInput): MoodEntry {
      return update(id, toRecord(moodEntryInputSchema.parse(input)));
    },
    /** `update` for input the router has already checked against the contract. */
    updateChecked(id: number, input: Checked<ValidMoodInput>): MoodEntry {
      return update(id, toRecord(input));
    },
    /** Deletes an entry and answers with it as it was, so that Undo can put it back. */
    remove(id: number): MoodEntry {
      return remove(id);
    },
    /** Puts a deleted entry back exactly as it was: same id, same times, same tags. */
    restore(entry: MoodEntryRestore): MoodEntry {
      const { id, createdAt, updatedAt, ...input } = moodEntryRestoreSchema.parse(entry);
      return restore(id, toRecord(input), createdAt, updatedAt);
    },
    /** `restore` for an entry the router has already checked against the contract. */
    restoreChecked(entry: Checked<z.output<typeof moodEntryRestoreSchema>>): MoodEntry {
      return restore(entry.id, toRecord(entry), entry.createdAt, entry.updatedAt);
    },
    list(range: DayRange): MoodEntry[] {
      return repo.listByDays(range);
    },
    daily(range: DayRange): DailyMood[] {
      return repo.dailyAverages(range);
    },
    /** Entries in the range counted per (mood, energy) pair; read in one transaction. */
    grid(range: DayRange): MoodGrid {
      return grid(range);
    },
  };
}

export type MoodService = ReturnType<typeof createMoodService>;

function raise(error: Error): never {
  throw error;
}
