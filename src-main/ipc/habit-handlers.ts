import type { HabitChannel } from '../shared/ipc-channels';
import { createHabitService } from '../services/habit-service';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

export function createHabitHandlers({ db, now }: HandlerContext): Pick<Handlers, HabitChannel> {
  const habits = createHabitService(db, now ? { now } : {});
  return {
    'habit:create': (input) => habits.create(input),
    'habit:update': (input) => habits.update(input),
    'habit:archive': ({ id }) => habits.archive(id),
    'habit:restore': ({ id }) => habits.restore(id),
    'habit:list': ({ day, includeArchived }) => habits.list(day, includeArchived),
    'checkin:set': (input) => habits.setCheckinChecked(input),
    'checkin:clear': ({ habitId, day }) => habits.clearCheckin(habitId, day),
    'checkin:restore': (input) => habits.restoreCheckin(input),
    'habit:history': (input) => habits.history(input),
  };
}
