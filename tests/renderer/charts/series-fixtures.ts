import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays, daysBetween } from '../../../src-main/shared/calendar';
import type {
  HurtSeries,
  MoodPoint,
  MoodSeries,
  StageSpan,
  StageTimeline,
} from '../../../src-main/shared/contract/charts';
import type { BucketUnit } from '../../../src-main/shared/series/buckets';
import type { ChartRange } from '../../../src-main/shared/series/ranges';

/** A daily mood point with one entry, as chart:mood sends it. */
export function moodDay(day: string, mean: number, rolling: number | null = null): MoodPoint {
  return {
    day,
    mean,
    low: Math.floor(mean),
    high: Math.ceil(mean),
    entries: 1,
    days: 1,
    rolling,
  };
}

export function moodSeries(
  points: readonly MoodPoint[],
  {
    range = 'month',
    from = '2026-10-31',
    to = '2026-11-30',
    bucket = 'day',
  }: { range?: ChartRange; from?: string; to?: string; bucket?: BucketUnit } = {},
): MoodSeries {
  return { range, from, to, bucket, points };
}

/** Mood every day from `from` to `to` at `value`, with the rolling average the channel sends. */
export function steadyMood(from: string, to: string, value: number): MoodPoint[] {
  return daysBetween(from, to).map((day, index) => moodDay(day, value, index >= 3 ? value : null));
}

export function hurtSeries(
  points: readonly { day: string; mean: number; entries?: number }[],
  options: { range?: ChartRange; from?: string; to?: string; bucket?: BucketUnit } = {},
): HurtSeries {
  const { range = 'month', from = '2026-10-31', to = '2026-11-30', bucket = 'day' } = options;
  return {
    range,
    from,
    to,
    bucket,
    points: points.map((p) => ({ day: p.day, mean: p.mean, entries: p.entries ?? 1 })),
  };
}

export function span(
  stage: StageSpan['stage'],
  from: string,
  to: string,
  reason: string | null = null,
  isImplicit = false,
): StageSpan {
  return { stage, from, to, reason, isImplicit };
}

/** A timeline whose moves are the spans' starts after the first (with their reasons). */
export function timeline(
  spans: readonly StageSpan[],
  { range = 'year' as ChartRange, from = spans[0]?.from ?? '2026-01-01', to = '2026-11-30' } = {},
): StageTimeline {
  return {
    range,
    from,
    to,
    spans,
    moves: spans
      .filter((s) => !s.isImplicit && s.from >= from)
      .map((s, index) => ({
        id: index + 1,
        stage: s.stage,
        changedAt: `${s.from}T12:00:00.000Z`,
        timeZone: 'UTC',
        day: s.from,
        reason: s.reason,
        wasSuggested: false,
      })),
  };
}

export { addDays };

/** The chart's summary: the sentence its picture is named by (aria-labelledby). */
export function summaryText(): string | null | undefined {
  const id = screen.getByRole('img').getAttribute('aria-labelledby') ?? '';
  return document.getElementById(id)?.textContent;
}

/** Opens the chart's table view and reads it: the header row, then each row's cells. */
export async function tableRows(): Promise<string[][]> {
  await userEvent.setup().click(screen.getByRole('button', { name: 'Show as table' }));
  return [...screen.getByRole('table').querySelectorAll('tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''),
  );
}
