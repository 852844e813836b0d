/**
 * Every sentence the Take it Slow part says, in one place so they can be read together. After the
 * article: don't expect trust to come back quickly, be fine with tension, communicate a lot and
 * work conflicts through kindly. Nothing here scores the relationship, promises where it will go,
 * or counts anything down; the summaries say what the person recorded and stop there.
 */
import { deletedWithBackupsNote } from '../../../app/backups-note';
import { formatCount, formatDay, longDay } from '../../../app/day-format';
import { supportHref } from '../../support/support-copy';
import { STAGE_LABELS, type Stage } from '../../../../src-main/shared/domain/stages';
import { TRUST_SCALE_MAX, TRUST_SCALE_MIN } from '../../../../src-main/shared/domain/trust';
import type { DayWords, MonthWords } from '../../../../src-main/shared/journey/conflicts';

export const PART_LEAD =
  'Trust comes back slowly, if it does. There is no finish line here: check in when it helps, and see how conversations are going.';

/**
 * Tension is not fear: every sentence that calls tension normal says this with it, and links to
 * Support's part on unsafe contact. Said in the part, and again after a check-in with high tension.
 */
export const TENSION_IS_NOT_FEAR =
  'Some tension is normal while trust comes back; fear is not. If you feel afraid, watched, pressured or controlled, that is not something to be patient with.';
export const UNSAFE_LINK = 'When contact with your ex is unsafe';
export const UNSAFE_HREF = supportHref('unsafe-contact');
/** After a check-in with tension of HIGH_TENSION or more: the same line, said to this moment. */
export const AFTER_HIGH_TENSION =
  'That is a lot of tension to carry. Tension is one thing; feeling afraid, watched, pressured or controlled is another, and not something to be patient with.';

/** From this tension on, a saved check-in brings the gentle line about fear (see SlowPart). */
export const HIGH_TENSION = 8;
export const CLOSE_SIGNPOST = 'Close';
export const CLOSE_SIGNPOST_NAME = 'Close this note';

/**
 * Said when the person is at another stage: nothing here is locked, nothing assumes they will get
 * back together, and after Move on (where a "no" may have led) the part speaks only of practice
 * that serves any relationship ahead.
 */
export function openFromAnyStage(stage: Exclude<Stage, 'take_it_slow'>): string {
  const here = `You are at ${STAGE_LABELS[stage]} now.`;
  return stage === 'heal_and_grow'
    ? `${here} The conflicts below count your practice with anyone, which carries into any relationship ahead.`
    : `${here} This part is for taking things slowly if the two of you get back together. It is open whenever it helps, and the conflicts below count your practice with anyone.`;
}

// The check-in form. At any stage but Take it Slow it waits behind a button: the questions ask
// about a relationship, and one that has ended is never asked about as if it were going on.
export const FOLDED_NOTE = 'If you are back together, you can check in here.';
export const OPEN_FORM = 'Check in on trust and tension';
export const FORM_TITLE_NEW = 'How are things between you?';
export const FORM_TITLE_EDIT = 'Change this check-in';
export const FORM_NAME_NEW = 'Trust and tension check-in';
export const FORM_NAME_EDIT = 'Edit check-in';
export const DATE_LABEL = 'Date';
export const TIME_LABEL = 'Time';
export const TRUST_QUESTION = 'How much do you trust them right now?';
export const TENSION_QUESTION = 'How much tension is there between you?';
/** Said beside both scales: neither answer is a mark. */
export const ANY_ANSWER = 'any answer is fine';
export const NOTE_LABEL = 'Note';
export const SAVE_NEW = 'Save check-in';
export const SAVE_EDIT = 'Save changes';
export const CANCEL = 'Cancel';

/**
 * Said when a question is left unanswered: calm, under the scale, and a way out that is not an
 * answer (the hint above says any answer is fine, so the refusal does not scold).
 */
export function missingAnswer(missing: readonly ('trust' | 'tension')[]): string {
  const what = missing.length === 2 ? 'trust and for tension' : `${missing[0] ?? 'trust'} too`;
  return `To save, choose a number for ${what}, or leave this for another time.`;
}

/** Both questions run 0 to 10; the end words are read with the numbers. */
export const TRUST_SCALE = {
  min: TRUST_SCALE_MIN,
  max: TRUST_SCALE_MAX,
  lowLabel: 'not at all',
  highLabel: 'completely',
} as const;
export const TENSION_SCALE = {
  min: TRUST_SCALE_MIN,
  max: TRUST_SCALE_MAX,
  lowLabel: 'none',
  highLabel: 'a lot',
} as const;

