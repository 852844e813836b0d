import { HurtChart } from '../../charts/HurtChart';
import { HURT_CHART_TITLE } from '../../charts/progress-charts-copy';
import { ChartSection, useChartSeries, type InsightsSectionProps } from './ChartSection';
import { HURT_UNREAD } from './insights-copy';

/** How much the breakup hurts over the range, as rated with mood entries. */
export function HurtSection({ range, today, headingLevel = 2 }: InsightsSectionProps) {
  return (
    <ChartSection
      query={useChartSeries('chart:hurt', range, today)}
      title={HURT_CHART_TITLE}
      unread={HURT_UNREAD}
      headingLevel={headingLevel}
      className="hurt-section"
    >
      {(series) => <HurtChart series={series} headingLevel={headingLevel} />}
    </ChartSection>
  );
}
