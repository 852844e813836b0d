import { test } from 'vitest';
import { allScripts, firstScreenScripts, gzipKb } from '../helpers/renderer-bundle';
import { recordFigure } from './figures';

/*
 * The renderer's JavaScript as the built app ships it (out/renderer, built by the runner), gzipped
 * at zlib's default level: what the first screen needs before it can run (the page's scripts, its
 * module preloads and everything they import statically), and all of it, screens loaded on demand
 * included. Target: the first screen under 200 KB.
 */
test('renderer JS, gzipped', () => {
  const first = firstScreenScripts();
  const all = allScripts();
  const firstKb = gzipKb(first);
  const allKb = gzipKb(all);
  recordFigure({
    id: 'renderer/first-screen-js',
    section: 'Renderer size',
    what: 'JS the first screen loads, gzipped',
    unit: 'KB',
    value: firstKb,
    checks: [{ label: 'first screen', value: firstKb, atMost: 200, unit: 'KB' }],
    note: `${first.length} of ${all.length} files`,
  });
  recordFigure({
    id: 'renderer/all-js',
    section: 'Renderer size',
    what: 'all renderer JS, gzipped',
    unit: 'KB',
    value: allKb,
    checks: [],
    note: `${all.length} files, ${Math.round(all.reduce((s, f) => s + f.bytes, 0) / 1024)} KB before gzip`,
  });
});
