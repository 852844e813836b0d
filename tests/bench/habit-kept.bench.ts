import { bench, describe } from 'vitest';
import { addDays } from '../../src-main/shared/calendar';
import { keptLately, periodProgress } from '../../src-main/shared/habit-kept';
import {
  summarizeHabit,
  type DayRecord,
  type HabitRule,
} from '../../src-main/shared/habit-strength';

/*
 * What one habit's line on the Habits card costs (`habit:list` works this out for every habit on
 * every load): strength, the days kept lately and this period's count, over ten years of daily
 * check-ins with a skip every tenth day. Target: well under 5 ms a habit, so a list of a dozen
 * habits with a decade of history still opens at once. Run with `npm run bench`.
 */

const START = '2016-12-01';
const TODAY = '2026-11-30';
const records: DayRecord[] = [];
for (let day = START, i = 0; day <= TODAY; day = addDays(day, 1), i += 1) {
  records.push(
    i % 10 === 9 ? { day, count: null, isSkip: true } : { day, count: i % 3, isSkip: false },
  );
}

const rules: readonly [string, HabitRule][] = [
  ['build, daily', { kind: 'build', targetCount: 1, period: 'day' }],
  ['build, 2 a week', { kind: 'build', targetCount: 2, period: 'week' }],
  ['break, not at all', { kind: 'break', targetCount: 0, period: 'day' }],
];

describe('one habit on the list, ten years of check-ins', () => {
  for (const [name, rule] of rules) {
    bench(name, () => {
      summarizeHabit(rule, records, TODAY);
      keptLately(rule, records, TODAY);
      periodProgress(rule, records, TODAY);
    });
  }
});
