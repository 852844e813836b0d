import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { excludedExts } from 'app-builder-lib/out/fileMatcher';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { decode, toRGBA8 } from 'png2icons/lib/UPNG';
import { beforeAll, describe, expect, it } from 'vitest';
import { LICENCE_NOTICES_FILE } from '../../src-main/app/licence-notices';
import {
  ROOT,
  appFilesFilter,
  asarUnpackFilter,
  includedProjectFiles,
  keeps,
  nodeModuleFilter,
  type PlatformName,
} from '../helpers/electron-builder-files';

/*
 * `npm run dist` cannot run on our machines (electron-builder downloads Electron and its packaging
 * tools), so this reads the "build" configuration in package.json beside the built app (out/) and
 * checks, with electron-builder's own file matcher, that the package would hold every file the app
 * opens at run time and nothing private, and that every icon the configuration names is there at
 * the right pixel sizes. `npm test` builds before this runs.
 */

interface PackageJson {
  readonly main: string;
  readonly author?: { readonly name?: string; readonly email?: string } | string;
  readonly dependencies: Readonly<Record<string, string>>;
  readonly devDependencies: Readonly<Record<string, string>>;
  readonly build: Configuration;
}

const packageJson: PackageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const config = packageJson.build;
const PLATFORMS: readonly PlatformName[] = ['linux', 'mac', 'win'];
const OUT = join(ROOT, 'out');

