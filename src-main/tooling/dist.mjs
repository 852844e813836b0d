// `npm run dist [-- electron-builder options]`: builds the app, then packages it with
// electron-builder (configured in package.json's "build") into dist/, for this computer's system by
// default; `npm run dist -- --linux`, `--mac` or `--win` (with `--x64` or `--arm64`) asks for
// another. It needs an internet connection: electron-builder downloads Electron and its packaging
// tools, so it cannot run on our build machines.
//
// Why a script rather than `electron-vite build && electron-builder`: electron-builder rebuilds
// better-sqlite3 for Electron in place, in node_modules (npmRebuild), which would leave `npm test`
// with a binary plain Node cannot load. The Node build is put back afterwards, whether packaging
// worked or not, so the two builds stay apart as README's "Two builds of SQLite" promises.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { electronViteScript, packageBinScript } from './start.mjs';

/** Where better-sqlite3 keeps the addon it loads by default. */
export function nativeBuildDir(appRoot) {
  return join(appRoot, 'node_modules', 'better-sqlite3', 'build', 'Release');
}

/** The `.node` files in that folder, as they are now: path -> bytes. */
export function snapshotNativeBuild(dir) {
  const saved = new Map();
  if (!existsSync(dir)) return saved;
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.node')) saved.set(join(dir, name), readFileSync(join(dir, name)));
  }
  return saved;
}

/** Writes back every file of a snapshot whose bytes changed; returns how many were. */
export function restoreNativeBuild(saved) {
  let restored = 0;
  for (const [path, bytes] of saved) {
    if (existsSync(path) && readFileSync(path).equals(bytes)) continue;
    writeFileSync(path, bytes);
    restored += 1;
  }
  return restored;
}

/**
 * Runs `step` (which may rebuild better-sqlite3 in place) and puts the Node build back after it,
 * even when it fails. Returns what the step returned.
 */
export async function keepingNodeBuild(appRoot, step) {
  const saved = snapshotNativeBuild(nativeBuildDir(appRoot));
  try {
    return await step();
  } finally {
    if (restoreNativeBuild(saved) > 0) {
      process.stdout.write('Put back better-sqlite3 as built for Node, for `npm test`.\n');
    }
  }
}

/** electron-builder's own bin script. */
export function electronBuilderScript(appRoot) {
  return packageBinScript(appRoot, 'electron-builder');
}

export const DEB_NEEDS_HOMEPAGE =
  'Making the AppImage alone: a .deb needs the project\'s web page ("homepage" in package.json), ' +
  'which Mending does not have yet. Add it, and `npm run dist` makes the .deb too.';

/**
 * The electron-builder arguments for a run with `args`, on `platform`, for this `manifest`, and
 * the sentence to print when they differ. electron-builder refuses a .deb (and with it the whole
 * Linux run) without a project web page; rather than fail, a plain `npm run dist` on Linux makes
 * the AppImage and says why the .deb was left out. Targets the person named are passed on as they
 * are, so asking for a .deb by name still gets electron-builder's own refusal.
 * @param {readonly string[]} args the options given after `npm run dist --`
 * @param {string} platform process.platform
 * @param {{ homepage?: unknown, repository?: unknown }} manifest package.json
 * @returns {{ args: string[], note?: string }}
 */
export function builderArgs(args, platform, manifest) {
  const hasPage = manifest.homepage !== undefined || manifest.repository !== undefined;
  const names = (flag) => args.includes(flag);
  const forLinux = names('--linux') || (platform === 'linux' && !names('--mac') && !names('--win'));
  const linuxTargetsNamed = args.some(
    (arg, index) => args[index - 1] === '--linux' && !arg.startsWith('-'),
  );
  if (hasPage || !forLinux || linuxTargetsNamed) return { args: [...args] };
  const rest = args.filter((arg) => arg !== '--linux');
  return { args: ['--linux', 'AppImage', ...rest], note: DEB_NEEDS_HOMEPAGE };
}

/** Runs a Node script to its end; resolves with its exit code (1 if a signal ended it). */
function runNode(appRoot, args) {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: appRoot, stdio: 'inherit' });
    // Ctrl+C reaches the child too; wait for it to end so the Node build is always put back.
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      process.stderr.write(`Mending couldn't be packaged: ${error.message}\n`);
    });
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      done(code ?? (signal ? 1 : 0));
    });
  });
}

async function main(args) {
  const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const built = await runNode(appRoot, [electronViteScript(appRoot), 'build']);
  if (built !== 0) {
    process.exitCode = built;
    return;
  }
  const manifest = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8'));
  const builder = builderArgs(args, process.platform, manifest);
  if (builder.note !== undefined) process.stdout.write(`${builder.note}\n`);
  process.exitCode = await keepingNodeBuild(appRoot, () =>
    runNode(appRoot, [electronBuilderScript(appRoot), ...builder.args]),
  );
}

const isEntryPoint =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (isEntryPoint) await main(process.argv.slice(2));
