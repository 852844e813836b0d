/**
 * How much a handful of items can carry, said once for the app and the report: below
 * `PERCENT_MIN_ITEMS` a share is said as a count ("1 of 1 ended resolved"), because "100%" of one
 * conversation reads as a finding; with fewer than `TREND_MIN_POINTS` points in a window no rolling
 * average or trend line is drawn or described. Pure.
 */

/** Below this many items a share is a count ("3 of 7"), never a percentage. */
export const PERCENT_MIN_ITEMS = 10;

/** Fewer points than this in a window: no rolling average or trend is drawn or put into words. */
export const TREND_MIN_POINTS = 4;

/** The words said instead of a trend when a window has fewer than `TREND_MIN_POINTS` points. */
export const TOO_FEW_FOR_TREND = 'There are too few entries for a trend yet.';

/**
 * `part` of `whole` in words: "1 of 1" or "3 of 7" below `PERCENT_MIN_ITEMS`; from there the count
 * with its percentage, "15 of 17 (88%)" (rounded half up to a whole percent), so a reader always
 * sees how many items a percentage rests on. `formatNumber` writes each number (the app passes the
 * locale's `formatCount`; the report keeps plain digits). Throws a RangeError when `whole` is not a
 * positive whole number or `part` is not a whole number from 0 to `whole`.
 */
export function shareInWords(
  part: number,
  whole: number,
  formatNumber: (n: number) => string = String,
): string {
  if (!Number.isInteger(whole) || whole <= 0) {
    throw new RangeError(`shareInWords: the whole must be a positive whole number, got ${whole}`);
  }
  if (!Number.isInteger(part) || part < 0 || part > whole) {
    throw new RangeError(
      `shareInWords: the part must be a whole number from 0 to ${whole}, got ${part}`,
    );
  }
  if (whole < PERCENT_MIN_ITEMS) return `${formatNumber(part)} of ${formatNumber(whole)}`;
  const percent = Math.round((part / whole) * 100);
  return `${formatNumber(part)} of ${formatNumber(whole)} (${formatNumber(percent)}%)`;
}
