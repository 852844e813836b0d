import { useQuery } from '../../api/use-query';
import { ReadFailure } from '../../app/read-failure';
import { HurtChart } from '../../charts/HurtChart';
import type { ChartRange } from '../../../src-main/shared/series/ranges';
import { HURT_UNREAD } from './insights-copy';

/** How much the breakup hurts over the range, as rated with mood entries. */
export function HurtSection({
  range,
  today,
  headingLevel = 2,
}: {
  readonly range: ChartRange;
  readonly today: string;
  readonly headingLevel?: 2 | 3;
}) {
  const hurt = useQuery(`chart:hurt:${range}:${today}`, (api) =>
    api.call('chart:hurt', { range, today }),
  );
  return (
    <div className="insights-section hurt-section">
      <ReadFailure what={HURT_UNREAD.what} instead={HURT_UNREAD.instead} message={hurt.error} />
      {hurt.data && <HurtChart series={hurt.data} headingLevel={headingLevel} />}
    </div>
  );
}
