import { describe, expect, it } from 'vitest';
import { countTicks, dayScale, timeTicks } from '../../../src-main/report/charts/scales';

describe('time ticks', () => {
  it('labels weeks, months, quarters or years depending on the span', () => {
    expect(timeTicks('2026-11-01', '2026-11-27').map((t) => t.label)).toEqual([
      '2 Nov',
      '9 Nov',
      '16 Nov',
      '23 Nov',
    ]);
    expect(
      timeTicks('2025-11-28', '2026-11-27')
        .map((t) => t.label)
        .slice(0, 3),
    ).toEqual(['Dec 2025', 'Jan 2026', 'Feb']);
    expect(timeTicks('2024-01-01', '2026-11-27').map((t) => t.label)).toHaveLength(12);
    expect(timeTicks('2024-01-01', '2026-11-27')[1]).toEqual({
      day: '2024-04-01',
      label: 'Apr 2024',
    });
    expect(timeTicks('2016-11-28', '2026-11-27').map((t) => t.label)).toEqual(
      Array.from({ length: 10 }, (_, i) => String(2017 + i)),
    );
  });

  it('puts a tick on every Monday across a daylight-saving change, and only Mondays', () => {
    // Europe's clocks went back on 25 October 2026, New York's on 1 November.
    const ticks = timeTicks('2026-10-20', '2026-11-10');
    expect(ticks.map((t) => t.day)).toEqual(['2026-10-26', '2026-11-02', '2026-11-09']);
  });

  it('names the period’s only day when no week starts in it', () => {
    expect(timeTicks('2026-11-20', '2026-11-20')).toEqual([{ day: '2026-11-20', label: '20 Nov' }]);
  });
});

describe('day scale', () => {
  const plot = { left: 0, right: 70, top: 0, bottom: 10 };

  it('gives every day the same width, across a daylight-saving change too', () => {
    const { x, half } = dayScale('2026-10-23', '2026-11-05', plot);
    expect(half).toBeCloseTo(2.5);
    const steps = ['2026-10-24', '2026-10-25', '2026-10-26', '2026-11-01', '2026-11-02'].map(
      (day, i, list) => (i === 0 ? 5 : x(day) - x(list[i - 1] ?? day)),
    );
    expect(x('2026-10-23')).toBeCloseTo(2.5);
    expect(x('2026-11-05')).toBeCloseTo(67.5);
    expect(steps).toEqual([5, 5, 5, 30, 5].map((s) => expect.closeTo(s, 6)));
  });

  it('centres a one-day period', () => {
    expect(dayScale('2026-11-20', '2026-11-20', plot).x('2026-11-20')).toBeCloseTo(35);
  });
});

describe('count ticks', () => {
  it('never writes a fraction of a count (the case reported: "0.5 contacts")', () => {
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
  });

  it('steps by whole numbers for every count, small or large, in at most six ticks', () => {
    for (let max = 1; max <= 5000; max += max < 200 ? 1 : 37) {
      const ticks = countTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(6);
      for (const t of ticks) expect(Number.isInteger(t)).toBe(true);
    }
  });
});
