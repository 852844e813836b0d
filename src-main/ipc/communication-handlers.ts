import type { CommunicationChannel } from '../shared/ipc-channels';
import { createCommunicationService } from '../services/communication-service';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

export function createCommunicationHandlers({
  db,
  now,
}: HandlerContext): Pick<Handlers, CommunicationChannel> {
  const communication = createCommunicationService(db, now ? { now } : {});
  return {
    'communication:create': (input) => communication.createChecked(input),
    'communication:update': (input) => communication.updateChecked(input.id, input),
    'communication:delete': ({ id }) => communication.remove(id),
    'communication:restore': (entry) => communication.restoreChecked(entry),
    'communication:list': (query) => communication.listChecked(query),
  };
}
