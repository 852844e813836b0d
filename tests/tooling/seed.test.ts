import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/open-database';
import { createDataRepo } from '../../src-main/db/repositories/data-repo';
import { addDays } from '../../src-main/shared/calendar';
import { parseSeedArgs } from '../../src-main/tooling/seed.mjs';

const appRoot = fileURLToPath(new URL('../..', import.meta.url));
const seedScript = join(appRoot, 'src-main', 'tooling', 'seed.mjs');

/** Runs the script as `npm run seed` does: in the project folder, started from `startedIn`. */
function runSeed(args: string[], startedIn = appRoot) {
  return spawnSync(process.execPath, [seedScript, ...args], {
    cwd: appRoot,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: startedIn },
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mending-seed-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run seed', () => {
  it('writes a new data file with the history, and says what it wrote', () => {
    const out = join(dir, 'month.sqlite3');
    // Yesterday in UTC has begun everywhere, whatever the machine's date: the script refuses a
    // last day that has not.
    const lastDay = addDays(new Date().toISOString().slice(0, 10), -1);
    // A file named without a folder lands where npm was started, not in the project folder.
    const run = runSeed(
      ['--years', '0.1', '--out', 'month.sqlite3', '--today', lastDay, '--seed', '7'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `Wrote ${out}: 37 days of sample history, ${addDays(lastDay, -36)} to ${lastDay}`,
    );
    expect(run.stdout).toMatch(/\d+ mood entries/);
    expect(run.stdout).toMatch(/\d+ rows in all, [\d.]+ MB, in [\d.]+ s\./);
    // Only the file asked for is left: no partial copy, no -wal beside it.
    expect(readdirSync(dir)).toEqual(['month.sqlite3']);
    const db = openDatabase(out);
    try {
      const counts = createDataRepo(db).counts();
      expect(counts.moodEntries).toBeGreaterThanOrEqual(37);
      expect(run.stdout).toContain(`${counts.moodEntries} mood entries`);
      expect(run.stdout).toContain(`${counts.habitCheckins} habit check-ins`);
    } finally {
      db.close();
    }
  });

  it('refuses a file that exists, naming it, and leaves it as it was', () => {
    const out = join(dir, 'mine.sqlite3');
    writeFileSync(out, 'my own file');
    const run = runSeed(['--years', '1', '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${out} already exists: choose a new file name`);
    expect(readFileSync(out, 'utf8')).toBe('my own file');
  });

  it('names a folder that does not exist', () => {
    const out = join(dir, 'no-such-folder', 'x.sqlite3');
    const run = runSeed(['--years', '1', '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`The folder ${join(dir, 'no-such-folder')} does not exist`);
  });

  it.each([
    [['--years', '0'], '--years must be a positive number'],
    [['--yeers', '3'], 'Unknown option "--yeers"'],
  ])('refuses %j with a message and the usage, writing nothing', (args, message) => {
    const out = join(dir, 'refused.sqlite3');
    const run = runSeed([...args, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage: npm run seed -- --years N --out FILE');
    expect(existsSync(out)).toBe(false);
  });
});

describe('what the seed command line accepts', () => {
  it('takes as the last day any day already begun somewhere on Earth, and none after', () => {
    const now = new Date('2026-11-30T11:00:00.000Z');
    // 11:00 UTC is already 01:00 on 1 December at UTC+14 (Kiritimati).
    expect(
      parseSeedArgs(['--years', '1', '--out', '/x', '--today', '2026-12-01'], '/', now),
    ).toMatchObject({ ok: true });
    expect(
      parseSeedArgs(['--years', '1', '--out', '/x', '--today', '2026-12-02'], '/', now),
    ).toMatchObject({ ok: false });
  });

  it('takes every option, in either spelling', () => {
    expect(
      parseSeedArgs(['--years', '10', '--out', 'x.sqlite3', '--seed=3', '--today=2026-01-31']),
    ).toEqual({
      ok: true,
      options: { years: 10, out: join(process.cwd(), 'x.sqlite3'), seed: 3, today: '2026-01-31' },
    });
    expect(parseSeedArgs(['--years', '1', '--out', 'x.sqlite3'], '/home/someone')).toEqual({
      ok: true,
      options: { years: 1, out: '/home/someone/x.sqlite3', seed: undefined, today: undefined },
    });
    expect(parseSeedArgs(['--out', '/tmp/a', '--years', '0.5'])).toEqual({
      ok: true,
      options: { years: 0.5, out: '/tmp/a', seed: undefined, today: undefined },
    });
  });

  it.each([
    [[], '--years is missing'],
    [['--years'], '--years needs a value after it'],
    [['--years', '--out', 'x'], '--years needs a value after it'],
    [['--years', ''], '--years must be a positive number'],
    [['--years', 'ten'], '--years must be a positive number (such as 1, 0.5 or 10), not "ten"'],
    [['--years', '-2'], '--years must be a positive number'],
    [['--years', 'Infinity'], '--years must be a positive number'],
    [['--years', '31'], '--years must be at most 30, not 31'],
    [['--years', '1', '--years', '2'], '--years is given twice'],
    [['--years', '1'], '--out is missing'],
    [
      ['--years', '1', '--out', 'x', '--seed', '-1'],
      '--seed must be a whole number from 0, not "-1"',
    ],
    [['--years', '1', '--out', 'x', '--seed', '2.5'], '--seed must be a whole number'],
    [
      ['--years', '1', '--out', 'x', '--today', '2026-02-30'],
      '--today must be a real date written YYYY-MM-DD, not "2026-02-30"',
    ],
    [['--years', '1', '--out', 'x', '--today', 'yesterday'], '--today must be a real date'],
    [
      ['--years', '1', '--out', 'x', '--today', '2999-12-31'],
      '--today 2999-12-31 has not begun yet',
    ],
    [['--years', '1', '--out', 'x', 'extra'], 'Unknown option "extra"'],
    [['--years', '1', '--out', 'x', '--force'], 'Unknown option "--force"'],
  ])('%j: %s', (argv, message) => {
    const parsed = parseSeedArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});
