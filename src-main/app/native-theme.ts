import type { NativeTheme } from 'electron';
import type { ApplyTheme } from '../services/ports';
import type { ThemeChoice } from '../shared/domain/settings';

/**
 * The person's theme choice applied to Electron: `nativeTheme.themeSource` makes the native menus,
 * dialogs and title bar follow it, and with them the page's `prefers-color-scheme` (the page also
 * sets its own `data-theme`, app/theme.ts, so it changes at once). A copy is kept (window-state.json)
 * so that the next start paints its first frame in these colours before the data file is open.
 */
export function createApplyTheme(
  nativeTheme: Pick<NativeTheme, 'themeSource'>,
  remember: (theme: ThemeChoice) => void,
): ApplyTheme {
  return (theme) => {
    nativeTheme.themeSource = theme;
    remember(theme);
  };
}
