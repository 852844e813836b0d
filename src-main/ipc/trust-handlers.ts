import type { TrustChannel } from '../shared/ipc-channels';
import { createTrustService } from '../services/trust-service';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

export function createTrustHandlers({ db, now }: HandlerContext): Pick<Handlers, TrustChannel> {
  const trust = createTrustService(db, now ? { now } : {});
  return {
    'trust:create': (input) => trust.create(input),
    'trust:update': ({ id, ...checkin }) => trust.update(id, checkin),
    'trust:delete': ({ id }) => trust.remove(id),
    'trust:restore': (checkin) => trust.restore(checkin),
    'trust:list': (range) => trust.list(range),
    'trust:summary': (range) => trust.summary(range),
  };
}
