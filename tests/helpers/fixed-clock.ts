import { afterEach, beforeEach, vi } from 'vitest';

/**
 * An afternoon instant that is at least two hours from midnight in every zone the suites run in
 * (tests/run-unit-suites.mjs): 11:00 in New York, 16:00 UTC, 21:45 in Kathmandu, 03:00 the next
 * day on Lord Howe, 05:00 the next day in Apia.
 */
export const FIXED_NOW = '2026-11-28T16:00:00.000Z';

/**
 * Starts every test in the file at `instant`, with time flowing on from there: a screen's "today"
 * and the test's "today" are then the same day on any machine, any day, any hour, and no midnight
 * can pass between the screen reading the clock and the test reading it. Only `Date` is faked,
 * so timers, promises and user-event behave as usual.
 */
export function useFixedClock(instant: string = FIXED_NOW): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(instant));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
