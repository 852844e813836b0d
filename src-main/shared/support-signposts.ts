import { addDays } from './calendar';
import type { Tone } from './domain/communication';

/*
 * When the app points gently to the Support page. Pure rules, so the screens and their tests
 * agree on them, and a reader can check them in one place.
 *
 * A "very low" entry: mood at most 2 (of 1-10), or the breakup hurting at least 9 (of 0-10).
 * Either alone is enough: a mood of 6 beside a hurt of 9 is still someone in a lot of pain, and a
 * mood of 2 needs no hurt rating to be a hard moment. The line is offered only for an entry about
 * today or yesterday (a late-night entry for the evening before): a back-filled low day from weeks
 * ago says nothing about tonight. And it is offered at most once a day, so it never nags.
 */

/** A mood at or below this (on 1-10) is very low. */
export const VERY_LOW_MOOD_MAX = 2;
/** A hurt rating at or above this (on 0-10) is very high. */
export const VERY_HIGH_HURT_MIN = 9;

export interface MoodReading {
  readonly mood: number;
  readonly hurt: number | null;
}

/** True when the entry says things are very hard right now (see the rule above). */
export function isVeryLowEntry(entry: MoodReading): boolean {
  return (
    entry.mood <= VERY_LOW_MOOD_MAX || (entry.hurt !== null && entry.hurt >= VERY_HIGH_HURT_MIN)
  );
}

/**
 * Whether to offer the line pointing to Support after saving `entry` (on its local day
 * `entryDay`), given the person's `today` and the day the line was last offered (null: never).
 */
export function offersSupportAfterEntry(
  entry: MoodReading,
  entryDay: string,
  today: string,
  lastOfferedDay: string | null,
): boolean {
  const isRecent = entryDay === today || entryDay === addDays(today, -1);
  return isVeryLowEntry(entry) && isRecent && lastOfferedDay !== today;
}

/** A conversation as the signpost after contact reads it. */
export interface ContactReading {
  readonly isContactWithEx: boolean;
  readonly tone: Tone | null;
}

/**
 * Whether saving this conversation offers the line about contact with the ex that is unsafe:
 * every time contact with the ex is recorded as hostile. No once-a-day limit here: safety is
 * worth saying each time, and the line is one quiet sentence, easy to close.
 */
export function offersSafetyAfterContact(entry: ContactReading): boolean {
  return entry.isContactWithEx && entry.tone === 'hostile';
}
