/**
 * The report's words, in one place, so a reviewer can read what the report says in one sitting
 * (issue 8, "one voice"). Short, second person, gender-neutral, and only what the data can carry:
 * counts below ten items, no trend under four points, no countdown, no fixed number of days.
 * The privacy levels' names and descriptions are in `shared/domain/report.ts` (the screen shows
 * them too); the choices a person picks from (tones, contexts, skills) are the domain's labels, so
 * a new choice shows here by itself. The summary's sentences are in `summary-copy.ts`, the
 * journey's and its worksheets' in `journey-copy.ts`, and the words around notes and
 * reflections in `notes-copy.ts`.
 */
import type { Initiator } from '../shared/domain/communication';
import type { HabitKind, HabitPeriod } from '../shared/domain/habits';
import { REDACTED_NAME } from '../shared/domain/report';
import { WHERE_YOU_ARE_TITLE } from '../shared/journey/where-you-are-words';
import { TOO_FEW_FOR_TREND } from '../shared/share-words';
import type { BucketUnit } from '../shared/series/buckets';
import { count, oneDecimal } from './format';

export { TOO_FEW_FOR_TREND };

// Cover and closing line.

export const EYEBROW = 'Mending · private progress report';
export const COVER_TITLE = 'Your progress';
export const HOW_TO_READ =
  'Made on your own computer; nothing in it was sent anywhere. In every chart, darker shades mean higher mood, a calmer tone, a more resolved conversation.';

/** `from` and `to` as long dates; a one-day period says its day once ("on 20 November 2026"). */
export function footerText(from: string, to: string): string {
  const when = from === to ? `on ${from}` : `between ${from} and ${to}`;
  return `Made with Mending on this computer, from your records ${when}. Healing is a success whether or not you and your ex get back together.`;
}

// Section headings.

export const HEADINGS = {
  summary: 'Summary',
  journey: 'Your journey',
  /** Facts about where the person is, never a checklist toward the ex (domain.md). */
  whereYouAre: WHERE_YOU_ARE_TITLE,
  mood: 'Mood',
  calendar: 'Mood calendar',
  habits: 'Habits',
  communication: 'Communication practice',
  bySkill: 'By skill and outcome',
  outcomesOverTime: 'Outcomes over time',
  contact: 'Contact with your ex',
  reflections: 'Your reflections',
  ownWords: 'In your own words',
} as const;

// Mood.

export const NO_MOOD = 'There are no mood entries in this period.';

/**
 * Only when the counts differ: "most" over emotions all named equally often would be a finding
 * the data does not hold.
 */
export function emotionsHeading(counts: readonly number[]): string {
  return new Set(counts).size > 1 ? 'Emotions you named most' : 'Emotions you named';
}

export function moodTrendCaption(hasLine: boolean, hasStages: boolean): string {
  const line = hasLine
    ? 'Each dot is a day’s average mood; the line is the average of the last 7 days, drawn where they hold at least 4 days with an entry.'
    : `Each dot is a day’s average mood. ${TOO_FEW_FOR_TREND}`;
  return hasStages ? `${line} Shaded bands are the stages of your journey.` : line;
}

// Habits.

export const HABITS_INTRO =
  'Strength grows with each day on target and eases a little with a missed one; it is never reset to zero by one slip. Strength is a rough guide, never a bar to clear; you decide when you are ready for a next step.';
export const NO_HABITS = 'No habits were tracked in this period.';
export const NO_HABIT_RECORDS = 'No habit check-ins were recorded in this period.';

/**
 * A habit's goal in words: a break habit with a limit of 0 is "not at all", never "at most 0 a
 * day".
 */
export function goalText(kind: HabitKind, targetCount: number, period: HabitPeriod): string {
  const per = period === 'day' ? 'a day' : 'a week';
  if (kind === 'break') return targetCount === 0 ? 'not at all' : `at most ${targetCount} ${per}`;
  return `at least ${targetCount} ${per}`;
}

/** What the bars under a habit's strength count, and what a full bar means. */
export function habitBarsCaption(
  kind: HabitKind,
  targetCount: number,
  period: HabitPeriod,
  unit: string,
): string {
  if (kind === 'break') return `Days kept, per ${unit} (a full bar is every day kept)`;
  if (period === 'week') {
    return `Times done, per ${unit} (a full bar is your goal of ${targetCount} a week met)`;
  }
  return `Days on target, per ${unit} (a full bar is every day)`;
}

/** The overview table's count for one habit in the period. */
export function habitCountText(kind: HabitKind, n: number): string {
  return kind === 'break' ? count(n, 'day kept', 'days kept') : count(n, 'check-in');
}

// Communication and contact with the ex.

export const NO_COMMUNICATION = 'No communication practice was logged in this period.';
export const NO_CONTACT = 'No contact with your ex was logged in this period.';
/** The questions the contact form asks, used as the report's table headers. */
export const WHAT_BROUGHT_IT_ABOUT = 'What brought it about';
export const WHO_REACHED_OUT_FIRST = 'Who reached out first';
export const HOW_YOU_HANDLED_IT = 'How you feel you handled it';
export const NOT_SAID = 'Not said';

/** Said once beside a falling self-rating, so a lower number does not read as a verdict. */
export const LOWER_RATINGS =
  'Rating yourself lower can mean you are noticing more, not doing worse.';

/** Said once beside few or no friendly or civil contacts, for the same reason. */
export const HARD_CONTACTS =
  'Hard contacts are part of this; noting them helps you see how they go.';

/**
 * How the person feels they handled their conversations: a single answer as itself, several as
 * an average, and the movement the average may hide (`moved`, from `movementInWords`) when there
 * are enough days to say one.
 */