// What happened, with Undo.
export const SAVED_NEW = 'Check-in saved.';
export const SAVED_EDIT = 'Your changes are saved.';
export const DELETED = deletedWithBackupsNote('Check-in deleted.');

// The trust and tension chart.
export const TRUST_CHART_TITLE = 'Trust and tension over time';
export const TRUST_LINE = 'Trust';
export const TENSION_LINE = 'Tension';
export const TRUST_CHART_EMPTY =
  'Your check-ins will show here as two lines, trust and tension, each from 0 to 10.';

// The conflicts chart.
export const CONFLICTS_TITLE = 'Conflicts, month by month';
/** The summary reads practice with anyone: the same skills serve any relationship. */
export const CONFLICTS_INTRO =
  'Counted from conversations where you practised conflict resolution or repair after conflict, with anyone: your ex, and also friends, family or people at work. The skills are the same in any relationship.';
export const RESOLVED_LABEL = 'Resolved';
export const PARTLY_LABEL = 'Partly resolved';
export const NOT_RESOLVED_LABEL = 'Not resolved';
export const NO_OUTCOME_LABEL = 'No outcome noted';
export const LOG_A_CONVERSATION = 'Log a conversation';
export const CONVERSATION_LINK = '#/communication?new=1';

/** Rehearsals of the same skills, counted apart: no one else was there. */
export function rehearsalsNote(count: number): string | null {
  if (count === 0) return null;
  const times = count === 1 ? 'once' : `${formatCount(count)} times`;
  return `You rehearsed these skills on your own ${times}: that practice counts too, though it has no outcome to count here.`;
}

// The list.
export const LIST_TITLE = 'Your check-ins';
export const EDIT = 'Edit';
export const DELETE = 'Delete';
export const SHOW_EARLIER = 'Show earlier check-ins';

/** The span the part shows first, and each "Show earlier" adds: a year of months. */
export const MONTHS_PER_PAGE = 12;

/**
 * What the list covers, said of the earliest check-in it shows (never of the first day read,
 * which may be months before any check-in), and whether there are earlier ones.
 */
export function spanNote(earliestShown: string, hasEarlier: boolean): string {
  const from = `Your check-ins from ${longDay(earliestShown)} on.`;
  return hasEarlier ? `${from} ${EARLIER_NOTE}` : from;
}

/** True however far back the earlier ones are: each press goes back a year, not to them. */
const EARLIER_NOTE = `You have earlier ones too: "${SHOW_EARLIER}" goes back a year at a time.`;

/** An empty list; `hasEarlier` is true only when earlier check-ins are known to exist. */
export function emptyListNote(since: string, hasEarlier: boolean): string {
  return hasEarlier
    ? `No check-ins since ${longDay(since)}. ${EARLIER_NOTE}`
    : 'No check-ins yet. The first can be two numbers, whenever you like.';
}

/** A check-in in the list, as a screen reader names it. */
export function checkinName(trust: number, tension: number, time: string): string {
  return `Trust ${trust}, tension ${tension}, at ${time}`;
}

export function atTime(time: string): string {
  return `at ${time}`;
}

/** "Trust 4 of 10". */
export function trustDetail(trust: number): string {
  return `Trust ${trust} of ${TRUST_SCALE_MAX}`;
}

/** "Tension 6 of 10". */
export function tensionDetail(tension: number): string {
  return `Tension ${tension} of ${TRUST_SCALE_MAX}`;
}

/**
 * Months in sentences: "November" in the year of `today`, "November 2025" otherwise, so two
 * months a year apart are never read as one.
 */
export function monthWords(today: string): MonthWords {
  return {
    month: (month) =>
      month.slice(0, 4) === today.slice(0, 4)
        ? formatDay(`${month}-01`, { month: 'long' })
        : formatDay(`${month}-01`, { month: 'long', year: 'numeric' }),
    count: formatCount,
  };
}

/** Days in sentences: "3 October 2026" (the locale's order and words). */
export const DAY_WORDS: DayWords = {
  day: (day) => formatDay(day, { day: 'numeric', month: 'long', year: 'numeric' }),
  count: formatCount,
};

/**
 * A month on the chart's axis, with its whole year: "Nov 2026" (the locale's words). A two-digit
 * year ("Nov 26") reads as the 26th.
 */
export function axisMonth(month: string): string {
  return formatDay(`${month}-01`, { month: 'short', year: 'numeric' });
}
