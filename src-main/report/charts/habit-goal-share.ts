/**
 * How much of a habit's goal each week, month or quarter met, 0..1, so a full bar under the
 * habit's strength line always means the goal was met.
 */
import type { DayOutcome, ScoredDay } from '../../shared/habit-strength';
import {
  bucketsOf,
  dayFromNumber,
  dayNumber,
  nextBucketStart,
  type BucketUnit,
} from '../../shared/series/buckets';
import type { HabitData } from '../report-data';

export interface GoalShare {
  /** The bar's first and last day, inside the period and from the habit's first record. */
  readonly from: string;
  readonly to: string;
  readonly share: number;
}

/**
 * A habit to break counts the days kept, a daily habit to build the days on target (skipped days
 * count neither way), and an "N a week" habit its times done against N a week, not against seven
 * days. The bars start with the habit's first record: the days before it existed are no one's miss.
 */
export function goalShares(
  habit: HabitData,
  scored: readonly ScoredDay[],
  from: string,
  to: string,
  unit: BucketUnit,
): GoalShare[] {
  // Keyed by day number, so the loop over every day of ten years makes no date strings (turning
  // a number into a day string through Date was most of a long report's habit panels).
  const outcomeOf = new Map<number, DayOutcome>(scored.map((d) => [dayNumber(d.day), d.outcome]));
  const countOf = new Map<number, number>();
  let firstRecord: string | null = null;
  for (const rec of habit.records) {
    if (firstRecord === null || rec.day < firstRecord) firstRecord = rec.day;
    if (rec.isSkip || rec.day < from || rec.day > to) continue;
    const n = dayNumber(rec.day);
    countOf.set(n, (countOf.get(n) ?? 0) + (rec.count ?? 0));
  }
  if (firstRecord === null) return [];
  const firstDay = firstRecord > from ? firstRecord : from;

  const shareOf = (start: string, end: string): number => {
    let days = 0;
    let skipped = 0;
    let met = 0;
    let times = 0;
    for (let n = dayNumber(start), last = dayNumber(end); n <= last; n += 1) {
      const outcome = outcomeOf.get(n);
      days += 1;
      if (outcome === 'skipped') skipped += 1;
      if (outcome === 'met') met += 1;
      times += countOf.get(n) ?? 0;
    }
    if (habit.kind === 'build' && habit.period === 'week') {
      const goal = (Math.max(habit.targetCount, 1) * days) / 7;
      return Math.min(1, times / goal);
    }
    return days > skipped ? met / (days - skipped) : 0;
  };

  const shares: GoalShare[] = [];
  for (const bucket of bucketsOf(from, to, unit)) {
    const next = nextBucketStart(bucket, unit);
    const start = bucket < firstDay ? firstDay : bucket;
    const end = next > to ? to : dayFromNumber(dayNumber(next) - 1);
    if (start > end) continue;
    shares.push({ from: start, to: end, share: shareOf(start, end) });
  }
  return shares;
}
