/**
 * The words the report's charts say: their accessible names (what each shows, read by a screen
 * reader and shown by a PDF reader's accessibility tools) and their keys. The words shared with
 * the rest of the report (axis titles, legend entries) stay in `report-copy.ts`.
 */
import { MOOD_LEVELS } from '../../shared/series/mood-levels';
import { STAGE_LABELS, type Stage } from '../../shared/domain/stages';
import { CHART_WORDS, TOO_FEW_FOR_TREND } from '../report-copy';
import { longDate, periodText } from '../format';

export { CHART_WORDS, TOO_FEW_FOR_TREND };

/** A stage and the day it began in the period. */
interface StageStart {
  readonly stage: Stage;
  readonly from: string;
}

/** "Stages of your journey from 1 January 2026 to 31 March 2026: Heal Yourself from ..., then ...". */
export function stageTimelineLabel(spans: readonly StageStart[], from: string, to: string): string {
  const stages = spans.map((s) => `${STAGE_LABELS[s.stage]} from ${longDate(s.from)}`);
  const period = from === to ? `on ${longDate(from)}` : `from ${periodText(from, to)}`;
  if (stages.length === 0) return `Stages of your journey ${period}. ${NOTHING_RECORDED}`;
  return `Stages of your journey ${period}: ${stages.join(', then ')}.`;
}

/** The mood chart's name: what its dots and line are, and the stages behind them. */
export function moodTrendLabel(
  isWeekly: boolean,
  hasLine: boolean,
  stages: readonly Stage[],
): string {
  const dots = isWeekly ? 'weekly averages' : 'daily averages';
  const what = hasLine
    ? `Mood over the period: ${dots} and a 7-day rolling average.`
    : `Mood over the period: ${dots}. ${TOO_FEW_FOR_TREND}`;
  if (stages.length <= 1) return what;
  return `${what} Shaded bands behind it are the stages: ${stages.map((s) => STAGE_LABELS[s]).join(', then ')}.`;
}

export const MOOD_CALENDAR_WORDS = {
  label: (from: string, to: string, daysWithEntries: number) =>
    `Mood calendar ${from === to ? `for ${longDate(from)}` : `from ${periodText(from, to)}`}: one square a day, Monday at the top of each column, shaded in five steps from mood 1–2 (lightest) to 9–10 (darkest); ${daysWithEntries === 1 ? '1 day has' : `${daysWithEntries} days have`} an entry.`,
  keyLabel: `Key to the mood calendar: ${MOOD_LEVELS.map((m) => `mood ${m}`).join(', ')}, from lightest to darkest; an empty square with only an outline is a day without an entry.`,
  byMonthLabel: (from: string, to: string, monthsWithEntries: number) =>
    `Mood by month from ${periodText(from, to)}: one square a month, a row a year, shaded by the month’s average mood in the same five steps as the days, and carrying that average; ${monthsWithEntries === 1 ? '1 month has' : `${monthsWithEntries} months have`} an entry.`,
  byMonthCaption: 'Month by month: each square is the average of that month’s days',
  lastYearCaption: 'The last twelve months, day by day',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  keyTitle: 'Mood',
  empty: 'no entry that day',
  weekdays: ['Mon', 'Wed', 'Fri'],
} as const;

/** Said in a chart's name when it has nothing to draw. */
export const NOTHING_RECORDED = 'Nothing was recorded in this period.';
