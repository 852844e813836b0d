/**
 * The words of Settings' card about the ties a person shares with their ex (children, a home, work
 * or school). It asks what is so, without a rule about contact: contact that comes with a shared
 * life is neither a failure nor an exception to excuse.
 */
export const TIES_TITLE = 'Ties with your ex';
export const TIES_TEXT =
  'Some contact comes with a shared life: children, a home, work or school. Tick any that apply; ' +
  'you can change this any time.';
export const TIES_QUESTION = 'Which of these apply to you and your ex?';
export const TIES_HINT =
  'It helps fill in your notes about contact with your ex, and you can change it in each note.';
/** Said after each tick: each one is saved at once, with no Save button to look for. */
export const TIES_SAVED = 'Saved as you tick.';
