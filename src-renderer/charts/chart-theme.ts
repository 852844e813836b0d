import { CHART_PALETTES, type ChartPalette } from '../../src-main/shared/series/palette';
import { useIsDark } from '../app/theme';

/**
 * The chart colours for the theme on screen (Settings › Appearance, or the system's when it
 * follows the system; the same palette the report prints in its light form), drawn again when
 * either changes.
 */
export function useChartPalette(): ChartPalette {
  return CHART_PALETTES[useIsDark() ? 'dark' : 'light'];
}
