/**
 * The words of the Insights screen and of its mood, hurt and stage sections, in one place: what the
 * charts show, said plainly, and what is shown when something could not be read. Charts say what
 * went together or where a line went, never why.
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
