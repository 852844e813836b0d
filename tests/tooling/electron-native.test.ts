import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  bundledNodeGyp,
  classifyNodeLoad,
  ELECTRON_HEADERS_URL,
  electronBuildEnv,
  electronNativeBindingFile,
  ensureElectronNative,
  loadInNode,
  nodeGypCommand,
  readElectronVersion,
} from '../../src-main/tooling/electron-native.mjs';

const appRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('electronNativeBindingFile', () => {
  it('keeps one build per Electron version, platform and CPU, inside node_modules/.cache', () => {
    const file = electronNativeBindingFile('/repo', '45.5.0', 'linux', 'x64');
    expect(file).toBe(
      path.join(
        '/repo',
        'node_modules',
        '.cache',
        'mending-electron',
        '45.5.0-linux-x64',
        'better_sqlite3.node',
      ),
    );
    expect(electronNativeBindingFile('/repo', '45.5.0', 'linux', 'arm64')).not.toBe(file);
    expect(electronNativeBindingFile('/repo', '46.0.0', 'linux', 'x64')).not.toBe(file);
  });
});

describe('electronBuildEnv', () => {
  it('asks for an Electron build against Electron’s headers, keeping the rest of the environment', () => {
    const env = electronBuildEnv(
      { PATH: '/usr/bin', npm_config_runtime: 'node' },
      '45.5.0',
      'arm64',
    );
    expect(env).toMatchObject({
      PATH: '/usr/bin',
      npm_config_runtime: 'electron',
      npm_config_target: '45.5.0',
      npm_config_disturl: 'https://electronjs.org/headers',
      npm_config_arch: 'arm64',
      npm_config_target_arch: 'arm64',
    });
    expect(ELECTRON_HEADERS_URL).toBe('https://electronjs.org/headers');
  });

  it('drops npm’s nodedir (Debian sets it to /usr), which would build against Node’s headers', () => {
    const env = electronBuildEnv(
      { npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', HOME: '/home/me' },
      '45.5.0',
      'x64',
    );
    expect(Object.keys(env).filter((key) => /nodedir/i.test(key))).toEqual([]);
    expect(env.HOME).toBe('/home/me');
  });
});

describe('nodeGypCommand', () => {
  const everything = () => true;
  const nothing = () => false;

  it('runs the node-gyp npm hands to scripts directly with Node', () => {
    expect(
      nodeGypCommand({ npm_config_node_gyp: '/npm/node-gyp.js' }, '/bin/node', 'linux', everything),
    ).toEqual({ command: '/bin/node', args: ['/npm/node-gyp.js', 'rebuild', '--release'] });
  });

  it('otherwise runs npm’s own node-gyp, found next to Node', () => {
    const bundled = bundledNodeGyp('/usr/bin/node', 'linux');
    expect(bundled).toBe(
      path.join(
        '/usr',
        'lib',
        'node_modules',
        'npm',
        'node_modules',
        'node-gyp',
        'bin',
        'node-gyp.js',
      ),
    );
    expect(bundledNodeGyp('C:\\nodejs\\node.exe', 'win32')).toMatch(/node-gyp\.js$/);
    expect(nodeGypCommand({}, '/usr/bin/node', 'linux', (p) => p === bundled)).toEqual({
      command: '/usr/bin/node',
      args: [bundled, 'rebuild', '--release'],
    });
  });

  it('falls back to npx when no node-gyp is on disk', () => {
    expect(
      nodeGypCommand({ npm_config_node_gyp: '/gone.js' }, '/bin/node', 'linux', nothing),
    ).toEqual({
      command: 'npx',
      args: ['--yes', 'node-gyp', 'rebuild', '--release'],
    });
    expect(nodeGypCommand({}, 'C:\\node.exe', 'win32', nothing).command).toBe('npx.cmd');
  });
});

describe('classifyNodeLoad', () => {
  it('recognises the Node build of better-sqlite3 in node_modules as not an Electron build', () => {
    const nodeBuild = path.join(
      appRoot,
      'node_modules',
      'better-sqlite3',
      'build',
      'Release',
      'better_sqlite3.node',
    );
    expect(classifyNodeLoad(loadInNode(nodeBuild), '150')).toBe('node');
  });

  it('accepts a build Node refuses for being made for Electron’s ABI, and nothing else', () => {
    const refusal = (abi: number) =>
      `The module '/x/better_sqlite3.node' was compiled against a different Node.js version using ` +
      `NODE_MODULE_VERSION ${abi}. This version of Node.js requires NODE_MODULE_VERSION 115.`;
    expect(classifyNodeLoad(refusal(150), '150')).toBe('electron');
    expect(classifyNodeLoad(refusal(140), '150')).toBe('other-abi');
    expect(classifyNodeLoad('loaded', '150')).toBe('node');
  });
});

describe('readElectronVersion', () => {
  it('reads the installed version from package.json without loading electron', () => {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(appRoot, 'node_modules', 'electron', 'package.json'), 'utf8'),
    ) as { version: string };
    expect(readElectronVersion(appRoot)).toBe(manifest.version);
  });
});

describe('ensureElectronNative', () => {
  it('does nothing when the Electron build is already there', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-native-'));
    try {
      fs.mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
      fs.writeFileSync(
        path.join(root, 'node_modules', 'electron', 'package.json'),
        JSON.stringify({ version: '45.5.0' }),
      );
      const target = electronNativeBindingFile(root, '45.5.0', 'linux', 'x64');
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, 'built');
      const log: string[] = [];
      expect(
        ensureElectronNative({
          appRoot: root,
          platform: 'linux',
          arch: 'x64',
          log: (l) => log.push(l),
        }),
      ).toBe(target);
      expect(log).toEqual([]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('says what to run when better-sqlite3 is not installed', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-native-'));
    try {
      fs.mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
      fs.writeFileSync(
        path.join(root, 'node_modules', 'electron', 'package.json'),
        JSON.stringify({ version: '45.5.0' }),
      );
      expect(() => ensureElectronNative({ appRoot: root, log: () => undefined })).toThrow(
        /npm install/,
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
