/*
 * What the About dialog says about the app's licence and the open-source components it ships.
 * tests/shared/open-source.test.ts checks each name and licence against the installed package's
 * own package.json, that every runtime dependency and Electron are listed, and that APP_LICENCE
 * is what package.json declares.
 */

/** The app's own licence, exactly as package.json's "license" field declares it. */
export const APP_LICENCE = 'UNLICENSED';

/** The same, said plainly: UNLICENSED means no licence is granted to anyone. */
export const APP_LICENCE_IN_WORDS =
  'All rights reserved: Mending’s own code is not offered under an open-source licence.';

export interface OpenSourceComponent {
  /** The npm package's name, as in its package.json. */
  readonly name: string;
  /** Its licence, as its package.json declares it (an SPDX identifier). */
  readonly licence: string;
  /** What the app uses it for, in a few plain words. */
  readonly usedFor: string;
}

/**
 * The components the app ships, in the About dialog's order. Each brings smaller packages of its
 * own, under their own open-source licences; these are the ones the app chose.
 */
export const OPEN_SOURCE_COMPONENTS: readonly OpenSourceComponent[] = [
  {
    name: 'electron',
    licence: 'MIT',
    usedFor: 'the desktop app around the page, with Chromium and Node.js inside it',
  },
  {
    name: 'better-sqlite3',
    licence: 'MIT',
    usedFor: 'the data file, with SQLite inside it (SQLite itself is in the public domain)',
  },
  { name: 'react', licence: 'MIT', usedFor: 'the screens' },
  { name: 'react-dom', licence: 'MIT', usedFor: 'the screens and the report' },
  { name: 'recharts', licence: 'MIT', usedFor: 'the charts on screen' },
  { name: 'd3-scale', licence: 'ISC', usedFor: 'the report’s charts' },
  { name: 'd3-shape', licence: 'ISC', usedFor: 'the report’s charts' },
  { name: 'd3-time', licence: 'ISC', usedFor: 'the report’s charts' },
  { name: 'zod', licence: 'MIT', usedFor: 'checking everything you type before it is saved' },
];

/**
 * The parts of the app whose bundles hold open-source packages, each with its own notices file:
 * the main process (React and d3 for the report) and the window (React, recharts and theirs).
 */
export const LICENCE_NOTICE_PARTS = ['main', 'window'] as const;
export type LicenceNoticePart = (typeof LICENCE_NOTICE_PARTS)[number];
