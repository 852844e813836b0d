// `npm run seed -- --years N --out FILE [--seed S] [--today YYYY-MM-DD]`: writes a new Mending data
// file holding a generated history (src-main/sample/generate-history.ts), for trying the app with
// years of entries and for measuring it. The TypeScript entry is bundled with esbuild into a temp
// folder and run under Node, with better-sqlite3 left out of the bundle and found in this
// project's node_modules (NODE_PATH), as the app's own main process loads it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The longest history `--years` accepts (the generator's own limit). */
export const MAX_SEED_YEARS = 30;

export const USAGE =
  'Usage: npm run seed -- --years N --out FILE [--seed S] [--today YYYY-MM-DD]\n' +
  '  --years  how many years of history, a positive number up to 30 (0.5 is six months)\n' +
  '  --out    the new data file to write; an existing file is never overwritten\n' +
  '  --seed   a whole number: the same seed writes the same history (default: a fixed one)\n' +
  "  --today  the history's last day (default: today)";

const FLAGS = ['--years', '--out', '--seed', '--today'];

/** True for a real calendar day written YYYY-MM-DD. */
function isRealDay(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Reads the command line (the words after `npm run seed --`). Returns `{ ok: true, options }`, or
 * `{ ok: false, message }` naming the flag to fix and what it takes. A relative `--out` is taken
 * from `baseDir`: the folder the person ran npm in, not the project folder npm runs scripts in.
 * `now` is the current instant, for refusing a last day that has not begun.
 */
export function parseSeedArgs(argv, baseDir = process.cwd(), now = new Date()) {
  const values = new Map();
  for (let i = 0; i < argv.length; i += 1) {
    const word = argv[i];
    const [flag, inline] =
      word.startsWith('--') && word.includes('=') ? word.split(/=(.*)/s) : [word];
    if (!FLAGS.includes(flag)) {
      return {
        ok: false,
        message: `Unknown option ${JSON.stringify(word)}: use ${FLAGS.join(', ')}.`,
      };
    }
    if (values.has(flag)) return { ok: false, message: `${flag} is given twice: give it once.` };
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && FLAGS.includes(value))) {
      return { ok: false, message: `${flag} needs a value after it.` };
    }
    if (inline === undefined) i += 1;
    values.set(flag, value);
  }

  const yearsText = values.get('--years');
  if (yearsText === undefined) {
    return {
      ok: false,
      message: '--years is missing: say how many years of history to write, such as --years 10.',
    };
  }
  const years = Number(yearsText);
  if (yearsText.trim() === '' || !Number.isFinite(years) || years <= 0) {
    return {
      ok: false,
      message: `--years must be a positive number (such as 1, 0.5 or 10), not ${JSON.stringify(yearsText)}.`,
    };
  }
  if (years > MAX_SEED_YEARS) {
    return { ok: false, message: `--years must be at most ${MAX_SEED_YEARS}, not ${yearsText}.` };
  }

  const out = values.get('--out');
  if (out === undefined || out.trim() === '') {
    return {
      ok: false,
      message:
        '--out is missing: name the new file to write, such as --out /tmp/mending-10y.sqlite3.',
    };
  }

  const seedText = values.get('--seed');
  const seed = seedText === undefined ? undefined : Number(seedText);
  if (seedText !== undefined && (!/^\d+$/.test(seedText) || !Number.isSafeInteger(seed))) {
    return {
      ok: false,
      message: `--seed must be a whole number from 0, not ${JSON.stringify(seedText)}.`,
    };
  }

  const today = values.get('--today');
  if (today !== undefined && !isRealDay(today)) {
    return {
      ok: false,
      message: `--today must be a real date written YYYY-MM-DD, not ${JSON.stringify(today)}.`,
    };
  }

  // The app takes no entry dated after the newest day begun anywhere on Earth (UTC+14).
  const latestDay = new Date(now.getTime() + 14 * 3600 * 1000).toISOString().slice(0, 10);
  if (today !== undefined && today > latestDay) {
    return {
      ok: false,
      message: `--today ${today} has not begun yet: choose today or an earlier day, so that no entry is dated in the future.`,
    };
  }

  return { ok: true, options: { years, out: resolve(baseDir, out), seed, today } };
}

/** Why the file cannot be written there, or null when it can. */
export function outProblem(out) {
  if (existsSync(out)) {
    return `${out} already exists: choose a new file name (nothing was written, and the file was left as it was).`;
  }
  const folder = dirname(out);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return `The folder ${folder} does not exist: create it first, or choose another --out.`;
  }
  return null;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles the TypeScript entry into a temp folder and runs it; answers with its exit code. */
async function runEntry(options) {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'mending-seed-'));
  try {
    const bundle = join(dir, 'seed-entry.cjs');
    await build({
      entryPoints: [join(root, 'src-main', 'tooling', 'seed-entry.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3'],
      outfile: bundle,
      logLevel: 'warning',
    });
    const nodePath = [join(root, 'node_modules'), process.env.NODE_PATH]
      .filter(Boolean)
      .join(delimiter);
    const run = spawnSync(process.execPath, [bundle, JSON.stringify(options)], {
      stdio: 'inherit',
      env: { ...process.env, NODE_PATH: nodePath },
    });
    return run.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  // npm runs scripts in the project folder and says where it was started in INIT_CWD.
  const parsed = parseSeedArgs(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
  if (!parsed.ok) {
    console.error(`npm run seed: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const problem = outProblem(parsed.options.out);
  if (problem !== null) {
    console.error(`npm run seed: ${problem}`);
    return 2;
  }
  return runEntry(parsed.options);
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  process.exitCode = await main();
}
