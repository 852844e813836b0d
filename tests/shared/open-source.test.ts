import { readFileSync } from 'node:fs';
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

  it('list every runtime dependency, and Electron, once each', () => {
    const listed = OPEN_SOURCE_COMPONENTS.map((c) => c.name);
    expect(new Set(listed).size).toBe(listed.length);
    expect(Object.keys(app.devDependencies ?? {})).toContain('electron');
    expect([...listed].sort()).toEqual([...Object.keys(app.dependencies ?? {}), 'electron'].sort());
  });
});
