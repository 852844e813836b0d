// `npm start` (and `npm run dev`, which passes --dev): checks that Electron is really installed,
// makes sure the database engine is built for it, then hands over to electron-vite.
// Never `require('electron')` here: in Electron 45 that tries to download the binary when missing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';

export const MISSING_ELECTRON_MESSAGE =
  "Mending can't start: the Electron app binary isn't installed (npm install downloads it, and that needs an internet connection): " +
  'on a connected computer run `npx install-electron --no` or `npm install` again.';

export function missingOverrideMessage(overrideDir) {
  return (
    `Mending can't start: ELECTRON_OVERRIDE_DIST_PATH points at ${overrideDir}, which has no Electron app binary: ` +
    'unset it, or point it at an unpacked Electron release.'
  );
}

/** Where the electron package puts its binary inside dist/ when path.txt does not say. */
export function defaultExecutableName(platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

/**
 * Finds the Electron binary the way the electron package does (path.txt inside its folder, or
 * ELECTRON_OVERRIDE_DIST_PATH), without its download fallback. ELECTRON_EXEC_PATH, which
 * electron-vite honours, wins when set.
 * Returns `{ ok: true, path }` or `{ ok: false, message }`.
 */
export function findElectronBinary({ electronDir, env, platform, exists, readText }) {
  if (env.ELECTRON_EXEC_PATH) {
    return exists(env.ELECTRON_EXEC_PATH)
      ? { ok: true, path: env.ELECTRON_EXEC_PATH }
      : { ok: false, message: MISSING_ELECTRON_MESSAGE };
  }
  const pathFile = join(electronDir, 'path.txt');
  const executable = exists(pathFile) ? readText(pathFile).trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(
      env.ELECTRON_OVERRIDE_DIST_PATH,
      executable || defaultExecutableName(platform),
    );
    return exists(path)
      ? { ok: true, path }
      : { ok: false, message: missingOverrideMessage(env.ELECTRON_OVERRIDE_DIST_PATH) };
  }
  if (executable === '') return { ok: false, message: MISSING_ELECTRON_MESSAGE };
  const path = join(electronDir, 'dist', executable);
  return exists(path) ? { ok: true, path } : { ok: false, message: MISSING_ELECTRON_MESSAGE };
}

/**
 * The bin script of the installed package `name`, to run with this Node (the .bin shim is a .cmd
 * on Windows), as its package.json's `bin` names it.
 */
export function packageBinScript(appRoot, name) {
  const packageDir = join(appRoot, 'node_modules', name);
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name];
  return join(packageDir, bin);
}

/** electron-vite's own bin script. */
export function electronViteScript(appRoot) {
  return packageBinScript(appRoot, 'electron-vite');
}

/** One sentence, no stack trace; exitCode rather than exit() so the line is flushed first. */
function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}

function main(argv) {
  const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const isDev = argv.includes('--dev');

  const binary = findElectronBinary({
    electronDir: join(appRoot, 'node_modules', 'electron'),
    env: process.env,
    platform: process.platform,
    exists: existsSync,
    readText: (path) => readFileSync(path, 'utf8'),
  });
  if (!binary.ok) return fail(binary.message);

  try {
    ensureElectronNative({ appRoot });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }

  const child = spawn(process.execPath, [electronViteScript(appRoot), isDev ? 'dev' : 'preview'], {
    cwd: appRoot,
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_EXEC_PATH: binary.path },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) =>
    fail(`Mending can't start: electron-vite didn't run (${error.message}).`),
  );
  child.on('close', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

const isEntryPoint =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (isEntryPoint) main(process.argv.slice(2));
