import { weekdayIndex } from '../shared/calendar';
import { clamp, type Random } from './random';
import type { Timeline } from './timeline';

/**
 * How the person is doing on each day, before any single entry's ups and downs: the shape every
 * other part of the history follows (habits slip and conversations get tenser in a bad week).
 *
 * Healing is not a straight line: a curve that rises quickly at first and then levels off, a
 * gentle seasonal wave (winters are harder), a dip around each anniversary of the breakup that
 * fades with the years, bad weeks that come without warning (more often early on), and
 * day-to-day drift that carries over from one day to the next.
 */
export interface DayState {
  /** The day's underlying mood, on the app's 1 to 10 scale (not rounded). */
  readonly level: number;
  /** How far healing has come, 0 at the breakup to nearly 1 after a couple of years. */
  readonly healed: number;
  /** How deep a bad week is on this day (0 when none). */
  readonly badDepth: number;
}

/** Days for healing to come about two thirds of the way: most of the lift is in the first year. */
const HEALING_DAYS = 240;

export function moodCurve(timeline: Timeline, random: Random): DayState[] {
  const states: DayState[] = [];
  const seasonPhase = random.next() * 2 * Math.PI;
  let drift = 0;
  let badLeft = 0;
  let badDepth = 0;
  for (let n = 0; n < timeline.days; n += 1) {
    const healed = 1 - Math.exp(-n / HEALING_DAYS);
    if (badLeft === 0 && n > 3 && random.chance(healed < 0.6 ? 1 / 40 : 1 / 90)) {
      badLeft = random.int(4, 10);
      badDepth = 1.2 + random.next() * 1.8;
    }
    const depth = badLeft > 0 ? badDepth : 0;
    if (badLeft > 0) badLeft -= 1;
    drift = 0.65 * drift + 0.45 * random.normal();
    const yearDay = n % 365;
    const anniversary =
      n >= 300 && (yearDay <= 4 || yearDay >= 361) ? 1.4 / Math.sqrt(Math.floor((n + 5) / 365)) : 0;
    const weekday = weekdayIndex(timeline.dayAt(n));
    // Saturday and Sunday (Monday is 0) lift a little.
    const weekend = weekday >= 5 ? 0.3 : 0;
    const season = 0.35 * Math.sin((2 * Math.PI * n) / 365.25 + seasonPhase);
    const level = 3.1 + 3.9 * healed + season + weekend + drift - depth - anniversary;
    states.push({ level: clamp(level, 1, 10), healed, badDepth: depth });
  }
  return states;
}
