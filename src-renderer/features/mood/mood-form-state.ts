import { instantOfWallTime, wallTimeOf } from '../../../src-main/shared/calendar';
import type { MoodEntry, MoodEntryInput } from '../../../src-main/shared/ipc-contract';

export { currentTimeZone } from '../../app/clock';

/** What the form holds while a person types: text, exactly as entered. */
export interface MoodDraft {
  readonly day: string;
  readonly time: string;
  readonly timeZone: string;
  readonly mood: string;
  readonly energy: string;
  readonly hurt: string;
  readonly tags: readonly string[];
  readonly note: string;
}

export function emptyDraft(now: Date, timeZone: string): MoodDraft {
  const { day, time } = wallTimeOf(now.toISOString(), timeZone);
  return { day, time, timeZone, mood: '', energy: '', hurt: '', tags: [], note: '' };
}

/** An entry's fields, shown on the clock of the zone it was recorded in. */
export function draftFromEntry(entry: MoodEntry): MoodDraft {
  const { day, time } = wallTimeOf(entry.occurredAt, entry.timeZone);
  const text = (n: number | null) => (n === null ? '' : String(n));
  return {
    day,
    time,
    timeZone: entry.timeZone,
    mood: text(entry.mood),
    energy: text(entry.energy),
    hurt: text(entry.hurt),
    tags: entry.tags,
    note: entry.note ?? '',
  };
}

/**
 * Turns the typed text into a request. It does not judge the values: the main process validates
 * every request against the contract and its messages are shown next to the fields.
 */
export function inputFromDraft(draft: MoodDraft): MoodEntryInput {
  const number = (text: string): number | null => (text.trim() === '' ? null : Number(text));
  const hasWhen = /^\d{4}-\d{2}-\d{2}$/.test(draft.day) && /^\d{2}:\d{2}$/.test(draft.time);
  return {
    occurredAt: hasWhen ? instantOfWallTime(draft.day, draft.time, draft.timeZone) : '',
    timeZone: draft.timeZone,
    // A missing mood is sent as NaN so that the contract names the field and its range.
    mood: number(draft.mood) ?? Number.NaN,
    energy: number(draft.energy),
    hurt: number(draft.hurt),
    tags: [...draft.tags],
    note: draft.note,
  };
}
