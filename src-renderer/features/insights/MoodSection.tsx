import { useQuery } from '../../api/use-query';
import { ReadFailure } from '../../app/read-failure';
import { MoodSeriesChart } from '../../charts/MoodSeriesChart';
import type { ChartRange } from '../../../src-main/shared/series/ranges';
import { BANDS_UNREAD, MOOD_UNREAD } from './insights-copy';

/**
 * Mood over the range with the stages as bands behind it: the two reads are separate, so mood is
 * still drawn (and says the bands are missing) when the stages cannot be read.
 */
export function MoodSection({
  range,
  today,
  headingLevel = 2,
}: {
  readonly range: ChartRange;
  readonly today: string;
  readonly headingLevel?: 2 | 3;
}) {
  const mood = useQuery(`chart:mood:${range}:${today}`, (api) =>
    api.call('chart:mood', { range, today }),
  );
  const stages = useQuery(`chart:stages:${range}:${today}`, (api) =>
    api.call('chart:stages', { range, today }),
  );
  return (
    <div className="insights-section mood-section">
      <ReadFailure what={MOOD_UNREAD.what} instead={MOOD_UNREAD.instead} message={mood.error} />
      {mood.data && (
        <>
          <ReadFailure
            what={BANDS_UNREAD.what}
            instead={BANDS_UNREAD.instead}
            message={stages.error}
          />
          <MoodSeriesChart
            series={mood.data}
            stages={stages.data?.spans ?? null}
            headingLevel={headingLevel}
          />
        </>
      )}
    </div>
  );
}
