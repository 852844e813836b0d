import { z } from 'zod';
import { formatCount } from '../locale-format';
import type { HabitChannel } from '../ipc-channels';
import { addDays, isValidDay } from '../calendar';
import {
  CHECKIN_COUNT_MAX,
  CHECKIN_NOTE_MAX,
  HABIT_KINDS,
  HABIT_NAME_MAX,
  HABIT_PERIODS,
  HABIT_TARGET_MAX,
  HISTORY_MAX_DAYS,
} from '../domain/habits';
import {
  daySchema,
  freeText,
  idSchema,
  instantSchema,
  fitsVisibleLength,
  wholeNumber,
  type ChannelSpec,
} from './common';

/** A habit's name: trimmed, not blank, at most 80 characters a person sees. */
export const habitNameSchema = z
  .string({ error: 'Give the habit a name.' })
  // Checked before anything else walks the text, so a huge paste is refused at once.
  .refine((s) => fitsVisibleLength(s.trim(), HABIT_NAME_MAX), {
    message: `Keep the name to ${HABIT_NAME_MAX} characters.`,
    abort: true,
  })
  .refine((s) => !s.includes('\u0000'), 'The name contains a character that cannot be saved.')
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, 'Give the habit a name.');

const kindSchema = z.enum(HABIT_KINDS, {
  error: 'Choose whether this is a habit to build or one to break.',
});
const periodSchema = z.enum(HABIT_PERIODS, { error: 'Choose per day or per week.' });
const targetSchema = wholeNumber('the target', 0, HABIT_TARGET_MAX);

const BUILD_NEEDS_ONE = 'A habit to build needs a target of at least 1.';

/** A habit, as the renderer sees it. */
export const habitSchema = z.strictObject({
  id: idSchema,
  name: z.string(),
  kind: z.enum(HABIT_KINDS),
  targetCount: z.int(),
  period: z.enum(HABIT_PERIODS),
  createdAt: instantSchema,
  archivedAt: instantSchema.nullable(),
});

/** One day of a habit: a count, or a skip (count null). */
export const checkinSchema = z.strictObject({
  habitId: idSchema,
  day: daySchema,
  count: z.int().nullable(),
  isSkip: z.boolean(),
  note: z.string().nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

const countOf = z.int().min(0);

/**
 * The days kept in the last four weeks (a daily goal) or the weeks met in the four full weeks
 * before this one (a weekly goal); see `habit-kept.ts`.
 */
export const keptLatelySchema = z.strictObject({
  unit: z.enum(HABIT_PERIODS),
  kept: countOf,
  counted: countOf,
  skipped: countOf,
  unrecorded: countOf,
  isSinceStart: z.boolean(),
  hasStarted: z.boolean(),
});

/** The times recorded so far in the day (daily goal) or calendar week (weekly goal) asked about. */
export const periodProgressSchema = z.strictObject({
  period: z.enum(HABIT_PERIODS),
  count: countOf,
  target: countOf,
});

/** A habit with its strength, how it has gone lately, and the check-in on the day asked about. */
export const habitSummarySchema = habitSchema.extend({
  /** The strength score, 0..1, as of the day asked about (see `habit-strength.ts`). */
  strength: z.number().min(0).max(1),
  /** Days kept lately (never a streak: one miss must not wipe out what came before). */
  keptLately: keptLatelySchema,
  /** This day's or this week's count, to draw against the goal. */
  thisPeriod: periodProgressSchema,
  /** The check-in on that day, if there is one. */
  today: checkinSchema.nullable(),
});

export const habitCreateSchema = z
  .strictObject({
    name: habitNameSchema,
    kind: kindSchema,
    targetCount: targetSchema,
    period: periodSchema,
  })
  .refine((h) => h.kind === 'break' || h.targetCount >= 1, {
    message: BUILD_NEEDS_ONE,
    path: ['targetCount'],
  });

/** The kind of a habit is fixed once made: its history would mean something else otherwise. */
export const habitUpdateSchema = z.strictObject({
  id: idSchema,
  name: habitNameSchema,
  targetCount: targetSchema,
  period: periodSchema,
});

const countSchema = wholeNumber('the count', 0, CHECKIN_COUNT_MAX);

/** What a check-in asks for; `isSkip` and `count` must agree. */
export const checkinSetSchema = z
  .strictObject({
    habitId: idSchema,
    day: daySchema,
    count: countSchema.nullable().default(null),
    isSkip: z.boolean({ error: 'Say whether the day is skipped: true or false.' }).default(false),
    note: freeText('The note', CHECKIN_NOTE_MAX).default(null),
  })
  .superRefine((c, ctx) => {
    if (c.isSkip && c.count !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['count'],
        message: 'A skipped day has no count: leave it empty.',
      });
    }
    if (!c.isSkip && c.count === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['count'],
        message: `Say how many times, from 0 to ${CHECKIN_COUNT_MAX}.`,
      });
    }
  });

