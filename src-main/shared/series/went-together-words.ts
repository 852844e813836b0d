/**
 * "What went together" in words, said once for the app (and any report that shows it): a short
 * line saying which way mood went, a sentence with both means and both counts, and, while a side
 * has too few days, a plain and kind "not enough days yet". The words say "went together" and
 * never that one thing led to another: the numbers show days that coincided, nothing more. The
 * voice test bans the words of cause in this file's sentences. Numbers are written by the
 * caller's formatters (the screen's locale), so the sentences are the same everywhere. Pure.
 */
import type { HabitKind } from '../domain/habits';
import { INSIGHT_MIN_DAYS, type InsightPair } from './went-together';

/** What one comparison is about. */
export type InsightSubject =
  | { readonly kind: 'habit'; readonly name: string; readonly habitKind: HabitKind }
  | { readonly kind: 'emotion'; readonly word: string }
  | { readonly kind: 'contact' };

/** How the caller writes a count of days ("1,234") and a mean mood ("6.8", "6,8"). */
export interface InsightFormats {
  readonly formatCount: (n: number) => string;
  readonly formatMean: (n: number) => string;
}

const PLAIN_FORMATS: InsightFormats = {
  formatCount: String,
  formatMean: (n) => n.toFixed(1),
};

/** Which way mood went on the "with" days, as the means are shown (to one decimal). */
export type MoodDirection = 'better' | 'lower' | 'same';

/**
 * The "with" mean minus the "without" mean as the two are written, to one decimal (toFixed and
 * Intl both round the double's exact value): 6.04 and 5.96 both read 6.0, so their difference
 * reads 0.0, never the 0.1 the raw numbers give. Null while a side has no mean.
 */
export function shownDifference(pair: InsightPair): number | null {
  if (pair.with.mean === null || pair.without.mean === null) return null;
  const shown = (mean: number) => Math.round(Number(mean.toFixed(1)) * 10);
  return (shown(pair.with.mean) - shown(pair.without.mean)) / 10;
}

/**
 * The smallest gap between the two averages (in points of the 1-10 mood scale) said as a better or
 * a lower mood. Moods are rated in whole points, so averages half a point apart or less move with
 * a day or two either way: 5.4 against 5.3 is said as about the same, not as a finding.
 */
export const MOOD_GAP_WORTH_NAMING = 0.5;

export function moodDirection(pair: InsightPair): MoodDirection | null {
  const change = shownDifference(pair);
  if (change === null) return null;
  if (Math.abs(change) < MOOD_GAP_WORTH_NAMING) return 'same';
  return change > 0 ? 'better' : 'lower';
}

/** The subject as a short name: “Walk 20 minutes”, “anxious”, "Contact with your ex". */
export function subjectName(subject: InsightSubject): string {
  switch (subject.kind) {
    case 'habit':
      return `“${subject.name}”`;
    case 'emotion':
      return `“${subject.word}”`;
    case 'contact':
      return 'Contact with your ex';
    default: {
      const unhandled: never = subject;
      return unhandled;
    }
  }
}

/** What the two sides are called in a short list: "done" / "not done", "kept" / "over" ... */
export function sideNames(subject: InsightSubject): { with: string; without: string } {
  if (subject.kind === 'habit') {
    return subject.habitKind === 'build'
      ? { with: 'done', without: 'not done' }
      : { with: 'kept within the limit', without: 'over the limit' };
  }
  return { with: 'with', without: 'without' };
}

const MOOD_WORDS: Readonly<Record<MoodDirection, string>> = {
  better: 'a better mood',
  lower: 'a lower mood',
  same: 'about the same mood',
};

/**
 * What happened on the "with" days, as the subject of "went together with" and a table's row:
 * "Doing “Walk”", "Keeping “Scrolling” within its limit", "Naming “anxious”".
 */
export function happening(subject: InsightSubject): string {
  switch (subject.kind) {
    case 'habit':
      return subject.habitKind === 'build'
        ? `Doing “${subject.name}”`
        : `Keeping “${subject.name}” within its limit`;
    case 'emotion':
      return `Naming “${subject.word}”`;
    case 'contact':
      return 'Contact with your ex';
    default: {
      const unhandled: never = subject;
      return unhandled;
    }
  }
}

/**
 * One line saying which way mood went: "Doing “Walk” went together with a better mood." Null while
 * the sides have no means to compare.
 */
export function wentTogetherLine(subject: InsightSubject, pair: InsightPair): string | null {
  const direction = moodDirection(pair);
  if (direction === null) return null;
  return `${happening(subject)} went together with ${MOOD_WORDS[direction]}.`;
}

function days(n: number, formats: InsightFormats): string {
  return `${formats.formatCount(n)} ${n === 1 ? 'day' : 'days'}`;
}

/** "On days you did “Walk”" and "on days you did not": how each side's days are named. */
function dayClauses(subject: InsightSubject): { with: string; without: string } {
  switch (subject.kind) {
    case 'habit':
      return subject.habitKind === 'build'
        ? { with: `On days you did “${subject.name}”`, without: 'on days you did not' }
        : {
            with: `On days you kept “${subject.name}” within its limit`,
            without: 'on days it went over',
          };
    case 'emotion':
      return {
        with: `On days your entries named “${subject.word}”`,
        without: 'on days they did not',
      };
    case 'contact':
      return { with: 'On days with contact with your ex', without: 'on days without' };
    default: {
      const unhandled: never = subject;
      return unhandled;
    }
  }
}

/**
 * Both means with both counts: "On days you did “Walk 20 minutes”, your mood was 6.8 on average
 * (31 days); on days you did not, 5.9 (40 days)." Null while a side has no days.
 */
export function bothSidesSentence(
  subject: InsightSubject,
  pair: InsightPair,
  formats: InsightFormats = PLAIN_FORMATS,
): string | null {
  if (pair.with.mean === null || pair.without.mean === null) return null;
  const clauses = dayClauses(subject);
  return (
    `${clauses.with}, your mood was ${formats.formatMean(pair.with.mean)} on average ` +
    `(${days(pair.with.days, formats)}); ${clauses.without}, ` +
    `${formats.formatMean(pair.without.mean)} (${days(pair.without.days, formats)}).`
  );
}

/** The two counts in a short list: "4 days done, 12 not done". */
export function sideCounts(
  subject: InsightSubject,
  pair: InsightPair,
  formats: InsightFormats = PLAIN_FORMATS,
): string {
  const names = sideNames(subject);
  return `${days(pair.with.days, formats)} ${names.with}, ${formats.formatCount(pair.without.days)} ${names.without}`;
}

/**
 * Said for one comparison whose sides are too small yet: "Not enough days yet to compare: 4 days
 * with, 12 without; each side needs 7." A threshold on the data, never a countdown.
 */
export function notYetSentence(
  subject: InsightSubject,
  pair: InsightPair,
  formats: InsightFormats = PLAIN_FORMATS,
): string {
  return `Not enough days yet to compare: ${sideCounts(subject, pair, formats)}; each side needs ${formats.formatCount(INSIGHT_MIN_DAYS)}.`;
}

/** The one quiet line above the comparisons that are not ready yet. */
export function notYetGroupLine(formats: InsightFormats = PLAIN_FORMATS): string {
  return `Not enough days yet to compare these; each side needs ${days(INSIGHT_MIN_DAYS, formats)}:`;
}
