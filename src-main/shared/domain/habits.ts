/**
 * Habits without zod: the kinds, periods, limits and plain-words labels the renderer shows. The
 * contract (`contract/habits.ts`) builds its schemas from these same constants.
 */

/** Build: "at least N per day/week". Break: "at most N per day/week". */
export const HABIT_KINDS = ['build', 'break'] as const;
export type HabitKind = (typeof HABIT_KINDS)[number];

export const HABIT_PERIODS = ['day', 'week'] as const;
export type HabitPeriod = (typeof HABIT_PERIODS)[number];

export const HABIT_NAME_MAX = 80;
/** The largest target a habit can have (a build habit needs at least 1). */
export const HABIT_TARGET_MAX = 99;
/** The most times one check-in can count in a day. */
export const CHECKIN_COUNT_MAX = 999;
export const CHECKIN_NOTE_MAX = 500;
/** The longest span one history request may cover: ten years and a bit. */
export const HISTORY_MAX_DAYS = 3660;

export const HABIT_KIND_LABELS: Record<HabitKind, string> = {
  build: 'Build a habit',
  break: 'Break a habit',
};

export const HABIT_PERIOD_LABELS: Record<HabitPeriod, string> = {
  day: 'a day',
  week: 'a week',
};

/**
 * What a habit asks of the person, in a few words: "at least 1 a day", "at most 2 a week", and
 * "not at all" for a habit to break whose limit is 0 ("at most 0 a day" says the same thing in a
 * way nobody talks).
 */
export function describeTarget(kind: HabitKind, targetCount: number, period: HabitPeriod): string {
  if (kind === 'break' && targetCount === 0) return 'not at all';
  const bound = kind === 'build' ? 'at least' : 'at most';
  return `${bound} ${targetCount} ${HABIT_PERIOD_LABELS[period]}`;
}

/**
 * A strength (0..1) as the whole percentage shown to a person. Rounded down, so "80%" is shown
 * only once the score has really reached 0.8 (the readiness threshold in domain.md); the tiny
 * allowance absorbs floating-point error such as 0.7999999999.
 */
export function strengthPercent(strength: number): number {
  return Math.min(100, Math.max(0, Math.floor(strength * 100 + 1e-9)));
}
