import { describe, expect, it } from 'vitest';
import { addDays, isValidDay } from '../../../src-main/shared/calendar';
import {
  FIRST_DAY,
  LAST_DAY,
  instantSchema,
  isAcceptedDay,
} from '../../../src-main/shared/contract/common';

describe('days and instants the contract accepts', () => {
  it('accepts exactly the real days from the first to the last day, and nothing shaped otherwise', () => {
    const edges = [FIRST_DAY, LAST_DAY, addDays(FIRST_DAY, -1), addDays(LAST_DAY, 1)];
    const odd = [
      '1899-12-31',
      '3000-01-01',
      '2024-02-29',
      '2023-02-29',
      '2026-13-01',
      '2026-00-10',
    ];
    const misshaped = ['2026-1-01', ' 2026-01-01', '2026-01-01 ', '20260101', '+2026-01-01', ''];
    for (const day of [...edges, ...odd, ...misshaped]) {
      const byRule =
        /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= FIRST_DAY && day <= LAST_DAY && isValidDay(day);
      expect(isAcceptedDay(day), day).toBe(byRule);
    }
  });

  it('refuses instants on days outside the range, with the range’s message', () => {
    expect(instantSchema.safeParse('2026-03-01T10:00:00.000Z').success).toBe(true);
    for (const instant of ['1899-12-31T23:59:59.000Z', '3000-01-01T00:00:00.000Z']) {
      const result = instantSchema.safeParse(instant);
      expect(result.success, instant).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(
        /between 1 January 1900 and 31 December 2999/,
      );
    }
    expect(instantSchema.safeParse('2026-02-30T10:00:00.000Z').error?.issues[0]?.message).toBe(
      'Choose a real date and time.',
    );
  });
});
