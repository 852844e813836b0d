// `npm run bench`: builds the app, runs every tests/bench/*.measure.ts file one after another,
// then prints one table and writes it as JSON to bench/results.json (git-ignored). Not part of
// `npm test`: our machines are shared and noisy, so no number here fails a build; a check that
// misses its target is marked "MISSED" in the table and `met: false` in the JSON.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const figuresDir = mkdtempSync(join(tmpdir(), 'mending-bench-'));
// React and the report run their production code, as in the built app.
const env = { ...process.env, NODE_ENV: 'production', MENDING_BENCH_FIGURES: figuresDir };
const only = process.argv.slice(2);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    rmSync(figuresDir, { recursive: true, force: true });
    process.exit(result.status ?? 1);
  }
}

// The Chromium figures load the built renderer, and the size figure weighs it.
run(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build']);
run(process.execPath, [
  join(root, 'node_modules/vitest/vitest.mjs'),
  'run',
  '--config',
  'tests/bench/vitest.config.mts',
  ...only,
]);

const figures = readdirSync(figuresDir)
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  .map((name) => JSON.parse(readFileSync(join(figuresDir, name), 'utf8')));
rmSync(figuresDir, { recursive: true, force: true });

const withMet = figures.map((figure) => ({
  ...figure,
  checks: figure.checks.map((check) => ({ ...check, met: check.value <= check.atMost })),
}));
const bySection = new Map();
for (const figure of withMet) {
  if (!bySection.has(figure.section)) bySection.set(figure.section, []);
  bySection.get(figure.section).push(figure);
}

/** A number as the table shows it: three significant figures, never exponent notation. */
function shown(value, unit = '') {
  if (value === undefined) return '';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

const rows = [];
for (const [section, list] of bySection) {
  rows.push(`\n### ${section}\n`);
  rows.push('| what | 1 month | 1 year | 10 years | judged | target | met |');
  rows.push('|---|---:|---:|---:|---|---|---|');
  for (const figure of list) {
    const history = figure.byHistory ?? {};
    const first = [
      figure.what,
      shown(history.month ?? figure.value, figure.unit),
      shown(history.year, figure.unit),
      shown(history.tenYears, figure.unit),
    ];
    const checks = figure.checks.length > 0 ? figure.checks : [undefined];
    checks.forEach((check, index) => {
      const cells = index === 0 ? first : ['', '', '', ''];
      const judged = check ? `${check.label}: ${shown(check.value, check.unit ?? '')}` : '';
      const target = check ? `≤ ${shown(check.atMost, check.unit ?? '')}` : '';
      const met = check ? (check.met ? 'yes' : '**MISSED**') : '';
      rows.push(`| ${[...cells, judged, target, met].join(' | ')} |`);
    });
    if (figure.note) rows.push(`| ↳ ${figure.note} | | | | | | |`);
  }
}
const missed = withMet.flatMap((f) =>
  f.checks.filter((c) => !c.met).map((c) => `${f.what} (${c.label})`),
);
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const header = `# npm run bench, ${new Date().toISOString()}\n\n${availableParallelism()} cores (${cpu}), Node ${process.version}. Medians of several runs; each ratio measured side by side in this run.`;
const summary = missed.length === 0 ? '\nEvery target met.' : `\nMissed: ${missed.join('; ')}.`;
console.log(`\n${header}\n${rows.join('\n')}\n${summary}`);

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results.json'),
  `${JSON.stringify({ ranAt: new Date().toISOString(), cores: availableParallelism(), cpu, node: process.version, figures: withMet }, null, 2)}\n`,
);
console.log(`\nWritten to bench/results.json.`);
