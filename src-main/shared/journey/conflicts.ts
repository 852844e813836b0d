/**
 * Taking it slow, read from the person's own records: whether conflicts end resolved, and calm,
 * more often as the months go by, and where trust and tension went. Counted from conversations
 * practising conflict resolution or repair after conflict with anyone (the same skills serve any
 * future relationship, so practice with a friend, family or at work counts too), and from trust
 * and tension check-ins. Said as counts and movements, never as a score or a verdict on the
 * relationship. Pure.
 */
import { dayNumber, dayOfNumber, monthOf } from '../calendar';
import type { CommunicationSkill, Counterpart, Outcome, Tone } from '../domain/communication';
import { TRUST_SCALE_MAX, TRUST_SCALE_MIN } from '../domain/trust';
import { PERCENT_MIN_ITEMS, shareInWords } from '../share-words';
import { leastSquaresMovement, movementInWords, type Movement } from '../trend';

/** The skills whose conversations are conflicts: working one through, or repairing after one. */
export const CONFLICT_SKILLS = [
  'conflict_resolution',
  'repair_after_conflict',
] as const satisfies readonly CommunicationSkill[];

/** What the summary reads of one conversation practising a conflict skill. */
export interface ConflictEntry {
  /** The local day it happened, `YYYY-MM-DD`. */
  readonly day: string;
  readonly counterpart: Counterpart;
  readonly outcome: Outcome | null;
  readonly tone: Tone | null;
}

/**
 * One calendar month of conflicts: how many, how they ended and how calm they were, where the
 * person noted it. A conflict with no outcome (or no tone) noted counts in `conflicts` only.
 */
export interface ConflictMonth {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly conflicts: number;
  readonly resolved: number;
  readonly partly: number;
  readonly notResolved: number;
  /** Friendly or civil. */
  readonly calm: number;
  /** Tense or hostile. */
  readonly tense: number;
}

export interface ConflictHistory {
  /** Months with at least one conflict, oldest first. */
  readonly months: readonly ConflictMonth[];
  /** Rehearsals on one's own of the same skills: practice, with no one to resolve anything with. */
  readonly rehearsals: number;
}

type Counts = Omit<ConflictMonth, 'month'>;

const NO_COUNTS: Counts = {
  conflicts: 0,
  resolved: 0,
  partly: 0,
  notResolved: 0,
  calm: 0,
  tense: 0,
};

/** Which count an outcome adds to; exhaustive, so a new outcome does not compile until placed. */
function outcomeCount(outcome: Outcome): 'resolved' | 'partly' | 'notResolved' {
  switch (outcome) {
    case 'resolved':
      return 'resolved';
    case 'partly':
      return 'partly';
    case 'not':
      return 'notResolved';
  }
}

/** Friendly and civil are calm; tense and hostile are not. */
function toneCount(tone: Tone): 'calm' | 'tense' {
  switch (tone) {
    case 'friendly':
    case 'civil':
      return 'calm';
    case 'tense':
    case 'hostile':
      return 'tense';
  }
}

/**
 * Conflicts per calendar month (of the day each happened on), oldest first. A rehearsal on one's
 * own is counted apart: nobody else was there, so it cannot end resolved or tense.
 */
export function conflictHistory(entries: readonly ConflictEntry[]): ConflictHistory {
  const byMonth = new Map<string, Counts>();
  let rehearsals = 0;
  for (const entry of entries) {
    if (entry.counterpart === 'rehearsal_alone') {
      rehearsals += 1;
      continue;
    }
    const month = monthOf(entry.day);
    const counts = { ...(byMonth.get(month) ?? NO_COUNTS) };
    counts.conflicts += 1;
    if (entry.outcome !== null) counts[outcomeCount(entry.outcome)] += 1;
    if (entry.tone !== null) counts[toneCount(entry.tone)] += 1;
    byMonth.set(month, counts);
  }
  const months = [...byMonth]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, counts]) => ({ month, ...counts }));
  return { months, rehearsals };
}

/** How a sentence writes a month (`YYYY-MM`) and a count, in the reader's locale. */
export interface MonthWords {
  /** "November", or "November 2025" when the year needs saying. */
  readonly month: (month: string) => string;
  readonly count: (n: number) => string;
}

/** The sentence when no conflict is logged in the span. */
export const NO_CONFLICTS_YET =
  'No conflicts logged yet. A conversation practising conflict resolution or repair after conflict, with anyone, shows here.';

