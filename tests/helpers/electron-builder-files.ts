import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import {
  excludedExts,
  excludedNames,
  FileMatcher,
  getFileMatchers,
} from 'app-builder-lib/out/fileMatcher';
import type { Configuration, PlatformSpecificBuildOptions } from 'electron-builder';

/*
 * Which files electron-builder would put in the app, decided by electron-builder's own matcher
 * (app-builder-lib's FileMatcher: minimatch with `dot: true`, patterns read in order, the last one
 * that matches a path decides) with the patterns it adds to ours, copied from getMainFileMatchers
 * in node_modules/app-builder-lib/out/fileMatcher.js (26.x), which it does not export: our
 * package.json, no node_modules (it adds the production ones itself, one package at a time), not
 * the build resources folder nor the output folder, none of its always-excluded names and
 * extensions, and nothing that is copied beside the app instead (platformPackager.js). Packaging cannot run here (it downloads Electron), so this is what the tests check.
 */

export const ROOT = resolve(__dirname, '../..');

type Filter = ReturnType<FileMatcher['createFilter']>;
export type PlatformName = 'linux' | 'mac' | 'win';

const identity = (pattern: string) => pattern;

function stringPatterns(value: Configuration['files'], where: string): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((pattern) => {
    if (typeof pattern !== 'string') {
      throw new Error(`${where}: these tests read only glob strings, not { from, to } file sets.`);
    }
    return pattern;
  });
}

function platformOptions(config: Configuration, platform: PlatformName) {
  return (config[platform] ?? {}) satisfies PlatformSpecificBuildOptions;
}

/** The filter electron-builder applies to the project folder for the app's own files. */
export function appFilesFilter(config: Configuration, platform: PlatformName): Filter {
  const matcher = new FileMatcher(ROOT, '/app', identity, [
    ...stringPatterns(config.files, 'build.files'),
    ...stringPatterns(platformOptions(config, platform).files, `build.${platform}.files`),
  ]);
  const isOnlyExclusions = matcher.containsOnlyIgnore() || matcher.isEmpty();
  if (!isOnlyExclusions && !matcher.patterns.includes('package.json')) {
    matcher.addPattern('package.json');
  }
  const first: string[] = isOnlyExclusions ? ['**/*'] : [];
  const mentionsNodeModules = matcher.patterns.findIndex(
    (pattern) => !pattern.startsWith('!') && pattern.includes('node_modules'),
  );
  if (mentionsNodeModules !== -1) {
    matcher.patterns.splice(mentionsNodeModules, 0, '!**/node_modules/**');
  } else {
    first.push('!**/node_modules/**');
  }
  const buildResources = config.directories?.buildResources ?? 'build';
  if (!buildResources.startsWith('.')) first.push(`!${buildResources}{,/**/*}`);
  const output = config.directories?.output ?? 'dist';
  if (!output.startsWith('.')) first.push(`!${output}{,/**/*}`);
  let lastPermissive = 0;
  matcher.patterns.forEach((pattern, index) => {
    if (pattern.startsWith('**/')) lastPermissive = index + 1;
  });
  matcher.patterns.splice(lastPermissive, 0, ...first);
  matcher.addPattern(`!**/*.{${excludedExts},pdb}`);
  matcher.addPattern('!**/._*');
  matcher.addPattern('!**/electron-builder.{yaml,yml,json,json5,toml,ts}');
  matcher.addPattern(`!**/{${excludedNames}}`);
  matcher.addPattern('!.yarn{,/**/*}');
  matcher.addPattern('!.editorconfig');
  matcher.addPattern('!.yarnrc.yml');
  // A file copied beside the app (extraResources, extraFiles) is left out of the app itself.
  const copiedBeside: Parameters<FileMatcher['computeParsedPatterns']>[0] = [];
  for (const name of ['extraResources', 'extraFiles'] as const) {
    for (const extra of getFileMatchers(
      config,
      name,
      '/resources',
      matcherOptions(config, platform),
    ) ?? []) {
      extra.computeParsedPatterns(copiedBeside, ROOT);
    }
  }
  if (copiedBeside.length > 0) matcher.excludePatterns = copiedBeside;
  return matcher.createFilter();
}

function matcherOptions(config: Configuration, platform: PlatformName) {
  return {
    macroExpander: identity,
    customBuildOptions: platformOptions(config, platform),
    globalOutDir: join(ROOT, config.directories?.output ?? 'dist'),
    defaultSrc: ROOT,
  };
}

/**
 * The filter for files inside a production package in node_modules: electron-builder keeps only
 * the exclusions from `files` there (getNodeModuleFileMatcher), after an implicit `**\/*`.
 */
export function nodeModuleFilter(config: Configuration, platform: PlatformName): Filter {
  const exclusions = [
    ...stringPatterns(config.files, 'build.files'),
    ...stringPatterns(platformOptions(config, platform).files, `build.${platform}.files`),
  ].filter((pattern) => pattern.startsWith('!'));
  const matcher = new FileMatcher(ROOT, '/app', identity, exclusions);
  if (!matcher.isEmpty()) matcher.prependPattern('**/*');
  return matcher.isEmpty() ? () => true : matcher.createFilter();
}

/** The filter for what is left outside app.asar, or undefined when nothing is. */
export function asarUnpackFilter(
  config: Configuration,
  platform: PlatformName,
): Filter | undefined {
  const matchers = getFileMatchers(config, 'asarUnpack', '/app', matcherOptions(config, platform));
  return matchers?.[0]?.createFilter();
}

/**
 * Every file the app would hold, walked the way electron-builder walks (builder-util's walk):
 * a folder the filter refuses is not entered. Paths relative to the project, with `/`.
 */
export function includedProjectFiles(filter: Filter): string[] {
  const found: string[] = [];
  const queue = [ROOT];
  while (queue.length > 0) {
    const dir = queue.pop();
    if (dir === undefined) break;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (!filter(path, stat)) continue;
      if (stat.isDirectory()) queue.push(path);
      else found.push(relative(ROOT, path).split(sep).join('/'));
    }
  }
  return found.sort();
}

/** A plain file's stat, for asking the filter about a path that may not exist on this machine. */
export function aFileStat(): Stats {
  return lstatSync(join(ROOT, 'package.json'));
}

/** Whether the filter keeps `path` (relative to the project), as a file. */
export function keeps(filter: Filter, path: string): boolean {
  return filter(join(ROOT, path), aFileStat());
}
