/**
 * TEMPORARY SHIM, deleted when the d3 chart components of `./charts/` are merged: the report's
 * sections already draw their charts as components with the names and props those will have, and
 * until then each one wraps the string-built SVG of `./charts.ts`. Sections import charts from
 * here only, so the switch is one import line per section.
 */
import type { ReactElement } from 'react';
import type { Markup } from './escape';
import {
  contactToneChart,
  habitPanelChart,
  moodCalendarCharts,
  moodCalendarLegend,
  moodTrendChart,
  outcomeOverTimeChart,
  skillOutcomeChart,
  stageTimelineChart,
} from './charts';
import type { CommunicationGroup, HabitData, MoodDay } from './report-data';
import type { StageSpan } from './stage-spans';

/**
 * The one place the report inserts markup React did not make. Safe because `charts.ts` escapes
 * every piece of text it draws (its `html` tag), and temporary: it goes with this shim.
 */
function LegacySvg({ chart }: { readonly chart: Markup }): ReactElement {
  return <div dangerouslySetInnerHTML={{ __html: chart.markup }} />;
}

interface Period {
  readonly from: string;
  readonly to: string;
}

export function StageTimelineChart({
  spans,
  from,
  to,
}: Period & { readonly spans: readonly StageSpan[] }): ReactElement {
  return <LegacySvg chart={stageTimelineChart(spans, from, to)} />;
}

export function MoodTrendChart({
  days,
  from,
  to,
  stages,
}: Period & {
  readonly days: readonly MoodDay[];
  readonly stages: readonly StageSpan[];
}): ReactElement {
  return <LegacySvg chart={moodTrendChart(days, from, to, stages)} />;
}

export function MoodCalendarCharts({
  days,
  from,
  to,
}: Period & { readonly days: readonly MoodDay[] }): ReactElement {
  return (
    <LegacySvg
      chart={{
        markup: moodCalendarCharts(days, from, to)
          .map((c) => c.markup)
          .join(''),
      }}
    />
  );
}

export function MoodCalendarLegend(): ReactElement {
  return <LegacySvg chart={moodCalendarLegend()} />;
}

export function HabitPanelChart({
  habit,
  from,
  to,
}: Period & { readonly habit: HabitData }): ReactElement {
  return <LegacySvg chart={habitPanelChart(habit, from, to)} />;
}

export function SkillOutcomeChart({
  groups,
}: {
  readonly groups: readonly CommunicationGroup[];
}): ReactElement {
  return <LegacySvg chart={skillOutcomeChart(groups)} />;
}

export function OutcomeOverTimeChart({
  groups,
  from,
  to,
}: Period & { readonly groups: readonly CommunicationGroup[] }): ReactElement {
  return <LegacySvg chart={outcomeOverTimeChart(groups, from, to)} />;
}

export function ContactToneChart({
  groups,
  from,
  to,
}: Period & { readonly groups: readonly CommunicationGroup[] }): ReactElement {
  return <LegacySvg chart={contactToneChart(groups, from, to)} />;
}
