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
 * Time spent from `since` to `asOf`, both days counted, as time spent: "9 days", "4 weeks", then
 * whole calendar months ("3 months" from 1 December to 1 March, as a person counts them) and
 * from two years on, years. No minimum and nothing left to reach. Callers pass `since` on or
 * before `asOf`.
 */
export function timeSpent(
  since: string,
  asOf: string,
  format: (n: number) => string = String,
): string {
  const days = dayNumber(asOf) - dayNumber(since) + 1;
  if (days < 14) return count(days, 'day', format);
  if (days < 61) return count(Math.floor(days / 7), 'week', format);
  // The day after `asOf` ends the span, so that both days count, as they do for days.
  const end = addDays(asOf, 1);
  const months =
    (Number(end.slice(0, 4)) - Number(since.slice(0, 4))) * 12 +
    (Number(end.slice(5, 7)) - Number(since.slice(5, 7))) -
    (end.slice(8) < since.slice(8) ? 1 : 0);
  if (months < 24) return count(months, 'month', format);
  return count(Math.floor(months / 12), 'year', format);
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
  if (answers === null) return `You answered it on ${fmt.formatDay(day)}.`;
  const said = [
    HONEST_ANSWER_WORDS.overThem[answers.overThem],
    HONEST_ANSWER_WORDS.habits[answers.habits],
    HONEST_ANSWER_WORDS.allRight[answers.allRight],
  ];
  return `On ${fmt.formatDay(day)} you said ${said.join('; ')}; and ${
    HONEST_ANSWER_WORDS.makesSense[answers.makesSense]
  }. Any answer counts.`;
}

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
      const said =
        item.habits === 1
          ? `Strength ${percent} for your one habit.`
          : `Average strength ${percent} across ${count(item.habits, 'habit', fmt.formatNumber)}.`;
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
      return {
        label,
        value: spent,
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
          value: 'Not answered',
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
        // The date is in the sentence; a date in large type would read as a deadline met.
        value: 'Answered',
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
