import type { TrustChannel } from '../shared/ipc-channels';
import { createTrustService } from '../services/trust-service';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

export function createTrustHandlers({ db, now }: HandlerContext): Pick<Handlers, TrustChannel> {
  const trust = createTrustService(db, now ? { now } : {});
  return {
    'trust:create': (input) => trust.createChecked(input),
    'trust:update': (input) => trust.updateChecked(input.id, input),
    'trust:delete': ({ id }) => trust.remove(id),
    'trust:restore': (checkin) => trust.restoreChecked(checkin),
    'trust:list': (query) => trust.listChecked(query),
    'trust:summary': (range) => trust.summaryChecked(range),
  };
}
