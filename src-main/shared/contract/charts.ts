/**
 * The series behind every chart on Journey and Insights, and the "went together" insights. Every
 * series is aggregated in SQL over a range (week ... all time) ending on the person's today, and
 * grouped by the finest bucket (day, week, month ...) that keeps the chart within
 * MAX_SERIES_POINTS (see shared/series/ranges.ts); the answer says which bucket was used so the
 * chart can say so. Points are oldest first; buckets with nothing in them are left out.
 */
import { z } from 'zod';
import { COMMUNICATION_SKILLS, OUTCOMES, TONES } from '../domain/communication';
import { HABIT_KINDS } from '../domain/habits';
import { CHART_RANGES, SERIES_BUCKETS } from '../series/ranges';
import type { ChartChannel, InsightChannel } from '../ipc-channels';
import { daySchema, idSchema, type ChannelSpec } from './common';
import { stageChangeSchema, stageSchema } from './stages';

export const chartRangeSchema = z.enum(CHART_RANGES, {
  error: 'Choose a range: a week, a month, a quarter, a year or all time.',
});

export const seriesBucketSchema = z.enum(SERIES_BUCKETS);

/** What every chart channel takes: the range, and the person's today (the range's last day). */
export const chartRequestSchema = z.strictObject({ range: chartRangeSchema, today: daySchema });

/** The days a series covers (both included) and how its points are grouped. */
const windowShape = {
  range: chartRangeSchema,
  from: daySchema,
  to: daySchema,
  bucket: seriesBucketSchema,
};

/** Mood in one bucket; `day` is the bucket's first day. */
export const moodPointSchema = z.strictObject({
  day: daySchema,
  /** The mean of the bucket's days' means (each day counts once, however many entries it has). */
  mean: z.number(),
  /** The lowest and highest single entry in the bucket. */
  low: z.int(),
  high: z.int(),
  entries: z.int(),
  /** Days in the bucket with at least one entry. */
  days: z.int(),
  /**
   * With daily buckets, the mean of the daily means over the 7 days ending on this day, or null
   * when those days hold fewer than TREND_MIN_POINTS days with entries; always null with longer
   * buckets (a week's or a month's mean is already smoothed).
   */
  rolling: z.number().nullable(),
});

export const moodSeriesSchema = z.strictObject({
  ...windowShape,
  points: z.array(moodPointSchema).readonly(),
});

/** The hurt rating (0..10) in one bucket: the mean of its days' means, over entries that gave one. */
export const hurtPointSchema = z.strictObject({
  day: daySchema,
  mean: z.number(),
  entries: z.int(),
});

export const hurtSeriesSchema = z.strictObject({
  ...windowShape,
  points: z.array(hurtPointSchema).readonly(),
});

/** A habit's strength (0..1, Loop's score, see habit-strength.ts) at the end of each bucket. */
export const habitLineSchema = z.strictObject({
  habitId: idSchema,
  name: z.string(),
  kind: z.enum(HABIT_KINDS),
  /**
   * The day it was created (or its first record's day, when one was back-filled before it: a
   * habit exists from its first record), and the day it was archived (null while it is active).
   */
  activeFrom: daySchema,
  activeTo: daySchema.nullable(),
  /** Only buckets inside both the range and the habit's active days. */
  points: z.array(z.strictObject({ day: daySchema, strength: z.number() })).readonly(),
});

export const habitSeriesSchema = z.strictObject({
  ...windowShape,
  habits: z.array(habitLineSchema).readonly(),
});

/**
 * A count for every one of `keys`, none missing and nothing else: a strict object rather than a
 * record keyed by an enum (the same rule), because zod checks an object's fixed keys several
 * times faster, and an all-time series holds up to 2,000 of these.
 */
const countOf = <const K extends readonly [string, ...string[]]>(keys: K) =>
  z.strictObject(
    // Object.fromEntries types its keys as any string; these are exactly `keys`.
    Object.fromEntries(keys.map((key) => [key, z.int()])) as { [Key in K[number]]: z.ZodInt },
  );

/**
 * Communication practice in one bucket: every entry (rehearsals and contact with the ex included),
 * counted by skill and by outcome; "none" counts entries that named no skill or no outcome.
 */
export const practicePointSchema = z.strictObject({
  day: daySchema,
  total: z.int(),
  skills: countOf([...COMMUNICATION_SKILLS, 'none']),
  outcomes: countOf([...OUTCOMES, 'none']),
});

export const practiceSeriesSchema = z.strictObject({
  ...windowShape,
  points: z.array(practicePointSchema).readonly(),
});

