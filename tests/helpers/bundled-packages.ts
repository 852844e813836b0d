import { basename, sep } from 'node:path';
import { build } from 'electron-vite';
import type { Plugin } from 'vite';

/** The three builds in electron.vite.config.ts, by their output folder's name. */
export type BuildName = 'main' | 'preload' | 'renderer';

const NODE_MODULES = `${sep}node_modules${sep}`;

/**
 * The npm package a bundled module comes from, by its path: the folder after the last
 * node_modules (a scoped package keeps its scope), or undefined for the app's own code.
 */
export function packageOfModule(moduleId: string): string | undefined {
  const path = moduleId.replace(/^\0/, '').split('?')[0] ?? '';
  const at = path.lastIndexOf(NODE_MODULES);
  if (at < 0) return undefined;
  const parts = path.slice(at + NODE_MODULES.length).split(sep);
  const [first, second] = parts;
  if (first === undefined) return undefined;
  return first.startsWith('@') && second !== undefined ? `${first}/${second}` : first;
}

/**
 * Every npm package whose code lands in each build's bundles, read from the bundler's own list of
 * the modules in each chunk. It builds the app again with electron.vite.config.ts but writes
 * nothing (out/ is left as it is), so it knows nothing of the licence files it is used to check.
 */
export async function bundledPackages(): Promise<Record<BuildName, ReadonlySet<string>>> {
  const found: Record<BuildName, Set<string>> = {
    main: new Set(),
    preload: new Set(),
    renderer: new Set(),
  };
  let current: BuildName | undefined;
  const collect: Plugin = {
    name: 'mending-test-bundled-packages',
    configResolved(config) {
      const name = basename(config.build.outDir);
      if (name !== 'main' && name !== 'preload' && name !== 'renderer') {
        throw new Error(`An unexpected build writes to ${config.build.outDir}`);
      }
      current = name;
    },
    generateBundle(_options, bundle) {
      if (current === undefined) throw new Error('generateBundle before configResolved');
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const name = packageOfModule(id);
          if (name !== undefined) found[current].add(name);
        }
      }
    },
  };
  await build({ logLevel: 'silent', plugins: [collect], build: { write: false } });
  return found;
}
