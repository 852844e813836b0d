import type { ApologyChannel } from '../shared/ipc-channels';
import { createApologyService } from '../services/apology-service';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

export function createApologyHandlers({ db, now }: HandlerContext): Pick<Handlers, ApologyChannel> {
  const apology = createApologyService(db, now ? { now } : {});
  return {
    'apology:list': ({ day }) => apology.list(day),
    'apology:save': (input) => apology.save(input),
    'apology:outcome': (input) => apology.recordOutcome(input),
    'apology:delete': ({ id }) => apology.remove(id),
    'apology:restore': (input) => apology.restore(input),
  };
}
