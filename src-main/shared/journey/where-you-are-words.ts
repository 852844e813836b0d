/**
 * "Where you are now" in words, said once for the Journey screen and the progress report: each
 * item's label, what it shows now, and a plain sentence with the numbers it rests on. Read aloud
 * to a hurting friend, none of it is a verdict, a countdown or a box still to tick: a lower stretch
 * is said kindly, time spent healing is time spent, and an unanswered reflection waits without
 * hurry. Dates and numbers are written by the caller's formatters (the screen's locale, the
 * report's own table), so the facts and the words stay the same everywhere. Pure.
 */
import { addDays, dayNumber } from '../calendar';
import type { Stage } from '../domain/stages';
import { strengthPercent } from '../domain/habits';
import { TOO_FEW_FOR_TREND } from '../share-words';
import { movementInWords } from '../trend';
import { HONEST_ANSWER_WORDS } from './honest-reflection';
import type { HurtItem, MoodItem, WhereItem, WhereItemKind } from './where-you-are';

/** How the caller writes a day ("3 October") and a count ("1,234"). */
export interface WordFormats {
  readonly formatDay: (day: string) => string;
  readonly formatNumber: (n: number) => string;
}

export interface ItemWords {
  readonly label: string;
  /** What the item shows now, in a few words ("64%", "Rising", "8 weeks"). */
  readonly value: string;
  /** A plain sentence with the numbers behind it. */
  readonly sentence: string;
}

/** The section's name everywhere: facts about where the person is, never readiness for the ex. */
export const WHERE_YOU_ARE_TITLE = 'Where you are now';

/** Said once beside the items, on the screen and in the report. */
export const WHERE_YOU_ARE_ASIDE =
  'These are facts from your own records, not a score, a verdict or a deadline. The app suggests; you decide, and you can change stage whenever you want.';

/** Said once beside a lower stretch of mood or a stronger hurt, so it does not read as failing. */
export const HARDER_STRETCHES = 'Harder stretches are part of healing.';

/** Said beside a low strength after a few days, so it does not read as failing. */
export const STRENGTH_ON_THIN_DATA =
  'Strength starts at 0 and builds over weeks, so a habit with only a few recorded days still shows a low number.';

export const ITEM_LABELS: Readonly<Record<WhereItemKind, string>> = {
  habits: 'Habit strength',
  mood: 'Mood over the last 14 days',
  hurt: 'How much it hurts, over the last 4 weeks',
  time: 'Time spent healing',
  reflection: 'Your honest reflection',
  rehearsals: 'Apology rehearsals',
};

/** What each stage is about, in a sentence or two drawn from the article. */
export const STAGE_ABOUT: Readonly<Record<Stage, string>> = {
  heal_yourself:
    'Heal Yourself is the first stage: the focus is on you, breaking habits that hurt and building ones that help. You are doing this for yourself, and it counts whatever happens next.',
  decide:
    'Decide is an honest look at whether getting back together makes sense at all. Both answers are good ones when they are honest.',
  apologize:
    'Apologize is preparing and giving a genuine apology, and accepting any answer, a no included.',
  take_it_slow:
    'Take it Slow is rebuilding trust without expecting it, talking a lot and working through conflicts kindly. There is no finish line here.',
  heal_and_grow:
    'Heal & Grow is moving on and growing: the same care for yourself, and practice for the relationships to come. There is no finish line here.',
};

function count(
  n: number,
  singular: string,
  format: (n: number) => string,
  plural = `${singular}s`,
): string {
  return `${format(n)} ${n === 1 ? singular : plural}`;
}

/**
 * Time spent from `since` to `asOf`, as time spent and never rounded up: the days that have
 * passed ("6 days"), from two weeks on in weeks and days ("2 weeks and 6 days", never "3 weeks"
 * on day 20), then whole calendar months ("3 months" from 1 December to 1 March, as a person
 * counts them; "more than 3 months" once a few days have passed beyond them) and from two years
 * on, years. No minimum and nothing left to reach. Callers pass `since` on or before `asOf`; on
 * the day itself nothing has passed yet: "less than a day".
 */
