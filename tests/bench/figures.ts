import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * What one measurement file tells `npm run bench`: figures, each one row of the table the runner
 * prints and writes to `bench/results.json`. A figure carries its raw numbers by history length
 * (where it has them) and the checks it is judged by, each a number that must be at most a limit
 * ("10 y / 1 m" at most 1.2, "10 y" at most 5 ms). Every ratio is made from numbers measured side
 * by side in the same run, never against a number written down earlier.
 */
export interface Check {
  /** What the number is, as the table shows it: "10 y / 1 m", "router / SQL", "10 y". */
  readonly label: string;
  readonly value: number;
  readonly atMost: number;
  /** The number's unit when it is not a ratio: 'ms', 's' or 'KB'. */
  readonly unit?: 'ms' | 's' | 'KB';
}

export interface Figure {
  /** Stable and unique across the run, e.g. "router/habit:list". */
  readonly id: string;
  /** The table's section: "Screens through the router", "Chromium", "Main process", ... */
  readonly section: string;
  /** What was measured, in a few words. */
  readonly what: string;
  /** The unit of `byHistory`. */
  readonly unit: 'ms' | 's' | 'KB';
  /** The median by history length: a month, a year, ten years of generated history. */
  readonly byHistory?: {
    readonly month?: number;
    readonly year?: number;
    readonly tenYears?: number;
  };
  /** One value when the figure does not depend on a history (the renderer's size). */
  readonly value?: number;
  readonly checks: readonly Check[];
  /** Anything a reader needs to read the row right (what the SQL baseline is, say). */
  readonly note?: string;
}

/** Where the runner collects figures; set by tests/bench/run-bench.mjs. */
function figuresDir(): string {
  const dir = process.env.MENDING_BENCH_FIGURES;
  if (!dir)
    throw new Error('Run the benchmarks with `npm run bench` (MENDING_BENCH_FIGURES unset).');
  return dir;
}

let written = 0;

/** Hands one figure to the runner (one small JSON file each, so files never write the same file). */
export function recordFigure(figure: Figure): void {
  const dir = figuresDir();
  mkdirSync(dir, { recursive: true });
  written += 1;
  const name = `${process.pid}-${Date.now()}-${written}.json`;
  writeFileSync(join(dir, name), JSON.stringify(figure));
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of nothing');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export interface TimingOptions {
  /** Runs thrown away first, so the JIT and SQLite's page cache are warm (default 3). */
  readonly warmup?: number;
  /** Runs measured (default 15). */
  readonly runs?: number;
}

/** The median wall time of `fn` in milliseconds. */
export async function medianMs(
  fn: () => unknown,
  { warmup = 3, runs = 15 }: TimingOptions = {},
): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * Medians of several functions measured side by side: each round runs every function once, in
 * turn, so a noisy moment on a shared machine falls on all of them alike and their ratio holds.
 */
export async function sideBySideMs<K extends string>(
  fns: Readonly<Record<K, () => unknown>>,
  { warmup = 3, runs = 15 }: TimingOptions = {},
): Promise<Record<K, number>> {
  const keys = Object.keys(fns) as K[];
  for (let i = 0; i < warmup; i += 1) for (const key of keys) await fns[key]();
  const samples = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<
    K,
    number[]
  >;
  for (let i = 0; i < runs; i += 1) {
    for (const key of keys) {
      const start = performance.now();
      await fns[key]();
      samples[key].push(performance.now() - start);
    }
  }
  return Object.fromEntries(keys.map((key) => [key, median(samples[key])])) as Record<K, number>;
}
