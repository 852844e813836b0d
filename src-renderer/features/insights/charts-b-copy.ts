/**
 * The words of the Insights sections for habit strength, communication practice and contact with
 * the ex: what they say while reading, when a read fails, and when there is nothing yet, with a
 * way to begin. Contact is never invited: no contact in a range is said neutrally by the chart.
 */

/** Said under a chart's heading while its numbers are read. */
export const READING = 'Reading your entries…';

export const HABITS_UNREAD = {
  what: 'Your habit strength',
  instead: 'no chart is shown for now',
} as const;

export const PRACTICE_UNREAD = {
  what: 'Your communication practice',
  instead: 'no chart is shown for now',
} as const;

export const CONTACT_UNREAD = {
  what: 'Your contact with your ex',
  instead: 'no chart is shown for now',
} as const;

export const NO_HABITS_YET = 'No habits yet. Each habit you start gets its own strength line here.';
export const START_A_HABIT = 'Start a habit';
export const HABITS_HREF = '#/habits';

export const PRACTICE_TITLE = 'Communication practice';
/** `when` is the range in words: "over the last year" (RANGE_PHRASES). */
export function noPracticeIn(when: string): string {
  return `No conversations or rehearsals were logged ${when}. Practice you log shows here by skill and by outcome.`;
}
export const LOG_PRACTICE = 'Log a conversation or rehearsal';
export const COMMUNICATION_HREF = '#/communication';
