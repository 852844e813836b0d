/**
 * The words of the "What went together" section. The sentences about each comparison are shared
 * (src-main/shared/series/went-together-words.ts); these are the section's own: its title, what
 * "went together" means, and the lines for loading, nothing yet and a failed read.
 */
import { INSIGHT_MIN_DAYS } from '../../../src-main/shared/series/went-together';
import { formatCount, formatDay } from '../../app/day-format';

export const WENT_TOGETHER_TITLE = 'What went together';

/** What "went together" means, said before any comparison. */
export const WENT_TOGETHER_INTRO =
  '“Went together” means two things happened on the same days. It does not mean one was causing the other: a good day can make a walk easier just as a walk can lift a day.';

/** Which days count, said once. */
export const WHICH_DAYS_COUNT =
  'Only days with a mood entry count, each day once, as the average of its entries. A habit to build counts as not done on a day with nothing recorded, as its strength does; skipped days, and days with nothing recorded for a habit to break, are left out.';

function dateInWords(day: string): string {
  return formatDay(day, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The days compared: "From 21 November 2026 to 20 December 2026." */
export function periodLine(from: string, to: string): string {
  return from === to
    ? `On ${dateInWords(from)}.`
    : `From ${dateInWords(from)} to ${dateInWords(to)}.`;
}

export const WENT_TOGETHER_LOADING = 'Looking through your days…';

export const WENT_TOGETHER_UNREAD = {
  what: 'What went together',
  instead: 'nothing is compared here for now',
} as const;

/** No mood entry in the period: there is no mood to compare. */
export const NO_MOOD_DAYS = `There are no mood entries in this period, so there is nothing to compare yet. A comparison shows here once each side has mood entries on ${formatCount(INSIGHT_MIN_DAYS)} days or more.`;

/** Mood entries, but no comparison with enough days on both sides. */
export const NOTHING_COMPARABLE_YET =
  'Nothing has enough days on both sides to compare yet. That comes with time, and every day you record counts.';

export const GROUP_TITLES = {
  habits: 'Habits',
  emotions: 'Emotion words',
  contact: 'Contact with your ex',
} as const;

export const SHOW_THE_NUMBERS = 'Show the numbers';

export function numbersCaption(from: string, to: string): string {
  return `Mood on the days each thing happened and on the other days, ${dateInWords(from)} to ${dateInWords(to)}`;
}

export const NUMBERS_COLUMNS = [
  'What',
  'Days with',
  'Average mood with',
  'Days without',
  'Average mood without',
  'Difference',
] as const;

/** The difference cell of a row whose sides are too small yet. */
export const NOT_ENOUGH_DAYS_CELL = 'Not enough days yet';

/** A cell with no mood to average (no days on that side). */
export const NO_DAYS_CELL = '–';