/**
 * Said while there are fewer than ENOUGH_MONTHS months with conflicts: a fact about the data, not a
 * goal, and never how many more months to reach.
 */
export const TOO_LITTLE_TO_READ = 'A month or two is too little to read much into.';

/** From this many months with conflicts on, the months are no longer "a month or two". */
export const ENOUGH_MONTHS = 3;

function conflictsWord(n: number): string {
  return n === 1 ? 'conflict' : 'conflicts';
}

/** One way of reading a month's conflicts: how they ended, or how calm they were. */
interface MonthRule {
  readonly part: (m: ConflictMonth) => number;
  /** The conflicts with this noted. */
  readonly whole: (m: ConflictMonth) => number;
  /** From PERCENT_MIN_ITEMS noted on: "9 of 12 (75%) conflicts ended resolved", agreeing. */
  readonly shareVerb: (part: number) => string;
  /** Below PERCENT_MIN_ITEMS: the month's counts, each with its words, zeros left out. */
  readonly counts: (m: ConflictMonth) => readonly (readonly [number, string])[];
  /** What may not be noted ("outcome"). */
  readonly missing: string;
  /** The counts sentence: how it opens and what it says when nothing is noted. */
  readonly countsSentence: (month: string, list: string, m: ConflictMonth) => string;
}

/**
 * One month in words. Below PERCENT_MIN_ITEMS conflicts with this noted, only counts, with no
 * share: "0 of 2" reads a verdict into two events. From there, the share with its percentage
 * (shareInWords), and the conflicts left out for having nothing noted are said to be left out.
 */
function monthInWords(m: ConflictMonth, rule: MonthRule, words: MonthWords): string {
  const month = words.month(m.month);
  const whole = rule.whole(m);
  if (whole < PERCENT_MIN_ITEMS) {
    const unnoted = m.conflicts - whole;
    const counts = [...rule.counts(m), [unnoted, `with no ${rule.missing} noted`] as const]
      .filter(([n]) => n > 0)
      .map(([n, what]) => `${words.count(n)} ${what}`);
    return rule.countsSentence(month, counts.join(', '), m);
  }
  const part = rule.part(m);
  const share = shareInWords(part, whole, words.count);
  const sentence = `In ${month}, ${share} ${conflictsWord(whole)} ${rule.shareVerb(part)}.`;
  return whole < m.conflicts
    ? `${sentence} The ${words.count(m.conflicts - whole)} with no ${rule.missing} noted are not counted.`
    : sentence;
}

/** The latest two months with a conflict, newest first, each said by `rule`. */
function monthsInWords(history: ConflictHistory, words: MonthWords, rule: MonthRule): string {
  if (history.months.length === 0) return NO_CONFLICTS_YET;
  return history.months
    .slice(-2)
    .reverse()
    .map((m) => monthInWords(m, rule, words))
    .join(' ');
}

/**
 * How the latest months' conflicts ended, as counts ("In November you logged 2 conflicts:
 * 1 ended resolved, 1 not resolved.") or, from PERCENT_MIN_ITEMS with an outcome, as a share
 * ("In November, 9 of 12 (75%) conflicts ended resolved."). While there are fewer than
 * ENOUGH_MONTHS months, it says that is too little to read much into.
 */
export function resolvedInWords(history: ConflictHistory, words: MonthWords): string {
  const sentences = monthsInWords(history, words, {
    part: (m) => m.resolved,
    whole: (m) => m.resolved + m.partly + m.notResolved,
    shareVerb: () => 'ended resolved',
    counts: (m) => [
      [m.resolved, 'ended resolved'],
      [m.partly, 'partly resolved'],
      [m.notResolved, 'not resolved'],
    ],
    missing: 'outcome',
    countsSentence: (month, list, m) =>
      `In ${month} you logged ${words.count(m.conflicts)} ${conflictsWord(m.conflicts)}: ${list}.`,
  });
  const isTooLittle = history.months.length > 0 && history.months.length < ENOUGH_MONTHS;
  return isTooLittle ? `${sentences} ${TOO_LITTLE_TO_READ}` : sentences;
}

/**
 * How calm the latest months' conflicts were, as counts ("The tone in November: 1 friendly or
 * civil, 1 tense or hostile.") or, from PERCENT_MIN_ITEMS with a tone, as a share.
 */
