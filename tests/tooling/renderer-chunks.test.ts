import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureRendererBuilt } from '../browser/harness';
import {
  RENDERER_DIR,
  allScripts,
  dynamicImports,
  firstScreenScripts,
  gzipKb,
  staticImports,
} from '../helpers/renderer-bundle';

/*
 * The first screen loads only what it needs (issue 11): the screens loaded on demand
 * (src-renderer/app/screens.tsx) and recharts stay out of the JS the page loads before Today can
 * run, and come in their own files when asked for. Read from the built renderer itself, so a
 * static import that pulls a screen or a chart into the start cannot slip in unnoticed. Sizes, not
 * timings: the same build always weighs the same.
 */

const screensSource = readFileSync(
  resolve(__dirname, '../../src-renderer/app/screens.tsx'),
  'utf8',
);
/** The modules screens.tsx loads on demand, by file name: MoodScreen, InsightsScreen, ... */
const onDemand = [...screensSource.matchAll(/import\('([^']+)'\)/g)].map((m) =>
  basename(m[1] ?? ''),
);

/** recharts' own class names, which survive minification: in a file, recharts is in it. */
const RECHARTS_MARK = 'recharts-wrapper';

let first: string[] = [];
let all: string[] = [];

beforeAll(() => {
  ensureRendererBuilt();
  first = firstScreenScripts().map((file) => file.path);
  all = allScripts().map((file) => file.path);
}, 120_000);

const read = (path: string) => readFileSync(resolve(RENDERER_DIR, path), 'utf8');
const chunkOf = (module: string) => all.find((path) => basename(path).startsWith(`${module}-`));

describe('the JS the first screen loads', () => {
  it('reads the screens loaded on demand from the source', () => {
    expect(onDemand).toEqual(
      expect.arrayContaining(['MoodScreen', 'InsightsScreen', 'JourneyScreen']),
    );
  });

  it('holds none of the screens loaded on demand: each is a file of its own, imported when asked', () => {
    const asked = new Set(
      first.flatMap((path) => dynamicImports(read(path)).map((specifier) => basename(specifier))),
    );
    for (const module of onDemand) {
      const chunk = chunkOf(module);
      expect(chunk, `${module} has a file of its own`).toBeDefined();
      expect(first, `${module} stays out of the first screen`).not.toContain(chunk);
      expect([...asked], `${module} is imported on demand`).toContain(basename(chunk ?? ''));
    }
  });

  it('holds no recharts, which comes with the screens that chart', () => {
    expect(all.filter((path) => read(path).includes(RECHARTS_MARK)).length).toBeGreaterThan(0);
    expect(first.filter((path) => read(path).includes(RECHARTS_MARK))).toEqual([]);
  });

  it('follows static imports only: every file it names is reached from the page', () => {
    for (const path of first) {
      for (const specifier of staticImports(read(path))) {
        expect(first).toContain(`assets/${basename(specifier)}`);
      }
    }
  });

  it('is minified and under 200 KB gzipped', () => {
    const files = firstScreenScripts();
    expect(gzipKb(files)).toBeLessThan(200);
    // Minified code has few line breaks: about one per statement-heavy line, not one per statement.
    for (const file of files.filter((f) => f.bytes > 10_000)) {
      expect(read(file.path).split('\n').length, file.path).toBeLessThan(file.bytes / 1000);
    }
  });
});
