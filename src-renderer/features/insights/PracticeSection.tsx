import { ChartNothing } from '../../charts/ChartNothing';
import { PracticeCharts } from '../../charts/PracticeCharts';
import { RANGE_PHRASES } from '../../charts/chart-copy';
import { ChartSection, useChartSeries, type InsightsSectionProps } from './ChartSection';
import {
  COMMUNICATION_HREF,
  LOG_PRACTICE,
  PRACTICE_TITLE,
  PRACTICE_UNREAD,
  noPracticeIn,
} from './insights-copy';

/**
 * Communication practice over the range by skill and by outcome, read from `chart:practice`; with
 * nothing logged in the range, one plain sentence and a way to log some, instead of two empty
 * charts.
 */
export function PracticeSection({ range, today, headingLevel = 2 }: InsightsSectionProps) {
  return (
    <ChartSection
      query={useChartSeries('chart:practice', range, today)}
      title={PRACTICE_TITLE}
      unread={PRACTICE_UNREAD}
      headingLevel={headingLevel}
      className="practice-section"
    >
      {(series) =>
        series.points.every((point) => point.total === 0) ? (
          <ChartNothing
            headingLevel={headingLevel}
            title={PRACTICE_TITLE}
            summary={noPracticeIn(RANGE_PHRASES[range])}
          >
            <a className="button" href={COMMUNICATION_HREF}>
              {LOG_PRACTICE}
            </a>
          </ChartNothing>
        ) : (
          <PracticeCharts series={series} headingLevel={headingLevel} />
        )
      }
    </ChartSection>
  );
}
