/**
 * The words of the screens still to come, in one place. Said softly and plainly: what the screen
 * will hold, with no sample data standing in for a person's own, no developer words ("not built
 * yet"), and no hint that the pain lasts for years.
 */
import type { SectionId } from '../../app/sections';

export type Upcoming = Exclude<
  SectionId,
  | 'today'
  | 'mood'
  | 'settings'
  | 'habits'
  | 'communication'
  | 'report'
  | 'support'
  | 'welcome'
  | 'journey'
>;

/** The small line above the text. */
export const COMING_LATER = 'Coming later';

export const PLANS: Readonly<Record<Upcoming, { title: string; text: string }>> = {
  insights: {
    title: 'Insights',
    text: 'This part will put your mood, habits and conversations side by side, so you can see how they move together.',
  },
};

/** The way on from here, before and after its link. */
export const FOR_NOW = { before: 'For now, you can ', link: 'record how you feel', after: '.' };