export function calmInWords(history: ConflictHistory, words: MonthWords): string {
  return monthsInWords(history, words, {
    part: (m) => m.calm,
    whole: (m) => m.calm + m.tense,
    shareVerb: (part) => (part === 1 ? 'was friendly or civil' : 'were friendly or civil'),
    counts: (m) => [
      [m.calm, 'friendly or civil'],
      [m.tense, 'tense or hostile'],
    ],
    missing: 'tone',
    countsSentence: (month, list) => `The tone in ${month}: ${list}.`,
  });
}

/** One day's trust and tension check-ins, averaged (as `trust:summary` answers). */
export interface TrustDayValues {
  readonly day: string;
  readonly trust: number;
  readonly tension: number;
}

/** One day's (or one stretch's) check-ins, averaged, and how many there were. */
export interface TrustDayCount extends TrustDayValues {
  readonly count: number;
}

/** The most points a chart series is sent (architecture: about 2,000 per series). */
export const TRUST_POINTS_MAX = 2000;

/**
 * `days` (oldest first) as at most `max` points: unchanged when they fit, else averaged over
 * stretches of equal length (as few days each as fit, counted from the first day), each weighed by
 * its check-ins and dated by its first day. Years of daily check-ins stay one readable line, and
 * the trend read from it is the same line within a stretch's width.
 */
export function trustSeries<T extends TrustDayCount>(
  days: readonly T[],
  max: number = TRUST_POINTS_MAX,
): readonly TrustDayCount[] {
  const [first] = days;
  const last = days.at(-1);
  if (days.length <= max || first === undefined || last === undefined) return days;
  const origin = dayNumber(first.day);
  const width = Math.ceil((dayNumber(last.day) - origin + 1) / max);
  const stretches = new Map<number, { trust: number; tension: number; count: number }>();
  for (const d of days) {
    const start = origin + Math.floor((dayNumber(d.day) - origin) / width) * width;
    const sum = stretches.get(start) ?? { trust: 0, tension: 0, count: 0 };
    sum.trust += d.trust * d.count;
    sum.tension += d.tension * d.count;
    sum.count += d.count;
    stretches.set(start, sum);
  }
  return [...stretches].map(([start, sum]) => ({
    day: dayOfNumber(start),
    trust: sum.trust / sum.count,
    tension: sum.tension / sum.count,
    count: sum.count,
  }));
}

/** Where trust and tension went over the days with check-ins; both null with too few days. */
export interface TrustMovements {
  readonly trust: Movement | null;
  readonly tension: Movement | null;
}

const TRUST_SCALE = { min: TRUST_SCALE_MIN, max: TRUST_SCALE_MAX } as const;

/** The least-squares movements of trust and of tension (see shared/trend.ts). */
export function trustMovements(days: readonly TrustDayValues[]): TrustMovements {
  return {
    trust: leastSquaresMovement(
      days.map((d) => ({ day: d.day, value: d.trust })),
      TRUST_SCALE,
    ),
    tension: leastSquaresMovement(
      days.map((d) => ({ day: d.day, value: d.tension })),
      TRUST_SCALE,
    ),
  };
}

/** How a sentence writes a day (`YYYY-MM-DD`) and a count, in the reader's locale. */
export interface DayWords {
  readonly day: (day: string) => string;
  readonly count: (n: number) => string;
}

/** The sentence when no check-in is recorded in the span. */
export const NO_CHECKINS_YET = 'No check-ins yet.';

/**
 * Where trust and tension went, from the least-squares line through one average per day:
 * "From 3 October to 28 November, trust rose from about 3 to about 5 out of 10, and tension went
 * down from about 7 to about 4." With fewer than TREND_MIN_POINTS days, plainly that there are too
 * few for a trend, and how many there are (never how many more to reach: a number to reach is a
 * countdown).
 */
export function trustInWords(days: readonly TrustDayValues[], words: DayWords): string {
  if (days.length === 0) return NO_CHECKINS_YET;
  const { trust, tension } = trustMovements(days);
  if (trust === null || tension === null) {
    const on = days.length === 1 ? 'one day' : `${words.count(days.length)} days`;
    return `You have checked in on ${on} so far: too few for a trend yet.`;
  }
  return `From ${words.day(trust.firstDay)} to ${words.day(trust.lastDay)}, trust ${movementInWords(trust, ' out of 10')}, and tension ${movementInWords(tension)}.`;
}
