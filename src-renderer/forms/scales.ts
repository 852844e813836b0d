/**
 * The rating scales the app asks for, each defined once, so that mood is asked for the same way on
 * Today, on the Mood screen and beside a conversation: the same range and the same end words.
 * Spread into a ScaleChoice: `<ScaleChoice {...MOOD_SCALE} legend="Mood before" … />`.
 */

/** Mood, 1 to 10 (the contract's range; see shared/contract/mood.ts). */
export const MOOD_SCALE = {
  min: 1,
  max: 10,
  lowLabel: 'very low',
  highLabel: 'very good',
} as const;

/** Energy, 1 to 10, read with mood on the pleasantness × energy grid. */
export const ENERGY_SCALE = {
  min: 1,
  max: 10,
  lowLabel: 'drained',
  highLabel: 'full of energy',
} as const;

/**
 * The hurt question, asked the same way wherever it is asked. "Right now", and no "still": the
 * rating runs 0 (not at all) to 10 (very much), and nothing in the words hints it ought to be over.
 */
export const HURT_QUESTION = 'How much does it hurt right now?';

/** How much it hurts right now, 0 to 10: 0 is a real answer ("not at all"). */
export const HURT_SCALE = {
  min: 0,
  max: 10,
  lowLabel: 'not at all',
  highLabel: 'very much',
} as const;
