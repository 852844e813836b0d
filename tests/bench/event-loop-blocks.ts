import { performance } from 'node:perf_hooks';

/**
 * Watches the event loop while `work` runs and answers the longest single block: the longest gap
 * between two turns of a setImmediate chain. A turn comes round whenever the loop is free, so a gap
 * is exactly how long some synchronous code (ours or SQLite's) held the thread. The chain stops
 * when `work` settles; the gap that ends then counts too (work that finishes synchronously at the
 * end is still a block).
 */
export async function longestBlockMs(work: () => Promise<unknown>): Promise<number> {
  let longest = 0;
  let last = performance.now();
  let isWatching = true;
  const tick = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (isWatching) setImmediate(tick);
  };
  setImmediate(tick);
  try {
    await work();
  } finally {
    isWatching = false;
    const now = performance.now();
    longest = Math.max(longest, now - last);
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
