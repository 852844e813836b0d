/**
 * The journey's stages, declared once (domain.md, "The journey"; ../shared/article.txt): everyone
 * starts by healing themselves, then decides honestly whether getting back together makes sense,
 * and then either reconciles (apologize, then take it slow) or moves on (heal and grow). The app
 * suggests moves and never locks: a person can move to any stage at any time. The database's CHECK
 * lists (migration 001, `stage_changes.stage` and `reflections.stage`), the export file format and
 * the report all take their stages from here; tests/shared/domain/stages.test.ts fails if the
 * CHECK lists and this declaration differ. Zod-free, so the renderer can import it.
 */

/** Every stage, in the order of the path, as `stage_changes` stores them. */
export const STAGES = [
  'heal_yourself',
  'decide',
  'apologize',
  'take_it_slow',
  'heal_and_grow',
] as const;
export type Stage = (typeof STAGES)[number];

/** The stage everyone is in until they move: healing comes first, whatever happens next. */
export const FIRST_STAGE: Stage = 'heal_yourself';

export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  heal_yourself: 'Heal Yourself',
  decide: 'Decide',
  apologize: 'Apologize',
  take_it_slow: 'Take it Slow',
  heal_and_grow: 'Heal & Grow',
};

/**
 * The two ways on from Decide. Neither is the better one: healing counts whether or not a person
 * and their ex get back together.
 */
export const PATHS = ['reconcile', 'move_on'] as const;
export type JourneyPath = (typeof PATHS)[number];

export const PATH_LABELS: Readonly<Record<JourneyPath, string>> = {
  reconcile: 'Reconcile',
  move_on: 'Move on',
};

/** The stages of each path, in order. */
export const PATH_STAGES: Readonly<Record<JourneyPath, readonly Stage[]>> = {
  reconcile: ['apologize', 'take_it_slow'],
  move_on: ['heal_and_grow'],
};

/** The path a stage belongs to; null for the stages everyone walks (Heal Yourself, Decide). */
export function pathOf(stage: Stage): JourneyPath | null {
  return PATHS.find((path) => PATH_STAGES[path].includes(stage)) ?? null;
}

/**
 * The moves the app may suggest from each stage (domain.md): from Heal Yourself to Decide; from
 * Decide to either path's first stage, by the worksheet's outcome; from Apologize to Take it Slow
 * after a yes, or to Heal & Grow after a "not now" or a "no" (framed as healing, not failure).
 * Take it Slow and Heal & Grow have no end state, so nothing is suggested from them. Suggestions
 * only: any stage can be chosen by hand from any other.
 */
export const SUGGESTED_MOVES: Readonly<Record<Stage, readonly Stage[]>> = {
  heal_yourself: ['decide'],
  decide: ['apologize', 'heal_and_grow'],
  apologize: ['take_it_slow', 'heal_and_grow'],
  take_it_slow: [],
  heal_and_grow: [],
};

/** True when `value` is one of the stages (a value read from a file or a database row). */
export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}
