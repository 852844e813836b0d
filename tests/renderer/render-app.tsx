import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { openDatabase } from '../../src-main/db/open-database';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { CHANNELS } from '../../src-main/shared/ipc-channels';
import { ApiProvider } from '../../src-renderer/api/api-context';
import { createApiClient, type Bridge } from '../../src-renderer/api/api-client';
import { UndoProvider } from '../../src-renderer/app/undo';

const APP_PAGE = { url: 'app://mending/index.html' };

// jsdom has no layout, so recharts' ResponsiveContainer gets a fixed size from this stand-in.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { width: 600, height: 220, top: 0, left: 0, bottom: 220, right: 600, x: 0, y: 0 };
    this.callback(
      [{ target, contentRect: { ...rect, toJSON: () => rect } } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= FixedSizeResizeObserver;

/**
 * Renders a screen over the real router, services and an in-memory SQLite database; only the
 * Electron IPC hop is left out.
 */
export function renderWithApp(ui: ReactElement) {
  const db = openDatabase(':memory:');
  const router = createRouter({
    handlers: createHandlers({ db, version: 'test', databasePath: ':memory:' }),
    isTrustedSender: (sender) => sender.url === APP_PAGE.url,
  });
  const bridge = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (input: unknown) => router.dispatch(channel, input, APP_PAGE),
    ]),
  ) as Bridge;
  const view = render(
    <ApiProvider api={createApiClient(bridge)}>
      <UndoProvider>{ui}</UndoProvider>
    </ApiProvider>,
  );
  return { ...view, db };
}
