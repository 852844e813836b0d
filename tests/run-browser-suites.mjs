// Runs the browser specs once at the real date and time, then once per hard moment, with
// Chromium's clock (and the services' `now`) set to that moment (see clockNow in
// tests/browser/harness.ts). A bare wall time is that time in each spec's own zone.
// Usage: node tests/run-browser-suites.mjs [extra vitest arguments, e.g. a spec file]
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = join(root, 'node_modules/vitest/vitest.mjs');

/** Each moment is a kind of time that has broken date code somewhere. */
const moments = [
  { name: 'the real date and time', clock: undefined },
  // The year, the month and the day all change within minutes; "yesterday" is in the same year,
  // a week ago is in December, the habit calendar's next month is in another year.
  { name: 'the last minutes of 31 December', clock: '2026-12-31T23:57' },
  // New York's clocks go back at 02:00 that night: 01:30 happens twice and the day has 25 hours.
  // Berlin went back a week earlier, so its specs' last week crosses that change; and last week
  // is in October, so the habit calendar has to move between months.
  { name: 'the night clocks go back in New York', clock: '2026-11-01T01:30' },
  // A leap day, just after midnight: yesterday is 28 February, a year back is 1 March 2027.
  { name: '29 February of a leap year', clock: '2028-02-29T00:10' },
];

/**
 * Specs whose subject does not read the clock run at the real moment only: what the axe audit and
 * the accessible names check, how a damaged file is handled, what erasing everything leaves,
 * whether a warm print window prints what a fresh one does, how a screen that fails is shown, and
 * the appearance and data-folder settings do not change with the date, and each moment costs the
 * whole project's time again.
 */
const CLOCK_FREE_SPECS = [
  'tests/browser/a11y.spec.ts',
  'tests/browser/accessible-names.spec.ts',
  'tests/browser/damage.spec.ts',
  'tests/browser/delete-everything.spec.ts',
  'tests/browser/desktop-settings.spec.ts',
  'tests/browser/error-boundary.spec.ts',
  // The main process under the stand-in Electron reads the real clock (tests/launch/).
  'tests/browser/launch.spec.ts',
  'tests/browser/report-printer.spec.ts',
];

const only = process.env.MENDING_CLOCK;
const failed = [];
for (const moment of only === undefined
  ? moments
  : [{ name: 'the moment in MENDING_CLOCK', clock: only }]) {
  console.log(
    `\n=== browser specs at ${moment.name}${moment.clock ? ` (${moment.clock})` : ''} ===`,
  );
  const env = { ...process.env };
  if (moment.clock === undefined) delete env.MENDING_CLOCK;
  else env.MENDING_CLOCK = moment.clock;
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [
      vitest,
      'run',
      '--config',
      'tests/vitest.config.mts',
      '--project',
      'browser',
      ...(moment.clock === undefined
        ? []
        : CLOCK_FREE_SPECS.flatMap((spec) => ['--exclude', spec])),
      ...process.argv.slice(2),
    ],
    { cwd: root, env, stdio: 'inherit' },
  );
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (run.status !== 0) failed.push(moment);
}

if (failed.length > 0) {
  console.error(
    `\nThe browser specs failed at: ${failed
      .map((m) => (m.clock ? `${m.name} (MENDING_CLOCK=${m.clock})` : m.name))
      .join('; ')}.`,
  );
  process.exit(1);
}
