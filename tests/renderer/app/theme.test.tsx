import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src-renderer/app/App';
import { applyThemeToPage, isPageDark, useIsDark } from '../../../src-renderer/app/theme';
import { useChartPalette } from '../../../src-renderer/charts/chart-theme';
import { CHART_PALETTES } from '../../../src-main/shared/series/palette';
import { createTestApp } from '../render-app';

/** A stand-in for the system's dark-mode setting, which jsdom does not have. */
function fakeSystem(isDark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return isDark;
    },
    media: '(prefers-color-scheme: dark)',
    addEventListener: (_: 'change', listener: () => void) => listeners.add(listener),
    removeEventListener: (_: 'change', listener: () => void) => listeners.delete(listener),
  };
  window.matchMedia = ((media: string) => {
    if (media !== query.media) throw new Error(`Unexpected media query ${media}`);
    return query;
  }) as unknown as typeof window.matchMedia;
  return {
    set(next: boolean) {
      isDark = next;
      act(() => listeners.forEach((listener) => listener()));
    },
    listeners,
  };
}

const html = () => document.documentElement;
// The page's own matchMedia (jsdom has none), put back after each test: in the other time zones'
// runs the window is shared with the files that follow, whose charts ask other media queries.
// Assigned back, not deleted: the test window's own properties cannot be deleted.
const systemMatchMedia = window.matchMedia;

beforeEach(() => {
  delete html().dataset['theme'];
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
  delete html().dataset['theme'];
  window.matchMedia = systemMatchMedia;
});

function DarkProbe() {
  const isDark = useIsDark();
  const palette = useChartPalette();
  return (
    <p data-testid="probe">
      {isDark ? 'dark' : 'light'}{' '}
      {palette === CHART_PALETTES.dark ? 'dark-palette' : 'light-palette'}
    </p>
  );
}

describe('the theme on the page', () => {
  it('follows the system while the choice is "as the system is set", live', () => {
    const system = fakeSystem(true);
    render(<DarkProbe />);
    expect(screen.getByTestId('probe').textContent).toBe('dark dark-palette');
    system.set(false);
    expect(screen.getByTestId('probe').textContent).toBe('light light-palette');
  });

  it('shows a chosen theme whatever the system says, and the system again when asked', () => {
    const system = fakeSystem(true);
    render(<DarkProbe />);
    act(() => applyThemeToPage('light'));
    expect(html().dataset['theme']).toBe('light');
    expect(screen.getByTestId('probe').textContent).toBe('light light-palette');
    system.set(true);
    expect(screen.getByTestId('probe').textContent).toBe('light light-palette');

    system.set(false);
    act(() => applyThemeToPage('dark'));
    expect(screen.getByTestId('probe').textContent).toBe('dark dark-palette');
    act(() => applyThemeToPage('system'));
    expect(isPageDark()).toBe(false);
    expect(screen.getByTestId('probe').textContent).toBe('light light-palette');
  });

  it('stops listening to the system when nothing shows a chart', () => {
    const system = fakeSystem(false);
    const { unmount } = render(<DarkProbe />);
    expect(system.listeners.size).toBeGreaterThan(0);
    unmount();
    expect(system.listeners.size).toBe(0);
  });
});

describe('the app keeps the page in the stored theme', () => {
  it('shows the stored choice at start, and a change made anywhere at once', async () => {
    fakeSystem(false);
    const app = createTestApp();
    expect(await app.api.call('settings:update', { theme: 'dark' })).toMatchObject({ ok: true });
    app.render(<App />);
    await waitFor(() => expect(html().dataset['theme']).toBe('dark'));
    // Changed elsewhere (an import, a restore, another card): the page follows.
    await act(async () => {
      await app.api.call('settings:update', { theme: 'light' });
    });
    await waitFor(() => expect(html().dataset['theme']).toBe('light'));
  });
});

describe('Settings › Appearance', () => {
  it('shows the choice at once and keeps it', async () => {
    fakeSystem(false);
    const app = createTestApp();
    app.render(<App />);
    await act(async () => {
      window.location.hash = '#/settings';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    const group = await screen.findByRole('group', { name: 'Show Mending' });
    const system = await screen.findByRole('radio', { name: 'As the system is set' });
    expect((system as HTMLInputElement).checked).toBe(true);
    expect(group.textContent).toContain('Light');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(html().dataset['theme']).toBe('dark');
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: 'Dark' }) as HTMLInputElement).checked).toBe(true),
    );
    expect(await app.api.call('settings:get', {})).toMatchObject({
      ok: true,
      value: { theme: 'dark' },
    });
    await user.click(screen.getByRole('radio', { name: 'As the system is set' }));
    await waitFor(async () =>
      expect(await app.api.call('settings:get', {})).toMatchObject({ value: { theme: 'system' } }),
    );
    expect(html().dataset['theme']).toBe('system');
  });
});

/** Every stylesheet and script of the renderer. */
function rendererFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return rendererFiles(full);
    return /\.(css|ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('the stylesheets', () => {
  const root = join(import.meta.dirname, '../../../src-renderer');

  it('ask the system for dark mode in one place only, so a chosen theme wins everywhere', () => {
    const asking = rendererFiles(root)
      .filter((file) => readFileSync(file, 'utf8').includes('prefers-color-scheme'))
      .map((file) => relative(root, file));
    expect(asking).toEqual(['app/theme.ts']);
  });

  it('set the colour scheme from the choice on <html>, which light-dark() colours follow', () => {
    const css = readFileSync(join(root, 'styles.css'), 'utf8').replace(/\s+/g, ' ');
    expect(css).toContain(":root[data-theme='light'] { color-scheme: light; }");
    expect(css).toContain(":root[data-theme='dark'] { color-scheme: dark; }");
    expect(css).toMatch(/--bg: light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\);/);
  });
});
