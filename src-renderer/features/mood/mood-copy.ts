/**
 * Every sentence of the Mood screen and of Today's quick mood check-in, in one place, so the whole
 * voice can be read in one sitting: warm, plain, second person, gender-neutral; no counts of how
 * often someone checked in, no to-do lists, and nothing read into fewer days than can carry it.
 */
import { deletedWithBackupsNote } from '../../app/backups-note';
import { formatCount } from '../../app/day-format';
import { TOO_FEW_FOR_TREND } from '../../../src-main/shared/share-words';
import { movementInWords } from '../../../src-main/shared/trend';
import type { MoodMovement } from '../../../src-main/shared/domain/mood';
import { isVeryLowEntry, type MoodReading } from '../../../src-main/shared/support-signposts';
import { HURT_QUESTION } from '../../forms/scales';

export { NOTE_HINT } from '../../forms';
export { HURT_QUESTION };

/** How far back the Mood screen's list and views look, in days. */
export const DAYS_SHOWN = 30;

// The form, on the Mood screen and (in part) in the quick check-in.
export const MOOD_TITLE = 'Mood';
export const NEW_ENTRY_HEADING = 'How are you feeling?';
export const EDIT_ENTRY_HEADING = 'Change this entry';
export const NEW_ENTRY_FORM_NAME = 'New mood entry';
export const EDIT_ENTRY_FORM_NAME = 'Edit mood entry';
export const MOOD_LEGEND = 'Mood';
export const MOOD_HINT = 'choose a number';
export const ENERGY_LEGEND = 'Energy';
export const OPTIONAL = 'optional';
export const EMOTIONS_LEGEND = 'Emotions';
export const EMOTIONS_HINT = 'optional, choose any; add your own words in Settings';
export const NOTE_LABEL = 'Note';
export const OWN_WORDS_UNREAD = {
  what: 'Your own emotion words',
  instead: 'only the built-in ones are offered',
} as const;
export const SAVE_ENTRY = 'Save entry';
export const SAVE_CHANGES = 'Save changes';
export const CANCEL = 'Cancel';

// What the screen says after an action.
export const ENTRY_SAVED = 'Saved. Thank you for checking in with yourself.';
/**
 * After a very low entry (support-signposts' rule: mood 2 or less, or hurt 9 or more) thanks for
 * checking in reads as cheer beside the pain just written down: the words are gentle instead.
 */
export const ENTRY_SAVED_GENTLY = 'Saved. Go gently with yourself.';

/** What a new entry's save says, read from the entry. */
export function entrySaved(entry: MoodReading): string {
  return isVeryLowEntry(entry) ? ENTRY_SAVED_GENTLY : ENTRY_SAVED;
}
export const CHANGES_SAVED = 'Your changes are saved.';
export const ENTRY_DELETED = deletedWithBackupsNote('Mood entry deleted.');

// The three views.
export const VIEWS_HEADING = 'How you have been';
export const VIEW_TABS = { trend: 'Trend', grid: 'Energy grid', calendar: 'Calendar' } as const;
export const TREND_EMPTY =
  'Your mood line begins with your first entry: add one with the form on this page, even just a number.';
export const GRID_INTRO =
  'Across: how good your mood was. Up: how much energy you had. Bigger dots stand for more entries.';
export const GRID_PERIOD = `the last ${DAYS_SHOWN} days`;

/**
 * The grid's four areas, named only by where they are (ratings 1-5 are the lower half, 6-10 the
 * higher): two numbers do not say what someone felt, so no feeling ("calm", "tense") is put on them.
 */
export const QUADRANT_LABELS = {
  energised: 'better mood, higher energy',
  tense: 'lower mood, higher energy',
  calm: 'better mood, lower energy',
  drained: 'lower mood, lower energy',
} as const;
export const GRID_AXES = { mood: 'Mood', moodAxis: 'Mood: low to good', energy: 'Energy' } as const;
export const GRID_ENTRIES = 'Entries';

/** "1 entry", "12 entries". */
export function entriesInWords(count: number): string {
  return count === 1 ? '1 entry' : `${formatCount(count)} entries`;
}

/**
 * The grid's caption: how many entries fall in each corner (counts, never shares), and how many
 * have no energy rating and are left out. `corners` are the corners with entries, in reading order.
 */
export function gridCaption(
  corners: readonly (readonly [label: string, count: number])[],
  withoutEnergy: number,
  period: string,
): string {
  const total = corners.reduce((sum, [, count]) => sum + count, 0);
  const leftOut =
    withoutEnergy === 0
      ? ''
      : ` ${entriesInWords(withoutEnergy)} without an energy rating ${withoutEnergy === 1 ? 'is' : 'are'} left out.`;
  if (total === 0) {
    return `No entries with an energy rating in ${period} yet: energy is optional, and entries that have it show here.${leftOut}`;
  }
  // Semicolons between areas: each area's name has a comma of its own.
  const perCorner = corners
    .map(([label, count]) => `${formatCount(count)} with ${label}`)
    .join('; ');
  return `${entriesInWords(total)} with an energy rating in ${period}: ${perCorner}.${leftOut}`;
}

