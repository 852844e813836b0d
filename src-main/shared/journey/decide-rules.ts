/**
 * The Decide worksheet's rules (domain.md, "Decide"; ../shared/article.txt, "Should You Get Him
 * Back?"), pure and zod-free so the renderer shows the same suggestion the main process stores.
 *
 * The worksheet suggests; the person chooses. Move on is always a choice and never a failure:
 * healing counts whatever happens. Reconcile is suggested only when the person was at fault and
 * can point to what they changed, or when both were at fault and both are willing to talk it
 * through. When the ex was at fault, the article is plain: "they won't change because you went
 * quiet". Anything unsafe puts safety first, without argument and without Reconcile as the
 * suggestion.
 */
import type { HabitKind, HabitPeriod } from '../domain/habits';
import type { JourneyPath } from '../domain/stages';
import type { KeptLately } from '../habit-kept';

/** Who was at fault for the breakup, as the person sees it now. */
export const FAULTS = ['me', 'both', 'them'] as const;
export type Fault = (typeof FAULTS)[number];

/** Reasons a relationship cannot be mended by an apology (the article: cheating, incompatibility). */
export const DEAL_BREAKERS = ['cheating', 'incompatibility', 'unsafe'] as const;
export type DealBreaker = (typeof DEAL_BREAKERS)[number];

/** Whether both are willing to talk it through (asked only when both were at fault). */
export const WILLINGNESS = ['yes', 'no', 'not_sure'] as const;
export type Willingness = (typeof WILLINGNESS)[number];

/**
 * A habit picked as evidence of what the person changed, as it stood on `asOfDay`: kept with the
 * worksheet, so a worksheet read months later still says what the evidence said that day.
 */
export interface HabitEvidence {
  readonly habitId: number;
  readonly name: string;
  readonly kind: HabitKind;
  readonly targetCount: number;
  readonly period: HabitPeriod;
  readonly asOfDay: string;
  /** Strength, 0..1, on `asOfDay`. */
  readonly strength: number;
  readonly keptLately: KeptLately;
}

/** What the person answered. Null means "not answered yet"; an empty deal-breaker list is "none". */
export interface DecideAnswers {
  readonly fault: Fault | null;
  readonly dealBreakers: readonly DealBreaker[] | null;
  readonly willingToTalk: Willingness | null;
  readonly evidence: readonly HabitEvidence[];
  readonly changeNote: string | null;
}

/** Why the worksheet suggests what it does (or nothing yet). */
export type SuggestionReason =
  | 'unsafe'
  | 'deal_breaker'
  | 'ex_at_fault'
  | 'not_both_willing'
  | 'fixed_it'
  | 'both_willing'
  | 'needs_evidence'
  | 'willingness_unsure'
  | 'unanswered';

export interface DecideSuggestion {
  /** The path suggested; null while the answers do not point either way (both stay open). */
  readonly path: JourneyPath | null;
  readonly reason: SuggestionReason;
  /** Something unsafe was named: safety comes first and the support page is offered. */
  readonly isSafetyFirst: boolean;
}

/**
 * True when at least one picked habit shows a change: something recorded and kept in its recent
 * window. A habit picked but never kept is an intention, not yet evidence; no threshold beyond
 * that, because a fixed bar would turn the worksheet into a test to pass on the way back.
 */
export function hasEvidence(evidence: readonly HabitEvidence[]): boolean {
  return evidence.some((habit) => habit.keptLately.hasStarted && habit.keptLately.kept > 0);
}

/** True when any of the answers is given (a worksheet with none is not worth keeping). */
export function hasAnyAnswer(answers: DecideAnswers): boolean {
  return (
    answers.fault !== null ||
    answers.dealBreakers !== null ||
    answers.willingToTalk !== null ||
    answers.evidence.length > 0 ||
    answers.changeNote !== null
  );
}

function suggest(path: JourneyPath | null, reason: SuggestionReason): DecideSuggestion {
  return { path, reason, isSafetyFirst: reason === 'unsafe' };
}

/** The path the answers suggest, by domain.md's rules, first match wins. */
export function suggestPath(answers: DecideAnswers): DecideSuggestion {
  const dealBreakers = answers.dealBreakers ?? [];
  if (dealBreakers.includes('unsafe')) return suggest('move_on', 'unsafe');
  if (dealBreakers.length > 0) return suggest('move_on', 'deal_breaker');
  if (answers.fault === 'them') return suggest('move_on', 'ex_at_fault');
  if (answers.fault === 'both' && answers.willingToTalk === 'no') {
    return suggest('move_on', 'not_both_willing');
  }
  // Reconcile is suggested only once the deal-breaker question is answered ("none" counts).
  if (answers.fault === null || answers.dealBreakers === null) return suggest(null, 'unanswered');
  if (answers.fault === 'me') {
    return hasEvidence(answers.evidence)
      ? suggest('reconcile', 'fixed_it')
      : suggest(null, 'needs_evidence');
  }
  return answers.willingToTalk === 'yes'
    ? suggest('reconcile', 'both_willing')
    : suggest(null, 'willingness_unsure');
}

/** A refusal of a choice: the field to answer and what to write. */
export interface ChoiceProblem {
  readonly field: 'fault' | 'dealBreakers';
  readonly message: string;
}

export const FAULT_TO_ANSWER =
  'Before choosing a path, answer who was at fault: mostly me, both of us, or mostly my ex.';
export const DEAL_BREAKERS_TO_ANSWER =
  'Before choosing a path, answer the deal-breakers question: pick any that apply, or “None of these”.';

/**
 * What must be answered before a path is chosen from the worksheet, or null when it may be. A
 * choice rests on the answers, so it needs who was at fault and the deal-breakers; when something
 * unsafe was named, nothing more is asked (safety first, no questions to get through). A stage can
 * always be changed by hand on the Journey screen without a worksheet.
 */
export function choiceProblem(
  answers: Pick<DecideAnswers, 'fault' | 'dealBreakers'>,
): ChoiceProblem | null {
  if (answers.dealBreakers?.includes('unsafe')) return null;
  if (answers.fault === null) return { field: 'fault', message: FAULT_TO_ANSWER };
  if (answers.dealBreakers === null)
    return { field: 'dealBreakers', message: DEAL_BREAKERS_TO_ANSWER };
  return null;
}

const dayWords = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A local day (`YYYY-MM-DD`) in the system's words: "3 December 2026" (order is the locale's). */
export function worksheetDayInWords(day: string): string {
  return dayWords.format(new Date(`${day}T12:00:00Z`));
}

/**
 * The reason stored with the stage change a worksheet's choice makes, so the journey's history
 * says where the move came from: "From your Decide worksheet of 3 December 2026: you chose Move on."
 */
export function choiceReason(day: string, pathLabel: string): string {
  return `From your Decide worksheet of ${worksheetDayInWords(day)}: you chose ${pathLabel}.`;
}