/** Every file under a folder, relative to the project, with `/`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(ROOT, path).split(sep).join('/'));
}

beforeAll(() => {
  const needed = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
  const missing = needed.filter((path) => !existsSync(join(ROOT, path)));
  if (missing.length > 0) {
    throw new Error(
      `The built app is missing (${missing.join(', ')}): run \`npx electron-vite build\` ` +
        '(or `npm run build`) first; `npm test` builds before the unit suites.',
    );
  }
});

describe('the electron-builder configuration', () => {
  it('is one electron-builder accepts, checked against its own schema', async () => {
    const loaded = await getConfig(ROOT, null, null);
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app: a reverse-DNS id and the product name people see', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2,}$/);
    expect(config.productName).toBe('Mending');
    expect(config.directories).toEqual({ buildResources: 'resources', output: 'dist' });
  });

  it('builds AppImage and deb for Linux, dmg for macOS, and an NSIS installer for Windows', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBeTruthy();
    expect(config.mac?.target).toBe('dmg');
    expect(config.mac?.category).toMatch(/^public\.app-category\.[a-z-]+$/);
    expect(config.win?.target).toBe('nsis');
  });

  it("gives the deb a maintainer with an email (the package's author)", () => {
    const author = packageJson.author;
    const email = typeof author === 'string' ? /<([^>]+)>/.exec(author)?.[1] : author?.email;
    expect(config.linux?.maintainer ?? email).toMatch(/^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/);
  });

  it('installs on Windows for the person alone, with no administrator, in a folder they choose', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      allowToChangeInstallationDirectory: true,
    });
    // Uninstalling the app must never take someone's journal with it.
    expect(config.nsis?.deleteAppDataOnUninstall).not.toBe(true);
  });

  it('names the icon for each system, from the build resources folder', () => {
    expect(config.linux?.icon).toBe('icons');
    expect(config.mac?.icon).toBe('icon.icns');
    expect(config.win?.icon).toBe('icon.ico');
  });

  it("turns off the packaged Electron's switches Mending never uses (Electron's fuses)", () => {
    // Electron's security checklist: no running the app's binary as plain Node, no NODE_OPTIONS
    // or --inspect to slip code in, the app read only from its own archive, and file:// without
    // extra rights (the page comes from the app:// scheme). Nothing here forks a child process.
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('publishes nothing and sets up no auto-updater', () => {
    expect(config.publish).toBeNull();
  });

  it('rebuilds better-sqlite3 for Electron while packaging (the app has no other copy)', () => {
    // The copy `npm start` builds lives in node_modules/.cache, which is never packaged, so the
    // packaged app loads the default binding (src-main/app/native-binding.ts).
    expect(config.npmRebuild).not.toBe(false);
    // With buildDependenciesFromSource, packaging for another system skips the rebuild altogether
    // (app-builder-lib's packager.js) and would ship the addon built for this one.
    expect(config.buildDependenciesFromSource).not.toBe(true);
  });
});

describe.each(PLATFORMS)('the files packaged for %s', (platform) => {
  const filter = appFilesFilter(config, platform);
  let included: string[] = [];

  beforeAll(() => {
    included = includedProjectFiles(filter);
  });

  it('include package.json and the file its "main" names', () => {
    expect(included).toContain('package.json');
    const main = relative(ROOT, resolve(ROOT, packageJson.main)).split(sep).join('/');
    expect(main).toMatch(/^out\/main\/[^/]+\.js$/);
    expect(included).toContain(main);
  });

  it('include every file of the main process bundle, its worker and their chunks', () => {
    const main = filesUnder(join(OUT, 'main'));
    expect(main).toEqual(
      expect.arrayContaining(['out/main/index.js', 'out/main/off-main-worker.js']),
    );
    expect(included).toEqual(expect.arrayContaining(main));
  });

  it('include every file the main bundle opens beside itself (preload, page, worker)', () => {
    const code = readFileSync(join(OUT, 'main/index.js'), 'utf8');
    const named = [...code.matchAll(/__dirname,\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1] ?? '');
    expect(named).toEqual(
      expect.arrayContaining(['../preload/index.cjs', 'off-main-worker.js', '../renderer']),
    );
    for (const name of named) {
      const path = resolve(OUT, 'main', name);
      const files = statSync(path).isDirectory()
        ? filesUnder(path)
        : [relative(ROOT, path).split(sep).join('/')];
      expect(files.length, `${name} holds files`).toBeGreaterThan(0);
      expect(included).toEqual(expect.arrayContaining(files));
    }
  });

  it('include the preload and every file of the page, with each asset the page and its chunks name', () => {
    expect(included).toContain('out/preload/index.cjs');
    const renderer = filesUnder(join(OUT, 'renderer'));
    expect(renderer).toContain('out/renderer/index.html');
    expect(included).toEqual(expect.arrayContaining(renderer));
    const referenced = new Set<string>();
    for (const file of renderer.filter((path) => /\.(html|js|css)$/.test(path))) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const match of text.matchAll(/assets\/[\w.-]+\.(?:js|css|svg|png|woff2?)/g)) {
        referenced.add(`out/renderer/${match[0]}`);
      }
    }
    expect(referenced.size).toBeGreaterThan(1);
    expect(included).toEqual(expect.arrayContaining([...referenced]));
  });

  it('include the licence notices of the packages bundled into the main process and the page', () => {
    // MIT, ISC and BSD ask for their notices to ship with the copies; About reads these files.
    const notices = ['main', 'renderer'].map((build) => `out/${build}/${LICENCE_NOTICES_FILE}`);
    for (const path of notices) expect(existsSync(join(ROOT, path)), `${path} is built`).toBe(true);
    expect(included).toEqual(expect.arrayContaining(notices));
  });

  it('hold nothing but the built app and package.json', () => {
    expect(included.filter((path) => path !== 'package.json' && !path.startsWith('out/'))).toEqual(
      [],
    );
  });

  it.each([
    'src-main/app/main.ts',
    'src-renderer/main.tsx',
    'tests/tooling/packaging.test.ts',
    'tests/artifacts/today-light.png',
    'bench/results.json',
    'bench/cache/ten-years.sqlite3',
    '.ci/run',
    'coverage/index.html',
    'resources/icon.svg',
    'README.md',
    'node_modules/.cache/mending-electron/45.0.0-linux-x64/better_sqlite3.node',
  ])('leave out %s', (path) => {
    expect(keeps(filter, path)).toBe(false);
  });
});

/** The bare packages the built main process and its worker load at run time. */
function packagesRequiredAtRunTime(): string[] {
  const names = new Set<string>();
  for (const file of filesUnder(join(OUT, 'main')).filter((path) => path.endsWith('.js'))) {
    const code = readFileSync(join(ROOT, file), 'utf8');
    for (const match of code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
      const specifier = match[1] ?? '';
      if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
      if (builtinModules.includes(specifier.split('/')[0] ?? '')) continue;
      const parts = specifier.split('/');
      names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? ''));
    }
  }
  return [...names].sort();
}