/** One dot of the grid, in its tooltip: "Mood 7, energy 3: 2 entries". */
export function gridPointWords(mood: number, energy: number, count: number): string {
  return `Mood ${mood}, energy ${energy}: ${entriesInWords(count)}`;
}

// The calendar.
export const PREVIOUS_MONTH = 'Previous month';
export const NEXT_MONTH = 'Next month';

/** What a screen reader says for a day: "Tuesday 3 November: average mood 6.5 from 2 entries". */
export function calendarDayWords(date: string, mood: { average: string; count: number } | null) {
  if (mood === null) return `${date}: no entries`;
  return `${date}: average mood ${mood.average} from ${entriesInWords(mood.count)}`;
}
export const MONTH_UNREAD = {
  what: 'This month’s entries',
  instead: 'its days show no moods',
} as const;

/** "1 day", "12 days". */
export function daysInWords(count: number): string {
  return count === 1 ? '1 day' : `${formatCount(count)} days`;
}

/** "on 1 day", "on 12 days". */
function onDays(count: number): string {
  return `on ${daysInWords(count)}`;
}

/**
 * Where mood went, in the very words the report uses (`movementInWords` of shared/trend.ts, from
 * the least-squares line): "It rose from about 2 to about 7.", "It stayed around 5."
 * when it moved less than a point. Never an average on its own: an average of 4.8 hides a climb
 * from 2 to 7. `line` names where the line is drawn, when it is.
 */
export function moodMovementSentence(movement: MoodMovement, line = ''): string {
  return `It ${movementInWords(movement, line)}.`;
}

/**
 * The trend view's caption (and the chart's name): on how many days mood was recorded, then where
 * it went when there are enough days for that (drawn as the dashed line), or plainly that there
 * are not.
 */
export function trendSummary(daysWithEntries: number, movement: MoodMovement | null): string {
  if (daysWithEntries === 0) return `No entries in the last ${DAYS_SHOWN} days yet.`;
  const days = `In the last ${DAYS_SHOWN} days you recorded your mood ${onDays(daysWithEntries)}.`;
  const trend =
    movement === null ? TOO_FEW_FOR_TREND : moodMovementSentence(movement, ' (the dashed line)');
  return `${days} ${trend}`;
}

/**
 * The calendar's caption for one month: on how many days mood was recorded, then where it went
 * when there are enough days for that, or plainly that there are not.
 */
export function monthSummary(
  monthName: string,
  daysWithEntries: number,
  movement: MoodMovement | null,
): string {
  if (daysWithEntries === 0) {
    return `No entries in ${monthName}. Days with an entry take a colour here.`;
  }
  const days = `In ${monthName} you recorded your mood ${onDays(daysWithEntries)}.`;
  return `${days} ${movement === null ? TOO_FEW_FOR_TREND : moodMovementSentence(movement)}`;
}

// The list of entries.
export const LIST_HEADING = 'Your entries';
export const LIST_EMPTY = 'Nothing here yet. Your first entry can be as short as one number.';
export const EDIT = 'Edit';
export const DELETE = 'Delete';

/** One entry's name in the list: "Mood 7 at 21:04". */
export function entryName(mood: number, time: string): string {
  return `Mood ${mood} at ${time}`;
}

/** The optional ratings beside an entry: "energy 5", "how much it hurts: 3". */
export function entryDetails(energy: number | null, hurt: number | null): string[] {
  return [
    energy !== null ? `energy ${energy}` : null,
    hurt !== null ? `how much it hurts: ${hurt}` : null,
  ].filter((d) => d !== null);
}

// Today's quick check-in.
export const CHECK_IN_FORM_NAME = 'Mood check-in';
export const CHECK_IN_HEADING = 'How are you feeling right now?';
/**
 * Said once there is an entry today, without counting them: a count of check-ins reads like
 * someone keeping tabs.
 */
export const ANOTHER_IS_WELCOME = 'Another check-in is welcome whenever you like.';
export const CHECK_IN_MORE = 'Energy, how much it hurts, emotions, a note';
export const SAVE_CHECK_IN = 'Save check-in';

/** Said after a quick check-in is saved; gently, not with thanks, after a very low one. */
export function checkInSaved(entry: MoodReading): string {
  return isVeryLowEntry(entry)
    ? `Mood ${entry.mood} saved. Go gently with yourself.`
    : `Mood ${entry.mood} saved. Thank you for checking in.`;
}
