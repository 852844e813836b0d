import type { TagChannel } from '../shared/ipc-channels';
import { createTagService } from '../services/tag-service';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

export function createTagHandlers({ db, now }: HandlerContext): Pick<Handlers, TagChannel> {
  const tags = createTagService(db, now ? { now } : {});
  return {
    'tag:list': () => tags.list(),
    'tag:create': ({ name }) => tags.create(name),
    'tag:delete': ({ name }) => tags.remove(name),
    'tag:restore': (tag) => tags.restore(tag),
  };
}
