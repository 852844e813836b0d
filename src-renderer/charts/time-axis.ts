/**
 * Time on the x axis of the series charts: every chart draws days as numbers (days since
 * 1970-01-01), so a gap of months with no entries takes the width of months, and stage bands,
 * points and spans share one scale. Dates are written in the person's locale through day-format.
 */
import { dayNumber, dayOfNumber } from '../../src-main/shared/calendar';
import { nextBucketStart, type BucketUnit } from '../../src-main/shared/series/buckets';
import { formatDay, monthLabel } from '../app/day-format';

/**
 * The axis's ends: each day is a slot one unit wide, centred on its number, so the first and the
 * last day of the range get their full width and a stage that began today still shows.
 */
export function timeDomain(from: string, to: string): readonly [number, number] {
  return [dayNumber(from) - 0.5, dayNumber(to) + 0.5];
}

/**
 * Where a bucket's point sits: in the middle of the days it covers within the range (a week that
 * began before the range starts is centred on its days inside it).
 */
export function bucketCentre(start: string, unit: BucketUnit, from: string, to: string): number {
  const first = Math.max(dayNumber(start), dayNumber(from));
  const last = Math.min(dayNumber(nextBucketStart(start, unit)) - 1, dayNumber(to));
  return (first + Math.max(first, last)) / 2;
}

