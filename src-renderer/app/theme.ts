import { useEffect, useSyncExternalStore } from 'react';
import { useQuery } from '../api/use-query';
import type { ThemeChoice } from '../../src-main/shared/domain/settings';

/*
 * The theme on screen: Settings › Appearance's choice, written as `data-theme` on <html>, where
 * the stylesheets read it (styles.css: `color-scheme`, and every colour as light-dark()). The
 * charts, which draw colours from script, ask `useIsDark` here. This is the one place that asks
 * the system's `prefers-color-scheme`, for the choice "as the system is set".
 */

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

const listeners = new Set<() => void>();

/** The choice on the page now; 'system' until the settings are read (or if they can't be). */
function pageTheme(): ThemeChoice {
  const theme = document.documentElement.dataset['theme'];
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

/** Shows the page in `theme` at once, and tells everything drawn from script (the charts). */
export function applyThemeToPage(theme: ThemeChoice): void {
  if (document.documentElement.dataset['theme'] === theme) return;
  document.documentElement.dataset['theme'] = theme;
  for (const listener of listeners) listener();
}

function systemQuery(): MediaQueryList | undefined {
  return typeof window.matchMedia === 'function' ? window.matchMedia(SYSTEM_DARK) : undefined;
}

/** Whether the page is dark now: chosen dark, or following a system that is dark. */
export function isPageDark(): boolean {
  const theme = pageTheme();
  if (theme !== 'system') return theme === 'dark';
  return systemQuery()?.matches ?? false;
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  // "As the system is set" follows the system live, as the stylesheets do.
  const query = systemQuery();
  query?.addEventListener('change', onChange);
  return () => {
    listeners.delete(onChange);
    query?.removeEventListener('change', onChange);
  };
}

/** Whether the page is dark now, drawn again whenever the choice or the system's theme changes. */
export function useIsDark(): boolean {
  return useSyncExternalStore(subscribe, isPageDark, () => false);
}

/**
 * Keeps the page in the theme the settings hold: read at start and again after every change
 * (a choice in Settings, an import, a restore, Delete everything). Settings that can't be read
 * leave the page as it is.
 */
export function useThemeFromSettings(): void {
  const { data } = useQuery('settings:get', (api) => api.call('settings:get', {}));
  const theme = data?.theme;
  useEffect(() => {
    if (theme !== undefined) applyThemeToPage(theme);
  }, [theme]);
}
