// Runs the node and jsdom projects once per time zone that has bitten date code before: UTC,
// a DST zone behind UTC, a zone that skipped a whole day (Apia), a half-hour DST shift (Lord Howe)
// and a quarter-hour offset (Kathmandu). The first zone runs everything at full strength; the
// others run the crash test with fewer rounds, since killing a process does not depend on the zone,
// and leave out the suites that read no clock, zone or locale.
// Each run also has its own system locale (LC_ALL, which Node's Intl takes as its default), since
// the app writes dates and numbers in the person's locale: "5,000" and "Friday 27 November" in one
// run, "5.000" and "Freitag, 27. November" in another. No test may expect one locale's words.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = [
  { zone: 'UTC', locale: 'C.UTF-8' },
  { zone: 'America/New_York', locale: 'en_US.UTF-8' },
  { zone: 'Pacific/Apia', locale: 'en_GB.UTF-8' },
  { zone: 'Australia/Lord_Howe', locale: 'fr_FR.UTF-8' },
  { zone: 'Asia/Kathmandu', locale: 'de_DE.UTF-8' },
];
const vitest = join(root, 'node_modules/vitest/vitest.mjs');

/**
 * Suites that read no clock, zone or locale run in the first zone only: the source scans (voice,
 * lint rules), the shell functions with their fakes, the tooling, the preload and the launch test's
 * stand-in Electron. The other zones are given every test file of every other folder of tests/ as
 * filters (a project's own `exclude` overrides the command line's, so filters it is), so a new
 * folder or file is run in every zone unless listed here.
 */
const ZONE_FREE_FOLDERS = new Set(['lint', 'app', 'tooling', 'preload', 'launch']);

/**
 * The other zones reuse a worker's modules between files (--no-isolate, below), where `vi.mock`
 * cannot work: the real module may already be loaded by an earlier file. A file that mocks a
 * module replaces a real part on purpose, to test what happens around it, not a date: it runs in
 * the first zone, isolated, only.
 */
const mocksModules = (file) => /\bvi\.mock\(/.test(readFileSync(join(root, file), 'utf8'));

/** Every test file of the other folders, as the filters of the other zones' runs. */
const zoneFilters = readdirSync(join(root, 'tests'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !ZONE_FREE_FOLDERS.has(entry.name))
  .flatMap((entry) =>
    readdirSync(join(root, 'tests', entry.name), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.test\.tsx?$/.test(name))
      .map((name) => `tests/${entry.name}/${name.split(sep).join('/')}`),
  )
  .filter((file) => !mocksModules(file))
  .sort();

for (const [index, { zone, locale }] of runs.entries()) {
  console.log(`\n=== node and jsdom tests with TZ=${zone} and LC_ALL=${locale} ===`);
  const env = { ...process.env, TZ: zone, LC_ALL: locale };
  if (index > 0 && env.CRASH_ROUNDS === undefined) env.CRASH_ROUNDS = '10';
  const run = spawnSync(
    process.execPath,
    [
      vitest,
      'run',
      '--config',
      'tests/vitest.config.mts',
      '--project',
      'node',
      '--project',
      'jsdom',
      // The first zone runs every file in a fresh module graph, so no test can lean on another's
      // leftovers; the others reuse a worker's modules between files (--no-isolate), which halves
      // their time and still runs every test in that zone and locale.
      ...(index === 0 ? [] : ['--no-isolate', ...zoneFilters]),
    ],
    { cwd: root, env, stdio: 'inherit' },
  );
  if (run.status !== 0) {
    console.error(`\nThe tests failed with TZ=${zone} and LC_ALL=${locale}.`);
    process.exit(run.status ?? 1);
  }
}
