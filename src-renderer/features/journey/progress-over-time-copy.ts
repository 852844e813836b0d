/** The words of the Journey's "Your progress over time" block. */
export const PROGRESS_TITLE = 'Your progress over time';
export const PROGRESS_ASIDE =
  'Your mood with your stages behind it, and the stages themselves, over the time you choose.';
/** The link to the Insights screen, which has every chart. */
export const MORE_IN_INSIGHTS = 'More charts in Insights';
