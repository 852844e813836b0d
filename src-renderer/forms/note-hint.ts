/**
 * The hint beside every free-text note, said the same way on every form. It says when a note leaves
 * the app, because that is the literal truth: notes go into the reports and exports a person makes
 * (a summary report leaves them out), and nowhere else.
 */
export const NOTE_HINT = 'optional; it leaves this app only in a report or export you make';
