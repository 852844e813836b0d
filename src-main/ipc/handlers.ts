import type { HandlerContext } from './handler-context';
import { createMoodHandlers } from './mood-handlers';
import type { Handlers } from './router';

export type { HandlerContext } from './handler-context';

/** Every channel's handler, wired to the services over one open database; one file per domain. */
export function createHandlers(context: HandlerContext): Handlers {
  return {
    'app:info': () => ({ version: context.version, databasePath: context.databasePath }),
    ...createMoodHandlers(context),
  };
}
