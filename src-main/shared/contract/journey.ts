import { z } from 'zod';
import type { JourneyChannel } from '../ipc-channels';
import {
  ALL_RIGHT_ANSWERS,
  HABITS_ANSWERS,
  HONEST_QUESTION_WORDS,
  MAKES_SENSE_ANSWERS,
  OVER_THEM_ANSWERS,
  REFLECTION_NOTE_MAX,
} from '../journey/honest-reflection';
import type { WhereItem } from '../journey/where-you-are';
import { stageSchema } from './stages';
import {
  daySchema,
  emptyInput,
  freeText,
  idSchema,
  instantSchema,
  type ChannelSpec,
} from './common';

/**
 * The Journey screen's own channels: "Where you are now" (read in the main process with the
 * shared `whereYouAre`, so the screen and the report say the same facts), and the honest
 * reflection, kept as dated answers. Stage moves have their own channels (`contract/stages.ts`).
 */

/** Each question is answered by choosing; the refusal names the question and what to choose. */
function choice<const T extends readonly [string, ...string[]]>(choices: T, missing: string) {
  return z.enum(choices, { error: missing });
}

/** One answering of the honest reflection, as the form sends it. */
export const honestReflectionInputSchema = z.strictObject({
  /** The day the answers are for: today, or an earlier day the person chose. */
  day: daySchema,
  overThem: choice(OVER_THEM_ANSWERS, HONEST_QUESTION_WORDS.overThem.missing),
  habits: choice(HABITS_ANSWERS, HONEST_QUESTION_WORDS.habits.missing),
  allRight: choice(ALL_RIGHT_ANSWERS, HONEST_QUESTION_WORDS.allRight.missing),
  makesSense: choice(MAKES_SENSE_ANSWERS, HONEST_QUESTION_WORDS.makesSense.missing),
  note: freeText('The note', REFLECTION_NOTE_MAX).default(null),
});

const answersSchema = z.strictObject({
  overThem: z.enum(OVER_THEM_ANSWERS),
  habits: z.enum(HABITS_ANSWERS),
  allRight: z.enum(ALL_RIGHT_ANSWERS),
  makesSense: z.enum(MAKES_SENSE_ANSWERS),
  note: z.string().nullable(),
});

/** A saved honest reflection. */
export const honestReflectionSchema = z.strictObject({
  id: idSchema,
  day: daySchema,
  /** The stage the person was in when they answered. */
  stage: stageSchema.nullable(),
  answers: answersSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

const dayValueSchema = z.strictObject({ day: daySchema, value: z.number() });

const trendFields = {
  windowDays: z.int(),
  days: z.int(),
  movement: z
    .strictObject({ firstDay: daySchema, lastDay: daySchema, start: z.number(), end: z.number() })
    .nullable(),
  direction: z.enum(['up', 'down', 'flat']).nullable(),
  series: z.array(dayValueSchema).readonly(),
};

/** One item of "Where you are now" (see `shared/journey/where-you-are.ts`). */
export const whereItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('habits'),
    habits: z.int(),
    strength: z.number().nullable(),
    hasFewRecordedDays: z.boolean(),
    series: z.array(z.strictObject({ day: daySchema, value: z.number().nullable() })).readonly(),
  }),
  z.strictObject({ kind: z.literal('mood'), ...trendFields }),
  z.strictObject({ kind: z.literal('hurt'), ...trendFields }),
  z.strictObject({
    kind: z.literal('time'),
    since: daySchema.nullable(),
    days: z.int().nullable(),
  }),
  z.strictObject({
    kind: z.literal('reflection'),
    latest: z
      .strictObject({ day: daySchema, answers: answersSchema.nullable(), times: z.int() })
      .nullable(),
  }),
  z.strictObject({ kind: z.literal('rehearsals'), rehearsals: z.int() }),
]);

export const journeyOverviewSchema = z.strictObject({
  /** The day the items are read as of. */
  asOf: daySchema,
  items: z.array(whereItemSchema).readonly(),
});

export const journeyContract = {
  /** "Where you are now" as of `day` (the person's today), item by item, with short series. */
  'journey:overview': { input: z.strictObject({ day: daySchema }), output: journeyOverviewSchema },
  /** Save one answering of the honest reflection, dated; earlier ones are kept. */
  'honest:save': { input: honestReflectionInputSchema, output: honestReflectionSchema },
  /** Every honest reflection, newest first. */
  'honest:list': {
    input: emptyInput,
    output: z.array(honestReflectionSchema).readonly(),
  },
  /** Remove one; the answer is the reflection as it was, so Undo can put it back. */
  'honest:delete': {
    input: z.strictObject({ id: idSchema }),
    output: honestReflectionSchema,
  },
  /** Put a removed reflection back exactly as it was (same id, same times). */
  'honest:restore': { input: honestReflectionSchema, output: honestReflectionSchema },
} as const satisfies Record<JourneyChannel, ChannelSpec>;

export type HonestReflectionInput = z.input<typeof honestReflectionInputSchema>;
export type HonestReflection = z.output<typeof honestReflectionSchema>;
export type JourneyOverview = z.output<typeof journeyOverviewSchema>;

// The contract's items are the shared function's items: a change to one must show in the other.
type Assignable<A extends B, B> = A;
export type ContractItemsAreWhereItems = Assignable<z.output<typeof whereItemSchema>, WhereItem>;
