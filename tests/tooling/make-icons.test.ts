import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode, toRGBA8 } from 'png2icons/lib/UPNG';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { iconFiles, makeIcons } from '../../src-main/tooling/make-icons.mjs';

/*
 * `npm run icons` draws resources/icon.svg with Debian's Chromium and packs the ICNS and ICO with
 * png2icons. Run here into a temporary folder, it must make every file packaging names, and what it
 * draws must match the committed files, so a changed drawing cannot ship with stale icons. Pixels
 * are compared with a small tolerance: another Chromium may smooth edges a little differently.
 */

const resources = fileURLToPath(new URL('../../resources', import.meta.url));
let made: string;
let written: string[] = [];

beforeAll(async () => {
  made = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-icons-'));
  fs.copyFileSync(path.join(resources, 'icon.svg'), path.join(made, 'icon.svg'));
  written = await makeIcons(made);
}, 60_000);
afterAll(() => fs.rmSync(made, { recursive: true, force: true }));

function rgba(file: string): { width: number; height: number; pixels: Uint8Array } {
  const bytes = fs.readFileSync(file);
  const image = decode(Uint8Array.from(bytes).buffer);
  return {
    width: image.width,
    height: image.height,
    pixels: new Uint8Array(toRGBA8(image)[0] ?? new ArrayBuffer(0)),
  };
}

describe('npm run icons', () => {
  it('writes every icon file packaging uses, and nothing else', () => {
    expect(written).toEqual(iconFiles());
    expect(iconFiles()).toEqual(
      expect.arrayContaining(['icons/16x16.png', 'icons/1024x1024.png', 'icon.icns', 'icon.ico']),
    );
    for (const file of written) expect(fs.statSync(path.join(made, file)).size).toBeGreaterThan(0);
    const committed = fs
      .readdirSync(path.join(resources, 'icons'))
      .map((name) => `icons/${name}`)
      .concat(['icon.icns', 'icon.ico']);
    expect([...written].sort()).toEqual(committed.sort());
  });

  it.each([16, 32, 64, 256, 1024])(
    'draws %i px the same as the committed file, within anti-aliasing',
    (size) => {
      const name = `icons/${size}x${size}.png`;
      const fresh = rgba(path.join(made, name));
      const kept = rgba(path.join(resources, name));
      expect({ width: fresh.width, height: fresh.height }).toEqual({ width: size, height: size });
      expect({ width: kept.width, height: kept.height }).toEqual({ width: size, height: size });
      let total = 0;
      for (let i = 0; i < fresh.pixels.length; i += 1) {
        total += Math.abs((fresh.pixels[i] ?? 0) - (kept.pixels[i] ?? 0));
      }
      // Mean difference per channel, 0 to 255: a changed shape or colour moves it far past 2.
      expect(total / fresh.pixels.length).toBeLessThan(2);
    },
  );
});

describe('npm run icons, when it cannot draw', () => {
  it('names the missing drawing, and writes nothing', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-icons-'));
    try {
      await expect(makeIcons(empty)).rejects.toThrow(`missing: ${path.join(empty, 'icon.svg')}`);
      expect(fs.readdirSync(empty)).toEqual([]);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('says where it looked for Chromium and how to point it at one, and writes nothing', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-icons-'));
    fs.copyFileSync(path.join(resources, 'icon.svg'), path.join(folder, 'icon.svg'));
    vi.stubEnv('CHROMIUM_PATH', path.join(folder, 'no-chromium-here'));
    try {
      await expect(makeIcons(folder)).rejects.toThrow(
        `no Chromium at ${path.join(folder, 'no-chromium-here')}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH`,
      );
      expect(fs.readdirSync(folder)).toEqual(['icon.svg']);
    } finally {
      vi.unstubAllEnvs();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
