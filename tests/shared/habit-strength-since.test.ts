import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src-main/shared/calendar';
import { keptLately, keptWindowStart, periodProgress } from '../../src-main/shared/habit-kept';
import {
  scoreCheckpoints,
  scoreHabitDays,
  strengthOnDays,
  summarizeHabit,
  type DayRecord,
  type HabitRule,
  type ScoreCheckpoint,
} from '../../src-main/shared/habit-strength';

/*
 * Going on from a checkpoint must give exactly what scoring from the first record gives, on every
 * day after it: the main process answers every habit screen from stored checkpoints, and scoring
 * from the first record stays the reference. Exact equality, not "close to": the two loops make
 * the same floating-point steps in the same order.
 */
const START = '2026-01-01';
const DAYS = 90;
const END = addDays(START, DAYS - 1);

const shapes = fc.oneof(
  fc.record({
    kind: fc.constant('build' as const),
    targetCount: fc.integer({ min: 1, max: 8 }),
    period: fc.constantFrom('day' as const, 'week' as const),
  }),
  fc.record({
    kind: fc.constant('break' as const),
    targetCount: fc.integer({ min: 0, max: 8 }),
    period: fc.constantFrom('day' as const, 'week' as const),
  }),
) satisfies fc.Arbitrary<HabitRule>;

// Each day: nothing (null), a skip or a count; runs of empty days are common in real histories.
const histories = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant('skip' as const) },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 4 }) },
  ),
  { minLength: DAYS, maxLength: DAYS },
);

function recordsOf(history: readonly (number | 'skip' | null)[]): DayRecord[] {
  return history.flatMap((entry, i) =>
    entry === null
      ? []
      : [
          entry === 'skip'
            ? { day: addDays(START, i), count: null, isSkip: true }
            : { day: addDays(START, i), count: entry, isSkip: false },
        ],
  );
}

/** The checkpoint of `day`, scored from the first record, as the database would hand it back. */
function checkpointOf(
  rule: HabitRule,
  records: readonly DayRecord[],
  day: string,
): ScoreCheckpoint | undefined {
  const [checkpoint] = scoreCheckpoints(rule, records, day, [day]);
  // Stored as JSON text and a REAL: what comes back must be what went in.
  return checkpoint === undefined
    ? undefined
    : (JSON.parse(JSON.stringify(checkpoint)) as ScoreCheckpoint);
}

const after = (records: readonly DayRecord[], day: string) => records.filter((r) => r.day > day);

describe('scoring from a checkpoint', () => {
  it('gives every later day the same score and outcome as scoring from the first record, for every rule', () => {
    fc.assert(
      fc.property(shapes, histories, fc.nat({ max: DAYS - 2 }), (rule, history, at) => {
        const records = recordsOf(history);
        const day = addDays(START, at);
        const since = checkpointOf(rule, records, day);
        // No checkpoint before the first record: there is nothing to carry yet.
        const first = records[0]?.day;
        expect(since === undefined).toBe(first === undefined || first > day);
        if (!since) return;
        expect(since.firstDay).toBe(first);
        expect(since.countedDays).toBe(records.filter((r) => r.day <= day && !r.isSkip).length);
        expect(scoreHabitDays(rule, after(records, day), day, END, since)).toEqual(
          scoreHabitDays(rule, records, day, END),
        );
        for (let i = at + 1; i < DAYS; i += 1) {
          const today = addDays(START, i);
          expect(summarizeHabit(rule, after(records, day), today, since)).toEqual(
            summarizeHabit(rule, records, today),
          );
        }
        const ends = [day, addDays(day, 1), END];
        expect(strengthOnDays(rule, after(records, day), ends, since)).toEqual(
          strengthOnDays(rule, records, ends),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('makes later checkpoints equal to those scored from the first record', () => {
    fc.assert(
      fc.property(shapes, histories, fc.nat({ max: DAYS - 2 }), (rule, history, at) => {
        const records = recordsOf(history);
        const day = addDays(START, at);
        const since = checkpointOf(rule, records, day);
        if (!since) return;
        const everyDay = daysBetween(START, END);
        expect(scoreCheckpoints(rule, after(records, day), END, everyDay, since)).toEqual(
          scoreCheckpoints(rule, records, END, everyDay).filter((c) => c.day > day),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('counts the days kept lately and this period as the whole history does', () => {
    fc.assert(
      fc.property(shapes, histories, fc.integer({ min: 40, max: DAYS - 1 }), (rule, history, t) => {
        const records = recordsOf(history);
        const today = addDays(START, t);
        const day = addDays(keptWindowStart(today), -1);
        const since = checkpointOf(rule, records, day);
        if (!since) return;
        const recent = after(records, day);
        expect(keptLately(rule, recent, today, since)).toEqual(keptLately(rule, records, today));
        expect(periodProgress(rule, recent, today)).toEqual(periodProgress(rule, records, today));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a day the checkpoint cannot see, rather than answer wrongly', () => {
    const rule: HabitRule = { kind: 'build', targetCount: 1, period: 'day' };
    const records = recordsOf(Array.from({ length: DAYS }, () => 1));
    const day = addDays(START, 50);
    const since = checkpointOf(rule, records, day);
    if (!since) throw new Error('a checkpoint expected');
    const recent = after(records, day);
    expect(() => scoreHabitDays(rule, recent, addDays(day, -1), END, since)).toThrow(/before it/);
    expect(() => summarizeHabit(rule, recent, day, since)).toThrow(/cannot say/);
    expect(() => strengthOnDays(rule, recent, [addDays(day, -3)], since)).toThrow(/before it/);
    expect(() => keptLately(rule, recent, addDays(day, 10), since)).toThrow(/hides days/);
  });
});
