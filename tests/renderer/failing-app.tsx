import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { CHANNELS, type Channel } from '../../src-main/shared/ipc-channels';
import { fail } from '../../src-main/shared/result';
import { ApiProvider } from '../../src-renderer/api/api-context';
import { createApiClient, type Bridge } from '../../src-renderer/api/api-client';
import { ClockProvider } from '../../src-renderer/app/clock';
import { UndoProvider } from '../../src-renderer/app/undo';
import { createTestApp } from './render-app';

/** The message a call should fail with, or undefined to let it reach the real services. */
export type Failing =
  Partial<Record<Channel, string>> | ((channel: Channel, input: unknown) => string | undefined);

/**
 * Renders a screen over the real app (see createTestApp), except that the calls `failing` picks
 * (by channel, or by channel and input) answer with an error carrying the given message, as they
 * would on a damaged data file; every other call reaches the real services and database.
 */
export function renderWithFailing(
  ui: ReactElement,
  failing: Failing,
  app: ReturnType<typeof createTestApp> = createTestApp(),
) {
  const bridge = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (input: unknown) => {
        const message = typeof failing === 'function' ? failing(channel, input) : failing[channel];
        return message === undefined
          ? app.dispatch(channel, input)
          : Promise.resolve(fail('internal', message));
      },
    ]),
  ) as Bridge;
  render(
    <ApiProvider api={createApiClient(bridge)}>
      <ClockProvider>
        <UndoProvider>{ui}</UndoProvider>
      </ClockProvider>
    </ApiProvider>,
  );
  return app;
}
