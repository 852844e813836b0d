/**
 * The words of the Insights screen and of its sections, in one place: what the charts show, said
 * plainly, what is said while reading, what is shown when something could not be read, and when
 * there is nothing yet, a way to begin (never for contact: no contact in a range is said neutrally
 * by the chart, contact is never something the app invites). Charts say what went together or
 * where a line went, never why.
 */

export const INSIGHTS_TITLE = 'Insights';
export const INSIGHTS_INTRO =
  'Your mood, how much it hurts, your habits, your conversations and your stages, side by side over the time you choose. Every chart can be read as a table too.';

export const MOOD_UNREAD = {
  what: 'Your mood over this time',
  instead: 'its chart is not shown just now',
} as const;
export const BANDS_UNREAD = {
  what: 'Your stages over this time',
  instead: 'the mood chart is shown without them',
} as const;
export const HURT_UNREAD = {
  what: 'How much it hurts over this time',
  instead: 'its chart is not shown just now',
} as const;
export const STAGES_UNREAD = {
  what: 'Your stages over this time',
  instead: 'the timeline is not shown just now',
} as const;

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
