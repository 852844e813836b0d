import type Database from 'better-sqlite3';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import type { Channel } from '../../src-main/shared/ipc-channels';
import { sideBySideMs } from './figures';
import { HISTORY_SPANS, openHistoryCopy, type HistorySpan } from './histories';

/*
 * What the "through the router" measure files share: the three histories opened once, a router
 * over each, and one call that measures a read over all three side by side with the hand-written
 * SQL that gives the same numbers (run over the ten-year history, in the same rounds).
 */
const PAGE = { url: 'app://mending/index.html' };

export interface OpenHistory {
  readonly span: HistorySpan;
  readonly db: Database.Database;
  readonly dispatch: (channel: Channel, input: unknown) => Promise<unknown>;
  readonly cleanup: () => void;
}

export function openHistories(): readonly OpenHistory[] {
  return HISTORY_SPANS.map((span) => {
    const copy = openHistoryCopy(span);
    const router = createRouter({
      handlers: createHandlers({ db: copy.db, version: 'bench', databasePath: copy.path }),
      isTrustedSender: () => true,
      onUnexpectedError: (error) => {
        throw error;
      },
    });
    return {
      span,
      db: copy.db,
      cleanup: copy.cleanup,
      dispatch: async (channel, input) => {
        const result = await router.dispatch(channel, input, PAGE);
        if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
        return result.value;
      },
    };
  });
}

export interface SideBySide {
  readonly month: number;
  readonly year: number;
  readonly tenYears: number;
  /** The hand-written SQL over the ten-year history; null when there is none. */
  readonly sql: number | null;
}

/** One read through the router over every history, side by side with its SQL over ten years. */
export function measureRead(
  histories: readonly OpenHistory[],
  channel: Channel,
  input: unknown,
  sql: ((db: Database.Database) => () => unknown) | null,
): Promise<SideBySide> {
  return measureCalls(histories, channel, () => input, sql);
}

/**
 * Calls through the router over every history, side by side with the SQL over ten years; each
 * call's input is made by `inputOf` (a save needs a new row each time).
 */
export async function measureCalls(
  histories: readonly OpenHistory[],
  channel: Channel,
  inputOf: () => unknown,
  sql: ((db: Database.Database) => () => unknown) | null,
): Promise<SideBySide> {
  const bySpan = (span: HistorySpan): OpenHistory => {
    const found = histories.find((history) => history.span === span);
    if (!found) throw new Error(`no ${span} history`);
    return found;
  };
  const call = (span: HistorySpan) => () => bySpan(span).dispatch(channel, inputOf());
  const router = { month: call('month'), year: call('year'), tenYears: call('tenYears') };
  if (sql === null) return { ...(await sideBySideMs(router)), sql: null };
  return sideBySideMs({ ...router, sql: sql(bySpan('tenYears').db) });
}
