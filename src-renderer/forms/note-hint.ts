/**
 * The hint beside every free-text note, said the same way on every form. Both halves are literally
 * true: the note stays in the data file on this computer, which has no password (so "private" would
 * overstate it), and it leaves Mending only in the reports and exports a person makes (a summary
 * report leaves notes out).
 */
export const NOTE_HINT =
  'optional; kept on this computer with no password; it leaves Mending only in a report or export you make';
