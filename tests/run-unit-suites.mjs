// Runs the node and jsdom projects once per time zone that has bitten date code before: UTC,
// a DST zone behind UTC, a zone that skipped a whole day (Apia), a half-hour DST shift (Lord Howe)
// and a quarter-hour offset (Kathmandu). The first zone runs everything at full strength; the
// others run the crash test with fewer rounds, since killing a process does not depend on the zone.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const zones = ['UTC', 'America/New_York', 'Pacific/Apia', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
const vitest = join(root, 'node_modules/vitest/vitest.mjs');

for (const [index, zone] of zones.entries()) {
  console.log(`\n=== node and jsdom tests with TZ=${zone} ===`);
  const env = { ...process.env, TZ: zone };
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
    ],
    { cwd: root, env, stdio: 'inherit' },
  );
  if (run.status !== 0) {
    console.error(`\nThe tests failed with TZ=${zone}.`);
    process.exit(run.status ?? 1);
  }
}