/** Contact with the ex in one bucket, by tone ("none": no tone was given). */
export const contactPointSchema = z.strictObject({
  day: daySchema,
  total: z.int(),
  tones: countOf([...TONES, 'none']),
});

export const contactSeriesSchema = z.strictObject({
  ...windowShape,
  points: z.array(contactPointSchema).readonly(),
});

/** A stretch of days spent in one stage, cut to the range; `reason` is the move's that began it. */
export const stageSpanSchema = z.strictObject({
  stage: stageSchema,
  from: daySchema,
  to: daySchema,
  /** Null for the stage everyone starts in, and for a move without a reason. */
  reason: z.string().nullable(),
  /** True for the stage everyone starts in, before any move was recorded. */
  isImplicit: z.boolean(),
});

export const stageTimelineSchema = z.strictObject({
  range: chartRangeSchema,
  from: daySchema,
  to: daySchema,
  /** Oldest first, touching each other, covering the range from the first day known to today. */
  spans: z.array(stageSpanSchema).readonly(),
  /** The moves made within the range, oldest first. */
  moves: z.array(stageChangeSchema).readonly(),
});

/** One side of a comparison: how many days, and the mean of those days' mean moods (null: none). */
export const insightSideSchema = z.strictObject({
  days: z.int(),
  mean: z.number().nullable(),
});

export const habitInsightSchema = z.strictObject({
  habitId: idSchema,
  name: z.string(),
  kind: z.enum(HABIT_KINDS),
  /**
   * Days with a mood entry on which the habit was done, and days with one on which it was not;
   * for a habit to break, the days kept within its limit and the days over it (went-together.ts).
   */
  done: insightSideSchema,
  notDone: insightSideSchema,
});

export const emotionInsightSchema = z.strictObject({
  word: z.string(),
  /** Days with a mood entry that named the word, and days with entries that did not. */
  with: insightSideSchema,
  without: insightSideSchema,
});

export const insightsSchema = z.strictObject({
  range: chartRangeSchema,
  from: daySchema,
  to: daySchema,
  habits: z.array(habitInsightSchema).readonly(),
  emotions: z.array(emotionInsightSchema).readonly(),
  /** Mood on days with contact with the ex, and on days with a mood entry and no such contact. */
  contact: z.strictObject({ with: insightSideSchema, without: insightSideSchema }),
});

export type ChartRequest = z.input<typeof chartRequestSchema>;
export type MoodSeries = z.output<typeof moodSeriesSchema>;
export type MoodPoint = z.output<typeof moodPointSchema>;
export type HurtSeries = z.output<typeof hurtSeriesSchema>;
export type HabitSeries = z.output<typeof habitSeriesSchema>;
export type HabitLine = z.output<typeof habitLineSchema>;
export type PracticeSeries = z.output<typeof practiceSeriesSchema>;
export type PracticePoint = z.output<typeof practicePointSchema>;
export type ContactSeries = z.output<typeof contactSeriesSchema>;
export type ContactPoint = z.output<typeof contactPointSchema>;
export type StageSpan = z.output<typeof stageSpanSchema>;
export type StageTimeline = z.output<typeof stageTimelineSchema>;
export type InsightSide = z.output<typeof insightSideSchema>;
export type HabitInsight = z.output<typeof habitInsightSchema>;
export type EmotionInsight = z.output<typeof emotionInsightSchema>;
export type Insights = z.output<typeof insightsSchema>;

/** The contract of the chart channels (the names are in ipc-channels.ts, CHART_CHANNELS). */
export const chartContract = {
  /** Mood per bucket with the 7-day rolling average (daily buckets). */
  'chart:mood': { input: chartRequestSchema, output: moodSeriesSchema },
  /** The hurt rating per bucket. */
  'chart:hurt': { input: chartRequestSchema, output: hurtSeriesSchema },
  /** Each habit's strength per bucket, archived habits only where they were active. */
  'chart:habits': { input: chartRequestSchema, output: habitSeriesSchema },
  /** Communication practice per bucket, by skill and by outcome. */
  'chart:practice': { input: chartRequestSchema, output: practiceSeriesSchema },
  /** Contact with the ex per bucket, by tone. */
  'chart:contact': { input: chartRequestSchema, output: contactSeriesSchema },
  /** The stages as spans over the range, and the moves with their reasons. */
  'chart:stages': { input: chartRequestSchema, output: stageTimelineSchema },
} as const satisfies Record<ChartChannel, ChannelSpec>;

/** The contract of the insight channel (INSIGHT_CHANNELS). */
export const insightContract = {
  /** What went together with better or worse mood over the range. */
  'insight:list': { input: chartRequestSchema, output: insightsSchema },
} as const satisfies Record<InsightChannel, ChannelSpec>;
