/**
 * The Journey screen's words, in one place. Read aloud to a hurting friend, each could be said
 * as it is: gender-neutral ("your ex"), time spent and never time left, no promise that the ex
 * comes back, and healing counted whichever way things go. The app suggests; it never locks.
 * What each stage is about and the words of "Where you are now" are shared with the report
 * (`src-main/shared/journey/where-you-are-words.ts`).
 */
import { dayNumber } from '../../../src-main/shared/calendar';
import { STAGE_LABELS, type Stage } from '../../../src-main/shared/domain/stages';
import { timeSpent } from '../../../src-main/shared/journey/where-you-are-words';
import { formatCount, formatDay } from '../../app/day-format';

export {
  STAGE_ABOUT,
  WHERE_YOU_ARE_TITLE,
} from '../../../src-main/shared/journey/where-you-are-words';

export const JOURNEY_TITLE = 'Your journey';
export const JOURNEY_INTRO =
  'Healing comes first, and it counts whether or not you and your ex get back together. The app suggests; you decide, and you can change stage whenever you want.';

/** The parts of the screen, one shown at a time (`#/journey?part=…`). */
export const PARTS = ['overview', 'decide', 'apologize', 'slow'] as const;
export type JourneyPartId = (typeof PARTS)[number];

export const PART_LABELS: Readonly<Record<JourneyPartId, string>> = {
  overview: 'Where you are',
  decide: 'Decide',
  apologize: 'Apologize',
  slow: 'Take it Slow',
};

/** When `stage:list` cannot be read: every part needs it. */
export const STAGE_UNREAD = {
  what: 'Where you are in your journey',
  instead: 'what is shown may be out of date, or missing',
} as const;

export const PARTS_NAV_LABEL = 'Parts of your journey';
/** Beside the part of the stage the person is in: where they are, never a gate. */
export const YOUR_STAGE = 'your stage';

/** The part that belongs to each stage; healing and growing live on the overview. */
export const STAGE_PART: Readonly<Record<Stage, JourneyPartId>> = {
  heal_yourself: 'overview',
  decide: 'decide',
  apologize: 'apologize',
  take_it_slow: 'slow',
  heal_and_grow: 'overview',
};

/** "3 October 2026", in the person's locale. */
export function dayInWords(day: string): string {
  return formatDay(day, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "You are in" before the stage's name, which the screen shows in bold. */
export const YOU_ARE_IN = 'You are in';

/**
 * Since when, as a date and as time spent (never time left): "Since 3 October 2026, 8 weeks."
 * `isBreakupDay`: the day is the breakup day the person gave (no move recorded yet).
 */
export function sinceWords(sinceDay: string, today: string, isBreakupDay: boolean): string {
  const days = dayNumber(today) - dayNumber(sinceDay) + 1;
  const when = isBreakupDay
    ? `Since the breakup, on ${dayInWords(sinceDay)}`
    : `Since ${dayInWords(sinceDay)}`;
  if (days < 1) return `${when}.`;
  return `${when}: ${timeSpent(sinceDay, today, formatCount)}.`;
}

/** With no move and nothing recorded, there is no day to count from. */
export const EVERYONE_STARTS_HERE =
  'Everyone starts here. When you record something, or set when the breakup happened in Settings, the time you have spent healing shows here.';

export const SUGGESTED_TITLE = 'A next step, when it feels right';

/** The soft suggestion: what could come next, with no hurry and nothing locked. */
export function suggestedWords(moves: readonly Stage[]): string {
  if (moves.length === 0) {
    return 'This stage has no finish line. You can stay here as long as it helps, and move whenever you want.';
  }
  const names = moves.map((s) => STAGE_LABELS[s]);
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  return `When you feel ready, and only then, a next step could be ${list}. There is no hurry, and nothing is locked.`;
}

/** What each suggested stage offers, said on its button's line. */
export const SUGGESTION_WHY: Readonly<Record<Stage, string>> = {
  heal_yourself: 'Back to focusing on yourself.',
  decide: 'An honest look at whether getting back together makes sense at all.',
  apologize: 'If you decide to try again: preparing a genuine apology.',
  take_it_slow: 'Rebuilding trust slowly, without expecting it.',
  heal_and_grow: 'Moving on and growing, which is healing too.',
};

export function moveToLabel(stage: Stage): string {
  return `Move to ${STAGE_LABELS[stage]}`;
}

export const MOVE_TITLE = 'Move to another stage';
export const MOVE_INTRO =
  'You can move to any stage at any time, and back again. The app keeps the date and your reason, if you give one.';
export const MOVE_STAGE_LEGEND = 'Which stage?';
export const MOVE_REASON_LABEL = 'Why, in a few words';
export const MOVE_BUTTON = 'Move';
export const CHOOSE_A_STAGE = 'Choose the stage you want to move to.';

export function movedMessage(stage: Stage): string {
  return `Moved to ${STAGE_LABELS[stage]}.`;
}

export const HISTORY_TITLE = 'Your moves so far';
export const NO_MOVES =
  'No moves so far: everyone starts by healing, and you can stay as long as it helps. Any move you make shows here with its date and reason.';
export const HOW_CHOSEN = {
  suggested: 'The app suggested it; you chose it',
  chosen: 'You chose it',
} as const;
export const NO_REASON = 'No reason written';
export const HISTORY_COLUMNS = { date: 'Date', stage: 'Stage', how: 'How', why: 'Why' } as const;

/** Each small chart's caption and accessible name; the dashed line only when one is drawn. */
export function chartLabel(kind: 'habits' | 'mood' | 'hurt', hasTrend: boolean): string {
  const trend = hasTrend ? '; the dashed line is the trend the words describe' : '';
  switch (kind) {
    case 'habits':
      return 'The average strength of your habits each day, over the last 4 weeks.';
    case 'mood':
      return `Your average mood on each day you recorded it, over the last 14 days${trend}.`;
    case 'hurt':
      return `How much it hurts, on each day you rated it over the last 4 weeks${trend}.`;
  }
}

/** When `journey:overview` cannot be read. */
export const WHERE_UNREAD = {
  what: 'Where you are now',
  instead: 'it is not shown just now',
} as const;

// The honest reflection.

export const REFLECTION_TITLE = 'An honest reflection';
export const REFLECTION_INTRO =
  'A few honest questions about where you are, for you alone to answer, whenever you want to. There are no right answers, and you can answer again as things change: each time is kept with its date.';
export const REFLECTION_FORM_LABEL = 'Honest reflection';
export const EITHER_ANSWER_COUNTS = '(any answer counts)';
export const REFLECTION_NOTE_LABEL = 'Anything else you want to remember';
export const REFLECTION_DAY_LABEL = 'For the day';
export const REFLECTION_SAVE = 'Save my answers';
export const REFLECTION_DELETED = 'Reflection deleted.';
export const DELETE = 'Delete';

export function reflectionSaved(day: string): string {
  return `Your answers are saved, dated ${dayInWords(day)}.`;
}

export function deleteReflectionLabel(day: string): string {
  return `Delete your answers of ${dayInWords(day)}`;
}

export const EARLIER_ANSWERS_LIST = 'Your answers so far';

/** The fold that holds every answering so far, newest first. */
export function earlierAnswersLabel(times: number): string {
  return times === 1
    ? 'Your answers so far (once)'
    : `Your answers so far (${formatCount(times)} times)`;
}

export const REFLECTIONS_UNREAD = {
  what: 'Your earlier answers',
  instead: 'they are not listed just now',
} as const;