export function handledItText(ratings: number, average: number, moved: string | null): string {
  if (ratings === 1) return `${HOW_YOU_HANDLED_IT}: you answered once, ${average} out of 5.`;
  const said = `${HOW_YOU_HANDLED_IT}: you answered ${count(ratings, 'time')}, ${oneDecimal(average)} out of 5 on average.`;
  return moved === null ? said : `${said} Over the period it ${moved}.`;
}

// Where you are now: said once, for the Journey screen and the report.

export {
  STAGE_ABOUT,
  STRENGTH_ON_THIN_DATA,
  WHERE_YOU_ARE_ASIDE,
} from '../shared/journey/where-you-are-words';

// Privacy notes inside the report.

/** On the cover at the therapist level: how many names were hidden, never which. */
export function redactionNote(names: number): string {
  return `${count(names, 'name')} of people ${names === 1 ? 'is' : 'are'} shown as “${REDACTED_NAME}”.`;
}

/**
 * On the cover at the therapist level with no name chosen, set apart so it cannot be missed: the
 * level's promise (names hidden) is then empty. The Report screen says the same near Save.
 */
export const NO_NAMES_HIDDEN =
  'No names are hidden in this report: your notes below are as you wrote them, and may name people.';

export function firstRecordNote(date: string): string {
  return `The period starts on ${date}, the first day anything was recorded.`;
}

/** `words`: how many different emotions were named in the person's own words. */
export function ownWordsLeftOut(words: number): string {
  return words === 1
    ? '1 emotion in your own words is left out at this level.'
    : `${count(words, 'emotion')} in your own words are left out at this level.`;
}

export const HABIT_NAMES_LEFT_OUT =
  'Habit names are your own words, so they are left out at this privacy level: habits are numbered in the order you created them.';

// Captions and table headers.

export const CAPTIONS = {
  stages: 'Stages across the period.',
  bySkill: 'Conversations per skill practised, split by how they ended.',
  contactTone: 'The tone of each contact with your ex. Hostile contact is hatched.',
} as const;

/** The outcomes chart's caption, naming the bucket it counts in. */
export function outcomesOverTimeCaption(unit: BucketUnit): string {
  const by: Readonly<Record<BucketUnit, string>> = {
    day: 'day by day',
    week: 'week by week (weeks start on Monday)',
    month: 'month by month',
    quarter: 'by quarter (three months at a time)',
    year: 'year by year',
  };
  return `How conversations ended, ${by[unit]}.`;
}

/** "Who reached out first", answered to the person in the second person. */
export const REACHED_OUT_FIRST_WORDS: Readonly<Record<Initiator, string>> = {
  me: 'You did',
  them: 'They did',
  mutual: 'Both of you',
};

// Table headers, sub-headings and short labels.

export const COLUMNS = {
  date: 'Date',
  stage: 'Stage',
  howChosen: 'How it was chosen',
  why: 'Why',
  whatRecordsShow: 'What your records show',
  details: 'Details',
  emotion: 'Emotion',
  entries: 'Entries',
  habit: 'Habit',
  goal: 'Goal',
  inThisPeriod: 'In this period',
  strengthAtEnd: 'Strength at the end',
  contacts: 'Contacts',
  reflection: 'Reflection',
  written: 'Written',
  first: 'First',
  last: 'Last',
} as const;

export function asOf(date: string): string {
  return `As of ${date}`;
}

/** At the summary level a habit's name is its number and kind: "Habit 2 (break)". */
export function numberedHabit(index: number, kind: HabitKind): string {
  return `Habit ${index + 1} (${kind})`;
}

export function habitKindWords(kind: HabitKind): string {
  return kind === 'build' ? 'To build' : 'To break';
}

export function archivedOn(date: string): string {
  return ` · archived ${date}`;
}

export function conversationsLogged(total: number): string {
  return `${count(total, 'conversation')} logged in this period, with anyone, rehearsals included.`;
}

export function contactsLogged(total: number): string {
  return `${count(total, 'contact')} with your ex ${total === 1 ? 'was' : 'were'} logged.`;
}

// The charts' own words: legends, axis titles, and the labels a screen reader hears.

export const CHART_WORDS = {
  stagesLabel: 'Stages of your journey over the period',
  moodAxis: 'Mood (1 to 10)',
  dailyAverage: 'Daily average',
  weeklyAverage: 'Weekly average',
  rollingAverage: '7-day average',
  moodLabel: (hasLine: boolean) =>
    hasLine
      ? 'Mood over the period: daily averages and a 7-day rolling average'
      : `Mood over the period: daily averages. ${TOO_FEW_FOR_TREND}`,
  calendarLabel: (from: string, to: string) => `Mood calendar from ${from} to ${to}`,
  calendarKeyLabel:
    'Key: lighter squares are lower mood, darker squares are higher mood; white squares are days without an entry',
  calendarLow: 'Mood 1 (low)',
  calendarHigh: '10 (high)',
  calendarEmpty: 'no entry that day',
  habitLabel: (kind: HabitKind) =>
    kind === 'break'
      ? 'Habit strength over the period, and how many days were kept'
      : 'Habit strength over the period, and how much of the goal was met',
  bySkillLabel: 'Conversations by skill practised, split by outcome',
  noOutcome: 'No outcome noted',
  noTone: 'No tone noted',
  outcomesLabel: 'How conversations ended, over time',
  conversationsAxis: 'Conversations',
  toneLabel: 'The tone of contact with your ex, over time',
  contactsAxis: 'Contacts',
} as const;
