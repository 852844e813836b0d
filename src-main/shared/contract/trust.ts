import { z } from 'zod';
import type { TrustChannel } from '../ipc-channels';
import { TRUST_NOTE_MAX, TRUST_SCALE_MAX, TRUST_SCALE_MIN } from '../domain/trust';
import {
  dayRangeSchema,
  daySchema,
  freeText,
  idSchema,
  instantSchema,
  localDayRefinement,
  scaleNumber,
  timeZoneSchema,
  type ChannelSpec,
} from './common';

/**
 * The fields a person writes, shared by create, update and restore, in the form's order (the
 * first problem found is the one a person is shown). The refusals ask in the words of the
 * questions: "Choose a number for how much you trust them, from 0 to 10."
 */
const checkinFields = {
  occurredAt: instantSchema,
  timeZone: timeZoneSchema,
  trust: scaleNumber('how much you trust them', TRUST_SCALE_MIN, TRUST_SCALE_MAX, false),
  tension: scaleNumber('how much tension there is', TRUST_SCALE_MIN, TRUST_SCALE_MAX, false),
  note: freeText('The note', TRUST_NOTE_MAX).default(null),
};

const onAcceptedLocalDay = localDayRefinement('occurredAt');

/** What a person records about trust and tension at one moment (back-filling allowed). */
export const trustCheckinInputSchema = z
  .strictObject(checkinFields)
  .superRefine(onAcceptedLocalDay);

/** A change to a saved check-in: every field is replaced. */
export const trustCheckinUpdateSchema = z
  .strictObject({ ...checkinFields, id: idSchema })
  .superRefine(onAcceptedLocalDay);

/**
 * A deleted check-in, put back exactly as it was (same id, same time of saving) when a person
 * presses Undo. The table keeps no time of the last change, so there is none to send back.
 */
export const trustCheckinRestoreSchema = z
  .strictObject({ ...checkinFields, id: idSchema, createdAt: instantSchema })
  .superRefine(onAcceptedLocalDay);

/** A saved check-in, as the renderer sees it. */
export const trustCheckinSchema = z.strictObject({
  id: idSchema,
  occurredAt: instantSchema,
  timeZone: z.string(),
  day: daySchema,
  trust: z.int(),
  tension: z.int(),
  note: z.string().nullable(),
  createdAt: instantSchema,
});

/** One day's check-ins, averaged in SQL. */
export const trustDaySchema = z.strictObject({
  day: daySchema,
  trust: z.number(),
  tension: z.number(),
  count: z.int(),
});

/**
 * One month of conflicts (conversations practising conflict resolution or repair after conflict,
 * with anyone but a rehearsal on one's own): how many, how they ended, and how calm they were,
 * where the person noted it. Conflicts with no outcome (or no tone) noted count in `conflicts`
 * only.
 */
export const conflictMonthSchema = z.strictObject({
  /** `YYYY-MM`. */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  conflicts: z.int(),
  resolved: z.int(),
  partly: z.int(),
  notResolved: z.int(),
  /** Friendly or civil. */
  calm: z.int(),
  /** Tense or hostile. */
  tense: z.int(),
});

/** What the Take it Slow part draws and puts into words for a span of days. */
export const trustSummarySchema = z.strictObject({
  /**
   * One point per day with check-ins, oldest first; over a span with more such days than a chart
   * is sent (TRUST_POINTS_MAX), one per stretch of a few days, dated by its first day.
   */
  days: z.array(trustDaySchema).readonly(),
  /** Months with at least one conflict, oldest first. */
  conflictMonths: z.array(conflictMonthSchema).readonly(),
  /** Rehearsals on one's own of the same skills: practice, with no outcome to count. */
  rehearsals: z.int(),
});

/** Which check-ins to list: a span of local days, and optionally only the newest few. */
export const trustListSchema = z
  .strictObject({
    from: daySchema,
    to: daySchema,
    /**
     * At most this many (the newest); all when left out. One is enough to ask whether anything
     * earlier exists without reading every earlier check-in.
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

export const trustContract = {
  /** Save a new trust and tension check-in. */
  'trust:create': { input: trustCheckinInputSchema, output: trustCheckinSchema },
  /** Change a saved check-in; every field is replaced. */
  'trust:update': { input: trustCheckinUpdateSchema, output: trustCheckinSchema },
  /** Remove a check-in; the answer is the check-in as it was, so it can be restored. */
  'trust:delete': { input: z.strictObject({ id: idSchema }), output: trustCheckinSchema },
  /** Put a deleted check-in back exactly as it was. */
  'trust:restore': { input: trustCheckinRestoreSchema, output: trustCheckinSchema },
  /** Check-ins whose local day is in the range, newest first (only the newest few with `limit`). */
  'trust:list': { input: trustListSchema, output: z.array(trustCheckinSchema).readonly() },
  /** Trust and tension per day, and conflicts per month, for the days in the range. */
  'trust:summary': { input: dayRangeSchema, output: trustSummarySchema },
} as const satisfies Record<TrustChannel, ChannelSpec>;

export type TrustCheckinInput = z.input<typeof trustCheckinInputSchema>;
export type TrustCheckinRestore = z.input<typeof trustCheckinRestoreSchema>;
export type TrustCheckin = z.output<typeof trustCheckinSchema>;
export type TrustListQuery = z.output<typeof trustListSchema>;
export type TrustDay = z.output<typeof trustDaySchema>;
export type TrustSummary = z.output<typeof trustSummarySchema>;
