import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LICENCE_NOTICES_FILE } from '../../src-main/app/licence-notices';
import { ensureRendererBuilt } from '../browser/harness';
import { bundledPackages, packageOfModule, type BuildName } from '../helpers/bundled-packages';
import { ROOT } from '../helpers/electron-builder-files';
import { ABOUT } from '../../src-renderer/app/AboutDialog';

/*
 * MIT, ISC and BSD licences ask that their copyright and permission notices ship with every copy.
 * The bundles in out/ hold copies of many packages the app never names (recharts brings redux
 * toolkit, immer, victory-vendor...; d3-scale brings d3-array...; react-dom brings scheduler), so
 * the build writes each bundle's notices beside it (electron.vite.config.ts, `build.license`) and
 * About shows them. The packages are found here independently, from the bundler's own list of the
 * modules in each chunk, so a package that slips into a bundle without its notice fails this test.
 */

let bundled: Record<BuildName, ReadonlySet<string>>;

beforeAll(async () => {
  ensureRendererBuilt();
  bundled = await bundledPackages();
}, 120_000);

const notices = (build: 'main' | 'renderer') => join(ROOT, 'out', build, LICENCE_NOTICES_FILE);

/** The packages a notices file has a section for: `## name - version (licence)`. */
function sections(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const parts = text.split(/^## /m).slice(1);
  for (const part of parts) {
    const heading = /^(\S+) - \S+ \(([^)]+)\)\n/.exec(part);
    if (heading?.[1] !== undefined) found.set(heading[1], part);
  }
  return found;
}

/** The licence text a package ships, if it has a file for it (LICENSE, LICENCE, LICENSE.md...). */
function licenceFileOf(name: string): string | undefined {
  const dir = join(ROOT, 'node_modules', name);
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'license', 'license.md']
    .map((candidate) => join(dir, candidate))
    .find((path) => existsSync(path));
  return file === undefined ? undefined : readFileSync(file, 'utf8');
}

describe('the packages found in the bundles', () => {
  it('reads package names from module paths, scoped ones included', () => {
    expect(packageOfModule('/a/node_modules/d3-array/src/index.js')).toBe('d3-array');
    expect(packageOfModule('/a/node_modules/@reduxjs/toolkit/dist/a.mjs')).toBe('@reduxjs/toolkit');
    expect(packageOfModule('/a/node_modules/x/node_modules/y/index.js')).toBe('y');
    expect(packageOfModule('\0/a/node_modules/react/index.js?commonjs-module')).toBe('react');
    expect(packageOfModule('/work/src-main/app/main.ts')).toBeUndefined();
  });

  it('include the packages recharts, d3 and React bring, so the check below checks something', () => {
    expect([...bundled.renderer]).toEqual(
      expect.arrayContaining([
        'recharts',
        '@reduxjs/toolkit',
        'immer',
        'es-toolkit',
        'victory-vendor',
        'd3-array',
        'scheduler',
      ]),
    );
    expect([...bundled.main]).toEqual(
      expect.arrayContaining(['react-dom', 'd3-scale', 'd3-array']),
    );
  });
});

describe.each(['main', 'renderer'] as const)('the licence notices of out/%s', (build) => {
  it('are written by the build', () => {
    expect(existsSync(notices(build)), `${notices(build)} is missing`).toBe(true);
  });

  it('name every package the bundles hold, no more', () => {
    const named = sections(readFileSync(notices(build), 'utf8'));
    expect([...named.keys()].sort()).toEqual([...bundled[build]].sort());
  });

  it("hold each package's own licence text, word for word, where it ships one", () => {
    const named = sections(readFileSync(notices(build), 'utf8'));
    for (const name of bundled[build]) {
      const own = licenceFileOf(name);
      const section = named.get(name) ?? '';
      if (own === undefined) {
        // Without a file of its own, the package's licence is named in its heading at least.
        expect(section, name).toMatch(/\((MIT|ISC|BSD-[23]-Clause|Apache-2\.0)[^)]*\)/);
        continue;
      }
      const firstLines = own.trim().split('\n').slice(0, 3).join('\n').trim();
      expect(section.replace(/\r\n/g, '\n'), name).toContain(firstLines.replace(/\r\n/g, '\n'));
    }
  });
});

describe('the packages not covered by these files', () => {
  it('the preload bundles none: it holds only the app’s own code', () => {
    expect([...bundled.preload]).toEqual([]);
  });

  it.each(['better-sqlite3', 'zod'])(
    '%s is required at run time, copied whole into the package with its LICENSE',
    (name) => {
      expect(licenceFileOf(name), `${name} has a LICENSE file`).toMatch(/MIT License|Permission/);
    },
  );
});

describe('Electron’s own notices, as About names them', () => {
  it('are the files electron-builder keeps in every package, under the names it gives them', () => {
    // electron-builder renames Electron's LICENSE and, on macOS, moves both into the bundle.
    const framework = readFileSync(
      join(ROOT, 'node_modules/app-builder-lib/out/electron/ElectronFramework.js'),
      'utf8',
    );
    expect(framework).toContain('move("LICENSE", "LICENSE.electron.txt")');
    expect(framework).toContain('move("LICENSES.chromium.html")');
    expect(ABOUT.licencesLead).toContain('LICENSE.electron.txt');
    expect(ABOUT.licencesLead).toContain('LICENSES.chromium.html');
    expect(ABOUT.licencesLead).toContain('Contents/Resources');
  });
});
