import { StageTimelineChart } from '../../charts/StageTimelineChart';
import { STAGES_CHART_TITLE } from '../../charts/progress-charts-copy';
import { ChartSection, useChartSeries, type InsightsSectionProps } from './ChartSection';
import { STAGES_UNREAD } from './insights-copy';

/** The stages over the range as a timeline, each move's reason on hover and in the table. */
export function StageTimelineSection({ range, today, headingLevel = 2 }: InsightsSectionProps) {
  return (
    <ChartSection
      query={useChartSeries('chart:stages', range, today)}
      title={STAGES_CHART_TITLE}
      unread={STAGES_UNREAD}
      headingLevel={headingLevel}
      className="stage-timeline-section"
    >
      {(timeline) => <StageTimelineChart timeline={timeline} headingLevel={headingLevel} />}
    </ChartSection>
  );
}
