import type { MoodChannel } from '../shared/ipc-channels';
import { createMoodService } from '../services/mood-service';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

export function createMoodHandlers({ db, now }: HandlerContext): Pick<Handlers, MoodChannel> {
  const mood = createMoodService(db, now ? { now } : {});
  return {
    'mood:create': (input) => mood.createChecked(input),
    'mood:update': (input) => mood.updateChecked(input.id, input),
    'mood:delete': ({ id }) => mood.remove(id),
    'mood:restore': (entry) => mood.restoreChecked(entry),
    'mood:list': (range) => mood.list(range),
    'mood:daily': (range) => mood.daily(range),
    'mood:grid': (range) => mood.grid(range),
  };
}
