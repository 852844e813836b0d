import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Three projects, one per runtime:
 * - node: database, services, router, report, shell functions (with fakes), tooling;
 * - jsdom: React components over the real router and an in-memory database;
 * - browser: Playwright specs driving the built renderer in Debian's Chromium.
 */
export default defineConfig({
  root,
  test: {
    // Vitest's default is one worker fewer than the cores, so a 2-core machine ran every file one
    // after another; many of our files wait on SQLite, child processes or jsdom as much as they
    // compute, and two workers halve the unit suites' time there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'node',
          root,
          environment: 'node',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/renderer/**', 'node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'jsdom',
          root,
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.tsx', 'tests/renderer/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          root,
          environment: 'node',
          include: ['tests/browser/**/*.spec.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: our machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
