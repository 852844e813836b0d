import { fail } from '../shared/result';
import type { Dispatch } from './ipc-adapter';

/*
 * The window opens at once after 'ready' while the data file is still being checked for damage in
 * the worker thread (issue 12: start-up that does not block). The page may ask for data before the
 * file is open; its requests wait here, at the gate, until the router over the opened database
 * exists, and then go through it in the order they came.
 */

/** A value that exists only after start-up has finished opening it. */
export interface ReadyGate<T> {
  /** Lets everyone waiting through with `value`; later calls to `open` or `close` change nothing. */
  readonly open: (value: T) => void;
  /**
   * Start-up ended without a value (the person chose Quit, or the file could not be opened):
   * every request waiting, and every later one, is answered with `reason`.
   */
  readonly close: (reason: string) => void;
  /** Resolves with the value once open; rejects with the reason once closed. */
  readonly wait: () => Promise<T>;
}

export function createReadyGate<T>(): ReadyGate<T> {
  let resolveGate: (value: T) => void = () => undefined;
  let rejectGate: (error: Error) => void = () => undefined;
  const gate = new Promise<T>((resolve, reject) => {
    resolveGate = resolve;
    rejectGate = reject;
  });
  // A gate closed while nobody waits must not be reported as an unhandled rejection.
  gate.catch(() => undefined);
  return {
    // A promise settles once; what comes after is ignored, which is what open and close promise.
    open: (value) => resolveGate(value),
    close: (reason) => rejectGate(new Error(reason)),
    wait: () => gate,
  };
}

/**
 * A dispatch for ipcMain that can be registered before the database is open: each request waits
 * for the router and is then handled by it (which checks the sender, the channel and the input as
 * always). When start-up ends without one, the request gets a result envelope saying so, never a
 * hang and never a thrown error.
 */
export function gatedDispatch(gate: ReadyGate<Dispatch>): Dispatch {
  return async (channel, rawInput, sender) => {
    let dispatch: Dispatch;
    try {
      dispatch = await gate.wait();
    } catch (error) {
      return fail('internal', error instanceof Error ? error.message : String(error));
    }
    return dispatch(channel, rawInput, sender);
  };
}
