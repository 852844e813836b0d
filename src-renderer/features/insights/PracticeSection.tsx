import { useQuery } from '../../api/use-query';
import { ReadFailure } from '../../app/read-failure';
import { ChartNothing } from '../../charts/ChartNothing';
import { PracticeCharts } from '../../charts/PracticeCharts';
import { RANGE_PHRASES } from '../../charts/progress-charts-copy';
import type { ChartRange } from '../../../src-main/shared/series/ranges';
import {
  COMMUNICATION_HREF,
  LOG_PRACTICE,
  PRACTICE_TITLE,
  PRACTICE_UNREAD,
  READING,
  noPracticeIn,
} from './charts-b-copy';

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
  const query = useQuery(`chart:practice:${range}:${today}`, (api) =>
    api.call('chart:practice', { range, today }),
  );
  const failure = (
    <ReadFailure
      what={PRACTICE_UNREAD.what}
      instead={PRACTICE_UNREAD.instead}
      message={query.error}
    />
  );
  if (query.data === undefined) {
    return (
      <ChartNothing
        headingLevel={headingLevel}
        title={PRACTICE_TITLE}
        summary={query.isLoaded ? '' : READING}
        isBusy={!query.isLoaded}
      >
        {failure}
      </ChartNothing>
    );
  }
  if (query.data.points.every((point) => point.total === 0)) {
    return (
      <ChartNothing
        headingLevel={headingLevel}
        title={PRACTICE_TITLE}
        summary={noPracticeIn(RANGE_PHRASES[range])}
      >
        {failure}
        <a className="button" href={COMMUNICATION_HREF}>
          {LOG_PRACTICE}
        </a>
      </ChartNothing>
    );
  }
  return (
    <div className="insights-chart">
      {failure}
      <PracticeCharts series={query.data} headingLevel={headingLevel} />
    </div>
  );
}
