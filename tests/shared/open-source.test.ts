import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { APP_LICENCE, OPEN_SOURCE_COMPONENTS } from '../../src-main/shared/open-source';

const root = resolve(__dirname, '../..');
const manifest = z.object({
  name: z.string(),
  license: z.string(),
  dependencies: z.record(z.string(), z.string()).optional(),
  devDependencies: z.record(z.string(), z.string()).optional(),
});

function packageJson(path: string) {
  return manifest.parse(JSON.parse(readFileSync(path, 'utf8')));
}

const app = packageJson(join(root, 'package.json'));

describe('the About dialog’s licences', () => {
  it('give the app’s own licence exactly as package.json declares it', () => {
    expect(APP_LICENCE).toBe(app.license);
  });

  it.each(OPEN_SOURCE_COMPONENTS)(
    '$name: named and licensed as its own package.json says',
    ({ name, licence }) => {
      const installed = packageJson(join(root, 'node_modules', name, 'package.json'));
      expect(installed.name).toBe(name);
      expect(licence).toBe(installed.license);
    },
  );

  it('list every package the app’s own code imports (bundled or required at run time), and Electron, once each', () => {
    const listed = OPEN_SOURCE_COMPONENTS.map((c) => c.name);
    expect(new Set(listed).size).toBe(listed.length);
    expect(Object.keys(app.devDependencies ?? {})).toContain('electron');
    expect([...listed].sort()).toEqual([...packagesImportedByShippedCode(), 'electron'].sort());
  });
});

/**
 * The npm packages that the shipped code (src-main and src-renderer, not the tooling scripts)
 * imports for real (not `import type`): React, recharts and d3 are bundled into out/ and so are
 * devDependencies, better-sqlite3 and zod are required at run time. Either way they ship.
 */
function packagesImportedByShippedCode(): string[] {
  const installed = new Set([
    ...Object.keys(app.dependencies ?? {}),
    ...Object.keys(app.devDependencies ?? {}),
  ]);
  const names = new Set<string>();
  for (const dir of ['src-main', 'src-renderer']) {
    for (const file of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
      if (!/\.tsx?$/.test(file) || file.startsWith('tooling')) continue;
      const text = readFileSync(join(root, dir, file), 'utf8');
      for (const [, specifier = ''] of text.matchAll(
        /^import (?!type )[^;]*?from '([^'.][^']*)'/gms,
      )) {
        const parts = specifier.split('/');
        const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
        if (installed.has(name) && name !== 'electron') names.add(name);
      }
    }
  }
  return [...names];
}
