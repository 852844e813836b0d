import { useQuery } from '../../api/use-query';
import { useToday } from '../../app/clock';
import { STAGE_LABELS } from '../../../src-main/shared/domain/stages';
import type { JourneyPartProps } from './journey-part';
import { HonestReflection } from './HonestReflection';
import { MoveByHand, StageHistory, SuggestedMoves } from './StageMoves';
import { ProgressOverTime } from './ProgressOverTime';
import { WhereYouAreNow } from './WhereYouAreNow';
import * as copy from './journey-copy';

/** Where the person is: the stage, since when (a date and time spent), and what it is about. */
function WhereYouStand({ stage }: Pick<JourneyPartProps, 'stage'>) {
  const { day: today } = useToday();
  const settings = useQuery('settings:get', (api) => api.call('settings:get', {}));
  const { current } = stage;
  const breakupDay = settings.data?.breakupDay ?? null;
  // What the time counts from: the last move, else the breakup day given, else the first record.
  const since: copy.SinceWhat = !current.isImplicit
    ? { kind: 'moved', stage: current.stage }
    : breakupDay !== null && breakupDay === current.sinceDay
      ? { kind: 'breakup' }
      : { kind: 'first-record' };
  return (
    <section className="card journey-stage" aria-labelledby="journey-stage-title">
      <h2 id="journey-stage-title">
        {copy.YOU_ARE_IN} <strong>{STAGE_LABELS[current.stage]}</strong>
      </h2>
      <p className="journey-since">
        {current.sinceDay === null
          ? copy.EVERYONE_STARTS_HERE
          : copy.sinceWords(current.sinceDay, today, since)}
      </p>
      <p>{copy.STAGE_ABOUT[current.stage]}</p>
    </section>
  );
}

/**
 * The overview part: where the person is and since when, "Where you are now" read from their
 * records, then, only after those facts, what could come next if and when they want it; the
 * honest reflection; a way to change to any stage by hand beside every change so far; and, last,
 * the way so far in pictures.
 */
export function OverviewPart({ stage }: JourneyPartProps) {
  return (
    <div className="journey-overview">
      <WhereYouStand stage={stage} />
      <WhereYouAreNow />
      <SuggestedMoves stage={stage} />
      <HonestReflection />
      <div className="journey-columns">
        <MoveByHand stage={stage} />
        <StageHistory stage={stage} />
      </div>
      <ProgressOverTime />
    </div>
  );
}
