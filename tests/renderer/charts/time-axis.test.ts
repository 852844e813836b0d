import { describe, expect, it } from 'vitest';
import { dayNumber, dayOfNumber } from '../../../src-main/shared/calendar';
import {
  bucketCentre,
  bucketLabel,
  timeAxis,
  withGapBreaks,
} from '../../../src-renderer/charts/time-axis';
import { formatDay, monthLabel } from '../../../src-renderer/app/day-format';

const days = (ticks: readonly number[]) => ticks.map((x) => dayOfNumber(x));

describe('timeAxis', () => {
  it('a week: every day', () => {
    expect(days(timeAxis('2026-11-24', '2026-11-30').ticks)).toHaveLength(7);
  });

  it('a month: Mondays only', () => {
    expect(days(timeAxis('2026-10-31', '2026-11-30').ticks)).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
  });

  it('a quarter: the 1st and the 16th', () => {
    expect(days(timeAxis('2026-08-31', '2026-11-30').ticks)).toEqual([
      '2026-09-01',
      '2026-09-16',
      '2026-10-01',
      '2026-10-16',
      '2026-11-01',
      '2026-11-16',
    ]);
  });

  it('a year: the first of each month, the year on January (the month before it is plain)', () => {
    const axis = timeAxis('2025-12-01', '2026-11-30');
    expect(days(axis.ticks)).toHaveLength(12);
    const [first, january] = axis.ticks;
    expect(axis.format(first ?? 0)).toBe(formatDay('2025-12-01', { month: 'short' }));
    expect(axis.format(january ?? 0)).toBe(
      formatDay('2026-01-01', { month: 'short', year: 'numeric' }),
    );
    expect(axis.format(axis.ticks[2] ?? 0)).toBe(formatDay('2026-02-01', { month: 'short' }));
  });

  it('months with no January: the year goes on the first tick', () => {
    const axis = timeAxis('2026-03-01', '2026-11-30');
    expect(axis.format(axis.ticks[0] ?? 0)).toBe(
      formatDay('2026-03-01', { month: 'short', year: 'numeric' }),
    );
    expect(axis.format(axis.ticks[1] ?? 0)).toBe(formatDay('2026-04-01', { month: 'short' }));
  });

  it('years: the first of each year; a 29 February range end is kept whole', () => {
    const axis = timeAxis('2019-03-01', '2028-02-29');
    expect(days(axis.ticks)).toEqual(
      ['2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028'].map(
        (y) => `${y}-01-01`,
      ),
    );
    expect(axis.domain).toEqual([dayNumber('2019-03-01') - 0.5, dayNumber('2028-02-29') + 0.5]);
  });
});

describe('bucketCentre and bucketLabel', () => {
  it('centres a week begun before the range on its days inside the range', () => {
    // Week from Monday 26 October; the range starts on Saturday 31 October: 31 Oct and 1 Nov.
    expect(bucketCentre('2026-10-26', 'week', '2026-10-31', '2026-11-30')).toBe(
      dayNumber('2026-10-31') + 0.5,
    );
    expect(bucketCentre('2026-11-30', 'day', '2026-10-31', '2026-11-30')).toBe(
      dayNumber('2026-11-30'),
    );
  });

  it('names each bucket by what it covers, in the locale', () => {
    expect(bucketLabel('2026-11-01', 'month')).toBe(monthLabel('2026-11'));
    expect(bucketLabel('2026-10-01', 'quarter')).toBe(
      `${formatDay('2026-10-01', { month: 'short' })} to ${formatDay('2026-12-31', { month: 'short', year: 'numeric' })}`,
    );
    expect(bucketLabel('2026-01-01', 'year')).toBe(formatDay('2026-01-01', { year: 'numeric' }));
  });
});

describe('withGapBreaks', () => {
  const at = (day: string) => ({ x: dayNumber(day), day });
  const blank = (x: number) => ({ x, day: '' });

  it('joins days up to a week apart, and breaks the line over a longer gap', () => {
    const points = [at('2026-01-01'), at('2026-01-08'), at('2026-01-16')];
    expect(withGapBreaks(points, 'day', blank).map((p) => p.day)).toEqual([
      '2026-01-01',
      '2026-01-08',
      '',
      '2026-01-16',
    ]);
  });

  it('breaks a line of months where a month is missing, and nowhere else', () => {
    const points = [at('2026-01-01'), at('2026-02-01'), at('2026-05-01')];
    const drawn = withGapBreaks(points, 'month', blank);
    expect(drawn.map((p) => p.day)).toEqual(['2026-01-01', '2026-02-01', '', '2026-05-01']);
    expect(drawn[2]?.x).toBe((dayNumber('2026-02-01') + dayNumber('2026-05-01')) / 2);
    expect(withGapBreaks([], 'week', blank)).toEqual([]);
  });
});
