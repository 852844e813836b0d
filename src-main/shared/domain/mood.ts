import { dayNumber } from '../calendar';
import { TREND_MIN_POINTS } from '../share-words';

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
const MOOD_MIN = 1;
const MOOD_MAX = 10;

/** One day's average mood, as `mood:daily` answers it. */
export interface DayMood {
  readonly day: string;
  readonly average: number;
}

/**
 * Where mood went over a stretch of days, read from the least-squares line through the days'
 * averages (x is the calendar day, so a gap of a week weighs as a week): the line's height on the
 * first and on the last day with entries. An average alone would call a climb from 2 to 7 "4.8".
 */
export interface MoodMovement {
  readonly firstDay: string;
  readonly lastDay: string;
  /** The line's height on `firstDay`, kept within the mood scale (1 to 10). */
  readonly start: number;
  /** The line's height on `lastDay`, kept within the mood scale (1 to 10). */
  readonly end: number;
}

/**
 * The movement of mood over `days` (one average per day with entries, in any order), or null with
 * fewer than `TREND_MIN_POINTS` days: three days carry no trend, so none is drawn or put into words.
 */
export function moodMovement(days: readonly DayMood[]): MoodMovement | null {
  if (days.length < TREND_MIN_POINTS) return null;
  const sorted = [...days].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return null;
  // Centred on the first day, so the sums stay small and exact whatever the date.
  const origin = dayNumber(first.day);
  const xs = sorted.map((d) => dayNumber(d.day) - origin);
  const ys = sorted.map((d) => d.average);
  const n = xs.length;
  const meanX = xs.reduce((s, x) => s + x, 0) / n;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * ((ys[i] ?? meanY) - meanY);
  });
  // Every point on one day cannot happen (one average per day), but a zero spread means no slope.
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const at = (x: number) => Math.min(MOOD_MAX, Math.max(MOOD_MIN, meanY + slope * (x - meanX)));
  return {
    firstDay: first.day,
    lastDay: last.day,
    start: at(0),
    end: at(xs[n - 1] ?? 0),
  };
}
