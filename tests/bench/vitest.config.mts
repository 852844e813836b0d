import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `npm run bench` (through tests/bench/run-bench.mjs): every `*.measure.ts` file, one at a time
 * in one worker, so no two measurements share the machine's two cores. Not part of `npm test`.
 */
export default defineConfig({
  root,
  test: {
    name: 'bench',
    root,
    environment: 'node',
    include: ['tests/bench/**/*.measure.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
