import type Database from 'better-sqlite3';
import { createMoodService } from '../services/mood-service';
import type { Handlers } from './router';

export interface HandlerContext {
  readonly db: Database.Database;
  readonly version: string;
  readonly databasePath: string;
  readonly now?: () => Date;
}

/** Every channel's handler, wired to the services over one open database. */
export function createHandlers({ db, version, databasePath, now }: HandlerContext): Handlers {
  const mood = createMoodService(db, now ? { now } : {});
  return {
    'app:info': () => ({ version, databasePath }),
    'mood:create': (input) => mood.create(input),
    'mood:update': ({ id, ...entry }) => mood.update(id, entry),
    'mood:delete': ({ id }) => mood.remove(id),
    'mood:list': (range) => mood.list(range),
    'mood:daily': (range) => mood.daily(range),
  };
}
