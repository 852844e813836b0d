import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The oldest Electron major that still gets security fixes. Electron supports the latest three
 * stable majors (https://www.electronjs.org/docs/latest/tutorial/electron-timelines); on
 * 2026-11-30 the latest stable was 45 (45.0.0 released 2026-10-21, per the npm registry), so 43,
 * 44 and 45 were supported. A new major ships about every eight weeks: when one does, raise this
 * to (latest - 2), write the date you checked, and update package.json. Pinned here rather than
 * computed from today's date, so the test gives the same answer on any day and offline.
 */
const MIN_SUPPORTED_ELECTRON_MAJOR = 43;

const root = resolve(__dirname, '../..');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(resolve(root, path), 'utf8'));
}

function stringAt(value: unknown, ...keys: string[]): string {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || !(key in current)) {
      throw new Error(`No ${keys.join('.')} found.`);
    }
    current = (current as Record<string, unknown>)[key];
  }
  if (typeof current !== 'string') throw new Error(`${keys.join('.')} is not a string.`);
  return current;
}

/** The lowest major a simple range allows: `^45.5.0`, `~45.5.0`, `45.5.0`, `>=45.0.0`. */
function lowestMajorOf(range: string): number {
  const match = /^(?:\^|~|>=)?\s*(\d+)\.\d+\.\d+$/.exec(range.trim());
  if (!match) {
    throw new Error(
      `electron's range "${range}" is not a simple one (^x.y.z, ~x.y.z, x.y.z or >=x.y.z); ` +
        'keep it simple so its lowest major is plain to see.',
    );
  }
  return Number(match[1]);
}

describe('Electron is a supported major version', () => {
  it('reads simple ranges and refuses others', () => {
    expect(lowestMajorOf('^45.5.0')).toBe(45);
    expect(lowestMajorOf('~44.0.1')).toBe(44);
    expect(lowestMajorOf('43.1.2')).toBe(43);
    expect(lowestMajorOf('>=42.0.0')).toBe(42);
    expect(() => lowestMajorOf('*')).toThrow('not a simple one');
    expect(() => lowestMajorOf('^40 || ^45.0.0')).toThrow('not a simple one');
  });

  it('package.json allows no major older than the supported window', () => {
    const range = stringAt(readJson('package.json'), 'devDependencies', 'electron');
    expect(lowestMajorOf(range)).toBeGreaterThanOrEqual(MIN_SUPPORTED_ELECTRON_MAJOR);
  });

  it('the installed Electron is in the supported window', () => {
    const version = stringAt(readJson('node_modules/electron/package.json'), 'version');
    const major = Number(version.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(MIN_SUPPORTED_ELECTRON_MAJOR);
  });
});
