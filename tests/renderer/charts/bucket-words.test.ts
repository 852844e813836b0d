import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src-renderer/app/day-format';
import {
  axisTick,
  bucketLabel,
  bucketTick,
  periodInWords,
} from '../../../src-renderer/charts/bucket-words';

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
    expect(axisTick('2026-03-06', '2025-12-01', '2026-11-30')).toBe(
      formatDay('2026-03-06', { day: 'numeric', month: 'short' }),
    );
    expect(axisTick('2026-03-06', '2016-12-01', '2026-11-30')).toBe(
      formatDay('2026-03-06', { month: 'short', year: 'numeric' }),
    );
    expect(bucketTick('2026-03-01', 'month', '2025-12-01', '2026-11-30')).toBe(
      formatDay('2026-03-01', { month: 'short', year: 'numeric' }),
    );
  });

  it('says a period of one day as that day, and a longer one from and to', () => {
    expect(periodInWords('2026-11-30', '2026-11-30')).toBe(long('2026-11-30'));
    expect(periodInWords('2026-11-24', '2026-11-30')).toBe(
      `${long('2026-11-24')} to ${long('2026-11-30')}`,
    );
  });
});
