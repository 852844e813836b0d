import { instantOfWallTime, wallTimeOf } from '../../../src-main/shared/calendar';
import type { MoodEntry, MoodEntryInput } from '../../../src-main/shared/ipc-contract';

export { currentTimeZone } from '../../app/clock';

/** What the form holds while a person fills it in: dates as typed, null for a number not chosen. */
export interface MoodDraft {
  readonly day: string;
  readonly time: string;
  readonly timeZone: string;
  readonly mood: number | null;
  readonly energy: number | null;
  readonly hurt: number | null;
  readonly tags: readonly string[];
  readonly note: string;
}

export function emptyDraft(now: Date, timeZone: string): MoodDraft {
  const { day, time } = wallTimeOf(now.toISOString(), timeZone);
  return { day, time, timeZone, mood: null, energy: null, hurt: null, tags: [], note: '' };
}

/** An entry's fields, shown on the clock of the zone it was recorded in. */
export function draftFromEntry(entry: MoodEntry): MoodDraft {
  const { day, time } = wallTimeOf(entry.occurredAt, entry.timeZone);
  return {
    day,
    time,
    timeZone: entry.timeZone,
    mood: entry.mood,
    energy: entry.energy,
    hurt: entry.hurt,
    tags: entry.tags,
    note: entry.note ?? '',
  };
}

/**
 * Turns the draft into a request. It does not judge the values: the contract does (before sending
 * and again in main), and its messages are shown next to the fields.
 */
export function inputFromDraft(draft: MoodDraft): MoodEntryInput {
  const hasWhen = /^\d{4}-\d{2}-\d{2}$/.test(draft.day) && /^\d{2}:\d{2}$/.test(draft.time);
  return {
    occurredAt: hasWhen ? instantOfWallTime(draft.day, draft.time, draft.timeZone) : '',
    timeZone: draft.timeZone,
    // A missing mood is sent as NaN so that the contract names the field and its range.
    mood: draft.mood ?? Number.NaN,
    energy: draft.energy,
    hurt: draft.hurt,
    tags: [...draft.tags],
    note: draft.note,
  };
}
