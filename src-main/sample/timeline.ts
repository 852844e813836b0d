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
  /**
   * The instant a clock in `zone` (the history's own by default) shows `time` (`HH:MM`, from
   * 06:00 to 22:59) on day `n`.
   */
  readonly at: (n: number, time: string, zone?: string) => string;
}

/** The hours every generated moment falls in: clear of the small hours, when clocks change. */
const EARLIEST = '06:00';
const LATEST = '22:59';

export function createTimeline(today: string, days: number, timeZone: string): Timeline {
  const from = addDays(today, -(days - 1));
  const dayAt = (n: number) => addDays(from, n);
  // Each day's offset from UTC at noon, once per day and zone: working out every moment through
  // the zone rules took most of a ten-year history's time. Clocks change in the small hours (or at
  // midnight), so between 06:00 and 22:59 a day keeps its noon offset; if a zone ever changed in
  // the daytime, a moment would be an hour off and still on the same day.
  const offsets = new Map<string, number>();
  const offsetOn = (day: string, zone: string): number => {
    const key = `${day} ${zone}`;
    let offset = offsets.get(key);
    if (offset === undefined) {
      offset =
        Date.parse(`${day}T12:00:00.000Z`) - Date.parse(instantOfWallTime(day, '12:00', zone));
      offsets.set(key, offset);
    }
    return offset;
  };
  return {
    from,
    today,
    days,
    timeZone,
    dayAt,
    scaled: (share, capDays) => Math.round(Math.min(share * (days - 1), capDays)),
    at: (n, time, zone = timeZone) => {
      if (!/^\d\d:\d\d$/.test(time) || time < EARLIEST || time > LATEST) {
        throw new Error(`A generated moment must be from ${EARLIEST} to ${LATEST}, not ${time}.`);
      }
      const day = dayAt(n);
      return new Date(Date.parse(`${day}T${time}:00.000Z`) - offsetOn(day, zone)).toISOString();
    },
  };
}

/** `HH:MM` for a number of minutes after midnight (0 to 1439). */
export function clockTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
