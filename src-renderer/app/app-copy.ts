/**
 * The words of the app's frame: the sidebar and the sections still being made. Kept together so a
 * reader can check them in one sitting. Every sentence about privacy here is literally true: the
 * app sends nothing (src-main/app/network-block.ts refuses every request that would leave the
 * computer), and what the person saves (reports, exports, backups they copy) are ordinary files.
 */
import type { SectionId } from './sections';

export const SKIP_TO_PAGE = 'Skip to the page';

/** Under the sections: what the app does with the data, and what the person's files are. */
export const SIDEBAR_PRIVACY =
  'Mending never sends anything anywhere. What you record is kept in a file on this computer; reports and exports you save are files you can move or share.';

/** The sections still being made, until each exists. */
export type UpcomingSection = Exclude<
  SectionId,
  'today' | 'mood' | 'settings' | 'habits' | 'communication' | 'report'
>;

export const UPCOMING: Readonly<Record<UpcomingSection, { title: string; text: string }>> = {
  journey: {
    title: 'Your journey',
    text: 'This part of Mending is still being made. It will walk with you through healing yourself first, then deciding honestly whether getting back together makes sense, and what comes after. Healing counts whether or not you and your ex get back together.',
  },
  insights: {
    title: 'Insights',
    text: 'This part of Mending is still being made. It will show your mood, habits and conversations side by side, so you can see what tends to help.',
  },
};

export const UPCOMING_FOR_NOW = {
  before: 'For now, you can ',
  link: 'record how you feel',
  after: '.',
} as const;
