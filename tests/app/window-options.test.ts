import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DARK_BACKGROUND,
  LIGHT_BACKGROUND,
  mainWindowOptions,
} from '../../src-main/app/window-options';

describe('mainWindowOptions', () => {
  it('is exactly the checked set of options: a new key (say enableBlinkFeatures) must be reviewed here', () => {
    // toStrictEqual on the whole object, so an extra key anywhere (top level or webPreferences)
    // fails this test instead of slipping past the checks below.
    expect(mainWindowOptions('/app/out/preload/index.cjs', { isPackaged: true })).toStrictEqual({
      title: 'Mending',
      width: 1280,
      height: 800,
      minWidth: 800,
      minHeight: 600,
      backgroundColor: LIGHT_BACKGROUND,
      show: false,
      webPreferences: {
        preload: '/app/out/preload/index.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        enableWebSQL: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        spellcheck: false,
        devTools: false,
      },
    });
  });

  it('differs between packaged and development builds only in devTools and the colour', () => {
    const packaged = mainWindowOptions('/p.cjs', { isPackaged: true });
    const dev = mainWindowOptions('/p.cjs', { isPackaged: false, prefersDark: true });
    expect(dev).toStrictEqual({
      ...packaged,
      backgroundColor: DARK_BACKGROUND,
      webPreferences: { ...packaged.webPreferences, devTools: true },
    });
  });

  const options = mainWindowOptions('/app/out/preload/index.cjs', { isPackaged: true });
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the page, with no Node anywhere', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and turns off everything that could load foreign content', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      safeDialogs: true,
    });
  });

  it('turns the spell checker off, since its dictionaries come from the network', () => {
    expect(prefs.spellcheck).toBe(false);
  });

  it('offers dev tools only when the app is not packaged', () => {
    expect(prefs.devTools).toBe(false);
    expect(mainWindowOptions('/p.cjs', { isPackaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('opens at 1280x800, never smaller than 800x600, hidden until the page is ready', () => {
    expect(options).toMatchObject({
      title: 'Mending',
      width: 1280,
      height: 800,
      minWidth: 800,
      minHeight: 600,
      show: false,
    });
  });

  it('paints the background in the colour scheme the person uses', () => {
    expect(options.backgroundColor).toBe(LIGHT_BACKGROUND);
    expect(
      mainWindowOptions('/p.cjs', { isPackaged: true, prefersDark: true }).backgroundColor,
    ).toBe(DARK_BACKGROUND);
  });
});

describe('mainWindowOptions with a restored place', () => {
  it('opens at the bounds it is given, keeping the minimum size', () => {
    const bounds = { x: -1200, y: 40, width: 1100, height: 700 };
    const options = mainWindowOptions('/p', { isPackaged: true, bounds });
    expect(options).toMatchObject({ ...bounds, minWidth: 800, minHeight: 600 });
  });

  it("paints the empty window in the page's own background, light and dark, so nothing flashes", () => {
    const css = readFileSync(join(__dirname, '../../src-renderer/styles.css'), 'utf8');
    const bg = /--bg:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(css);
    expect(bg, 'styles.css declares --bg as light-dark(light, dark)').not.toBeNull();
    expect([LIGHT_BACKGROUND, DARK_BACKGROUND]).toEqual([bg?.[1], bg?.[2]]);
  });
});
