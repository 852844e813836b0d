import { render } from '@testing-library/react';
import type Database from 'better-sqlite3';
import type { ReactElement } from 'react';
import { openDatabase } from '../../src-main/db/open-database';
import { createHandlers, type HandlerContext } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { CHANNELS, type Channel } from '../../src-main/shared/ipc-channels';
import { ApiProvider } from '../../src-renderer/api/api-context';
import { createApiClient, type Bridge } from '../../src-renderer/api/api-client';
import { fetchEveryScreen } from '../../src-renderer/app/screens';
import { ClockProvider } from '../../src-renderer/app/clock';
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

// The app loads its screens on demand (App.tsx); here their code is read before any test, as the
// app fetches it when idle, so a test's wait is for the screen's data, not for the test runner
// transforming its source the first time.
await fetchEveryScreen();

/**
 * The real router, services and an in-memory SQLite database; only the Electron IPC hop is left
 * out. `dispatch` sets up data the way the page would; `render` shows a screen over it.
 */
export function createTestApp(
  ports: Pick<
    HandlerContext,
    'files' | 'printPdf' | 'now' | 'generateSample' | 'openFolder' | 'applyTheme' | 'licenceNotices'
  > & {
    /** A real data file (with `backupsDir` beside it) instead of `:memory:`, for backups. */
    readonly dataFile?: { readonly db: Database.Database; readonly path: string };
    readonly backupsDir?: string;
  } = {},
) {
  const { dataFile, ...rest } = ports;
  const db = dataFile?.db ?? openDatabase(':memory:');
  const databasePath = dataFile?.path ?? ':memory:';
  const router = createRouter({
    handlers: createHandlers({ db, version: 'test', databasePath, ...rest }),
    isTrustedSender: (sender) => sender.url === APP_PAGE.url,
  });
  const dispatch = (channel: Channel, input: unknown) => router.dispatch(channel, input, APP_PAGE);
  const bridge = Object.fromEntries(
    CHANNELS.map((channel) => [channel, (input: unknown) => dispatch(channel, input)]),
  ) as Bridge;
  const api = createApiClient(bridge);
  return {
    db,
    dispatch,
    api,
    render: (ui: ReactElement) =>
      render(
        <ApiProvider api={api}>
          <ClockProvider>
            <UndoProvider>{ui}</UndoProvider>
          </ClockProvider>
        </ApiProvider>,
      ),
  };
}

/** Renders a screen over a fresh test app (see createTestApp). */
export function renderWithApp(ui: ReactElement) {
  const app = createTestApp();
  return { ...app.render(ui), db: app.db, dispatch: app.dispatch };
}
