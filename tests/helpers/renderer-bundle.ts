import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the built renderer (out/renderer) asks a browser to load, read from the files themselves:
 * the page's scripts and module preloads, and every module those import statically, which the
 * browser fetches before the first screen can run. A dynamic `import()` is not followed: that is
 * code loaded on demand, when a person opens the screen that needs it.
 */
export interface RendererFile {
  /** Relative to out/renderer, with forward slashes: `assets/index-abc123.js`. */
  readonly path: string;
  readonly bytes: number;
  /** Its size gzipped with node:zlib at the default level. */
  readonly gzipBytes: number;
}

export const RENDERER_DIR = resolve(__dirname, '../../out/renderer');

/** `src` of every script and `href` of every module preload in the page, in the page's order. */
function pageScripts(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script');
    if (!isScript && !/\brel=["']?modulepreload\b/.test(tag)) continue;
    const url = /\b(?:src|href)=["']([^"']+)["']/.exec(tag)?.[1];
    if (url !== undefined) found.push(url);
  }
  return found;
}

/**
 * The relative modules a built chunk imports statically: `import{a as b}from"./x.js"`,
 * `import"./y.js"`, `export{c}from"./z.js"`, minified or not. `import("./w.js")` is left out.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) {
    const specifier = match[1];
    if (specifier !== undefined) found.add(specifier);
  }
  return [...found];
}

/** The modules a dynamic `import("./x.js")` (or with `'` or a backquote) in a built chunk names. */
export function dynamicImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) {
    if (match[1] !== undefined) found.add(match[1]);
  }
  return [...found];
}

function describeFile(dir: string, absolute: string): RendererFile {
  const content = readFileSync(absolute);
  return {
    path: relative(dir, absolute).split('\\').join('/'),
    bytes: content.length,
    gzipBytes: gzipSync(content).length,
  };
}

/** Every JS file the first screen needs before it runs, following static imports. */
export function firstScreenScripts(dir: string = RENDERER_DIR): RendererFile[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const queue = pageScripts(html).map((url) => resolve(dir, url.replace(/^\//, './')));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined || seen.has(next) || !next.endsWith('.js')) continue;
    seen.add(next);
    const code = readFileSync(next, 'utf8');
    for (const specifier of staticImports(code)) queue.push(resolve(dirname(next), specifier));
  }
  return [...seen].map((absolute) => describeFile(dir, absolute));
}

/** Every JS file in the build, whether the first screen loads it or not. */
export function allScripts(dir: string = RENDERER_DIR): RendererFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => describeFile(dir, join(dir, name)));
}

/** Sum of gzipped sizes in KB (1,024 bytes). */
export function gzipKb(files: readonly RendererFile[]): number {
  return files.reduce((sum, file) => sum + file.gzipBytes, 0) / 1024;
}
