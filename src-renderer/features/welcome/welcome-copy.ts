import { SUPPORT_KEY } from '../../../src-main/shared/sections';

/*
 * The words of the welcome, shown on the first start and again from Settings. Grounded in the
 * article: no 30-day countdown, healing first whatever happens next, an honest decision later.
 * Every sentence about privacy is literally true: the app makes no network connection
 * (src-main/app/network-block.ts), and the data file is on this computer, not encrypted.
 */

export const WELCOME_NAME = 'Welcome';

/** "Step 2 of 4": where the person is in the welcome, never a countdown of days. */
export function stepOf(place: number, of: number): string {
  return `Step ${place} of ${of}`;
}

export const HELLO = {
  title: 'Welcome to Mending',
  lead: 'A breakup can turn everything upside down. Mending is a quiet place to look after yourself while it heals.',
  notACountdown:
    'You may have read that going silent for 30 days will bring your ex back. Mending does not ' +
    'work that way: there is no countdown here, and no tactics.',
  path:
    'Healing comes first. Later, when you are ready, you can look honestly at whether getting back ' +
    'together makes sense at all. Healing counts, whatever happens next.',
  whatItDoes:
    'You can note how you feel, the habits you are building or breaking, and the conversations ' +
    'you practise, and see how things change over time, at your own pace.',
  // Literally true: the file and its backups stay on this computer with no password and no
  // encryption (README, "Where your data lives"), and Settings deletes everything.
  privacy:
    'Mending never sends anything anywhere. What you record is kept on this computer, in one file ' +
    'and its backups, not encrypted and with no password: anyone who can use this computer can ' +
    'open Mending and read it. You can delete everything in Settings at any time.',
  begin: 'Begin',
} as const;

export const TIES = {
  title: 'What you share with your ex',
  lead: 'You can change this later in Settings. It helps fill in your notes about contact.',
} as const;

export const WHEN = {
  title: 'When it ended',
  lead:
    'If you like, say when you and your ex broke up. The Journey uses it to show the time you ' +
    'have spent healing since then: time spent, never time left.',
  label: 'The day you broke up',
  hint: '(optional)',
  leaveEmpty: 'You can leave it empty, and add, change or clear it later in Settings.',
  incomplete: 'This date is not complete yet. Finish it, or clear it to leave it empty.',
  notInFuture: 'Choose a day that has already come (today or earlier), or leave it empty.',
  saved: 'Date saved.',
  cleared: 'Date removed.',
  /** Settings' buttons for the same day. */
  save: 'Save the day',
  clear: 'Clear the day',
  /** Settings' line when no day is saved: leaving it empty is an answer too. */
  noneSaved:
    'No day is saved, and that is fine: the Journey then counts time spent healing from the first thing you recorded.',
} as const;

export const DONE = {
  title: 'You are all set',
  lead: 'That is all for now. Take things one day at a time.',
  where: [
    'Today: a quick check-in of how you feel, and your habits.',
    'Journey: where you are on your own path, in your own time.',
    `Support: people to turn to on a hard night. It is always in the navigation, or press ${SUPPORT_KEY}.`,
  ],
  start: 'Go to Today',
} as const;

export const NEXT = 'Continue';
export const BACK = 'Back';
export const SKIP = 'Skip for now';
export const NOT_NOW = 'Not now';
export const SKIP_NOTE = 'You can come back to this any time from Settings.';

/** Settings' card that opens the welcome again. */
export const AGAIN = {
  title: 'Welcome',
  text: 'See the welcome again, with its few words about healing first.',
  button: 'Show the welcome again',
} as const;
