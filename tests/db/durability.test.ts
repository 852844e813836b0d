import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 50);
const STARTUP_LIMIT_MS = 30_000;
/*
 * The test's time limit grows with the rounds (a fixed limit made CRASH_ROUNDS=1000 impossible).
 * A round is one writer start, 50-400 ms of writing, and the kill: measured at about 1.3 s a round
 * on a busy shared 2-core machine (CRASH_ROUNDS=200 took 263 s, beyond the old fixed 300 s limit
 * at about 230 rounds; 1000 rounds would take about 22 minutes). Five seconds a round leaves room
 * for a machine several times slower, and the fixed part covers the final open and checks. A
 * single stuck round is caught sooner by STARTUP_LIMIT_MS.
 */
const ROUND_BUDGET_MS = 5_000;
const CHECKS_BUDGET_MS = 60_000;
const durabilityTimeLimitMs = (rounds: number): number =>
  CHECKS_BUDGET_MS + rounds * ROUND_BUDGET_MS;
const childSource = path.join(path.dirname(fileURLToPath(import.meta.url)), 'durability-child.ts');

let dir: string;
let childScript: string;

// The child is bundled once rather than run with `node --import tsx` each round: tsx takes about
// 0.5 s to start and load zod through its hooks, the bundle about 0.1 s, and that is paid 50 times.
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-durability-'));
  childScript = path.join(dir, 'durability-child.cjs');
  const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  await build({
    entryPoints: [childSource],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    plugins: [
      {
        // A native addon cannot be bundled: load the project's copy by absolute path instead.
        name: 'external-better-sqlite3',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^better-sqlite3$/ }, () => ({
            path: betterSqlite,
            external: true,
          }));
        },
      },
    ],
  });
}, 60_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Starts the writer, lets it save for a random 50-400 ms after its first entry, then kills it
 * without warning. Resolves with the ids it reported as saved.
 */
function crashRound(dbPath: string): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dbPath], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const ids: number[] = [];
    let pending = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    const startupTimer = setTimeout(() => child.kill('SIGKILL'), STARTUP_LIMIT_MS);

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^saved (\d+)$/.exec(line);
        if (!match) {
          stderr += `unexpected output: ${line}\n`;
          continue;
        }
        ids.push(Number(match[1]));
      }
      if (ids.length > 0 && killTimer === undefined) {
        clearTimeout(startupTimer);
        killTimer = setTimeout(() => child.kill('SIGKILL'), 50 + Math.random() * 350);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    // 'close', not 'exit': only then has every line the child wrote been read.
    child.on('close', (code, signal) => {
      clearTimeout(startupTimer);
      clearTimeout(killTimer);
      if (signal === 'SIGKILL' && killTimer !== undefined && stderr === '') resolve(ids);
      else reject(new Error(`The writer stopped on its own (code ${code}, ${signal}):\n${stderr}`));
    });
  });
}

it(
  `keeps every saved mood entry through ${ROUNDS} crashes in the middle of writing`,
  async () => {
    const dbPath = path.join(dir, 'mending.db');
    const reported: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      reported.push(...(await crashRound(dbPath)));
    }

    const db = openDatabase(dbPath);
    try {
      expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(db.pragma('foreign_key_check')).toEqual([]);

      const stored = new Set(db.prepare('SELECT id FROM mood_entries').pluck().all());
      expect(reported.filter((id) => !stored.has(id))).toEqual([]);
      // A reported id handed out twice would mean a saved entry vanished and its id was reused.
      expect(new Set(reported).size).toBe(reported.length);
      expect(reported.length).toBeGreaterThanOrEqual(ROUNDS);

      // The child gives each entry `mood % 4` tags in the same transaction: none may be torn.
      const torn = db
        .prepare(
          `SELECT e.id FROM mood_entries e LEFT JOIN mood_entry_tags t ON t.entry_id = e.id
         GROUP BY e.id HAVING count(t.tag) != e.mood % 4`,
        )
        .pluck()
        .all();
      expect(torn).toEqual([]);
    } finally {
      db.close();
    }
  },
  durabilityTimeLimitMs(ROUNDS),
);

it('gives the crash test a time limit that grows with its rounds', () => {
  // 1000 rounds at the measured 1.3 s each need about 1300 s: far more than the old fixed 300 s.
  expect(durabilityTimeLimitMs(1000)).toBeGreaterThan(1000 * 1300);
  expect(durabilityTimeLimitMs(1000) - durabilityTimeLimitMs(50)).toBe(950 * ROUND_BUDGET_MS);
});
