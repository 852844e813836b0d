/*
 * The words for "Explore with sample data": the banner above every screen while exploring, and
 * the section in Settings. Every sentence must stay true (see sample-handlers.ts in the main
 * process): the sample is a separate file in its own folder, the person's own entries are not
 * read or changed while exploring, what is added while exploring leaves with the sample, and a
 * sample left by a quit or a crash is removed at the next start.
 */

export const SAMPLE_BANNER = {
  label: 'Sample data',
  title: 'You are exploring sample data.',
  body: 'None of this is yours; your own entries are safe and will be back when you leave.',
  addedHereLeaves: 'Anything you add while exploring goes into the sample and leaves with it.',
  leave: 'Leave sample data',
  leaving: 'Leaving…',
} as const;

export const SAMPLE_SETTINGS = {
  title: 'Explore with sample data',
  what:
    'Curious what the charts, insights and report look like with time behind them? Mending can ' +
    'make up a history of about a year and show it on every screen.',
  separate:
    'It lives in a separate file, in a folder of its own beside your data. Your own entries stay ' +
    'untouched and are not shown while you explore; anything you add while exploring goes into ' +
    'the sample and is removed with it when you leave.',
  notKept:
    'Sample data is never kept between starts: if Mending closes while you explore, the sample is ' +
    'removed the next time it opens, and it opens on your own data.',
  whileExploring:
    'Backups, import and Delete everything wait until you leave, because they act on your own data.',
  start: 'Explore with sample data',
  starting: 'Making sample data…',
  exploringNow: 'You are exploring sample data now.',
} as const;
