import { z } from 'zod';
import { HABIT_KINDS, HABIT_PERIODS } from '../domain/habits';
import { PATHS } from '../domain/stages';
import type { DecideChannel } from '../ipc-channels';
import {
  choiceProblem,
  DEAL_BREAKERS,
  FAULTS,
  fromLegacyDealBreakers,
  LEGACY_UNSAFE,
  NO_CONTACT_ANSWERS,
  SAFETY_ANSWERS,
  WILLINGNESS,
  type DealBreaker,
  type Fault,
  type NoContactAnswer,
  type SafetyAnswer,
  type Willingness,
} from '../journey/decide-rules';
import {
  daySchema,
  freeText,
  idSchema,
  instantSchema,
  timeZoneSchema,
  type ChannelSpec,
} from './common';
import { keptLatelySchema } from './habits';

/** The longest note beside what changed, in characters a person sees. */
export const DECIDE_NOTE_MAX = 5000;
/** The most habits one worksheet can pick as evidence (more than anyone keeps at once). */
export const DECIDE_EVIDENCE_MAX = 50;

const SAFETY_MESSAGE =
  'For the question about feeling safe, choose yes, no or not sure; or leave it for later.';
const NO_CONTACT_MESSAGE =
  'For whether your ex asked you not to contact them, choose yes or no; or leave it for later.';
const FAULT_MESSAGE =
  'Choose where you see the main part of what went wrong: mostly me, both of us, or mostly my ex; or leave it for later.';
const DEAL_BREAKER_MESSAGE =
  'Choose the deal-breakers that apply: cheating or deep incompatibility; or “None of these”.';
const WILLING_MESSAGE =
  'Choose whether you are both willing to talk it through: yes, no or not sure; or leave it for later.';
const HABITS_MESSAGE = 'Pick habits from your list to show what you changed, or leave them out.';

const safetySchema = z.enum(SAFETY_ANSWERS, { error: SAFETY_MESSAGE });
const noContactSchema = z.enum(NO_CONTACT_ANSWERS, { error: NO_CONTACT_MESSAGE });
const faultSchema = z.enum(FAULTS, { error: FAULT_MESSAGE });
const dealBreakerSchema = z.enum(DEAL_BREAKERS, { error: DEAL_BREAKER_MESSAGE });
const willingSchema = z.enum(WILLINGNESS, { error: WILLING_MESSAGE });

function isEachOnce(values: readonly unknown[]): boolean {
  return new Set(values).size === values.length;
}

/** The answers as a person gives them; the habits are picked by id, the evidence read in main. */
const answerFields = {
  safety: safetySchema.nullable().default(null),
  askedNoContact: noContactSchema.nullable().default(null),
  fault: faultSchema.nullable().default(null),
  /** Null: not answered yet. Empty: "None of these", a full answer. */
  dealBreakers: z
    .array(dealBreakerSchema, { error: DEAL_BREAKER_MESSAGE })
    .max(DEAL_BREAKERS.length, DEAL_BREAKER_MESSAGE)
    .refine(isEachOnce, DEAL_BREAKER_MESSAGE)
    .readonly()
    .nullable()
    .default(null),
  willingToTalk: willingSchema.nullable().default(null),
  changedHabitIds: z
    .array(idSchema, { error: HABITS_MESSAGE })
    .max(DECIDE_EVIDENCE_MAX, `Pick at most ${DECIDE_EVIDENCE_MAX} habits.`)
    .refine(isEachOnce, 'Each habit can be picked once.')
    .readonly()
    .default([]),
  changeNote: freeText('What you changed', DECIDE_NOTE_MAX).default(null),
};

interface AnswerShape {
  readonly safety: SafetyAnswer | null;
  readonly askedNoContact: NoContactAnswer | null;
  readonly fault: Fault | null;
  readonly dealBreakers: readonly DealBreaker[] | null;
  readonly willingToTalk: Willingness | null;
  readonly changedHabitIds: readonly number[];
  readonly changeNote: string | null;
}

export const NOTHING_TO_SAVE =
  'There is nothing to save yet: answer any question first, such as the first one, about feeling safe.';
export const WILLING_ONLY_FOR_BOTH =
  'Whether you are both willing to talk it through is asked only when you answered “Both of us” about what went wrong: clear it, or choose “Both of us”.';

/** The rules that tie the answers together, each reported on the field to change. */
function checkAnswers(answers: AnswerShape, ctx: z.RefinementCtx): void {
  if (answers.willingToTalk !== null && answers.fault !== 'both') {
    ctx.addIssue({ code: 'custom', path: ['willingToTalk'], message: WILLING_ONLY_FOR_BOTH });
  }
}

/** A worksheet with no answer at all is refused: there would be nothing to keep. */
function checkSomethingAnswered(answers: AnswerShape, ctx: z.RefinementCtx): void {
  const isEmpty =
    answers.safety === null &&
    answers.askedNoContact === null &&
    answers.fault === null &&
    answers.dealBreakers === null &&
    answers.willingToTalk === null &&
    answers.changedHabitIds.length === 0 &&
    answers.changeNote === null;
  if (isEmpty) ctx.addIssue({ code: 'custom', path: ['safety'], message: NOTHING_TO_SAVE });
}

