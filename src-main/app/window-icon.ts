import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowIconContext {
  readonly platform: NodeJS.Platform;
  readonly isPackaged: boolean;
  /** Electron's `process.resourcesPath`: the folder app.asar sits in, in a packaged app. */
  readonly resourcesPath: string;
  /** `app.getAppPath()`: the project folder when run with `npm start`. */
  readonly appPath: string;
}

/** The packaged copy of resources/icons/512x512.png (package.json: build.extraResources). */
export const PACKAGED_WINDOW_ICON = 'icon.png';

/**
 * The window's icon, for the window options. On Linux a window shows no icon of its own unless
 * it is given one (an AppImage run without desktop integration, or `npm start`), so it gets the
 * 512 px PNG: kept outside app.asar by electron-builder, read from resources/ in development. On
 * macOS and Windows the icon built into the app bundle or the .exe is used, so nothing is set.
 */
export function windowIconOptions(
  context: WindowIconContext,
): Pick<BrowserWindowConstructorOptions, 'icon'> {
  if (context.platform !== 'linux') return {};
  return {
    icon: context.isPackaged
      ? join(context.resourcesPath, PACKAGED_WINDOW_ICON)
      : join(context.appPath, 'resources', 'icons', '512x512.png'),
  };
}
