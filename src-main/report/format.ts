/**
 * Dates and numbers as the report prints them, the same on every computer: English month names
 * from a table (not the machine's locale), one decimal where a decimal helps, "about 4" where it
 * does not.
 */

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function parts(day: string): { year: number; month: string; date: number } {
  return {
    year: Number(day.slice(0, 4)),
    month: MONTHS[Number(day.slice(5, 7)) - 1] ?? '',
    date: Number(day.slice(8, 10)),
  };
}

/** "27 November 2026". */
export function longDate(day: string): string {
  const p = parts(day);
  return `${p.date} ${p.month} ${p.year}`;
}

/** "27 Nov 2026". */
export function shortDate(day: string): string {
  const p = parts(day);
  return `${p.date} ${p.month.slice(0, 3)} ${p.year}`;
}

/** "27 Nov". */
export function dayAndMonth(day: string): string {
  const p = parts(day);
  return `${p.date} ${p.month.slice(0, 3)}`;
}

/** "Nov", or "Nov 2026" when the year should be said. */
export function monthLabel(day: string, withYear: boolean): string {
  const p = parts(day);
  return withYear ? `${p.month.slice(0, 3)} ${p.year}` : p.month.slice(0, 3);
}

/** "27 November 2026 to 31 December 2026", or a single day. */
export function periodText(from: string, to: string): string {
  return from === to ? longDate(from) : `${longDate(from)} to ${longDate(to)}`;
}

/** A number as the report writes it on every computer: "1,234". */
export function plainNumber(n: number): string {
  return n.toLocaleString('en-US');
}

/** "1 day", "212 days"; the same for any noun with a regular plural. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${plainNumber(n)} ${n === 1 ? singular : plural}`;
}

/** One decimal: "5.3". */
export function oneDecimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/** A whole percentage: "74%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
