/**
 * The summary's sentences (`summary.ts` decides which to say, from the numbers): counts below ten
 * items, no trend under four points, no countdown, no fixed number of days.
 */
import { PERCENT_MIN_ITEMS, shareInWords } from '../shared/share-words';
import { count } from './format';

/** Healing counts either way: said as what is being decided, never "whatever you decide". */
export const HEALING_COUNTS =
  'Healing is the one outcome that is certain, and it counts whether or not you and your ex get back together.';

/** "1 of 2 was", "2 of 2 were", "6 of 13 (46%) were". */
function was(part: number, whole: number): string {
  return part === 1 && whole < PERCENT_MIN_ITEMS ? 'was' : 'were';
}

export const SUMMARY = {
  moodDays: (days: number, entries: number) =>
    `You recorded your mood on ${count(days, 'day')}${entries > days ? ` (${count(entries, 'entry', 'entries')} in all)` : ''}.`,
  /** `few` is "about 6 out of 10" or "between about 2 and about 7 out of 10". */
  moodWas: (few: string) => `It was ${few}.`,
  moodMoved: (moved: string) => `It ${moved}.`,
  harderStretches:
    'Harder stretches are part of healing, and noticing them is part of getting through them.',
  hurtMoved: (moved: string) => `How much it hurts ${moved}.`,
  hurtFew: (days: number, few: string) =>
    `You rated how much it hurts on ${count(days, 'day')}: ${few}.`,
  /** A habit to break is kept on a day, never "checked in": a quiet day is the success. */
  habits: (toBuild: number, checkins: number, toBreak: number, kept: number) => {
    if (toBreak === 0) {
      return `You worked on ${count(toBuild, 'habit')} and checked in ${count(checkins, 'time')}.`;
    }
    if (toBuild === 0) {
      return toBreak === 1
        ? `You worked on 1 habit to break and kept it on ${count(kept, 'day')}.`
        : `You worked on ${count(toBreak, 'habit')} to break: ${count(kept, 'day')} kept in all.`;
    }
    return `You worked on ${count(toBuild + toBreak, 'habit')}: ${count(checkins, 'check-in')} on habits to build, and ${count(kept, 'day kept', 'days kept')} on habits to break.`;
  },
  strengthAveraged: (percent: string, habits: number) =>
    habits === 1
      ? `At the end of the period, its strength was ${percent}; one missed day lowers it a little and never resets it.`
      : `At the end of the period, their strength averaged ${percent}; one missed day lowers it a little and never resets it.`,
  conversations: (total: number, withEx: number) =>
    `You logged ${count(total, 'conversation')} as communication practice${withEx === 0 ? '' : `, ${withEx === 1 ? 'one of them' : `${withEx.toLocaleString('en-US')} of them`} contact with your ex`}.`,
  outcomes: (good: number, noted: number) =>
    `Of those with an outcome noted, ${shareInWords(good, noted)} ended resolved or partly resolved.`,
  toneHalves: (calmEarlier: number, earlier: number, calmLater: number, later: number) =>
    `In the first half of your contacts with your ex that have a tone noted, ${shareInWords(calmEarlier, earlier)} ${was(calmEarlier, earlier)} friendly or civil; in the second half, ${shareInWords(calmLater, later)}.`,
  tone: (calm: number, toned: number) =>
    `Of your contacts with your ex that have a tone noted, ${shareInWords(calm, toned)} ${was(calm, toned)} friendly or civil.`,
  reflections: (n: number) =>
    n === 0
      ? 'No reflections were written in this period.'
      : `You wrote ${count(n, 'reflection')}.`,
} as const;
