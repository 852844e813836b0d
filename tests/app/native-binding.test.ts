import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBindingFile, nativeBindingPath } from '../../src-main/app/native-binding';
import { electronNativeBindingFile as toolingBindingFile } from '../../src-main/tooling/electron-native.mjs';

const root = path.join(path.sep, 'home', 'me', 'mending');
const expected = path.join(
  root,
  'node_modules',
  '.cache',
  'mending-electron',
  '45.5.0-linux-x64',
  'better_sqlite3.node',
);

describe('nativeBindingPath', () => {
  it('points Electron at the copy built for it when that copy exists', () => {
    const seen: string[] = [];
    const exists = (file: string) => {
      seen.push(file);
      return true;
    };
    expect(nativeBindingPath(root, { electron: '45.5.0' }, 'linux', 'x64', exists)).toBe(expected);
    expect(seen).toEqual([expected]);
  });

  it('leaves better-sqlite3 to find its own binary when the Electron copy is missing', () => {
    expect(
      nativeBindingPath(root, { electron: '45.5.0' }, 'linux', 'x64', () => false),
    ).toBeUndefined();
  });

  it('leaves plain Node (the tests) on the Node build', () => {
    expect(nativeBindingPath(root, {}, 'linux', 'x64', () => true)).toBeUndefined();
  });

  it('looks where the npm start tooling builds it, for every platform', () => {
    for (const [platform, arch] of [
      ['linux', 'x64'],
      ['darwin', 'arm64'],
      ['win32', 'x64'],
    ] as const) {
      expect(electronNativeBindingFile(root, '45.5.0', platform, arch)).toBe(
        toolingBindingFile(root, '45.5.0', platform, arch),
      );
    }
  });
});
