import type { DecideChannel } from '../shared/ipc-channels';
import { createDecideService } from '../services/decide-service';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

export function createDecideHandlers({ db, now }: HandlerContext): Pick<Handlers, DecideChannel> {
  const decide = createDecideService(db, now ? { now } : {});
  return {
    'worksheet:list': () => decide.list(),
    'worksheet:save': (input) => decide.save(input),
    'worksheet:choose': (input) => decide.choose(input),
    'worksheet:unchoose': ({ id }) => decide.unchoose(id),
    'worksheet:delete': ({ id }) => decide.remove(id),
    'worksheet:restore': (worksheet) => decide.restore(worksheet),
  };
}
