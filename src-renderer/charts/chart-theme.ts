import { useSyncExternalStore } from 'react';
import { CHART_PALETTES, type ChartPalette } from '../../src-main/shared/series/palette';

const DARK = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(DARK);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK).matches;
}

/**
 * The chart colours for the theme the system asks for now (the same palette the report prints in
 * its light form), re-rendering when the system's theme changes.
 */
export function useChartPalette(): ChartPalette {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  return CHART_PALETTES[dark ? 'dark' : 'light'];
}
