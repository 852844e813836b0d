import { join } from 'node:path';

/** Where `npm start` keeps better-sqlite3 built for Electron (see src-main/tooling/electron-native.mjs). */
export function electronNativeBindingFile(
  appRoot: string,
  electronVersion: string,
  platform: string,
  arch: string,
): string {
  return join(
    appRoot,
    'node_modules',
    '.cache',
    'mending-electron',
    `${electronVersion}-${platform}-${arch}`,
    'better_sqlite3.node',
  );
}

/**
 * The better-sqlite3 binary to load, or undefined for the default one. The copy in node_modules is
 * built for Node (tests use it); Electron has its own ABI and needs the copy `npm start` builds.
 */
export function nativeBindingPath(
  appRoot: string,
  versions: { readonly electron?: string | undefined },
  platform: string,
  arch: string,
  exists: (path: string) => boolean,
): string | undefined {
  if (versions.electron === undefined || versions.electron === '') return undefined;
  const file = electronNativeBindingFile(appRoot, versions.electron, platform, arch);
  return exists(file) ? file : undefined;
}
