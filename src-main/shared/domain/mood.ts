import { leastSquaresMovement, type Movement } from '../trend';

/**
 * Emotions offered with every mood entry; people add their own in Settings. The last five name the
 * breakup itself. Every word is lower case (a custom word equal to one of these in any case is the
 * same emotion: see `emotionWordKey` and migrations 002 and 004).
 */
export const EMOTION_TAGS = [
  'calm',
  'hopeful',
  'grateful',
  'proud',
  'relieved',
  'lonely',
  'sad',
  'anxious',
  'angry',
  'numb',
  'confused',
  'tired',
  'heartbroken',
  'hurt',
  'rejected',
  'guilty',
  'missing them',
] as const;

export const MOOD_NOTE_MAX = 5000;

/** The lowest and highest mood a person can record (the contract's range). */
const MOOD_SCALE = { min: 1, max: 10 } as const;

/** One day's average mood, as `mood:daily` answers it. */
export interface DayMood {
  readonly day: string;
  readonly average: number;
}

/** Where mood went over a stretch of days: see `leastSquaresMovement` (src-main/shared/trend.ts). */
export type MoodMovement = Movement;

/**
 * The movement of mood over `days` (one average per day with entries, in any order), or null with
 * fewer than `TREND_MIN_POINTS` days: three days carry no trend, so none is drawn or put into words.
 */
export function moodMovement(days: readonly DayMood[]): MoodMovement | null {
  return leastSquaresMovement(
    days.map((d) => ({ day: d.day, value: d.average })),
    MOOD_SCALE,
  );
}
