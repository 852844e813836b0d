import type { AppError } from '../../../src-main/shared/result';
import { WHEN } from './welcome-copy';

/**
 * The one rule for the breakup day wherever it is asked (the welcome's date step and Settings):
 * a date typed only in part is never saved as no date, and a day after the person's today is
 * refused, both named on the field. Null when the day (or no day) may be saved. `isBadInput` is
 * the date input's own `validity.badInput`: a part-typed date reads as '' and fires no change.
 */
export function breakupDayProblem(
  day: string | null,
  isBadInput: boolean,
  today: string,
): AppError | null {
  if (isBadInput) return { code: 'invalid_input', message: WHEN.incomplete, field: 'breakupDay' };
  if (day !== null && day > today) {
    return { code: 'invalid_input', message: WHEN.notInFuture, field: 'breakupDay' };
  }
  return null;
}
