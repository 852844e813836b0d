import type Database from 'better-sqlite3';
import { createMoodRepo, type MoodEntryRecord } from '../db/repositories/mood-repo';
import { dayOfInstant } from '../shared/calendar';
import {
  moodEntryInputSchema,
  type DailyMood,
  type DayRange,
  type MoodEntry,
  type MoodEntryInput,
} from '../shared/ipc-contract';
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

function notFound(id: number): ServiceError {
  return new ServiceError('not_found', `That mood entry (#${id}) no longer exists.`, 'id');
}

/**
 * Mood entries: save, change, remove and read them. Input reaching here through the router is
 * already validated; `create` validates again so that callers inside the main process (the
 * durability test, later imports) cannot bypass the contract.
 */
export function createMoodService(db: Database.Database, options: MoodServiceOptions = {}) {
  const repo = createMoodRepo(db);
  const now = () => (options.now ?? (() => new Date()))().toISOString();

  const insert = db.transaction((record: MoodEntryRecord): MoodEntry => {
    const id = repo.insert(record, now());
    return repo.findById(id) ?? raise(notFound(id));
  });
  const update = db.transaction((id: number, record: MoodEntryRecord): MoodEntry => {
    if (!repo.update(id, record, now())) throw notFound(id);
    return repo.findById(id) ?? raise(notFound(id));
  });

  return {
    create(input: MoodEntryInput): MoodEntry {
      return insert(toRecord(moodEntryInputSchema.parse(input)));
    },
    update(id: number, input: MoodEntryInput): MoodEntry {
      return update(id, toRecord(moodEntryInputSchema.parse(input)));
    },
    remove(id: number): { id: number } {
      if (!repo.remove(id)) throw notFound(id);
      return { id };
    },
    list(range: DayRange): MoodEntry[] {
      return repo.listByDays(range);
    },
    daily(range: DayRange): DailyMood[] {
      return repo.dailyAverages(range);
    },
  };
}

export type MoodService = ReturnType<typeof createMoodService>;

function raise(error: Error): never {
  throw error;
}
