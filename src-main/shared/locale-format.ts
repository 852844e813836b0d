/**
 * Numbers and moments in words, in the system's locale (the `undefined` locale: what the person
 * set their computer to), for every process: the renderer's screens (through
 * src-renderer/app/day-format.ts), the main process's messages and dialogs, and the contract's
 * refusals, so a limit shown beside a text box and the refusal of the same text say one number
 * the same way. Pure: only `Intl`.
 */

const numberFormat = new Intl.NumberFormat(undefined);
const oneDecimalFormat = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** A count as the locale writes it: "1,234" or "1 234". */
export function formatCount(count: number): string {
  return numberFormat.format(count);
}

/** A number to one decimal as the locale writes it: "1.5" or "1,5". */
export function formatOneDecimal(value: number): string {
  return oneDecimalFormat.format(value);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "Friday 27 November 2026, 22:10" (the order and words are the locale's): an instant to the
 * minute, or to the second ("22:10:05") with `withSeconds`, on this computer's clock or in
 * `timeZone` (an IANA name).
 */
export function dateTimeInWords(
  instant: string,
  { withSeconds = false, timeZone }: { withSeconds?: boolean; timeZone?: string } = {},
): string {
  const key = `${String(withSeconds)} ${timeZone ?? ''}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      ...(withSeconds && { second: '2-digit' }),
      ...(timeZone !== undefined && { timeZone }),
    });
    dateTimeFormats.set(key, format);
  }
  return format.format(new Date(instant));
}
