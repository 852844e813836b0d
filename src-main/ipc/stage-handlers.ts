import type { StageChannel } from '../shared/ipc-channels';
import { createStageService } from '../services/stage-service';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

export function createStageHandlers({ db, now }: HandlerContext): Pick<Handlers, StageChannel> {
  const stages = createStageService(db, now ? { now } : {});
  return {
    'stage:list': () => stages.list(),
    'stage:move': (move) => stages.move(move),
    'stage:remove': ({ id }) => stages.remove(id),
    'stage:restore': (change) => stages.restore(change),
  };
}
