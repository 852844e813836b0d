import { z } from 'zod';
import type { ApologyChannel } from '../ipc-channels';
import {
  APOLOGY_ANSWERS,
  APOLOGY_PART_MAX,
  APOLOGY_PARTS,
  missingParts,
  notReadyMessage,
  partName,
  type ApologyPart,
} from '../journey/apology';
import { communicationEntrySchema } from './communication';
import {
  daySchema,
  fitsVisibleLength,
  idSchema,
  instantSchema,
  timeZoneSchema,
  tooLongMessage,
  type ChannelSpec,
} from './common';
import { stageChangeSchema } from './stages';

/** One part's words, kept as typed (spaces and new lines too); empty while not written yet. */
function partText(part: ApologyPart) {
  const name = partName(part);
  return z
    .string({ error: `${name}, must be text.` })
    .refine((s) => fitsVisibleLength(s, APOLOGY_PART_MAX), {
      message: tooLongMessage(name, APOLOGY_PART_MAX),
      abort: true,
    })
    .refine((s) => !s.includes('\u0000'), `${name}, contains a character that cannot be saved.`);
}

const partsShape = {
  owning: partText('owning'),
  changes: partText('changes'),
  tryAgain: partText('tryAgain'),
};

/** The answer the ex gave to a draft that was given, and the day it came. */
export const apologyOutcomeSchema = z.strictObject({
  answer: z.enum(APOLOGY_ANSWERS, { error: 'Choose what they said: yes, not now or no.' }),
  /** The day the answer came, in the person's own calendar. */
  day: daySchema,
  /** When it was recorded in the app. */
  recordedAt: instantSchema,
});

/**
 * What an apology draft keeps in its `reflections` row (kind `apology_draft`, stage `apologize`),
 * as JSON in `answers`: the three parts, the earlier draft it started from, when it was marked
 * ready, and the answer it got once given.
 */
export const apologyAnswersSchema = z.strictObject({
  ...partsShape,
  basedOnId: idSchema.nullable(),
  readyAt: instantSchema.nullable(),
  outcome: apologyOutcomeSchema.nullable(),
});

/** A draft as the renderer sees it: its answers, the day it was started and its times. */
export const apologyDraftSchema = apologyAnswersSchema.extend({
  id: idSchema,
  /** The day the draft was started, where the person was. */
  day: daySchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

/**
 * Saving a draft: a new one (`id` null) or changes to one not yet given. `markReady` asks to mark
 * it ready too, which needs words in all three parts; the refusal names each empty part, on the
 * first of them, and nothing is saved.
 */
export const apologySaveSchema = z
  .strictObject({
    id: idSchema.nullable().default(null),
    ...partsShape,
    basedOnId: idSchema.nullable().default(null),
    markReady: z
      .boolean({ error: 'Say whether to mark the draft ready: true or false.' })
      .default(false),
    timeZone: timeZoneSchema,
  })
  .superRefine((draft, ctx) => {
    const missing = missingParts(draft);
    const [first] = missing;
    if (first === undefined) return;
    if (draft.markReady) {
      ctx.addIssue({ code: 'custom', path: [first], message: notReadyMessage(draft) ?? '' });
    } else if (missing.length === APOLOGY_PARTS.length) {
      ctx.addIssue({
        code: 'custom',
        path: [first],
        message: 'The draft is empty: write a few words in any of the three parts to keep it.',
      });
    }
  });

/** Recording the answer to a draft that was given, and, if the person chooses, the move it suggests. */
export const apologyOutcomeInputSchema = z.strictObject({
  id: idSchema,
  answer: z.enum(APOLOGY_ANSWERS, { error: 'Choose what they said: yes, not now or no.' }),
  day: daySchema,
  timeZone: timeZoneSchema,
  /** True to take the suggested move too (Take it Slow after a yes, Heal & Grow otherwise). */
  move: z.boolean({ error: 'Say whether to move on to the suggested stage: true or false.' }),
});

/** A draft put back exactly as it was (Undo), taking back the move its outcome made, if any. */
export const apologyRestoreSchema = z.strictObject({
  draft: apologyDraftSchema,
  /** The stage change to take back with it (the move an outcome made), or null. */
  moveId: idSchema.nullable().default(null),
});

/** A sentence of evidence for Part 2, from one of the person's habits. */
export const evidenceSentenceSchema = z.strictObject({
  habitId: idSchema,
  habitName: z.string(),
  sentence: z.string(),
  /** The counts behind the sentence, shown to the person beside it, never inserted. */
  detail: z.string(),
  keptShare: z.number().min(0).max(1),
  isArchived: z.boolean(),
});

/**
 * How many apology rehearsals the Apologize part lists: the newest ones, with a count of all of
 * them (the Communication screen lists every one), so opening it reads the same on day 3,650.
 */
export const REHEARSALS_SHOWN = 20;

/** Everything the Apologize part shows. */
export const apologyListSchema = z.strictObject({
  /** Every draft, newest first. */
  drafts: z.array(apologyDraftSchema).readonly(),
  /** Drafts whose saved words could not be read (a damaged row): named, never silently left out. */
  unreadable: z.array(z.strictObject({ id: idSchema, day: z.string() })).readonly(),
  /** The newest conversations and rehearsals that practised an apology (at most `REHEARSALS_SHOWN`), newest first. */
  rehearsals: z.array(communicationEntrySchema).max(REHEARSALS_SHOWN).readonly(),
  /** How many there are in all, the ones not listed included. */
  rehearsalCount: z.int().min(0),
  /** Sentences for Part 2 from the person's own habits. */
  evidence: z.array(evidenceSentenceSchema).readonly(),
});

const idInput = z.strictObject({ id: idSchema });

export const apologyContract = {
  /** The drafts, the apology rehearsals and the habit evidence, as of the person's `day`. */
  'apology:list': { input: z.strictObject({ day: daySchema }), output: apologyListSchema },
  /** Save a draft (new, or changed), and mark it ready if asked; the answer holds what it replaced. */
  'apology:save': {
    input: apologySaveSchema,
    output: z.strictObject({ draft: apologyDraftSchema, previous: apologyDraftSchema.nullable() }),
  },
  /** Record the answer to a ready draft, with the suggested move in the same step if chosen. */
  'apology:outcome': {
    input: apologyOutcomeInputSchema,
    output: z.strictObject({
      draft: apologyDraftSchema,
      previous: apologyDraftSchema,
      move: stageChangeSchema.nullable(),
    }),
  },
  /** Remove a draft; the answer is the draft as it was, for Undo. */
  'apology:delete': { input: idInput, output: apologyDraftSchema },
  /** Put a draft back exactly as it was (same id and times), taking back a move if given. */
  'apology:restore': { input: apologyRestoreSchema, output: apologyDraftSchema },
} as const satisfies Record<ApologyChannel, ChannelSpec>;

export type ApologyAnswers = z.output<typeof apologyAnswersSchema>;
export type ApologyDraft = z.output<typeof apologyDraftSchema>;
export type ApologySaveInput = z.input<typeof apologySaveSchema>;
export type ApologyOutcomeInput = z.input<typeof apologyOutcomeInputSchema>;
export type ApologyRestoreInput = z.input<typeof apologyRestoreSchema>;
export type ApologyList = z.output<typeof apologyListSchema>;
export type EvidenceSentenceOutput = z.output<typeof evidenceSentenceSchema>;
