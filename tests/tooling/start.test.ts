import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultExecutableName,
  electronViteScript,
  findElectronBinary,
  MISSING_ELECTRON_MESSAGE,
} from '../../src-main/tooling/start.mjs';

const appRoot = fileURLToPath(new URL('../..', import.meta.url));
const startScript = path.join(appRoot, 'src-main', 'tooling', 'start.mjs');
const electronInstalledHere = fs.existsSync(
  path.join(appRoot, 'node_modules', 'electron', 'path.txt'),
);

/** The environment without anything that would point the script at an Electron binary. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  if (!extra.ELECTRON_OVERRIDE_DIST_PATH) delete env.ELECTRON_OVERRIDE_DIST_PATH;
  delete env.ELECTRON_EXEC_PATH;
  return env;
}

function runStart(env: NodeJS.ProcessEnv, args: string[] = []) {
  return spawnSync(process.execPath, [startScript, ...args], {
    cwd: appRoot,
    env,
    encoding: 'utf8',
    timeout: 20_000,
  });
}

function expectOneHelpfulLine(stderr: string) {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Mending can't start: /);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/Error:/);
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-start-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('npm start without the Electron binary', () => {
  it.skipIf(electronInstalledHere)(
    'says in one line what to run, exits with 1 and never tries to download it',
    () => {
      for (const args of [[], ['--dev']]) {
        const result = runStart(cleanEnv(), args);
        expect(result.status).toBe(1);
        expectOneHelpfulLine(result.stderr);
        expect(result.stderr.trim()).toBe(MISSING_ELECTRON_MESSAGE);
        expect(result.stderr).toContain('npx install-electron --no');
        expect(result.stderr).toContain('npm install');
        expect(result.stdout).not.toContain('Downloading Electron');
      }
    },
  );

  it('names ELECTRON_OVERRIDE_DIST_PATH when it points at a folder without Electron', () => {
    const result = runStart(cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: tmp }));
    expect(result.status).toBe(1);
    expectOneHelpfulLine(result.stderr);
    expect(result.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(result.stderr).toContain(tmp);
  });
});

describe('findElectronBinary', () => {
  function electronDir(
    name: string,
    pathTxt: string | undefined,
    binary: string | undefined,
  ): string {
    const dir = path.join(tmp, name);
    fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
    if (pathTxt !== undefined) fs.writeFileSync(path.join(dir, 'path.txt'), pathTxt);
    if (binary !== undefined) {
      fs.mkdirSync(path.dirname(path.join(dir, 'dist', binary)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'dist', binary), '');
    }
    return dir;
  }
  const find = (dir: string, env: Record<string, string> = {}, platform = 'linux') =>
    findElectronBinary({
      electronDir: dir,
      env,
      platform,
      exists: fs.existsSync,
      readText: (file) => fs.readFileSync(file, 'utf8'),
    });

  it('finds the binary path.txt names inside dist', () => {
    const dir = electronDir('installed', 'electron', 'electron');
    expect(find(dir)).toEqual({ ok: true, path: path.join(dir, 'dist', 'electron') });
  });

  it('reports a missing binary when path.txt is missing or names a file that is not there', () => {
    expect(find(electronDir('no-path-txt', undefined, undefined))).toEqual({
      ok: false,
      message: MISSING_ELECTRON_MESSAGE,
    });
    expect(find(electronDir('no-binary', 'electron', undefined))).toEqual({
      ok: false,
      message: MISSING_ELECTRON_MESSAGE,
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, as the electron package does', () => {
    const dir = electronDir('override-target', undefined, undefined);
    const override = path.join(tmp, 'override');
    fs.mkdirSync(path.join(override, 'Electron.app', 'Contents', 'MacOS'), { recursive: true });
    fs.writeFileSync(path.join(override, 'Electron.app', 'Contents', 'MacOS', 'Electron'), '');
    expect(find(dir, { ELECTRON_OVERRIDE_DIST_PATH: override }, 'darwin')).toEqual({
      ok: true,
      path: path.join(override, defaultExecutableName('darwin')),
    });
    expect(find(dir, { ELECTRON_OVERRIDE_DIST_PATH: override }, 'linux').ok).toBe(false);
  });

  it('honours ELECTRON_EXEC_PATH, which electron-vite uses', () => {
    const binary = path.join(tmp, 'custom-electron');
    fs.writeFileSync(binary, '');
    const dir = electronDir('exec-path', undefined, undefined);
    expect(find(dir, { ELECTRON_EXEC_PATH: binary })).toEqual({ ok: true, path: binary });
    expect(find(dir, { ELECTRON_EXEC_PATH: path.join(tmp, 'nope') }).ok).toBe(false);
  });
});

describe('electronViteScript', () => {
  it('finds electron-vite’s own bin script, so it runs with this Node on every platform', () => {
    const script = electronViteScript(appRoot);
    expect(fs.existsSync(script)).toBe(true);
    expect(script).toMatch(/electron-vite\.js$/);
  });
});