/** A check-in as it was, given back to put it back exactly (Undo). */
export const checkinRestoreSchema = z
  .strictObject({
    habitId: idSchema,
    day: daySchema,
    previous: checkinSchema
      .extend({
        count: countSchema.nullable(),
        note: freeText('The note', CHECKIN_NOTE_MAX),
      })
      .nullable(),
  })
  .superRefine((r, ctx) => {
    if (!r.previous) return;
    if (r.previous.habitId !== r.habitId || r.previous.day !== r.day) {
      ctx.addIssue({
        code: 'custom',
        path: ['previous'],
        message: 'The check-in to put back belongs to another habit or day.',
      });
    } else if (r.previous.isSkip !== (r.previous.count === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['previous', 'count'],
        message: 'A check-in has either a count or a skip, not both or neither.',
      });
    }
  });

export const habitHistoryInputSchema = z
  .strictObject({ habitId: idSchema, from: daySchema, to: daySchema })
  .superRefine((r, ctx) => {
    // zod runs this even when a day above was refused; only real days can be counted between.
    if (!isValidDay(r.from) || !isValidDay(r.to)) return;
    if (r.from > r.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'The start date must be on or before the end date.',
      });
    } else if (addDays(r.from, HISTORY_MAX_DAYS - 1) < r.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `Ask for at most ${formatCount(HISTORY_MAX_DAYS)} days at a time.`,
      });
    }
  });

/** One day of a habit's history; `metTarget` is null for a skipped or unrecorded day. */
export const habitHistoryDaySchema = z.strictObject({
  day: daySchema,
  count: z.int().nullable(),
  isSkip: z.boolean(),
  note: z.string().nullable(),
  strength: z.number().min(0).max(1),
  metTarget: z.boolean().nullable(),
});

const idInput = z.strictObject({ id: idSchema });

export const habitContract = {
  /** Start a habit to build or to break. */
  'habit:create': { input: habitCreateSchema, output: habitSchema },
  /** Rename a habit or change its target; its kind stays as it was. */
  'habit:update': { input: habitUpdateSchema, output: habitSchema },
  /** Put a habit away; its check-ins are kept, and it can come back with `habit:restore`. */
  'habit:archive': { input: idInput, output: habitSchema },
  /** Bring an archived habit back. */
  'habit:restore': { input: idInput, output: habitSchema },
  /** Every habit with its strength and days kept as of `day`: active ones first, each by name. */
  'habit:list': {
    input: z.strictObject({
      day: daySchema,
      includeArchived: z
        .boolean({ error: 'Say whether to include archived habits: true or false.' })
        .default(false),
    }),
    output: z.array(habitSummarySchema).readonly(),
  },
  /** Record a day: a count or a skip. The answer holds the check-in it replaced, for Undo. */
  'checkin:set': {
    input: checkinSetSchema,
    output: z.strictObject({ checkin: checkinSchema, previous: checkinSchema.nullable() }),
  },
  /** Remove a day's check-in; the answer is the check-in as it was, for Undo. */
  'checkin:clear': {
    input: z.strictObject({ habitId: idSchema, day: daySchema }),
    output: z.strictObject({ previous: checkinSchema.nullable() }),
  },
  /** Put a day back exactly as it was (times included), or empty it when `previous` is null. */
  'checkin:restore': {
    input: checkinRestoreSchema,
    output: z.strictObject({ checkin: checkinSchema.nullable() }),
  },
  /** One element per day from `from` to `to`, with that day's check-in, strength and outcome. */
  'habit:history': {
    input: habitHistoryInputSchema,
    output: z.strictObject({
      habit: habitSchema,
      days: z.array(habitHistoryDaySchema).readonly(),
    }),
  },
} as const satisfies Record<HabitChannel, ChannelSpec>;

export type Habit = z.output<typeof habitSchema>;
export type HabitSummary = z.output<typeof habitSummarySchema>;
export type Checkin = z.output<typeof checkinSchema>;
export type HabitCreateInput = z.input<typeof habitCreateSchema>;
export type HabitUpdateInput = z.input<typeof habitUpdateSchema>;
export type CheckinSetInput = z.input<typeof checkinSetSchema>;
export type CheckinRestoreInput = z.input<typeof checkinRestoreSchema>;
export type HabitHistoryDay = z.output<typeof habitHistoryDaySchema>;