describe('the packages the built app requires at run time', () => {
  it('are found in the bundles: better-sqlite3 and zod at least', () => {
    expect(packagesRequiredAtRunTime()).toEqual(
      expect.arrayContaining(['better-sqlite3', 'zod', 'electron']),
    );
  });

  it('are "dependencies" (a devDependency is left out of the package), except Electron itself', () => {
    for (const name of packagesRequiredAtRunTime()) {
      if (name === 'electron') {
        // Electron provides `electron` to its own processes; electron-builder refuses it as a
        // dependency and reads its version from devDependencies.
        expect(packageJson.devDependencies).toHaveProperty('electron');
        continue;
      }
      expect(packageJson.dependencies, `${name} is a dependency`).toHaveProperty([name]);
    }
  });

  it('are all the "dependencies" there are: a package bundled into out/ (React, recharts, d3) would ship twice', () => {
    expect(Object.keys(packageJson.dependencies).sort()).toEqual(
      packagesRequiredAtRunTime().filter((name) => name !== 'electron'),
    );
  });

  it.each(PLATFORMS)('are not excluded from the package on %s', (platform) => {
    const filter = nodeModuleFilter(config, platform);
    for (const name of packagesRequiredAtRunTime().filter((n) => n !== 'electron')) {
      // Resolved as the bundle's require() would be from out/main, and named the way the
      // package will hold it (node_modules may be a link to another folder on this machine).
      const entry = require.resolve(name, { paths: [join(OUT, 'main')] });
      const inNodeModules = relative(realpathSync(join(ROOT, 'node_modules')), entry);
      expect(inNodeModules, `${name} comes from this project's node_modules`).toMatch(
        new RegExp(`^${name}[\\\\/]`),
      );
      const path = `node_modules/${inNodeModules.split(sep).join('/')}`;
      expect(keeps(filter, path), `${path} is packaged`).toBe(true);
      expect(excludedExts.split(',')).not.toContain(extname(path).slice(1));
    }
  });
});

