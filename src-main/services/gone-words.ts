/**
 * What a person is told when what they were changing was deleted meanwhile (by Undo, or in another
 * window): said kindly, for every kind of entry, with no database id (a developer's detail), and
 * with what became of their work.
 */

/** The kinds of thing a person can change that another action can delete meanwhile. */
export type GoneKind = 'mood entry' | 'conversation' | 'habit' | 'check-in';

/** A form's changes could not be saved: the form stays open with the text as typed. */
export function goneWhileEditing(kind: GoneKind): string {
  return `This ${kind} was deleted elsewhere, so these changes could not be saved. What you typed is still here.`;
}

/** Anything else asked of it (delete, a check-in, archive): nothing was changed. */
export function goneAlready(kind: GoneKind): string {
  return `This ${kind} was deleted elsewhere, so nothing was changed.`;
}
