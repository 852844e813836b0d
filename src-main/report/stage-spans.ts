import { dayFromNumber, dayNumber } from '../shared/series/buckets';
import type { ReportData, Stage } from './report-data';

/** One stage across consecutive days of the period, as the timeline and the mood bands draw it. */
export interface StageSpan {
  readonly stage: Stage;
  readonly from: string;
  readonly to: string;
}

/** The stages across the period, merged where a change repeats the stage already in place. */
export function stageSpans(data: ReportData): StageSpan[] {
  const changes = data.stages.filter((s) => s.day <= data.to);
  let stage: Stage = 'heal_yourself';
  for (const change of changes) if (change.day <= data.from) stage = change.stage;
  const spans: { stage: Stage; from: string; to: string }[] = [
    { stage, from: data.from, to: data.to },
  ];
  for (const change of changes) {
    if (change.day <= data.from) continue;
    const last = spans.at(-1);
    if (!last || last.stage === change.stage) continue;
    last.to = dayFromNumber(dayNumber(change.day) - 1);
    spans.push({ stage: change.stage, from: change.day, to: data.to });
  }
  return spans;
}
