/**
 * The colours every chart uses, in the app (light and dark, following the system's theme) and in
 * the report (always light, since it is printed), said once so the two always agree. Pure data.
 *
 * Rules they keep: mood steps darken steadily with the mood in the light theme (and lighten in the
 * dark one), so a grayscale print keeps the order; categorical colours (habit lines, skills) come
 * from the Okabe-Ito set, which stays distinct for the common kinds of colour blindness; hostile
 * contact is hatched as well as coloured, so it never rests on colour alone.
 */
import type { Stage } from '../domain/stages';
import type { Outcome, Tone } from '../domain/communication';
import type { MoodLevel } from './mood-levels';

export type Theme = 'light' | 'dark';

export interface ChartPalette {
  /** Text, axis and grid. */
  readonly ink: string;
  readonly muted: string;
  readonly axis: string;
  readonly grid: string;
  /** The main line (a rolling average) and the lighter marks behind it (each day's mean). */
  readonly line: string;
  readonly point: string;
  /** The colour of each mood step, step 1 first. */
  readonly moodLevels: Readonly<Record<MoodLevel, string>>;
  /** The text drawn on each mood step, so it always has enough contrast. */
  readonly moodLevelInk: Readonly<Record<MoodLevel, string>>;
  /** The bands behind a chart, one per stage. */
  readonly stages: Readonly<Record<Stage, string>>;
  readonly outcomes: Readonly<Record<Outcome | 'none', string>>;
  readonly tones: Readonly<Record<Tone | 'none', string>>;
  /** The stripe drawn over hostile contact. */
  readonly hatch: string;
  /** Lines for habits and bars for skills, in order; wraps round after the last. */
  readonly series: readonly string[];
}

export const CHART_PALETTES: Readonly<Record<Theme, ChartPalette>> = {
  light: {
    ink: '#24302d',
    muted: '#5c6360',
    axis: '#9a948d',
    grid: '#e4ded6',
    line: '#24564b',
    point: '#6ea597',
    moodLevels: { 1: '#d5eae3', 2: '#aed6ca', 3: '#82bcad', 4: '#3f7d6e', 5: '#24574b' },
    moodLevelInk: { 1: '#1f2d29', 2: '#1f2d29', 3: '#1f2d29', 4: '#ffffff', 5: '#ffffff' },
    stages: {
      heal_yourself: '#e3efeb',
      decide: '#f3eadf',
      apologize: '#ece6f1',
      take_it_slow: '#e2ebf3',
      heal_and_grow: '#e8f0dc',
    },
    outcomes: { resolved: '#24564b', partly: '#6ea597', not: '#e3c594', none: '#e8e3dc' },
    tones: {
      friendly: '#24564b',
      civil: '#6ea597',
      tense: '#e3c594',
      hostile: '#f6e4df',
      none: '#e8e3dc',
    },
    hatch: '#b0503e',
    series: [
      '#0072b2',
      '#d55e00',
      '#009e73',
      '#cc79a7',
      '#8a6d00',
      '#56b4e9',
      '#3d3d3d',
      '#e69f00',
    ],
  },
  dark: {
    ink: '#ece6df',
    muted: '#b0a69c',
    axis: '#8a8077',
    grid: '#3a3532',
    line: '#9ad3c4',
    point: '#5da392',
    moodLevels: { 1: '#253d37', 2: '#2c5249', 3: '#35695d', 4: '#5da392', 5: '#a3dccd' },
    moodLevelInk: { 1: '#ece6df', 2: '#ece6df', 3: '#ece6df', 4: '#13201c', 5: '#13201c' },
    stages: {
      heal_yourself: '#233531',
      decide: '#3a3126',
      apologize: '#322b3a',
      take_it_slow: '#25303b',
      heal_and_grow: '#2d3524',
    },
    outcomes: { resolved: '#9ad3c4', partly: '#5da392', not: '#c9a66b', none: '#7a716a' },
    tones: {
      friendly: '#9ad3c4',
      civil: '#5da392',
      tense: '#c9a66b',
      hostile: '#4a2c27',
      none: '#7a716a',
    },
    hatch: '#e58f82',
    series: [
      '#56b4e9',
      '#e69f00',
      '#3fc4a0',
      '#e49ac4',
      '#f0e442',
      '#9fb8ff',
      '#d0ccc6',
      '#ff9d6b',
    ],
  },
};

/** The colour of the `index`th habit line or skill, wrapping round the set. */
export function seriesColour(palette: ChartPalette, index: number): string {
  const { series } = palette;
  return series[((index % series.length) + series.length) % series.length] ?? palette.line;
}
