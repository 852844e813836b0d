import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { PACKAGED_WINDOW_ICON, windowIconOptions } from '../../src-main/app/window-icon';

const root = resolve(__dirname, '../..');
const build: Configuration = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).build;

const packaged = {
  platform: 'linux',
  isPackaged: true,
  resourcesPath: '/opt/Mending/resources',
  appPath: '/opt/Mending/resources/app.asar',
} as const;

describe('the window icon', () => {
  it('on Linux, packaged: the PNG electron-builder puts beside app.asar', () => {
    expect(windowIconOptions(packaged)).toEqual({
      icon: join('/opt/Mending/resources', PACKAGED_WINDOW_ICON),
    });
  });

  it('is put there by the packaging configuration, from the 512 px icon', () => {
    const extra = Array.isArray(build.extraResources) ? build.extraResources : [];
    expect(extra).toContainEqual({
      from: 'resources/icons/512x512.png',
      to: PACKAGED_WINDOW_ICON,
    });
    expect(existsSync(join(root, 'resources/icons/512x512.png'))).toBe(true);
  });

  it('on Linux, run with npm start: the 512 px PNG in resources/, which exists', () => {
    const options = windowIconOptions({ ...packaged, isPackaged: false, appPath: root });
    expect(options).toEqual({ icon: join(root, 'resources/icons/512x512.png') });
    expect(existsSync(String(options.icon))).toBe(true);
  });

  it.each(['darwin', 'win32'] as const)(
    'on %s: nothing, the icon built into the app is used',
    (platform) => {
      expect(windowIconOptions({ ...packaged, platform })).toEqual({});
    },
  );
});
