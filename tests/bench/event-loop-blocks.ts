import { performance } from 'node:perf_hooks';

/** The longest block seen: how long the loop was busy, and the longest wall-clock gap. */
export interface Blocks {
  /** The most time the event loop spent running code (ours or SQLite's) between two turns. */
  readonly busyMs: number;
  /** The longest gap between two turns, busy or not (includes waiting for a core). */
  readonly gapMs: number;
}

/**
 * Watches the event loop while `work` runs, with a chain of 1 ms timers, and answers its longest
 * block. Between two turns it reads the loop's own busy time (`eventLoopUtilization`: time outside
 * the poll for events), so a gap where the thread merely waited for a core (our shared 2-core
 * machines run at a load of 15) is not counted as the app's block, while code that holds the
 * thread is. The wall-clock gap is kept too. The chain sleeps between turns rather than spinning,
 * so it does not take a core from the worker thread it watches. It stops when `work` settles;
 * the last stretch counts too, so work that finishes synchronously at the end is still seen.
 */
export async function longestBlock(work: () => Promise<unknown>): Promise<Blocks> {
  let busyMs = 0;
  let gapMs = 0;
  let last = performance.now();
  let lastUse = performance.eventLoopUtilization();
  let timer: NodeJS.Timeout | undefined;
  const measure = (): void => {
    const now = performance.now();
    const use = performance.eventLoopUtilization();
    busyMs = Math.max(busyMs, performance.eventLoopUtilization(use, lastUse).active);
    gapMs = Math.max(gapMs, now - last);
    last = now;
    lastUse = use;
  };
  const tick = (): void => {
    measure();
    timer = setTimeout(tick, 1);
  };
  timer = setTimeout(tick, 1);
  try {
    await work();
  } finally {
    clearTimeout(timer);
    measure();
  }
  return { busyMs, gapMs };
}

/** Holds the thread for `ms` milliseconds: the known block the probe is checked against. */
export function busyLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Spinning is the point: nothing else may run meanwhile.
  }
}
