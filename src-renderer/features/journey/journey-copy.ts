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
export const PARTS = ['overview', 'decide', 'apologize', 'slow', 'grow'] as const;
export type JourneyPartId = (typeof PARTS)[number];

export const PART_LABELS: Readonly<Record<JourneyPartId, string>> = {
  overview: 'Where you are',
  decide: 'Decide',
  apologize: 'Apologize',
  slow: 'Take it Slow',
  grow: 'Heal & Grow',
};

/**
 * The parts as the navigation groups them: both paths after Decide side by side, each named, so
 * neither reads as the one road and moving on weighs as much as getting back together.
 */
export const PART_GROUPS: readonly {
  readonly label: string | null;
  readonly parts: readonly JourneyPartId[];
}[] = [
  { label: null, parts: ['overview', 'decide'] },
  { label: 'If you get back together:', parts: ['apologize', 'slow'] },
  { label: 'If you move on:', parts: ['grow'] },
];

/** When `stage:list` cannot be read: every part needs it. */
export const STAGE_UNREAD = {
  what: 'Where you are in your journey',
  instead: 'what is shown may be out of date, or missing',
} as const;

export const PARTS_NAV_LABEL = 'Parts of your journey';
/** Beside the part of the stage the person is in: where they are, never a gate. */
export const YOUR_STAGE = 'your stage';

/** The part that belongs to each stage; healing yourself lives on the overview. */
export const STAGE_PART: Readonly<Record<Stage, JourneyPartId>> = {
  heal_yourself: 'overview',
  decide: 'decide',
  apologize: 'apologize',
  take_it_slow: 'slow',
  heal_and_grow: 'grow',
};

/** "3 October 2026", in the person's locale. */
export function dayInWords(day: string): string {
  return formatDay(day, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "You are in" before the stage's name, which the screen shows in bold; said this one way. */
export const YOU_ARE_IN = 'You are in';

/** What the time on "Where you are" counts from. */
export type SinceWhat =
  | { readonly kind: 'breakup' }
  | { readonly kind: 'first-record' }
  | { readonly kind: 'moved'; readonly stage: Stage };

/**
 * Since when, as a date and as time spent (never time left, never rounded up), and since what:
 * "Since the breakup on 10 November 2026: 2 weeks and 6 days."
 */
export function sinceWords(sinceDay: string, today: string, since: SinceWhat): string {
  const date = dayInWords(sinceDay);
  const when =
    since.kind === 'breakup'
      ? `Since the breakup on ${date}`
      : since.kind === 'first-record'
        ? `Since your first record, on ${date}`
        : `Since you moved to ${STAGE_LABELS[since.stage]} on ${date}`;
  const days = dayNumber(today) - dayNumber(sinceDay);
  if (days < 0) return `${when}.`;
  if (days === 0) return `${when}, today.`;
  return `${when}: ${timeSpent(sinceDay, today, formatCount)}.`;
}

/** With no move and nothing recorded, there is no day to count from. */
export const EVERYONE_STARTS_HERE =
  'Everyone starts here. When you record something, or set when the breakup happened in Settings, the time you have spent healing shows here.';

export const SUGGESTED_TITLE = 'What could come next';

/**
 * The soft suggestion, said under "Where you are now" so that the facts come first: what could
 * come next, if and when the person wants it, with no hurry and nothing locked.
 */
export function suggestedWords(moves: readonly Stage[]): string {
  if (moves.length === 0) {
    return 'This stage has no finish line. You can stay here as long as it helps, and change stage whenever you want.';
  }
  return 'There is no hurry, and nothing is locked: you can also choose any stage yourself, below.';
}

/** What each suggested stage offers, said before its button: "If and when you want, Decide is …". */
export const SUGGESTION_WHY: Readonly<Record<Stage, string>> = {
  heal_yourself: 'Heal Yourself is a return to focusing on yourself.',
  decide: 'Decide is an honest look at whether getting back together makes sense at all.',
  apologize: 'Apologize is preparing a genuine apology, if you have decided to try again.',
  take_it_slow: 'Take it Slow is rebuilding trust slowly, without expecting it.',
  heal_and_grow: 'Heal & Grow is moving on and growing, which is healing too.',
};

export function suggestionLine(stage: Stage): string {
  return `If and when you want, ${SUGGESTION_WHY[stage]}`;
}

export function moveToLabel(stage: Stage): string {
  return `Change stage to ${STAGE_LABELS[stage]}`;
}

export const MOVE_TITLE = 'Change stage';
export const MOVE_INTRO =
  'You can change to any stage at any time, and back again. The app keeps the date and your reason, if you give one.';
export const MOVE_STAGE_LEGEND = 'Which stage?';
/** Said wherever the stages are listed: the two healing stages are easily confused. */
export const HEAL_STAGES_DIFFER =
  'Heal Yourself is where everyone starts; Heal & Grow is the same care for yourself after deciding to move on, with practice for the relationships to come.';
export const MOVE_REASON_LABEL = 'Why, in a few words';
export const MOVE_BUTTON = 'Change stage';
export const CHOOSE_A_STAGE = 'Choose the stage you want to change to.';

export function movedMessage(stage: Stage): string {
  return `${YOU_ARE_IN} ${STAGE_LABELS[stage]} now.`;
}

export const HISTORY_TITLE = 'Your stage changes';
export const NO_MOVES =
  'None so far: everyone starts by healing, and you can stay as long as it helps. Any change of stage shows here with its date and reason.';
export const HOW_CHOSEN = {
  suggested: 'The app suggested it; you chose it',
  chosen: 'You chose it',
} as const;

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
  'A few honest questions about where you are, whenever you want them. There are no right answers; only you decide what they mean. You can answer again as things change: each time is kept with its date.';
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

export const EARLIER_ANSWERS_LIST = 'Your earlier answers';

/** The fold that holds every answering so far, newest first. */
export function earlierAnswersLabel(times: number): string {
  return `Your earlier answers (${formatCount(times)})`;
}

export const REFLECTIONS_UNREAD = {
  what: 'Your earlier answers',
  instead: 'they are not listed just now',
} as const;

// Heal & Grow, the Move on path.

export const GROW_TITLE = 'Heal & Grow';
export const GROW_INTRO =
  'If you move on, healing goes on. This part is open whenever it helps, whatever you have decided so far.';
export const GROW_LINES: readonly string[] = [
  'Keep healing for yourself. It counts whatever happens with your ex.',
  'Practise communication: listening, saying what you need, setting a boundary, working through a disagreement. Every relationship ahead can use it, friendships and family included.',
  'Your habits and your mood keep counting here, as they have all along. Nothing starts again from zero.',
];
export const GROW_NO_FINISH =
  'You can stay as long as it helps, and change stage whenever you want.';
export const GROW_LINKS_LABEL = 'Places to keep going';
export const GROW_LINKS: readonly { readonly href: string; readonly label: string }[] = [
  { href: '#/habits', label: 'Your habits' },
  { href: '#/mood', label: 'Your mood' },
  { href: '#/communication', label: 'Communication practice' },
];

/** The conflicts summary on Heal & Grow reads the last few months, as Take it Slow first does. */
export const GROW_CONFLICT_MONTHS = 6;
export const GROW_CONFLICTS_TITLE = 'Conflicts lately';
export const GROW_CONFLICTS_INTRO =
  'From conversations where you practised conflict resolution or repair after conflict, with anyone.';

/** When `trust:summary` cannot be read on Heal & Grow. */
export const GROW_CONFLICTS_UNREAD = {
  what: 'How your conflicts ended lately',
  instead: 'it is not shown just now',
} as const;