/** "3 Jun 2026": a day in a table or a tooltip, with its year, since a range may cross one. */
export function tableDay(day: string): string {
  return formatDay(day, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** A bucket named by what it covers: a day, the week from its Monday, a month, a quarter, a year. */
export function bucketLabel(start: string, unit: BucketUnit): string {
  switch (unit) {
    case 'day':
      return tableDay(start);
    case 'week':
      return `Week from ${tableDay(start)}`;
    case 'month':
      return monthLabel(start.slice(0, 7));
    case 'quarter': {
      const last = dayOfNumber(dayNumber(nextBucketStart(start, 'quarter')) - 1);
      return `${formatDay(start, { month: 'short' })} to ${formatDay(last, { month: 'short', year: 'numeric' })}`;
    }
    case 'year':
      return formatDay(start, { year: 'numeric' });
    default: {
      const unhandled: never = unit;
      return unhandled;
    }
  }
}

/** A period in words: "1 November 2026 to 30 November 2026", or one day alone. */
export function periodInWords(from: string, to: string): string {
  const options = { day: 'numeric', month: 'long', year: 'numeric' } as const;
  return from === to
    ? formatDay(from, options)
    : `${formatDay(from, options)} to ${formatDay(to, options)}`;
}

export interface TimeAxis {
  readonly domain: readonly [number, number];
  /** Where the ticks go: whole days, on boundaries a person counts by (Mondays, months, years). */
  readonly ticks: readonly number[];
  readonly format: (x: number) => string;
}

/** Every day from `from` to `to` that `keep` accepts, as day numbers. */
function daysWhere(from: string, to: string, keep: (day: string) => boolean): number[] {
  const ticks: number[] = [];
  for (let n = dayNumber(from); n <= dayNumber(to); n += 1) {
    if (keep(dayOfNumber(n))) ticks.push(n);
  }
  return ticks;
}

/**
 * Ticks for the range: every day over a week; Mondays over a month; the 1st and 16th over a
 * quarter; the first of each month over up to two years (the year written on January, or on the
 * first tick when no January is shown); beyond that, the first of each year. Recharts
 * still drops ticks that would touch (the chart sets a gap), so a narrow window stays readable.
 */
export function timeAxis(from: string, to: string): TimeAxis {
  const days = dayNumber(to) - dayNumber(from) + 1;
  const domain = timeDomain(from, to);
  const shortDay = (x: number) => formatDay(dayOfNumber(x), { day: 'numeric', month: 'short' });
  if (days <= 8) return { domain, ticks: daysWhere(from, to, () => true), format: shortDay };
  if (days <= 40) {
    // 1970-01-05 was a Monday.
    const mondays = daysWhere(from, to, (day) => (dayNumber(day) - 4) % 7 === 0);
    return { domain, ticks: mondays, format: shortDay };
  }
  if (days <= 124) {
    const halves = daysWhere(from, to, (day) => day.endsWith('-01') || day.endsWith('-16'));
    return { domain, ticks: halves, format: shortDay };
  }
  if (days <= 800) {
    const months = daysWhere(from, to, (day) => day.endsWith('-01'));
    // The year goes on January; on the first tick too only when no January is shown, since a
    // narrow axis drops the tick after a long first label (and with it the year it carried).
    const hasJanuary = months.some((x) => dayOfNumber(x).slice(5, 7) === '01');
    const first = hasJanuary ? undefined : months[0];
    return {
      domain,
      ticks: months,
      format: (x) => {
        const day = dayOfNumber(x);
        const withYear = x === first || day.slice(5, 7) === '01';
        return formatDay(day, withYear ? { month: 'short', year: 'numeric' } : { month: 'short' });
      },
    };
  }
  const years = daysWhere(from, to, (day) => day.endsWith('-01-01'));
  return { domain, ticks: years, format: (x) => formatDay(dayOfNumber(x), { year: 'numeric' }) };
}

/**
 * The margin of every chart on a time axis (with recharts' default 60px y axis, the plot starts
 * 44px in; the stage timeline, with no y axis, sets 44 itself), so charts line up one above another.
 */
export const TIME_CHART_MARGIN = { top: 8, right: 16, bottom: 4, left: -16 } as const;

/**
 * Props every time axis shares (the mood, hurt, stage and habit charts), so charts read one above
 * the other line up: same domain, same ticks, same words, same gap before recharts drops a tick.
 */
export function timeXAxisProps(
  axis: TimeAxis,
  palette: { readonly muted: string; readonly axis: string },
) {
  return {
    dataKey: 'x',
    type: 'number',
    domain: [...axis.domain],
    ticks: [...axis.ticks],
    tickFormatter: axis.format,
    tick: { fill: palette.muted, fontSize: 12 },
    stroke: palette.axis,
    interval: 'preserveStart',
    minTickGap: 16,
    allowDataOverflow: true,
  } as const;
}

/**
 * Ticks under bars, in the time axis's style: days and weeks by their day ("3 Jun"); months and
 * quarters by their first month, the year written on the first bar of each new year (or on the
 * first bar when the range holds no new year), as timeAxis writes it on January; years by the year.
 */
export function barTickFormat(days: readonly string[], unit: BucketUnit): (day: string) => string {
  switch (unit) {
    case 'day':
    case 'week':
      return (day) => formatDay(day, { day: 'numeric', month: 'short' });
    case 'month':
    case 'quarter': {
      const sorted = [...days].sort();
      const newYears = new Set(
        sorted.filter((day, i) => i > 0 && day.slice(0, 4) !== sorted[i - 1]?.slice(0, 4)),
      );
      const first = newYears.size === 0 ? sorted[0] : undefined;
      return (day) =>
        formatDay(
          day,
          day === first || newYears.has(day)
            ? { month: 'short', year: 'numeric' }
            : { month: 'short' },
        );
    }
    case 'year':
      return (day) => formatDay(day, { year: 'numeric' });
    default: {
      const unhandled: never = unit;
      return unhandled;
    }
  }
}

/** With daily points, a line is not drawn across more than a week without an entry. */
export const LONGEST_JOINED_GAP_DAYS = 7;

/**
 * The points with a blank put in each gap a line should not be drawn across: more than a week
 * between two days, or a whole bucket missing between two weeks, months ... A straight line over
 * a month with no entries would draw a month nobody recorded. Recharts breaks a line at a blank.
 */
export function withGapBreaks<T extends { readonly x: number; readonly day: string }>(
  points: readonly T[],
  unit: BucketUnit,
  blank: (x: number) => T,
): T[] {
  const drawn: T[] = [];
  points.forEach((point, index) => {
    const previous = points[index - 1];
    if (previous !== undefined) {
      const isGap =
        unit === 'day'
          ? dayNumber(point.day) - dayNumber(previous.day) > LONGEST_JOINED_GAP_DAYS
          : point.day !== nextBucketStart(previous.day, unit);
      if (isGap) drawn.push(blank((previous.x + point.x) / 2));
    }
    drawn.push(point);
  });
  return drawn;
}
