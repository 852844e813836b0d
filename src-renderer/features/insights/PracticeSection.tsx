import { ChartNothing } from '../../charts/ChartNothing';
import { PracticeCharts } from '../../charts/PracticeCharts';
import { RANGE_PHRASES } from '../../charts/chart-copy';
import type { ChartRange } from '../../../src-main/shared/series/ranges';
import { ChartSection, useChartSeries } from './ChartSection';
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
export function PracticeSection({
  range,
  today,
  headingLevel = 2,
}: {
  readonly range: ChartRange;
  readonly today: string;
  /** 2 on Insights, where each chart is a part of the screen; 3 inside another section. */
  readonly headingLevel?: 2 | 3;
}) {
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
