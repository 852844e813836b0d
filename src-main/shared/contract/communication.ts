import { z } from 'zod';
import type { CommunicationChannel } from '../ipc-channels';
import {
  COMMUNICATION_NOTE_MAX,
  COMMUNICATION_SKILLS,
  CONTACT_CONTEXTS,
  COUNTERPARTS,
  DO_DIFFERENTLY_MAX,
  INITIATORS,
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
  wholeNumber,
  type ChannelSpec,
} from './common';

const skillSchema = z.enum(COMMUNICATION_SKILLS, { error: 'Choose the skill you practised.' });
const counterpartSchema = z.enum(COUNTERPARTS, {
  error: 'Choose who the conversation was with.',
});
const contactContextSchema = z.enum(CONTACT_CONTEXTS, {
  error: 'Choose where the contact happened: co-parenting, shared home, work or school, or other.',
});

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
  skill: skillSchema,
  occurredAt: instantSchema,
  timeZone: timeZoneSchema,
  initiatedBy: z
    .enum(INITIATORS, { error: 'Choose who started it: you, them, or both of you.' })
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
  selfRating: wholeNumber('How you did', SELF_RATING_MIN, SELF_RATING_MAX).nullable().default(null),
  moodBefore: wholeNumber('Mood before', 1, 10).nullable().default(null),
  moodAfter: wholeNumber('Mood after', 1, 10).nullable().default(null),
  doDifferently: freeText('What you would do differently', DO_DIFFERENTLY_MAX).default(null),
  note: freeText('The note', COMMUNICATION_NOTE_MAX).default(null),
};

interface ContactFields {
  readonly counterpart: (typeof COUNTERPARTS)[number];
  readonly isContactWithEx: boolean;
  readonly contactContext: (typeof CONTACT_CONTEXTS)[number] | null;
}

/**
 * The rules that tie the contact fields together, each reported on the field to change. They run
 * only once every field on its own is valid, so a person sees one problem at a time.
 */
function checkContact(entry: ContactFields, ctx: z.RefinementCtx): void {
  if (entry.counterpart === 'ex' && !entry.isContactWithEx) {
    ctx.addIssue({
      code: 'custom',
      path: ['isContactWithEx'],
      message:
        'A conversation with your ex is contact with your ex: tick “This was contact with my ex”.',
    });
  } else if (entry.counterpart === 'rehearsal_alone' && entry.isContactWithEx) {
    ctx.addIssue({
      code: 'custom',
      path: ['isContactWithEx'],
      message:
        'A rehearsal alone is practice, not contact with your ex: untick “This was contact with my ex”.',
    });
  } else if (entry.isContactWithEx && entry.contactContext === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['contactContext'],
      message:
        'Choose where the contact happened: co-parenting, shared home, work or school, or other.',
    });
  } else if (!entry.isContactWithEx && entry.contactContext !== null) {
    ctx.addIssue({
      code: 'custom',
      path: ['contactContext'],
      message:
        'A context is only for contact with your ex: clear it, or tick “This was contact with my ex”.',
    });
  }
}

/** What a person records about one conversation, or one rehearsal. */
export const communicationEntryInputSchema = z
  .strictObject(entryFields)
  .superRefine(checkContact)
  .superRefine(localDayRefinement('occurredAt'));

/** A change to a saved entry: every field is replaced. */
export const communicationEntryUpdateSchema = z
  .strictObject({ ...entryFields, id: idSchema })
  .superRefine(checkContact)
  .superRefine(localDayRefinement('occurredAt'));

/** A deleted entry, put back exactly as it was (same id, same times) when a person presses Undo. */
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
  skill: z.enum(COMMUNICATION_SKILLS),
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

/** Which entries to list: a span of local days, optionally narrowed by skill, person or contact. */
export const communicationListSchema = z
  .strictObject({
    from: daySchema,
    to: daySchema,
    skill: skillSchema.optional(),
    counterpart: counterpartSchema.optional(),
    contactOnly: z
      .boolean({ error: '“Contact with my ex only” must be true or false.' })
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
