import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/shared/calendar';
import { TREND_MIN_POINTS } from '../../src-main/shared/share-words';
import {
  leastSquaresMovement,
  movementDirection,
  movementInWords,
} from '../../src-main/shared/trend';

const SCALE = { min: 1, max: 10 };
const series = (values: readonly number[], from = '2026-11-01') =>
  values.map((value, i) => ({ day: addDays(from, i), value }));

describe('leastSquaresMovement', () => {
  it('says the climb an average hides: 2 to 7 averages 4.5, and rose from about 2 to about 7', () => {
    const m = leastSquaresMovement(series([2, 3, 4, 5, 6, 7]), SCALE);
    expect(m).toMatchObject({ firstDay: '2026-11-01', lastDay: '2026-11-06' });
    expect(m?.start).toBeCloseTo(2, 9);
    expect(m?.end).toBeCloseTo(7, 9);
    expect(m && movementInWords(m)).toBe('rose from about 2 to about 7');
  });

  it('reads no direction into a wobble: 6, 7, 7, 6, 7.5 stayed around 7', () => {
    const m = leastSquaresMovement(series([6, 7, 7, 6, 7.5]), SCALE);
    expect(m && movementInWords(m, ' out of 10')).toBe('stayed around 7 out of 10');
  });

  it('draws nothing from fewer than four days', () => {
    expect(TREND_MIN_POINTS).toBe(4);
    expect(leastSquaresMovement(series([2, 5, 9]), SCALE)).toBeNull();
  });

  it('weighs a gap of a week as a week, and keeps the line within the scale', () => {
    const days = [
      { day: '2026-11-01', value: 1 },
      { day: '2026-11-02', value: 1 },
      { day: '2026-11-03', value: 1 },
      { day: '2026-11-30', value: 10 },
    ];
    const m = leastSquaresMovement(days, SCALE);
    expect(m?.start).toBeGreaterThanOrEqual(1);
    expect(m?.end).toBeLessThanOrEqual(10);
    expect(m && movementInWords(m)).toMatch(/^rose from about 1 to about (9|10)$/);
  });

  it('says a fall as going down', () => {
    const m = leastSquaresMovement(series([8, 7, 5, 4, 3], '2026-12-28'), { min: 0, max: 10 });
    expect(m && movementInWords(m)).toBe('went down from about 8 to about 3');
  });

  it('gives the direction its words say, so what acts on a movement never disagrees with them', () => {
    for (const [start, end] of [
      [2, 7],
      [7, 4],
      [5.2, 5.9],
      [4.4, 5.4],
      [4.5, 5.49],
    ] as const) {
      const direction = movementDirection({ start, end });
      const words = movementInWords({ start, end });
      expect(words.startsWith({ up: 'rose', down: 'went down', flat: 'stayed' }[direction])).toBe(
        true,
      );
    }
    expect(movementDirection({ start: 4.4, end: 5.4 })).toBe('up');
    expect(movementDirection({ start: 5, end: 4.2 })).toBe('flat');
  });
});