describe.each(PLATFORMS)("better-sqlite3's native module on %s", (platform) => {
  const moduleDir = join(ROOT, 'node_modules/better-sqlite3');
  const addons = filesUnder(moduleDir).filter((path) => path.endsWith('.node'));

  it('is the file better-sqlite3 loads by default, and is packaged', () => {
    expect(addons).toContain('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    const filter = nodeModuleFilter(config, platform);
    for (const path of addons) expect(keeps(filter, path), path).toBe(true);
  });

  it('is unpacked from app.asar (a native module cannot be loaded from inside the archive)', () => {
    const unpack = asarUnpackFilter(config, platform);
    expect(unpack, 'build.asarUnpack is set').toBeDefined();
    for (const path of addons) expect(unpack && keeps(unpack, path), path).toBe(true);
  });

  // The worker thread's script (out/main/off-main-worker.js) stays in app.asar too: Electron has
  // set up its archive support in worker threads since version 18 (electron/electron#33216), so
  // `new Worker(join(__dirname, 'off-main-worker.js'))` reads it from the archive like any require.
  it('is all that is unpacked: the app itself stays in the archive', () => {
    const unpack = asarUnpackFilter(config, platform);
    for (const path of ['out/main/index.js', 'out/main/off-main-worker.js', 'package.json']) {
      expect(unpack && keeps(unpack, path), path).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Icons

/** A resource path as electron-builder resolves it: the build resources folder, then the project. */
function resourcePath(name: string): string {
  const inResources = join(ROOT, config.directories?.buildResources ?? 'build', name);
  return existsSync(inResources) ? inResources : join(ROOT, name);
}

interface Pixels {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes a pixel, rows top to bottom. */
  readonly rgba: Uint8Array;
}

function readPng(bytes: Buffer): Pixels {
  const copy = Uint8Array.from(bytes).buffer;
  const image = decode(copy);
  const frame = toRGBA8(image)[0];
  if (frame === undefined) throw new Error('The PNG holds no image.');
  return { width: image.width, height: image.height, rgba: new Uint8Array(frame) };
}

function alphaAt(pixels: Pixels, x: number, y: number): number {
  return pixels.rgba[(y * pixels.width + x) * 4 + 3] ?? -1;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The width and height a PNG's header (IHDR) states. */
function pngHeaderSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'a PNG signature').toBe(true);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Transparent at the four corners (the tile is rounded) and opaque in the middle. */
function expectRoundedTile(pixels: Pixels, what: string): void {
  const last = { x: pixels.width - 1, y: pixels.height - 1 };
  const corners = [
    [0, 0],
    [last.x, 0],
    [0, last.y],
    [last.x, last.y],
  ] as const;
  for (const [x, y] of corners) expect(alphaAt(pixels, x, y), `${what} at ${x},${y}`).toBe(0);
  const middle = Math.floor(pixels.width / 2);
  expect(alphaAt(pixels, middle, middle), `${what} in the middle`).toBe(255);
}

const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

describe('the Linux icons', () => {
  const folder = resourcePath(config.linux?.icon ?? 'icons');

  it('are a folder of NxN.png files, one for each size desktops ask for', () => {
    expect(statSync(folder).isDirectory()).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(
      LINUX_SIZES.map((size) => `${size}x${size}.png`).sort(),
    );
  });

  it.each(LINUX_SIZES)('%i px: that size, transparent at the corners', (size) => {
    const bytes = readFileSync(join(folder, `${size}x${size}.png`));
    expect(pngHeaderSize(bytes)).toEqual({ width: size, height: size });
    // Colour type 6: RGBA, so the rounded corners can be see-through.
    expect(bytes.readUInt8(25)).toBe(6);
    expectRoundedTile(readPng(bytes), `${size}x${size}.png`);
  });
});

/** The ICO directory: each entry's stated size, and the size of the image it points at. */
function icoEntries(bytes: Buffer) {
  expect(bytes.readUInt16LE(0), 'reserved').toBe(0);
  expect(bytes.readUInt16LE(2), 'type 1 is an icon').toBe(1);
  const count = bytes.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const entry = 6 + index * 16;
    const stated = bytes.readUInt8(entry) || 256;
    const length = bytes.readUInt32LE(entry + 8);
    const offset = bytes.readUInt32LE(entry + 12);
    expect(offset + length, 'the image lies inside the file').toBeLessThanOrEqual(bytes.length);
    const image = bytes.subarray(offset, offset + length);
    const isPng = image.subarray(0, 8).equals(PNG_SIGNATURE);
    // A bitmap entry starts with a BITMAPINFOHEADER, whose height counts the mask too.
    const actual = isPng ? pngHeaderSize(image).width : image.readInt32LE(4);
    return { stated, actual, isPng, image };
  });
}

describe('the Windows icon', () => {
  const file = resourcePath(config.win?.icon ?? 'icon.ico');

  it('holds every size Windows shows, 16 to 256 px, each image the size its entry says', () => {
    const entries = icoEntries(readFileSync(file));
    for (const entry of entries) expect(entry.actual).toBe(entry.stated);
    expect(entries.map((entry) => entry.stated)).toEqual(
      expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]),
    );
  });

  it('is transparent at the corners at 256 px', () => {
    const largest = icoEntries(readFileSync(file)).find((entry) => entry.stated === 256);
    expect(largest?.isPng).toBe(true);
    expectRoundedTile(readPng(Buffer.from(largest?.image ?? [])), 'icon.ico at 256');
  });
});

/** The ICNS chunks: four-letter type, then the data. */
function icnsChunks(bytes: Buffer): Map<string, Buffer> {
  expect(bytes.toString('latin1', 0, 4)).toBe('icns');
  expect(bytes.readUInt32BE(4), 'the header states the file length').toBe(bytes.length);
  const chunks = new Map<string, Buffer>();
  let at = 8;
  while (at < bytes.length) {
    const type = bytes.toString('latin1', at, at + 4);
    const length = bytes.readUInt32BE(at + 4);
    expect(length, `${type} has a length`).toBeGreaterThan(8);
    chunks.set(type, bytes.subarray(at + 8, at + length));
    at += length;
  }
  expect(at).toBe(bytes.length);
  return chunks;
}

describe('the macOS icon', () => {
  const file = resourcePath(config.mac?.icon ?? 'icon.icns');
  // Apple's PNG chunk types and the pixels each holds (16@2x is 32 px, and so on).
  const pngChunks = {
    ic11: 32,
    ic12: 64,
    ic07: 128,
    ic13: 256,
    ic08: 256,
    ic14: 512,
    ic09: 512,
    ic10: 1024,
  } as const;

  it('holds every size from 16 px to 512@2x, each PNG the size its type means', () => {
    const chunks = icnsChunks(readFileSync(file));
    for (const [type, size] of Object.entries(pngChunks)) {
      const data = chunks.get(type);
      expect(data, `${type} is there`).toBeDefined();
      expect(pngHeaderSize(data ?? Buffer.alloc(0))).toEqual({ width: size, height: size });
    }
    // The 16 and 32 px bitmaps older macOS versions read, each with its alpha mask.
    for (const type of ['is32', 's8mk', 'il32', 'l8mk']) expect(chunks.has(type), type).toBe(true);
    expect(chunks.get('s8mk')?.length).toBe(16 * 16);
    expect(chunks.get('l8mk')?.length).toBe(32 * 32);
  });

  it('is transparent at the corners at 1024 px', () => {
    const data = icnsChunks(readFileSync(file)).get('ic10') ?? Buffer.alloc(0);
    expectRoundedTile(readPng(data), 'icon.icns at 1024');
  });
});

describe('the icon source', () => {
  it('is an SVG with no text in it, beside the files made from it', () => {
    const svg = readFileSync(join(ROOT, 'resources/icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg[^>]+viewBox="0 0 1024 1024"/);
    expect(svg).not.toMatch(/<text\b/);
    expect(existsSync(join(dirname(resourcePath('icon.icns')), 'icon.svg'))).toBe(true);
  });
});
