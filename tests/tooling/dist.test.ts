import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  builderArgs,
  DEB_NEEDS_HOMEPAGE,
  electronBuilderScript,
  keepingNodeBuild,
  nativeBuildDir,
} from '../../src-main/tooling/dist.mjs';

/*
 * `npm run dist` cannot run here (electron-builder downloads Electron), but what it does to this
 * project's node_modules can be checked: electron-builder rebuilds better-sqlite3 for Electron in
 * place, and the script must put the Node build back so `npm test` keeps working.
 */

const appRoot = fileURLToPath(new URL('../..', import.meta.url));
const NODE_BUILD = Buffer.from('better-sqlite3 built for Node');
const ELECTRON_BUILD = Buffer.from('better-sqlite3 built for Electron, another ABI');

let root: string;
let addon: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-dist-'));
  fs.mkdirSync(nativeBuildDir(root), { recursive: true });
  addon = path.join(nativeBuildDir(root), 'better_sqlite3.node');
  fs.writeFileSync(addon, NODE_BUILD);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** What electron-builder's npmRebuild does to the project: the addon is rebuilt in place. */
function rebuildForElectron(): void {
  fs.writeFileSync(addon, ELECTRON_BUILD);
}

describe('packaging keeps the Node build of better-sqlite3', () => {
  it('puts the Node build back after electron-builder rebuilt it, and passes on its exit code', async () => {
    const code = await keepingNodeBuild(root, async () => {
      rebuildForElectron();
      return 0;
    });
    expect(code).toBe(0);
    expect(fs.readFileSync(addon)).toEqual(NODE_BUILD);
  });

  it('puts it back when packaging fails half way, and the failure still shows', async () => {
    await expect(
      keepingNodeBuild(root, async () => {
        rebuildForElectron();
        throw new Error('electron-builder could not download Electron');
      }),
    ).rejects.toThrow('could not download Electron');
    expect(fs.readFileSync(addon)).toEqual(NODE_BUILD);
  });

  it('puts it back when the rebuild removed the file', async () => {
    await keepingNodeBuild(root, async () => fs.rmSync(addon));
    expect(fs.readFileSync(addon)).toEqual(NODE_BUILD);
  });

  it('runs packaging even when better-sqlite3 has no build yet', async () => {
    fs.rmSync(nativeBuildDir(root), { recursive: true });
    let ran = false;
    await keepingNodeBuild(root, async () => {
      ran = true;
    });
    expect(ran).toBe(true);
    expect(fs.existsSync(nativeBuildDir(root))).toBe(false);
  });

  it('looks for the addon where better-sqlite3 loads it by default', () => {
    expect(fs.existsSync(path.join(nativeBuildDir(appRoot), 'better_sqlite3.node'))).toBe(true);
  });
});

describe("electron-builder's command", () => {
  it("is electron-builder's own bin script in node_modules", () => {
    const script = electronBuilderScript(appRoot);
    expect(fs.existsSync(script)).toBe(true);
    expect(script).toContain(path.join('node_modules', 'electron-builder'));
  });
});

describe('what npm run dist asks electron-builder for', () => {
  const noPage = {};
  const withPage = { homepage: 'https://mending.example.org' };

  it('on Linux with no web page, the AppImage alone, and says why the .deb is left out', () => {
    expect(builderArgs([], 'linux', noPage)).toEqual({
      args: ['--linux', 'AppImage'],
      note: DEB_NEEDS_HOMEPAGE,
    });
    expect(builderArgs(['--linux', '--x64'], 'darwin', noPage)).toEqual({
      args: ['--linux', 'AppImage', '--x64'],
      note: DEB_NEEDS_HOMEPAGE,
    });
    expect(DEB_NEEDS_HOMEPAGE).toContain('"homepage" in package.json');
  });

  it('passes everything on as given with a web page, for another system, or with Linux targets named', () => {
    expect(builderArgs([], 'linux', withPage)).toEqual({ args: [] });
    expect(builderArgs([], 'linux', { repository: 'github:someone/mending' })).toEqual({
      args: [],
    });
    expect(builderArgs([], 'darwin', noPage)).toEqual({ args: [] });
    expect(builderArgs(['--win', '--x64'], 'linux', noPage)).toEqual({ args: ['--win', '--x64'] });
    expect(builderArgs(['--linux', 'deb'], 'linux', noPage)).toEqual({ args: ['--linux', 'deb'] });
  });
});
