import { useQuery } from '../../api/use-query';
import { ReadFailure } from '../../app/read-failure';
import { StageTimelineChart } from '../../charts/StageTimelineChart';
import type { ChartRange } from '../../../src-main/shared/series/ranges';
import { STAGES_UNREAD } from './insights-copy';

/** The stages over the range as a timeline, each move's reason on hover and in the table. */
export function StageTimelineSection({
  range,
  today,
  headingLevel = 2,
}: {
  readonly range: ChartRange;
  readonly today: string;
  readonly headingLevel?: 2 | 3;
}) {
  const stages = useQuery(`chart:stages:${range}:${today}`, (api) =>
    api.call('chart:stages', { range, today }),
  );
  return (
    <div className="insights-section stage-timeline-section">
      <ReadFailure
        what={STAGES_UNREAD.what}
        instead={STAGES_UNREAD.instead}
        message={stages.error}
      />
      {stages.data && <StageTimelineChart timeline={stages.data} headingLevel={headingLevel} />}
    </div>
  );
}