/** A path is chosen from the worksheet only once what it rests on is answered (see the rules). */
function checkChoice(answers: AnswerShape, ctx: z.RefinementCtx): void {
  const problem = choiceProblem(answers);
  if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
}

/**
 * Save a worksheet: a new one (`id` null) or changes to a kept one. Drafts are welcome: any
 * question may be left for later. `day` is the person's today, the day a new worksheet is dated
 * and the day newly picked habits' evidence is read as of.
 */
export const worksheetSaveSchema = z
  .strictObject({ id: idSchema.nullable().default(null), day: daySchema, ...answerFields })
  .superRefine(checkAnswers)
  .superRefine(checkSomethingAnswered);

/**
 * Choose a path from a worksheet: saves the answers, moves the stage (Apologize for Reconcile,
 * Heal & Grow for Move on) with the worksheet as the reason, and marks the worksheet with the
 * choice, all at once. `timeZone` is where the person is, for the stage change's day.
 */
export const worksheetChooseSchema = z
  .strictObject({
    id: idSchema.nullable().default(null),
    day: daySchema,
    timeZone: timeZoneSchema,
    path: z.enum(PATHS, { error: 'Choose a path: Reconcile or Move on.' }),
    ...answerFields,
  })
  .superRefine(checkAnswers)
  .superRefine(checkChoice);

/** A habit picked as evidence, as it stood on `asOfDay` (kept so the worksheet reads the same). */
export const habitEvidenceSchema = z.strictObject({
  habitId: idSchema,
  name: z.string(),
  kind: z.enum(HABIT_KINDS),
  targetCount: z.int().min(0),
  period: z.enum(HABIT_PERIODS),
  asOfDay: daySchema,
  strength: z.number().min(0).max(1),
  keptLately: keptLatelySchema,
});

/**
 * The path chosen from a worksheet and the stage change it made (removed again by Undo); no stage
 * change (null) when the person was already at that path's first stage.
 */
export const worksheetChoiceSchema = z.strictObject({
  path: z.enum(PATHS),
  stageChangeId: idSchema.nullable(),
  chosenAt: instantSchema,
  /** The day it was chosen, where the person was. */
  day: daySchema,
});

/**
 * What a worksheet keeps in its `reflections.answers` JSON, as stored: worksheets kept before
 * safety had its own question have no `safety` or `askedNoContact` and may list the deal-breaker
 * `'unsafe'`; `withLegacyRead` reads those as they were meant.
 */
const storedAnswerFields = {
  safety: safetySchema.nullable().default(null),
  askedNoContact: noContactSchema.nullable().default(null),
  fault: faultSchema.nullable(),
  dealBreakers: z
    .array(z.enum([...DEAL_BREAKERS, LEGACY_UNSAFE]))
    .refine(isEachOnce)
    .readonly()
    .nullable(),
  willingToTalk: willingSchema.nullable(),
  evidence: z.array(habitEvidenceSchema).max(DECIDE_EVIDENCE_MAX),
  changeNote: z.string().nullable(),
  choice: worksheetChoiceSchema.nullable(),
};

/** A kept worksheet's answers with an old "anything unsafe" deal-breaker read as a yes to safety. */
function withLegacyRead<T extends z.output<z.ZodObject<typeof storedAnswerFields>>>(
  stored: T,
): Omit<T, 'dealBreakers'> & { dealBreakers: readonly DealBreaker[] | null } {
  return { ...stored, ...fromLegacyDealBreakers(stored.dealBreakers, stored.safety) };
}

/** What a worksheet keeps in its `reflections.answers` JSON, read as this version means it. */
export const worksheetAnswersSchema = z.strictObject(storedAnswerFields).transform(withLegacyRead);

/** A kept worksheet, as the renderer sees it; `day` is the day it was started. */
export const worksheetSchema = z
  .strictObject({
    ...storedAnswerFields,
    id: idSchema,
    day: daySchema,
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .transform(withLegacyRead);

const idInput = z.strictObject({ id: idSchema });

export const decideContract = {
  /** Every kept worksheet, newest first. */
  'worksheet:list': { input: z.strictObject({}), output: z.array(worksheetSchema).readonly() },
  /** Keep a worksheet (a draft is fine); the answer is the worksheet as kept. */
  'worksheet:save': { input: worksheetSaveSchema, output: worksheetSchema },
  /** Save the answers and choose a path, moving the stage, in one step. */
  'worksheet:choose': { input: worksheetChooseSchema, output: worksheetSchema },
  /** Take a choice back: its stage change is removed and the worksheet's choice cleared. */
  'worksheet:unchoose': { input: idInput, output: worksheetSchema },
  /** Remove a worksheet; the answer is the worksheet as it was, for Undo. */
  'worksheet:delete': { input: idInput, output: worksheetSchema },
  /** Put a deleted worksheet back exactly as it was (same id, same times). */
  'worksheet:restore': { input: worksheetSchema, output: worksheetSchema },
} as const satisfies Record<DecideChannel, ChannelSpec>;

export type WorksheetSaveInput = z.input<typeof worksheetSaveSchema>;
export type WorksheetChooseInput = z.input<typeof worksheetChooseSchema>;
export type Worksheet = z.output<typeof worksheetSchema>;
export type WorksheetAnswers = z.output<typeof worksheetAnswersSchema>;
export type HabitEvidenceRecord = z.output<typeof habitEvidenceSchema>;
