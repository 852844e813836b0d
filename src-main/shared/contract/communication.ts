import { z } from 'zod';
import type { CommunicationChannel } from '../ipc-channels';
import {
  COMMUNICATION_NOTE_MAX,
  COMMUNICATION_SKILLS,
  CONTACT_CONTEXTS,
  contactContextInSentence,
  COUNTERPARTS,
  DO_DIFFERENTLY_MAX,
  INITIATOR_LABELS,
  INITIATORS,
  initiatorOfContext,
  NOT_FOR_A_REHEARSAL,
  OUTCOMES,
  SELF_RATING_MAX,
  SELF_RATING_MIN,
  TONES,
} from '../domain/communication';
import {
  daySchema,
  freeText,
  idSchema,
  instantSchema,
  localDayRefinement,
  timeZoneSchema,
  scaleNumber,
  type ChannelSpec,
} from './common';

const SKILL_MESSAGE = 'Choose the skill you practised.';
const skillSchema = z.enum(COMMUNICATION_SKILLS, { error: SKILL_MESSAGE });
const counterpartSchema = z.enum(COUNTERPARTS, {
  error: 'Choose who the conversation was with.',
});
/**
 * The choices for what brought contact about, in words, for every message that lists them: taken
 * from the labels, so a new choice is named too.
 */
function contextChoicesInWords(): string {
  const words = CONTACT_CONTEXTS.map(contactContextInSentence);
  return `${words.slice(0, -1).join(', ')}, or ${words.at(-1) ?? ''}`;
}
const CONTEXT_CHOICES = contextChoicesInWords();
const CONTACT_CONTEXT_MESSAGE = `Choose what brought the contact about: ${CONTEXT_CHOICES}.`;
const contactContextSchema = z.enum(CONTACT_CONTEXTS, { error: CONTACT_CONTEXT_MESSAGE });

const SELF_RATING_MESSAGE = `Choose how you feel you handled it, from ${SELF_RATING_MIN} to ${SELF_RATING_MAX}, or leave it out.`;

/** The form's label for each field a rehearsal does not have, as messages name it. */
const REHEARSAL_FIELD_LABELS: Readonly<Record<(typeof NOT_FOR_A_REHEARSAL)[number], string>> = {
  initiatedBy: 'Who reached out first',
  tone: 'Tone',
  outcome: 'Outcome',
};

/**
 * The fields of an entry as a person writes it; shared by create, update and restore. They are
 * listed in the form's order, because the first problem found is the one a person is shown.
 */
const entryFields = {
  counterpart: counterpartSchema,
  isContactWithEx: z.boolean({
    error: 'Say whether this was contact with your ex: true or false.',
  }),
  contactContext: contactContextSchema.nullable().default(null),
  /**
   * Optional for contact with the ex only: an impulsive text at night was not practice, and asking
   * which skill it practised would shame. Any other conversation (or rehearsal) names its skill.
   */
  skill: skillSchema.nullable().default(null),
  occurredAt: instantSchema,
  timeZone: timeZoneSchema,
  initiatedBy: z
    .enum(INITIATORS, { error: 'Choose who reached out first: I did, they did, or both of us.' })
    .nullable()
    .default(null),
  tone: z
    .enum(TONES, { error: 'Choose the tone: friendly, civil, tense or hostile.' })
    .nullable()
    .default(null),
  outcome: z
    .enum(OUTCOMES, { error: 'Choose the outcome: resolved, partly resolved or not resolved.' })
    .nullable()
    .default(null),
  selfRating: z
    .int({ error: SELF_RATING_MESSAGE })
    .min(SELF_RATING_MIN, SELF_RATING_MESSAGE)
    .max(SELF_RATING_MAX, SELF_RATING_MESSAGE)
    .nullable()
    .default(null),
  moodBefore: scaleNumber('your mood before', 1, 10, true).nullable().default(null),
  moodAfter: scaleNumber('your mood after', 1, 10, true).nullable().default(null),
  doDifferently: freeText('What you would do differently', DO_DIFFERENTLY_MAX).default(null),
  note: freeText('The note', COMMUNICATION_NOTE_MAX).default(null),
};

interface ContactFields {
  readonly counterpart: (typeof COUNTERPARTS)[number];
  readonly isContactWithEx: boolean;
  readonly contactContext: (typeof CONTACT_CONTEXTS)[number] | null;
  readonly skill: (typeof COMMUNICATION_SKILLS)[number] | null;
  readonly initiatedBy: (typeof INITIATORS)[number] | null;
}

type RehearsalFields = ContactFields & {
  readonly [field in Exclude<(typeof NOT_FOR_A_REHEARSAL)[number], 'initiatedBy'>]: string | null;
};

/** A problem with one field, in the words a person is shown. */
interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** The first rule that ties the contact fields together and is broken, or null. */
function contactProblem(entry: ContactFields): FieldProblem | null {
  if (entry.counterpart === 'ex' && !entry.isContactWithEx) {
    return {
      path: 'isContactWithEx',
      message:
        'A conversation with your ex is contact with your ex: tick “This was contact with my ex”.',
    };
  }
  if (entry.counterpart === 'rehearsal_alone' && entry.isContactWithEx) {
    return {
      path: 'isContactWithEx',
      message:
        'A rehearsal on your own is practice, not contact with your ex: untick “This was contact with my ex”.',
    };
  }
  if (entry.isContactWithEx && entry.contactContext === null) {
    return { path: 'contactContext', message: CONTACT_CONTEXT_MESSAGE };
  }
  if (!entry.isContactWithEx && entry.contactContext !== null) {
    return {
      path: 'contactContext',
      message:
        'What brought it about is only asked about contact with your ex: clear it, or tick “This was contact with my ex”.',
    };
  }
  const saidByContext = initiatorOfContext(entry.isContactWithEx ? entry.contactContext : null);
  if (saidByContext !== null && entry.initiatedBy !== null && entry.initiatedBy !== saidByContext) {
    return {
      path: 'initiatedBy',
      message: `What brought it about already says who reached out first (${INITIATOR_LABELS[saidByContext]}): leave “Who reached out first” out, or choose another reason.`,
    };
  }
  if (!entry.isContactWithEx && entry.skill === null) {
    return { path: 'skill', message: SKILL_MESSAGE };
  }
  return null;
}

