import type { ReactNode } from 'react';

/**
 * Says that part of a screen could not be read, and what is shown instead, beside the reason from
 * the main process. A failed read is never left to look like "nothing there": that would tell the
 * person their words or days were gone.
 */
export function ReadFailure({
  what,
  instead,
  message,
}: {
  /** What could not be read, as the start of a sentence: "Your own emotion words". */
  readonly what: string;
  /** What the screen offers meanwhile, as a clause: "only the built-in ones are offered". */
  readonly instead: string;
  /** Why, from the failed call; nothing is shown when null. */
  readonly message: string | null;
}): ReactNode {
  if (message === null) return null;
  return (
    <p className="field-error" role="alert">
      {what} could not be read, so {instead}. {message}
    </p>
  );
}
