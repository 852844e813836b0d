/**
 * The five colour steps of the mood scale, used by the app's calendar and charts and by the report,
 * so one day's mood has one colour step everywhere. Pure.
 */

/** The steps and the moods each one holds, lowest first. */
export const MOOD_LEVELS = ['1–2', '3–4', '5–6', '7–8', '9–10'] as const;

/** 1..5, lowest mood first. */
export type MoodLevel = 1 | 2 | 3 | 4 | 5;

/**
 * Which colour step (1 to 5) an average mood falls on: the average is rounded half up to a whole
 * mood first (6.5 is 7, so step 4), then moods 1-2 are step 1 ... 9-10 step 5. Values outside 1..10
 * are clamped.
 */
export function moodLevel(average: number): MoodLevel {
  const rounded = Math.min(10, Math.max(1, Math.round(average)));
  return LEVEL_OF_MOOD[rounded] ?? 1;
}

/** The step of each whole mood 1..10 (index 0 is unused). */
const LEVEL_OF_MOOD: readonly MoodLevel[] = [1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5];