export function timeSpent(
  since: string,
  asOf: string,
  format: (n: number) => string = String,
): string {
  const days = dayNumber(asOf) - dayNumber(since);
  if (days < 1) return 'less than a day';
  if (days < 14) return count(days, 'day', format);
  if (days < 61) {
    const weeks = count(Math.floor(days / 7), 'week', format);
    return days % 7 === 0 ? weeks : `${weeks} and ${count(days % 7, 'day', format)}`;
  }
  const months =
    (Number(asOf.slice(0, 4)) - Number(since.slice(0, 4))) * 12 +
    (Number(asOf.slice(5, 7)) - Number(since.slice(5, 7))) -
    (asOf.slice(8) < since.slice(8) ? 1 : 0);
  const isWhole = asOf.slice(8) === since.slice(8);
  const more = isWhole && months % 12 === 0 ? '' : 'more than ';
  if (months < 24) return `${isWhole ? '' : more}${count(months, 'month', format)}`;
  return `${more}${count(Math.floor(months / 12), 'year', format)}`;
}

/** "9 of the last 14 days have a mood entry", "1 of the last 14 days has one". */
function daysWith(days: number, windowDays: number, what: string, fmt: WordFormats): string {
  if (days === 0) return `None of the last ${fmt.formatNumber(windowDays)} days has ${what}.`;
  return `${fmt.formatNumber(days)} of the last ${fmt.formatNumber(windowDays)} days ${
    days === 1 ? 'has' : 'have'
  } ${what}.`;
}

/** The days a trend rests on: "Based on 9 days with an entry in the last 14 days." */
function basedOn(item: MoodItem | HurtItem, what: string, fmt: WordFormats): string {
  return `Based on ${count(item.days, 'day', fmt.formatNumber)} ${what} in the last ${count(
    item.windowDays,
    'day',
    fmt.formatNumber,
  )}.`;
}

function moodWords(item: MoodItem, fmt: WordFormats): ItemWords {
  const label = ITEM_LABELS.mood;
  if (item.movement === null || item.direction === null) {
    return {
      label,
      value: 'Too few entries to say',
      sentence: `${TOO_FEW_FOR_TREND} ${daysWith(item.days, item.windowDays, 'a mood entry', fmt)}`,
    };
  }
  const values: Readonly<Record<NonNullable<MoodItem['direction']>, string>> = {
    up: 'Rising',
    flat: 'Steady',
    down: 'Lower lately',
  };
  const moved = `Your mood ${movementInWords(item.movement, ' out of 10')}. ${basedOn(
    item,
    'with an entry',
    fmt,
  )}`;
  return {
    label,
    value: values[item.direction],
    sentence: item.direction === 'down' ? `${moved} ${HARDER_STRETCHES}` : moved,
  };
}

function hurtWords(item: HurtItem, fmt: WordFormats): ItemWords {
  const label = ITEM_LABELS.hurt;
  if (item.movement === null || item.direction === null) {
    return {
      label,
      value: 'Too few ratings to say',
      sentence: `${TOO_FEW_FOR_TREND} ${daysWith(
        item.days,
        item.windowDays,
        'a rating of how much it hurts',
        fmt,
      )}`,
    };
  }
  const values: Readonly<Record<NonNullable<HurtItem['direction']>, string>> = {
    down: 'Easing',
    flat: 'About the same',
    up: 'Stronger lately',
  };
  const moved = `How much it hurts ${movementInWords(item.movement, ' out of 10')}. ${basedOn(
    item,
    'with a rating',
    fmt,
  )}`;
  return {
    label,
    value: values[item.direction],
    sentence: item.direction === 'up' ? `${moved} ${HARDER_STRETCHES}` : moved,
  };
}

/** The latest answers as one sentence: "On 3 December you said …; … and …. Any answer counts." */
function answersSentence(
  day: string,
  answers: NonNullable<Extract<WhereItem, { kind: 'reflection' }>['latest']>['answers'],
  fmt: WordFormats,
): string {
  if (answers === null) return `You last answered it on ${fmt.formatDay(day)}.`;
  const said = [
    HONEST_ANSWER_WORDS.overThem[answers.overThem],
    HONEST_ANSWER_WORDS.habits[answers.habits],
    HONEST_ANSWER_WORDS.allRight[answers.allRight],
  ];
  return `When you last answered, on ${fmt.formatDay(day)}, you said ${said.join('; ')}; and ${
    HONEST_ANSWER_WORDS.makesSense[answers.makesSense]
  }. Any answer counts.`;
}

