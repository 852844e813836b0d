import { channelEffect, CHANNELS, type Channel } from '../shared/ipc-channels';
import type { ThemeChoice } from '../shared/domain/settings';
import type { ApplyTheme } from '../services/ports';
import type { Handlers } from './router';

/**
 * Handlers that keep the native theme on the choice stored in the person's own settings: applied
 * once now (the data file has just opened), and again after any change that leaves another
 * choice stored. Every channel that changes data is watched, not only settings:update: an
 * import, a restored backup and Delete everything change the stored choice too. Reading it is one
 * small query; it runs after failures as well, since a failed restore may still have changed
 * something (see use-query's reload).
 */
export function withThemeFollowed(
  handlers: Handlers,
  readTheme: () => ThemeChoice,
  applyTheme: ApplyTheme,
): Handlers {
  let applied: ThemeChoice | undefined;
  const follow = (): void => {
    let stored: ThemeChoice;
    try {
      stored = readTheme();
    } catch (error) {
      // The settings could not be read (a damaged file, reported where it was met): the theme
      // stays as it was.
      console.error('Mending could not read the appearance setting:', error);
      return;
    }
    if (stored === applied) return;
    applied = stored;
    applyTheme(stored);
  };
  follow();

  const watched = (channel: Channel) => {
    // Each handler accepts its own channel's valid input; see sample-handlers.ts's `routed`.
    const handler = handlers[channel] as (input: unknown) => unknown;
    return (input: unknown): unknown => {
      let answer: unknown;
      try {
        answer = handler(input);
      } catch (error) {
        follow();
        throw error;
      }
      if (answer instanceof Promise) return answer.finally(follow);
      follow();
      return answer;
    };
  };
  const changing = CHANNELS.filter((channel) => channelEffect(channel) === 'changes-data');
  return {
    ...handlers,
    // Object.fromEntries forgets its keys; they are channels of `handlers`, each wrapped as is.
    ...(Object.fromEntries(changing.map((c) => [c, watched(c)])) as Partial<Handlers>),
  };
}
