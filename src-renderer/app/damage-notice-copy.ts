/*
 * The words of the notice shown when the data file is found damaged while Mending runs
 * (damage-notice.tsx), in one place. The advice itself comes from the main process, which knows
 * what happens at the next start; these words frame it once, above every screen, and tell the
 * person that what they typed is not lost yet.
 */

export const DAMAGE_NOTICE = {
  title: 'Your data file is damaged',
  /** Said once in the notice: a global notice has no "this" to point at. */
  cannotReadOrSave: 'Mending cannot read or save your entries until the file is restored.',
  /** Forms keep their text when a save fails, so this is true while the screen stays open. */
  typedIsKept:
    'What you typed and did not see saved is still in its box: copy it somewhere safe before ' +
    'you leave that screen or close Mending.',
  /** Where a screen said the full advice before, it now points to the notice instead. */
  seeNotice: 'The notice at the top says what to do next.',
} as const;

/**
 * Where the main process's advice begins in a 'damaged' answer (src-main/db/private-file.ts,
 * DAMAGED_DATA.advice). The notice says it once; screens get the rest of the answer. The test in
 * tests/renderer/app/damage-notice.test.tsx uses the real router, so a change there shows.
 */
export const ADVICE_START = 'Close Mending and open it again';

/** A 'damaged' answer split into what failed (for the screen) and what to do (for the notice). */
export function splitDamageAnswer(message: string): { what: string; advice: string } {
  const at = message.indexOf(ADVICE_START);
  if (at < 0) return { what: message, advice: '' };
  return { what: message.slice(0, at).trim(), advice: message.slice(at).trim() };
}
