import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayInWords,
  lastDayOfMonth,
  shortDay,
  monthWeeks,
  weekdayIndex,
} from '../../../../src-renderer/features/habits/habit-dates';

describe('calendar helpers for the habit calendar', () => {
  it('lays a month out in weeks from Monday, leap days included', () => {
    // 1 February 2024 was a Thursday; the month had 29 days and ends on a Thursday.
    const weeks = monthWeeks('2024-02');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([
      null,
      null,
      null,
      '2024-02-01',
      '2024-02-02',
      '2024-02-03',
      '2024-02-04',
    ]);
    expect(weeks[4]).toEqual([
      '2024-02-26',
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      null,
      null,
      null,
    ]);
    expect(weeks.flat().filter((d) => d !== null)).toHaveLength(29);
    // June 2026 starts on a Monday: no empty days before it.
    expect(monthWeeks('2026-06')[0]?.[0]).toBe('2026-06-01');
    expect(weekdayIndex('2026-06-07')).toBe(6);
  });

  it('moves between months across year ends and finds their last days', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-03', -14)).toBe('2025-01');
    expect(lastDayOfMonth('2023-02')).toBe('2023-02-28');
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
  });

  it('names days in messages plainly', () => {
    expect(dayInWords('2026-03-01', '2026-03-01')).toBe('today');
    expect(dayInWords('2026-02-28', '2026-03-01')).toBe('yesterday');
    expect(dayInWords('2026-02-20', '2026-03-01')).toBe(`on ${shortDay('2026-02-20')}`);
  });
});