/**
 * The contact rules, each reported on the field to change. They run only once every field on its
 * own is valid, so a person sees one problem at a time.
 */
function checkContact(entry: ContactFields, ctx: z.RefinementCtx): void {
  const problem = contactProblem(entry);
  if (problem) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
}

/**
 * A rehearsal on your own has no one who reached out first, no tone and no outcome: the form does
 * not ask, and a request that sends one is refused on that field (in the form's order), so the
 * entry never claims what did not happen. Runs after the contact rules, one problem at a time.
 */
function rehearsalProblem(entry: RehearsalFields): FieldProblem | null {
  if (entry.counterpart !== 'rehearsal_alone') return null;
  const field = NOT_FOR_A_REHEARSAL.find((f) => entry[f] !== null);
  if (field === undefined) return null;
  return {
    path: field,
    message: `A rehearsal on your own has no “${REHEARSAL_FIELD_LABELS[field]}”: leave it out, or choose who the conversation was with.`,
  };
}

/** What a person writes now: the contact rules first, then the rehearsal's; one problem at a time. */
function checkEntry(entry: RehearsalFields, ctx: z.RefinementCtx): void {
  const problem = contactProblem(entry) ?? rehearsalProblem(entry);
  if (problem) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
}

/** What a person records about one conversation, or one rehearsal. */
export const communicationEntryInputSchema = z
  .strictObject(entryFields)
  .superRefine(checkEntry)
  .superRefine(localDayRefinement('occurredAt'));

/** A change to a saved entry: every field is replaced. */
export const communicationEntryUpdateSchema = z
  .strictObject({ ...entryFields, id: idSchema })
  .superRefine(checkEntry)
  .superRefine(localDayRefinement('occurredAt'));

/**
 * A deleted entry, put back exactly as it was (same id, same times) when a person presses Undo.
 * The rehearsal rule is left out on purpose: an entry saved by an older version (or imported from
 * its export) may hold a rehearsal's tone, and Undo must never lose an entry over it.
 */
export const communicationEntryRestoreSchema = z
  .strictObject({
    ...entryFields,
    id: idSchema,
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .superRefine(checkContact)
  .superRefine(localDayRefinement('occurredAt'));

/** A saved entry, as the renderer sees it. */
export const communicationEntrySchema = z.strictObject({
  id: idSchema,
  occurredAt: instantSchema,
  timeZone: z.string(),
  day: daySchema,
  /** Null only for contact with the ex that practised no skill in particular. */
  skill: z.enum(COMMUNICATION_SKILLS).nullable(),
  counterpart: z.enum(COUNTERPARTS),
  isContactWithEx: z.boolean(),
  contactContext: z.enum(CONTACT_CONTEXTS).nullable(),
  initiatedBy: z.enum(INITIATORS).nullable(),
  tone: z.enum(TONES).nullable(),
  selfRating: z.int().nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  moodBefore: z.int().nullable(),
  moodAfter: z.int().nullable(),
  doDifferently: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

/**
 * Which entries to list: a span of local days, optionally narrowed by skill, person or contact,
 * and to the newest few.
 */
export const communicationListSchema = z
  .strictObject({
    from: daySchema,
    to: daySchema,
    skill: skillSchema.optional(),
    counterpart: counterpartSchema.optional(),
    contactOnly: z
      .boolean({ error: '“Contact with my ex only” must be true or false.' })
      .optional(),
    /**
     * At most this many (the newest); all when left out. One is enough to ask whether anything
     * earlier exists without reading every earlier entry.
     */
    limit: z
      .int({ error: 'The limit must be a whole number of 1 or more.' })
      .min(1, 'The limit must be a whole number of 1 or more.')
      .optional(),
  })
  .refine((r) => r.from <= r.to, {
    message: 'The start date must be on or before the end date.',
    path: ['to'],
  });

export const communicationContract = {
  /** Save a new conversation or rehearsal. */
  'communication:create': {
    input: communicationEntryInputSchema,
    output: communicationEntrySchema,
  },
  /** Change a saved entry; every field is replaced. */
  'communication:update': {
    input: communicationEntryUpdateSchema,
    output: communicationEntrySchema,
  },
  /** Remove an entry; the answer is the entry as it was, so it can be restored. */
  'communication:delete': {
    input: z.strictObject({ id: idSchema }),
    output: communicationEntrySchema,
  },
  /** Put a deleted entry back exactly as it was. */
  'communication:restore': {
    input: communicationEntryRestoreSchema,
    output: communicationEntrySchema,
  },
  /** Entries whose local day is in the range and that match the filters, newest first. */
  'communication:list': {
    input: communicationListSchema,
    output: z.array(communicationEntrySchema).readonly(),
  },
} as const satisfies Record<CommunicationChannel, ChannelSpec>;

export type CommunicationEntryInput = z.input<typeof communicationEntryInputSchema>;
export type CommunicationEntryRestore = z.input<typeof communicationEntryRestoreSchema>;
export type CommunicationEntry = z.output<typeof communicationEntrySchema>;
export type CommunicationListQuery = z.output<typeof communicationListSchema>;
