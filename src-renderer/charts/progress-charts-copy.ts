/**
 * The words of the mood, hurt and stage timeline charts (Insights and the Journey), in one place.
 * They say what the line did, never why: no "because", no "improves", no "you should"; numbers in
 * the person's locale; and a chart over too few days says so instead of reading a trend into it.
 */
import { STAGE_LABELS, type Stage } from '../../src-main/shared/domain/stages';
import type { ChartRange } from '../../src-main/shared/series/ranges';
import type { BucketUnit } from '../../src-main/shared/series/buckets';
import type {
  HurtSeries,
  MoodSeries,
  StageSpan,
  StageTimeline,
} from '../../src-main/shared/contract/charts';
import { TOO_FEW_FOR_TREND, TREND_MIN_POINTS } from '../../src-main/shared/share-words';
import { FLAT_CHANGE, leastSquaresMovement, movementInWords } from '../../src-main/shared/trend';
import { formatCount, formatOneDecimal } from '../app/day-format';
import { HURT_QUESTION } from '../forms/scales';
import { RANGE_PHRASES } from './chart-copy';
import { tableDay } from './time-axis';

/** The mean of a longer bucket, as a sentence names it. */
const BUCKET_AVERAGE: Readonly<Record<BucketUnit, string>> = {
  day: '7-day average',
  week: 'weekly average',
  month: 'monthly average',
  quarter: 'average by quarter',
  year: 'yearly average',
};

