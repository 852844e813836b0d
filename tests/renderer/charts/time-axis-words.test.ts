import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src-renderer/app/day-format';
import { dayOfNumber } from '../../../src-main/shared/calendar';
import {
  barTickFormat,
  bucketLabel,
  periodInWords,
  timeAxis,
} from '../../../src-renderer/charts/time-axis';

// Expected words are built with the same locale formatter, so the tests hold in every locale; what
// they check is which days and parts each label names.
const short = (day: string) => formatDay(day, { day: 'numeric', month: 'short', year: 'numeric' });
const long = (day: string) => formatDay(day, { day: 'numeric', month: 'long', year: 'numeric' });

describe('bucket words', () => {
  it('names each bucket by its days, a quarter by its first and last month', () => {
    expect(bucketLabel('2026-11-30', 'day')).toBe(short('2026-11-30'));
    expect(bucketLabel('2026-11-23', 'week')).toBe(`Week from ${short('2026-11-23')}`);
    expect(bucketLabel('2026-02-01', 'month')).toBe(
      formatDay('2026-02-01', { month: 'long', year: 'numeric' }),
    );
    expect(bucketLabel('2026-10-01', 'quarter')).toBe(
      `${formatDay('2026-10-01', { month: 'short' })} to ${formatDay('2026-12-31', {
        month: 'short',
        year: 'numeric',
      })}`,
    );
    expect(bucketLabel('2026-01-01', 'year')).toBe(formatDay('2026-01-01', { year: 'numeric' }));
  });

  it('gives ticks the year once a chart spans more than a year', () => {
    // Over a year the axis names months, and the year on January; over ten years, the years.
    const year = timeAxis('2025-12-01', '2026-11-30');
    expect(year.ticks.map((x) => year.format(x))).toContain(
      formatDay('2026-01-01', { month: 'short', year: 'numeric' }),
    );
    expect(year.ticks.map((x) => dayOfNumber(x))).toContain('2026-03-01');
    const decade = timeAxis('2016-12-01', '2026-11-30');
    expect(decade.ticks.map((x) => decade.format(x))).toContain(
      formatDay('2026-01-01', { year: 'numeric' }),
    );
  });

  it("labels bars in the time axis's style: the year on the first bar of a new year only", () => {
    const months = ['2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01'];
    const tick = barTickFormat(months, 'month');
    expect(months.map(tick)).toEqual([
      formatDay('2025-12-01', { month: 'short' }),
      formatDay('2026-01-01', { month: 'short', year: 'numeric' }),
      formatDay('2026-02-01', { month: 'short' }),
      formatDay('2026-03-01', { month: 'short' }),
    ]);
    // No new year in the range: the first bar carries it.
    expect(barTickFormat(['2026-03-01', '2026-04-01'], 'month')('2026-03-01')).toBe(
      formatDay('2026-03-01', { month: 'short', year: 'numeric' }),
    );
    expect(barTickFormat(['2026-11-23'], 'week')('2026-11-23')).toBe(
      formatDay('2026-11-23', { day: 'numeric', month: 'short' }),
    );
  });

  it('says a period of one day as that day, and a longer one from and to', () => {
    expect(periodInWords('2026-11-30', '2026-11-30')).toBe(long('2026-11-30'));
    expect(periodInWords('2026-11-24', '2026-11-30')).toBe(
      `${long('2026-11-24')} to ${long('2026-11-30')}`,
    );
  });
});
