import type { UnavoidableSituation } from '../shared/domain/settings';
import type { ApologyAnswer } from '../shared/journey/apology';
import type { Random } from './random';
import type { Timeline } from './timeline';

/**
 * When the person walks each step of the article's path, as day indexes of the history: they heal
 * first (answering the honest reflection twice), move to Decide, keep a worksheet draft and later
 * choose Reconcile from it, write an apology over a few drafts while rehearsing it, give it, and
 * record the answer, which takes them on to Take it Slow (a yes) or to Heal & Grow (not now, or
 * no). Which answer comes depends on the seed. Null when the history is too short for a journey:
 * a person three weeks out is still healing.
 */
export interface JourneyPlan {
  readonly honestReflections: readonly number[];
  readonly moveToDecide: number;
  readonly worksheetDraft: number;
  readonly worksheetChoice: number;
  readonly apologyBegun: number;
  readonly apologyWritten: number;
  readonly apologyReady: number;
  readonly answerDay: number;
  readonly answer: ApologyAnswer;
}

/** The shortest history that walks the path (the steps need a few days between them). */
export const JOURNEY_MIN_DAYS = 21;

export function planJourney(timeline: Timeline, random: Random): JourneyPlan | null {
  if (timeline.days < JOURNEY_MIN_DAYS) return null;
  const at = timeline.scaled;
  return {
    honestReflections: [at(0.15, 60), at(0.3, 130)],
    moveToDecide: at(0.33, 140),
    worksheetDraft: at(0.37, 150),
    worksheetChoice: at(0.45, 185),
    apologyBegun: at(0.5, 195),
    apologyWritten: at(0.55, 210),
    apologyReady: at(0.62, 225),
    answerDay: at(0.7, 240),
    answer: random.pick(['yes', 'yes', 'not_now', 'no'] as const),
  };
}

/** Which of the article's unavoidable situations apply to this person (none, for some). */
export function planSituations(random: Random): UnavoidableSituation[] {
  return random
    .pick([
      ['children_together'],
      ['working_or_studying_together'],
      ['living_together'],
      [],
    ] as const satisfies readonly (readonly UnavoidableSituation[])[])
    .slice();
}
