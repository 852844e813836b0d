import type { SettingsChannel } from '../shared/ipc-channels';
import { createSettingsService } from '../services/settings-service';
import type { HandlerContext } from './handler-context';
import type { Handlers } from './router';

export function createSettingsHandlers({
  db,
  now,
}: HandlerContext): Pick<Handlers, SettingsChannel> {
  const settings = createSettingsService(db, now ? { now } : {});
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
  };
}
