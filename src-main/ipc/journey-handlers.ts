import type { JourneyChannel } from '../shared/ipc-channels';
import { createJourneyService } from '../services/journey-service';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

export function createJourneyHandlers({ db, now }: HandlerContext): Pick<Handlers, JourneyChannel> {
  const journey = createJourneyService(db, now ? { now } : {});
  return {
    'journey:overview': ({ day }) => journey.overview(day),
    'honest:save': (input) => journey.reflect(input),
    'honest:list': () => journey.list(),
    'honest:delete': ({ id }) => journey.remove(id),
    'honest:restore': (reflection) => journey.restore(reflection),
  };
}
