import { useCallback, useMemo, useState } from 'react';
import type { Channel } from '../../src-main/shared/ipc-channels';
import { contract, type ChannelInput } from '../../src-main/shared/ipc-contract';
import type { AppError } from '../../src-main/shared/result';
import { useClearUndoLine } from '../app/undo';

/**
 * Which of a form's fields each top-level name of the contract belongs to, e.g.
 * `{ occurredAt: 'when', timeZone: 'when', mood: 'mood' }`. Names left out (an entry's `id`, a
 * field the form does not show) are not lost: their errors become the form's general message.
 */
export type FieldMap<F extends string> = Readonly<Record<string, F>>;

/** An error placed on a form: next to `field`, or, when `field` is null, as the general message. */
export interface PlacedError<F extends string> {
  readonly field: F | null;
  readonly message: string;
}

/**
 * The one rule for where an error from main (or from checking before sending) is shown. The first
 * part of its `field` path (`tags.3` -> `tags`) is looked up in `fields`; an error without a field,
 * or on a field the form does not have, is the form's general message. Nothing is ever dropped.
 */
export function placeError<F extends string>(
  error: AppError | null,
  fields: FieldMap<F>,
): PlacedError<F> | null {
  if (!error) return null;
  const top = error.field?.split('.')[0] ?? '';
  const field = Object.hasOwn(fields, top) ? (fields[top] ?? null) : null;
  return { field, message: error.message };
}

/**
 * Checks a request with the contract's own zod schema before it is sent, so a person sees the
 * very message main would give, at once. Main checks again: this only saves a round trip.
 * Answers the first problem as an `AppError` whose `field` is the path of the value to fix.
 */
export function checkRequest<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): AppError | null {
  const parsed = contract[channel].input.safeParse(input);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  if (!issue) return { code: 'invalid_input', message: 'Something here is not valid.' };
  const field = issue.path.map(String).join('.');
  return field === ''
    ? { code: 'invalid_input', message: issue.message }
    : { code: 'invalid_input', message: issue.message, field };
}

/** What `useFormErrors` gives a form. */
export interface FormErrors<F extends string> {
  /** Shows `error` (from main or from `checkRequest`), or clears it with null. */
  readonly setError: (error: AppError | null) => void;
  /** The message to show next to `field`, if the error is on it. */
  readonly errorOf: (field: F) => string | undefined;
  /** The message for the whole form (role=alert), if the error is on no field it shows. */
  readonly general: string | null;
  readonly hasError: boolean;
}

/**
 * Holds a form's current error and places it with `placeError`. Pass `fields` as a constant
 * defined outside the component.
 */
export function useFormErrors<F extends string>(fields: FieldMap<F>): FormErrors<F> {
  const [error, setPlainError] = useState<AppError | null>(null);
  const clearUndoLine = useClearUndoLine();
  // A refusal never sits beside an earlier "Saved." (which would read as if this was saved too).
  const setError = useCallback(
    (next: AppError | null) => {
      if (next) clearUndoLine();
      setPlainError(next);
    },
    [clearUndoLine],
  );
  const placed = useMemo(() => placeError(error, fields), [error, fields]);
  const errorOf = useCallback(
    (field: F) => (placed && placed.field === field ? placed.message : undefined),
    [placed],
  );
  return {
    setError,
    errorOf,
    general: placed && placed.field === null ? placed.message : null,
    hasError: placed !== null,
  };
}
