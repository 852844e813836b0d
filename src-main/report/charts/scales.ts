/**
 * The report charts' scales and ticks, from d3-scale and d3-time. Days are `YYYY-MM-DD` local
 * days; they are placed as UTC midnights, which have no daylight-saving jumps, so every day is
 * exactly one slot wide whatever zone the report is made in.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { spanDays } from '../../shared/series/buckets';
import { dayAndMonth, monthLabel } from '../format';

/** The drawing width; every chart scales to the page's width from this. */
export const WIDTH = 680;

/** The area a chart's marks fill, in drawing units. */
export interface Plot {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** One decimal is plenty for positions and keeps the document small. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** A local day as the UTC midnight that starts it. */
export function utcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The local day of a UTC midnight. */
export function dayOfDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Where days sit across a plot: `x` is the middle of a day's slot, `half` half a slot's width. */
export interface DayScale {
  readonly x: (day: string) => number;
  readonly half: number;
}

export function dayScale(from: string, to: string, plot: Plot): DayScale {
  const scale = scaleUtc()
    .domain([utcDate(from), utcDay.offset(utcDate(to), 1)])
    .range([plot.left, plot.right]);
  const half = (plot.right - plot.left) / spanDays(from, to) / 2;
  return { x: (day) => scale(utcDate(day)) + half, half };
}

type TickUnit = 'week' | 'month' | 'quarter' | 'year';

const TICK_INTERVALS: Readonly<Record<TickUnit, TimeInterval>> = {
  week: utcMonday,
  month: utcMonth,
  // Months 0, 3, 6 and 9: quarters start in January, April, July and October.
  quarter: utcMonth.every(3) ?? utcMonth,
  year: utcYear,
};

/** The day ticks of a time axis: weeks (Mondays), months, quarters or years, whichever reads best. */
export function timeTicks(from: string, to: string): { day: string; label: string }[] {
  const days = spanDays(from, to);
  const unit: TickUnit =
    days <= 62 ? 'week' : days <= 550 ? 'month' : days <= 1500 ? 'quarter' : 'year';
  const starts = TICK_INTERVALS[unit]
    .range(utcDate(from), utcDay.offset(utcDate(to), 1))
    .map(dayOfDate);
  if (starts.length === 0) starts.push(from);
  return starts.map((day, index) => {
    switch (unit) {
      case 'week':
        return { day, label: dayAndMonth(day) };
      case 'month':
        return { day, label: monthLabel(day, index === 0 || day.slice(5, 7) === '01') };
      case 'quarter':
        return { day, label: monthLabel(day, true) };
      case 'year':
        return { day, label: day.slice(0, 4) };
      default: {
        const unhandled: never = unit;
        return unhandled;
      }
    }
  });
}

/**
 * 0 and a few round steps covering `max`. Counts are whole things (conversations, contacts), so
 * only whole ticks are kept: an axis must not say "0.5 contacts".
 */
export function countTicks(max: number): number[] {
  const top = Math.max(1, Math.ceil(max));
  return scaleLinear().domain([0, top]).nice(3).ticks(3).filter(Number.isInteger);
}
