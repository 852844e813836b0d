/**
 * A small seeded random source for the sample history: the same seed always gives the same
 * numbers, on every machine, so a generated history is the same file wherever it is made.
 * mulberry32 (public domain, Tommy Ettinger): 32 bits of state, fast, and plenty for sample data;
 * nothing here needs to be unpredictable.
 */
export interface Random {
  /** A number in [0, 1). */
  readonly next: () => number;
  /** True with probability `p`. */
  readonly chance: (p: number) => boolean;
  /** A whole number from `min` to `max`, both included. */
  readonly int: (min: number, max: number) => number;
  /** One item of a non-empty list. */
  readonly pick: <T>(items: readonly T[]) => T;
  /** A normally distributed number (Box-Muller), mean 0 and standard deviation 1. */
  readonly normal: () => number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    chance: (p) => next() < p,
    int,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick needs a non-empty list.');
      return item;
    },
    normal: () => {
      // 1 - next() is in (0, 1], so the logarithm is finite.
      const u = 1 - next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
  };
}

/** `value` kept within [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
