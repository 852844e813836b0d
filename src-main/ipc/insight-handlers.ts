import type { InsightChannel } from '../shared/ipc-channels';
import { createInsightService } from '../services/insight-service';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

export function createInsightHandlers({ db }: HandlerContext): Pick<Handlers, InsightChannel> {
  const insights = createInsightService(db);
  return {
    'insight:list': (request) => insights.list(request),
  };
}
