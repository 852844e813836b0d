// Builds better-sqlite3 for Electron's ABI into node_modules/.cache, leaving the Node build in
// node_modules/better-sqlite3 alone for the tests. Follows Electron's "Using Native Node Modules"
// guide: prebuild-install for Electron first, node-gyp against Electron's headers as a fallback.
// Run by `npm start`; can also be run alone: `node src-main/tooling/electron-native.mjs [--force]`.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/** Same path as src-main/app/native-binding.ts computes at run time (a test keeps them equal). */
export function electronNativeBindingFile(appRoot, electronVersion, platform, arch) {
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
 * The environment npm would give an install script building for Electron instead of Node. Any
 * `nodedir` is dropped: Debian's npm sets it to /usr, which would quietly build against Node's own
 * headers and produce a binary Electron refuses to load.
 */
export function electronBuildEnv(baseEnv, electronVersion, arch) {
  const env = Object.fromEntries(
    Object.entries(baseEnv).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'),
  );
  return {
    ...env,
    npm_config_runtime: 'electron',
    npm_config_target: electronVersion,
    npm_config_disturl: ELECTRON_HEADERS_URL,
    npm_config_arch: arch,
    npm_config_target_arch: arch,
  };
}

/** Where npm keeps its own copy of node-gyp, next to the Node that runs this script. */
export function bundledNodeGyp(nodePath, platform) {
  const prefix = platform === 'win32' ? dirname(nodePath) : join(dirname(nodePath), '..', 'lib');
  return join(prefix, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
}

/**
 * How to run node-gyp: the copy npm points scripts at, else npm's own copy, run directly with
 * Node so that no npm in between puts its config (such as `nodedir`) back into the environment;
 * npx only when neither exists.
 */
export function nodeGypCommand(env, nodePath, platform, exists) {
  const args = ['rebuild', '--release'];
  const script = [env.npm_config_node_gyp, bundledNodeGyp(nodePath, platform)].find(
    (candidate) => candidate !== undefined && candidate !== '' && exists(candidate),
  );
  if (script !== undefined) return { command: nodePath, args: [script, ...args] };
  return {
    command: platform === 'win32' ? 'npx.cmd' : 'npx',
    args: ['--yes', 'node-gyp', ...args],
  };
}

/**
 * What loading a build in plain Node says about it. An Electron build must fail to load here, with
 * Node naming the ABI it was built for; one that loads is a Node build in disguise.
 * Returns 'electron', 'node' or 'other-abi'.
 */
export function classifyNodeLoad(output, electronAbi) {
  if (output.trim() === 'loaded') return 'node';
  const match = /NODE_MODULE_VERSION (\d+)/.exec(output);
  if (match && electronAbi !== undefined && match[1] !== electronAbi) return 'other-abi';
  return 'electron';
}

function readElectronAbi(appRoot) {
  try {
    return readFileSync(join(appRoot, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Loads a native module in a child Node and reports what happened (see classifyNodeLoad). */
export function loadInNode(file) {
  const probe =
    'try { process.dlopen({ exports: {} }, process.argv[1]); process.stdout.write("loaded") }' +
    ' catch (error) { process.stdout.write(String(error.message)) }';
  const result = spawnSync(process.execPath, ['-e', probe, file], { encoding: 'utf8' });
  return `${result.stdout ?? ''}`;
}

/** Read from package.json, never by requiring 'electron' (which would try to download it). */
export function readElectronVersion(appRoot) {
  const manifest = JSON.parse(
    readFileSync(join(appRoot, 'node_modules', 'electron', 'package.json'), 'utf8'),
  );
  return String(manifest.version);
}

export function buildFailedMessage(electronVersion) {
  return (
    `Mending can't start: the database engine (better-sqlite3) couldn't be built for Electron ${electronVersion}, ` +
    'which needs an internet connection the first time (and a C++ build toolchain if no prebuilt copy fits): ' +
    'connect and run `npm start` again, or run `node src-main/tooling/electron-native.mjs` to see why.'
  );
}

export function wrongTargetMessage(electronVersion) {
  return (
    `Mending can't start: the database engine was built for Node instead of Electron ${electronVersion}, ` +
    "usually because npm's `nodedir` setting points at Node's headers: " +
    'unset it (`npm config delete nodedir`) and run `npm start` again.'
  );
}

/** Runs a build step; success is judged by the binary it leaves behind, not its exit code. */
function run(command, args, options) {
  spawnSync(command, args, {
    ...options,
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: command.endsWith('.cmd'),
  });
}

/**
 * Returns the Electron build of better-sqlite3, building it first when it is missing (or when
 * `force`). Throws an Error whose message is one sentence a person can act on.
 */
export function ensureElectronNative({
  appRoot,
  platform = process.platform,
  arch = process.arch,
  env = process.env,
  force = false,
  log = (line) => process.stdout.write(`${line}\n`),
}) {
  const electronVersion = readElectronVersion(appRoot);
  const target = electronNativeBindingFile(appRoot, electronVersion, platform, arch);
  if (existsSync(target) && !force) return target;

  const source = join(appRoot, 'node_modules', 'better-sqlite3');
  if (!existsSync(join(source, 'package.json'))) {
    throw new Error("Mending can't start: better-sqlite3 isn't installed: run `npm install`.");
  }
  log(`Building the database engine for Electron ${electronVersion} (only needed once)...`);
  const workRoot = mkdtempSync(join(tmpdir(), 'mending-electron-native-'));
  try {
    const workDir = join(workRoot, 'better-sqlite3');
    const nodeBuild = join(source, 'build');
    // The Node build must not come along: it would pass for the Electron one.
    cpSync(source, workDir, {
      recursive: true,
      filter: (path) => path !== nodeBuild && !path.startsWith(`${nodeBuild}${sep}`),
    });
    const buildEnv = electronBuildEnv(env, electronVersion, arch);
    const built = join(workDir, 'build', 'Release', 'better_sqlite3.node');

    if (buildEnv.npm_config_build_from_source !== 'true') {
      const prebuildInstall = createRequire(join(source, 'package.json')).resolve(
        'prebuild-install/bin.js',
      );
      run(
        process.execPath,
        [
          prebuildInstall,
          '--runtime',
          'electron',
          '--target',
          electronVersion,
          '--arch',
          arch,
          '--platform',
          platform,
        ],
        { cwd: workDir, env: buildEnv },
      );
    }
    if (!existsSync(built)) {
      const gyp = nodeGypCommand(buildEnv, process.execPath, platform, existsSync);
      run(
        gyp.command,
        [
          ...gyp.args,
          '--runtime=electron',
          `--target=${electronVersion}`,
          `--dist-url=${ELECTRON_HEADERS_URL}`,
          `--arch=${arch}`,
        ],
        { cwd: workDir, env: buildEnv },
      );
    }
    if (!existsSync(built)) throw new Error(buildFailedMessage(electronVersion));
    if (classifyNodeLoad(loadInNode(built), readElectronAbi(appRoot)) !== 'electron') {
      throw new Error(wrongTargetMessage(electronVersion));
    }

    mkdirSync(dirname(target), { recursive: true });
    // Copy then rename, so a half-written binary is never mistaken for a finished one.
    const partial = `${target}.${process.pid}.partial`;
    copyFileSync(built, partial);
    renameSync(partial, target);
    log(`Built ${relative(appRoot, target)}`);
    return target;
  } finally {
    rmSync(workRoot, { recursive: true, force: true });
  }
}

const isEntryPoint =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (isEntryPoint) {
  const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  try {
    ensureElectronNative({ appRoot, force: process.argv.includes('--force') });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
