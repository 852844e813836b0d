import { performance } from 'node:perf_hooks';

/**
 * Watches the event loop while `work` runs and answers the longest single block: the longest gap
 * between two turns of a chain of 1 ms timers. A timer comes round as soon as the loop is free
 * after its millisecond, so a gap is how long some synchronous code (ours or SQLite's) held the
 * thread, plus at most about a millisecond of the timer's own wait. The chain sleeps between
 * turns rather than spinning (a setImmediate chain would take a whole core from the worker thread
 * it is meant to watch on a 2-core machine). It stops when `work` settles; the gap that ends then
 * counts too, so work that finishes synchronously at the end is still seen.
 */
export async function longestBlockMs(work: () => Promise<unknown>): Promise<number> {
  let longest = 0;
  let last = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const tick = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    timer = setTimeout(tick, 1);
  };
  timer = setTimeout(tick, 1);
  try {
    await work();
  } finally {
    clearTimeout(timer);
    longest = Math.max(longest, performance.now() - last);
  }
  return longest;
}

/** Holds the thread for `ms` milliseconds: the known block the probe is checked against. */
export function busyLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Spinning is the point: nothing else may run meanwhile.
  }
}
