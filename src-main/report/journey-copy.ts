/**
 * The words of the report's journey: its opening line, how each move was chosen, and the
 * worksheets and drafts among the reflections (their questions and the words of their answers come
 * from the shared layer, as the app says them).
 */
import type { HabitKind } from '../shared/domain/habits';
import { count } from './format';

/** The journey's opening line, around the stage's name (which the builder sets in bold). */
export const JOURNEY_INTRO = {
  implicit: { before: 'You are in', after: ', the first stage' },
  explicit: { before: 'You have been in', after: '' },
  sinceFirstRecord: (date: string) => `, since ${date}, when you started recording`,
  since: (date: string) => ` since ${date}`,
} as const;

export const STAGE_CHOSEN = {
  suggested: 'The app suggested it; you chose it',
  chosen: 'You chose it',
} as const;

/** The honest reflection's free note, as the Journey screen asks for it. */
export const REFLECTION_NOTE_HEADING = 'Anything else you wanted to remember';

export const WORKSHEET_WORDS = {
  notAnswered: 'Not answered',
  noHabitsPicked: 'No habits picked',
  suggested: 'What the worksheet suggested',
  suggestedNeither: 'Neither path yet; both stayed open',
  pathChosen: 'Path chosen',
  noPathChosen: 'No path chosen',
  chosenOn: (path: string, day: string) => `${path}, chosen on ${day}`,
} as const;

/**
 * A habit picked as evidence, as it stood the day it was picked: "strength 62% · kept on 20 of 28
 * days (as of 3 December 2026)". Counts the person can check, never a verdict.
 */
export function evidenceWords(
  kind: HabitKind,
  percent: number | null,
  kept: {
    readonly unit: 'day' | 'week';
    readonly kept: number;
    readonly counted: number;
    readonly isSinceStart: boolean;
  },
  asOfDay: string,
): string {
  const parts: string[] = [];
  if (percent !== null) parts.push(`strength ${percent}%`);
  if (kept.counted > 0) {
    const since = kept.isSinceStart ? ' since starting' : '';
    if (kept.unit === 'day') {
      parts.push(`kept on ${kept.kept} of ${count(kept.counted, 'day')}${since}`);
    } else {
      const met = kind === 'build' ? 'goal met' : 'limit kept';
      parts.push(`${met} in ${kept.kept} of ${count(kept.counted, 'week')}${since}`);
    }
  }
  const what = parts.length === 0 ? 'nothing recorded yet' : parts.join(' · ');
  return `${what} (as of ${asOfDay})`;
}

export const DRAFT_WORDS = {
  status: 'Where it stands',
  draft: 'A draft, not yet marked ready',
  ready: 'Marked ready to give',
  notWritten: 'Not written yet',
  answer: 'Their answer',
  answered: (sentence: string, day: string) => `${sentence}, on ${day}.`,
} as const;
