import { addDays, instantOfWallTime } from '../shared/calendar';

/**
 * The days a generated history covers, from the breakup (day 0) to `today` (the last day), and the
 * moments in them. Milestones of the journey are placed by `scaled`: a share of the history, but
 * never later than a fixed number of days, so a month-long history still walks the whole path in
 * small steps, while a ten-year one has walked it in its first year or so and then lives on.
 */
export interface Timeline {
  readonly from: string;
  readonly today: string;
  /** How many days the history covers, today included (at least 1). */
  readonly days: number;
  readonly timeZone: string;
  /** The day `n` days after the first. */
  readonly dayAt: (n: number) => string;
  /** The day index of a share of the history, capped at `capDays` after the first day. */
  readonly scaled: (share: number, capDays: number) => number;
  /** The instant a clock in `zone` (the history's own by default) shows `time` on day `n`. */
  readonly at: (n: number, time: string, zone?: string) => string;
}

export function createTimeline(today: string, days: number, timeZone: string): Timeline {
  const from = addDays(today, -(days - 1));
  const dayAt = (n: number) => addDays(from, n);
  return {
    from,
    today,
    days,
    timeZone,
    dayAt,
    scaled: (share, capDays) => Math.round(Math.min(share * (days - 1), capDays)),
    at: (n, time, zone = timeZone) => instantOfWallTime(dayAt(n), time, zone),
  };
}

/** `HH:MM` for a number of minutes after midnight (0 to 1439). */
export function clockTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
