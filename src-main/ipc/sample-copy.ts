/*
 * What the main process says when a request would reach past the sample to the person's own
 * files. Each names what waits, why, and the one step that brings it back.
 */

const LEAVE_FIRST =
  'Leave sample data first (the “Leave sample data” button at the top of every screen), then try again.';

export const REFUSED_WHILE_EXPLORING = {
  backups: `Backups hold only your own data, so they are put away while you explore sample data. ${LEAVE_FIRST}`,
  import: `Importing replaces your own data, so it waits while you explore sample data. ${LEAVE_FIRST}`,
  deleteEverything: `Delete everything acts on your own data and backups, so it waits while you explore sample data. ${LEAVE_FIRST}`,
} as const;