const BUCKET_PLURAL: Readonly<Record<BucketUnit, string>> = {
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

function days(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'day' : 'days'}`;
}

/**
 * "rose from 4.2 to 6.1", "went down from 6.1 to 4.2", "stayed around 5.4 (from 5.0 to 5.9)",
 * "stayed at 5.0": a change under FLAT_CHANGE has no direction worth naming (the same threshold
 * as every other mood sentence in the app), but its two ends are still said.
 */
export function movedInWords(start: number, end: number): string {
  const [a, b] = [formatOneDecimal(start), formatOneDecimal(end)];
  if (a === b) return `stayed at ${a}`;
  if (Math.abs(end - start) < FLAT_CHANGE) {
    return `stayed around ${formatOneDecimal((start + end) / 2)} (from ${a} to ${b})`;
  }
  return end > start ? `rose from ${a} to ${b}` : `went down from ${a} to ${b}`;
}

// Mood.
export const MOOD_CHART_TITLE = 'Mood';
export const MOOD_COLUMNS = {
  mean: 'Average mood',
  low: 'Lowest',
  high: 'Highest',
  entries: 'Entries',
  rolling: '7-day average',
  stage: 'Stage',
} as const;
export const MOOD_KEY = {
  rolling: '7-day average',
  daily: 'Each day',
  bucket: (bucket: BucketUnit) => `Each ${BUCKET_PLURAL[bucket]}`,
} as const;
export const NOT_ENOUGH_DAYS = 'not enough days yet';

/** The table's caption: "Mood by day, over the last month". */
export function moodCaption(series: Pick<MoodSeries, 'bucket' | 'range'>): string {
  return `Mood by ${BUCKET_PLURAL[series.bucket]}, ${RANGE_PHRASES[series.range]}`;
}

/**
 * What the mood chart shows, in words: where the 7-day average went (daily buckets) or the
 * weekly, monthly ... average (longer ones), from its first value to its last; or, with too few
 * days, that there are too few for a trend.
 */
export function moodSummary(series: MoodSeries): string {
  const when = RANGE_PHRASES[series.range];
  const recorded = series.points.reduce((sum, point) => sum + point.days, 0);
  if (recorded === 0) return `No mood entries ${when} yet: the line begins with your first one.`;
  const tooFew = `You recorded your mood on ${days(recorded)} ${when}. ${TOO_FEW_FOR_TREND}`;
  const values =
    series.bucket === 'day'
      ? series.points.flatMap((point) => (point.rolling === null ? [] : [point.rolling]))
      : series.points.map((point) => point.mean);
  const enough = series.bucket === 'day' ? 2 : TREND_MIN_POINTS;
  const first = values[0];
  const last = values[values.length - 1];
  if (values.length < enough || first === undefined || last === undefined) return tooFew;
  return `Your ${BUCKET_AVERAGE[series.bucket]} ${movedInWords(first, last)} ${when}.`;
}

// Hurt.
export const HURT_CHART_TITLE = 'How much it hurts';
export const HURT_COLUMNS = { mean: 'Average (0 to 10)', entries: 'Entries' } as const;
export const HURT_NOTE_SCALE = '0 is not at all, 10 is the most.';
export const HURT_NOTE_TREND = 'The dashed line is the trend the words above describe.';

export function hurtCaption(series: Pick<HurtSeries, 'bucket' | 'range'>): string {
  return `How much it hurts by ${BUCKET_PLURAL[series.bucket]}, ${RANGE_PHRASES[series.range]}`;
}

/**
 * Where the hurt went, read from the least-squares line through the points, in the same words as
 * the Journey's "where you are now" ("went down from about 8 to about 3 out of 10").
 */
export function hurtSummary(series: HurtSeries): string {
  const when = RANGE_PHRASES[series.range];
  if (series.points.length === 0) {
    return `No hurt ratings ${when} yet. You can add one to any mood entry (“${HURT_QUESTION}”).`;
  }
  const movement = leastSquaresMovement(
    series.points.map((point) => ({ day: point.day, value: point.mean })),
    { min: 0, max: 10 },
  );
  if (movement === null) {
    const count = series.points.length;
    const onOrIn = series.bucket === 'day' ? 'on' : 'in';
    const rated = `You rated how much it hurts ${onOrIn} ${formatCount(count)} ${BUCKET_PLURAL[series.bucket]}${count === 1 ? '' : 's'} ${when}.`;
    return `${rated} ${TOO_FEW_FOR_TREND}`;
  }
  return `How much it hurts, as you rated it, ${movementInWords(movement, ' out of 10')} ${when}.`;
}

// The stage timeline.
export const STAGES_CHART_TITLE = 'Your stages over time';
export const STAGE_COLUMNS = { stage: 'Stage', from: 'From', to: 'To', reason: 'Reason' } as const;
export const FROM_FIRST_RECORD = 'from your first record';
export const WHERE_EVERYONE_STARTS = 'Where everyone starts, from your first record';
export const NO_REASON = 'No reason given';
export const STAGES_NOTE = 'Point at a stage to read why you moved; the table lists every reason.';
export const STAGES_CAPTION = (range: ChartRange) => `Your stages ${RANGE_PHRASES[range]}`;
export const STAGES_EMPTY = 'Your timeline begins with your first record.';

/** A span's reason as the table and the tooltip say it. */
export function spanReason(span: Pick<StageSpan, 'reason' | 'isImplicit'>): string {
  if (span.isImplicit) return WHERE_EVERYONE_STARTS;
  return span.reason ?? NO_REASON;
}

/** "Heal Yourself, then Decide, then Heal & Grow" from the spans in order. */
function stagesInOrder(spans: readonly Pick<StageSpan, 'stage'>[]): string {
  const names: Stage[] = [];
  for (const span of spans) {
    if (names[names.length - 1] !== span.stage) names.push(span.stage);
  }
  return names.map((stage) => STAGE_LABELS[stage]).join(', then ');
}

/** Which stages the range held, in order, and how many moves were made within it. */
export function stagesSummary(
  timeline: Pick<StageTimeline, 'range' | 'from' | 'spans' | 'moves'>,
): string {
  const when = capitalised(RANGE_PHRASES[timeline.range]);
  const [first] = timeline.spans;
  if (first === undefined) return STAGES_EMPTY;
  if (timeline.spans.length === 1) {
    // A history younger than the range starts inside it: "the whole time" would claim days
    // nothing was recorded on.
    return first.from > timeline.from
      ? `Since ${tableDay(first.from)} you have been in ${STAGE_LABELS[first.stage]}.`
      : `${when} you were in ${STAGE_LABELS[first.stage]} the whole time.`;
  }
  const count = timeline.moves.length;
  const moved = count === 1 ? 'one move' : `${formatCount(count)} moves`;
  return `${when} you were in ${stagesInOrder(timeline.spans)} (${moved}).`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
