/**
 * The Decide worksheet's rules (domain.md, "Decide"; ../shared/article.txt, "Should You Get Him
 * Back?"), pure and zod-free so the renderer shows the same suggestion the main process stores.
 *
 * The worksheet suggests; the person chooses. Move on is always a choice and never a failure:
 * healing counts whatever happens. Reconcile is suggested only when the person was at fault and
 * can point to what they changed, or when both were at fault and both are willing to talk it
 * through. When the ex was at fault, the article is plain: "they won't change because you went
 * quiet". Safety is asked first, in plain behaviours, and anything unsafe (or "not sure") puts
 * safety first, without argument and without Reconcile as the suggestion: people who were abused
 * often blame themselves in the fault question and may not call what happened "control". An ex
 * who asked for no contact is honoured.
 */
import type { HabitKind, HabitPeriod } from '../domain/habits';
import type { JourneyPath } from '../domain/stages';
import type { KeptLately } from '../habit-kept';

/** Where the person sees the main part of what went wrong, as they see it now. */
export const FAULTS = ['me', 'both', 'them'] as const;
export type Fault = (typeof FAULTS)[number];

/**
 * Reasons a relationship cannot be mended by an apology (the article: cheating, incompatibility).
 * Safety is its own question, asked first (see `SafetyAnswer`); worksheets kept before that
 * stored it here as `'unsafe'`, which `fromLegacyDealBreakers` reads as a "yes" to safety.
 */
export const DEAL_BREAKERS = ['cheating', 'incompatibility'] as const;
export type DealBreaker = (typeof DEAL_BREAKERS)[number];

/** The deal-breaker older worksheets kept for "anything unsafe", before safety had its question. */
export const LEGACY_UNSAFE = 'unsafe';

/**
 * "Did your ex ever frighten you, threaten you, hurt you, check your phone, control your money,
 * or cut you off from people?" "Not sure" is read as yes for the suggestion: doubt about safety is
 * reason enough to put it first.
 */
export const SAFETY_ANSWERS = ['yes', 'no', 'not_sure'] as const;
export type SafetyAnswer = (typeof SAFETY_ANSWERS)[number];

/** "Has your ex asked you not to contact them?" */
export const NO_CONTACT_ANSWERS = ['yes', 'no'] as const;
export type NoContactAnswer = (typeof NO_CONTACT_ANSWERS)[number];

/**
 * Older worksheets kept "anything unsafe" as a deal-breaker: read it as a "yes" to the safety
 * question (unless that question was answered since) and leave the other deal-breakers as they
 * were, so a kept worksheet still puts safety first.
 */
export function fromLegacyDealBreakers(
  dealBreakers: readonly (DealBreaker | typeof LEGACY_UNSAFE)[] | null,
  safety: SafetyAnswer | null,
): { dealBreakers: DealBreaker[] | null; safety: SafetyAnswer | null } {
  if (dealBreakers === null) return { dealBreakers: null, safety };
  const rest = dealBreakers.filter((d): d is DealBreaker => d !== LEGACY_UNSAFE);
  return {
    dealBreakers: rest,
    safety: rest.length < dealBreakers.length ? (safety ?? 'yes') : safety,
  };
}

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
  readonly safety: SafetyAnswer | null;
  readonly askedNoContact: NoContactAnswer | null;
  readonly fault: Fault | null;
  readonly dealBreakers: readonly DealBreaker[] | null;
  readonly willingToTalk: Willingness | null;
  readonly evidence: readonly HabitEvidence[];
  readonly changeNote: string | null;
}

/** Why the worksheet suggests what it does (or nothing yet). */
export type SuggestionReason =
  | 'unsafe'
  | 'unsafe_unsure'
  | 'asked_no_contact'
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
    answers.safety !== null ||
    answers.askedNoContact !== null ||
    answers.fault !== null ||
    answers.dealBreakers !== null ||
    answers.willingToTalk !== null ||
    answers.evidence.length > 0 ||
    answers.changeNote !== null
  );
}

function suggest(path: JourneyPath | null, reason: SuggestionReason): DecideSuggestion {
  return { path, reason, isSafetyFirst: reason === 'unsafe' || reason === 'unsafe_unsure' };
}

/** True when the safety answer puts safety first: a yes, or a "not sure", read kindly as yes. */
export function isUnsafe(safety: SafetyAnswer | null): boolean {
  return safety === 'yes' || safety === 'not_sure';
}

/** The path the answers suggest, by domain.md's rules, first match wins. */
export function suggestPath(answers: DecideAnswers): DecideSuggestion {
  if (answers.safety === 'yes') return suggest('move_on', 'unsafe');
  if (answers.safety === 'not_sure') return suggest('move_on', 'unsafe_unsure');
  if (answers.askedNoContact === 'yes') return suggest('move_on', 'asked_no_contact');
  const dealBreakers = answers.dealBreakers ?? [];
  if (dealBreakers.length > 0) return suggest('move_on', 'deal_breaker');
  if (answers.fault === 'them') return suggest('move_on', 'ex_at_fault');
  if (answers.fault === 'both' && answers.willingToTalk === 'no') {
    return suggest('move_on', 'not_both_willing');
  }
  // Reconcile is suggested only once safety, no contact and the deal-breakers are answered
  // ("none" counts): never on the strength of questions skipped.
  if (
    answers.safety === null ||
    answers.askedNoContact === null ||
    answers.fault === null ||
    answers.dealBreakers === null
  ) {
    return suggest(null, 'unanswered');
  }
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
  readonly field: 'safety' | 'askedNoContact' | 'fault' | 'dealBreakers';
  readonly message: string;
}

export const SAFETY_TO_ANSWER =
  'Before choosing a path, answer the first question, about feeling safe: yes, no or not sure.';
export const NO_CONTACT_TO_ANSWER =
  'Before choosing a path, answer whether your ex has asked you not to contact them: yes or no.';
export const FAULT_TO_ANSWER =
  'Before choosing a path, answer where you see the main part of what went wrong: mostly me, both of us, or mostly my ex.';
export const DEAL_BREAKERS_TO_ANSWER =
  'Before choosing a path, answer the deal-breakers question: pick any that apply, or “None of these”.';

/**
 * What must be answered before a path is chosen from the worksheet, or null when it may be. A
 * choice rests on the answers, so it needs safety, no contact, the fault and the deal-breakers,
 * asked in the order the worksheet shows them; when something unsafe was named (or "not sure"),
 * nothing more is asked (safety first, no questions to get through). A stage can always be changed
 * by hand on the Journey screen without a worksheet.
 */
export function choiceProblem(
  answers: Pick<DecideAnswers, 'safety' | 'askedNoContact' | 'fault' | 'dealBreakers'>,
): ChoiceProblem | null {
  if (isUnsafe(answers.safety)) return null;
  if (answers.safety === null) return { field: 'safety', message: SAFETY_TO_ANSWER };
  if (answers.askedNoContact === null) {
    return { field: 'askedNoContact', message: NO_CONTACT_TO_ANSWER };
  }
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
