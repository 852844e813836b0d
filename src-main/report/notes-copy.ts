/**
 * The words around what the person wrote: their notes and their reflections, shown at the full
 * and therapist levels, and counted without a word of them at the summary level.
 */
import { COUNTERPART_LABELS, type Counterpart } from '../shared/domain/communication';
import { REDACTED_NAME } from '../shared/domain/report';
import { count, plainNumber } from './format';

export function reflectionsLeftOut(n: number): string {
  return `You wrote ${count(n, 'reflection')}. Your answers are left out at this privacy level.`;
}

export const NO_REFLECTIONS = 'No reflections were written in this period.';
/** `namesHidden` only when at least one name was chosen: never promise a replacement that did not happen. */
export function ownWordsIntro(namesHidden: boolean): string {
  return `Notes written in this period, oldest first${namesHidden ? `, with the names you chose shown as “${REDACTED_NAME}”` : ''}.`;
}

/**
 * Who a conversation was with, as the report says it to the person: "with your ex", "a rehearsal
 * on your own" (never "with rehearsal alone"). Counterparts not listed here read as the domain's
 * label, so a new one shows by itself.
 */
const COUNTERPART_WORDS: Partial<Readonly<Record<Counterpart, string>>> = {
  ex: 'with your ex',
  co_parent: 'with your co-parent',
  housemate: 'with a housemate',
  coworker_or_classmate: 'with a coworker or classmate',
  friend: 'with a friend',
  family: 'with family',
  rehearsal_alone: 'a rehearsal on your own',
};

export function counterpartWords(counterpart: Counterpart): string {
  return COUNTERPART_WORDS[counterpart] ?? `with ${COUNTERPART_LABELS[counterpart].toLowerCase()}`;
}

export const NOTE_HEADINGS = {
  mood: 'Mood notes',
  habits: 'Habit check-in notes',
  conversations: 'Conversation notes',
} as const;

/**
 * Said under a kind of note when only the most recent are printed: how many, and where the rest
 * are. "stay in Mending" is literally true: a report never deletes anything.
 */
export function notesLeftOut(kind: string, shown: number, total: number): string {
  return `The ${plainNumber(shown)} most recent of your ${count(total, kind)} are printed here. The other ${plainNumber(total - shown)} stay in Mending, and Settings › Export and import saves every one of them in one file.`;
}

export const NEXT_TIME = 'Next time: ';
export const NO_ANSWER = '(no answer)';
