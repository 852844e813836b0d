/**
 * The honest reflection: the article's signs that healing has taken hold ("partially over them",
 * "fixed your habits", "you know you'll be happy eventually, even if it's not with them"), and the
 * question under all of them: whether getting back together makes sense at all. Either answer to
 * that counts; the reflection is for the person, never a gate on the way back to their ex. Each
 * answering is kept as a dated row (`reflections`, kind `honest_reflection`), so the latest shows
 * and earlier ones can be looked at. Zod-free, so the renderer and the report can read it; the
 * contract (`contract/journey.ts`) builds its schema from these constants.
 */

/** The `reflections.kind` the honest reflection is stored under. */
export const HONEST_REFLECTION_KIND = 'honest_reflection';

/** How much of the hurt feels behind the person ("partially over them"). */
export const OVER_THEM_ANSWERS = ['most', 'some', 'little'] as const;
/** Whether their habits have shifted the way they wanted. */
export const HABITS_ANSWERS = ['mostly', 'some', 'not_really'] as const;
/** Whether they know they will be all right, together or not. */
export const ALL_RIGHT_ANSWERS = ['yes', 'some_days', 'not_now'] as const;
/** Whether getting back together makes sense at all: every answer counts. */
export const MAKES_SENSE_ANSWERS = ['yes', 'no', 'not_sure'] as const;

export type OverThemAnswer = (typeof OVER_THEM_ANSWERS)[number];
export type HabitsAnswer = (typeof HABITS_ANSWERS)[number];
export type AllRightAnswer = (typeof ALL_RIGHT_ANSWERS)[number];
export type MakesSenseAnswer = (typeof MAKES_SENSE_ANSWERS)[number];

/** Said when the day chosen has not begun: the reflection is about how things are, not will be. */
export const NOT_BEGUN_DAY = 'That day has not begun yet. Choose today or an earlier day.';

/** The longest note a reflection keeps, in characters. */
export const REFLECTION_NOTE_MAX = 2000;

/** One answering of the honest reflection, as stored in `reflections.answers`. */
export interface HonestReflectionAnswers {
  readonly overThem: OverThemAnswer;
  readonly habits: HabitsAnswer;
  readonly allRight: AllRightAnswer;
  readonly makesSense: MakesSenseAnswer;
  /** In the person's own words; null when they wrote nothing. */
  readonly note: string | null;
}

export type HonestQuestion = Exclude<keyof HonestReflectionAnswers, 'note'>;

/** The questions in the order the form asks them. */
export const HONEST_QUESTIONS = ['overThem', 'habits', 'allRight', 'makesSense'] as const;

/**
 * Each question as the form asks it, its choices as the person picks them, and what to say when it
 * is left empty (named for the field, saying what to choose).
 */
export const HONEST_QUESTION_WORDS = {
  overThem: {
    question: 'How much of the hurt feels behind you?',
    choices: { most: 'Most of it', some: 'Some of it', little: 'Very little of it, for now' },
    missing: 'Choose how much of the hurt feels behind you.',
  },
  habits: {
    question: 'Have your habits shifted the way you wanted?',
    choices: { mostly: 'Mostly, yes', some: 'Some of them', not_really: 'Not really, so far' },
    missing: 'Choose how your habits have shifted.',
  },
  allRight: {
    question:
      'Do you feel you will be all right in the end, whether or not you and your ex get back together?',
    choices: { yes: 'Yes', some_days: 'Some days', not_now: 'Not right now' },
    missing: 'Choose whether you feel you will be all right in the end.',
  },
  makesSense: {
    question: 'Honestly, does getting back together make sense at all?',
    choices: {
      yes: 'Yes, I think it could',
      no: 'No, I don’t think it does',
      not_sure: 'I’m not sure',
    },
    missing: 'Choose whether getting back together makes sense to you, or that you are not sure.',
  },
} as const satisfies {
  readonly overThem: QuestionWords<OverThemAnswer>;
  readonly habits: QuestionWords<HabitsAnswer>;
  readonly allRight: QuestionWords<AllRightAnswer>;
  readonly makesSense: QuestionWords<MakesSenseAnswer>;
};

interface QuestionWords<A extends string> {
  readonly question: string;
  readonly choices: Readonly<Record<A, string>>;
  readonly missing: string;
}

/**
 * Each answer said back to the person in the second person, to fit one sentence ("On 3 December
 * you said some of the hurt feels behind you; …").
 */
export const HONEST_ANSWER_WORDS = {
  overThem: {
    most: 'most of the hurt feels behind you',
    some: 'some of the hurt feels behind you',
    little: 'very little of the hurt feels behind you for now',
  },
  habits: {
    mostly: 'your habits have mostly shifted the way you wanted',
    some: 'some of your habits have shifted the way you wanted',
    not_really: 'your habits have not really shifted so far',
  },
  allRight: {
    yes: 'you feel you will be all right in the end, either way',
    some_days: 'some days you feel you will be all right in the end, either way',
    not_now: 'right now you do not feel you will be all right, and that can change',
  },
  makesSense: {
    yes: 'getting back together could make sense',
    no: 'getting back together does not make sense to you',
    not_sure: 'you are not sure whether getting back together makes sense',
  },
} as const satisfies {
  readonly overThem: Readonly<Record<OverThemAnswer, string>>;
  readonly habits: Readonly<Record<HabitsAnswer, string>>;
  readonly allRight: Readonly<Record<AllRightAnswer, string>>;
  readonly makesSense: Readonly<Record<MakesSenseAnswer, string>>;
};

function isOneOf<T extends string>(choices: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (choices as readonly string[]).includes(value);
}

/**
 * The answers from a stored row's parsed JSON, or null when they are not a whole honest reflection
 * (a row from a file that was edited by hand, say): the app then says it was answered without
 * repeating answers it cannot read.
 */
export function readHonestAnswers(value: unknown): HonestReflectionAnswers | null {
  if (typeof value !== 'object' || value === null) return null;
  const record: Readonly<Record<string, unknown>> = { ...value };
  const { overThem, habits, allRight, makesSense, note } = record;
  if (
    !isOneOf(OVER_THEM_ANSWERS, overThem) ||
    !isOneOf(HABITS_ANSWERS, habits) ||
    !isOneOf(ALL_RIGHT_ANSWERS, allRight) ||
    !isOneOf(MAKES_SENSE_ANSWERS, makesSense)
  ) {
    return null;
  }
  return {
    overThem,
    habits,
    allRight,
    makesSense,
    note: typeof note === 'string' && note.trim() !== '' ? note : null,
  };
}