/**
 * How habit strength moved over the chart's four weeks, from its first point to today's, so the
 * number comes with a few words rather than standing alone as a grade. A change of less than
 * `HABITS_STEADY_POINTS` percentage points is "about the same": strength moves a little every day.
 */
export const HABITS_STEADY_POINTS = 5;

function habitsLately(item: Extract<WhereItem, { kind: 'habits' }>): 'up' | 'flat' | 'down' {
  const first = item.series.find((p) => p.value !== null)?.value ?? null;
  if (first === null || item.strength === null) return 'flat';
  const change = strengthPercent(item.strength) - strengthPercent(first);
  if (change >= HABITS_STEADY_POINTS) return 'up';
  if (change <= -HABITS_STEADY_POINTS) return 'down';
  return 'flat';
}

const HABITS_LATELY: Readonly<Record<'up' | 'flat' | 'down', string>> = {
  up: 'Your habits are getting steadier',
  flat: 'Your habits are holding about where they were',
  down: 'Your habits have been harder to keep lately, which happens to everyone',
};

/** The label, the value and the sentence of one item. */
export function whereItemWords(item: WhereItem, fmt: WordFormats): ItemWords {
  switch (item.kind) {
    case 'habits': {
      const label = ITEM_LABELS.habits;
      if (item.strength === null) {
        return {
          label,
          value: 'No check-ins so far',
          sentence:
            'Once you check in on a habit you are building or breaking, its strength shows here.',
        };
      }
      const percent = `${fmt.formatNumber(strengthPercent(item.strength))}%`;
      const across =
        item.habits === 1
          ? `strength ${percent} for your one habit`
          : `strength ${percent} on average across ${count(item.habits, 'habit', fmt.formatNumber)}`;
      const said = `${HABITS_LATELY[habitsLately(item)]}: ${across}.`;
      return {
        label,
        value: percent,
        sentence: item.hasFewRecordedDays ? `${said} ${STRENGTH_ON_THIN_DATA}` : said,
      };
    }
    case 'mood':
      return moodWords(item, fmt);
    case 'hurt':
      return hurtWords(item, fmt);
    case 'time': {
      const label = ITEM_LABELS.time;
      if (item.since === null || item.days === null) {
        return {
          label,
          value: 'Not known',
          sentence:
            'This shows once you record something, or set when the breakup happened in Settings.',
        };
      }
      const spent = timeSpent(item.since, addDays(item.since, item.days - 1), fmt.formatNumber);
      if (item.days === 1) {
        return {
          label,
          value: 'Just begun',
          sentence: `You began healing on ${fmt.formatDay(item.since)}. Healing keeps its own pace.`,
        };
      }
      return {
        label,
        value: `${spent.charAt(0).toUpperCase()}${spent.slice(1)}`,
        sentence: `You have been healing for ${spent}, since ${fmt.formatDay(
          item.since,
        )}. Healing keeps its own pace.`,
      };
    }
    case 'reflection': {
      const label = ITEM_LABELS.reflection;
      if (item.latest === null) {
        return {
          label,
          value: 'Whenever you want',
          sentence:
            'A few honest questions, whenever you want them. There is no hurry, and any answer counts.',
        };
      }
      const times =
        item.latest.times > 1
          ? ` You have answered it ${count(item.latest.times, 'time', fmt.formatNumber)} in all.`
          : '';
      return {
        label,
        value: `Last answered ${fmt.formatDay(item.latest.day)}`,
        sentence: `${answersSentence(item.latest.day, item.latest.answers, fmt)}${times}`,
      };
    }
    case 'rehearsals': {
      const label = ITEM_LABELS.rehearsals;
      if (item.rehearsals === 0) {
        return {
          label,
          value: 'None logged',
          sentence:
            'A rehearsal on your own, logged as communication practice with the skill “apology”, shows here. There is no hurry.',
        };
      }
      return {
        label,
        value: count(item.rehearsals, 'rehearsal', fmt.formatNumber),
        sentence: `You have rehearsed your apology ${count(
          item.rehearsals,
          'time',
          fmt.formatNumber,
        )} (logged as communication practice).`,
      };
    }
    default: {
      const unhandled: never = item;
      return unhandled;
    }
  }
}
