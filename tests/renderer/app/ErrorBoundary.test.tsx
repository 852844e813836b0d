import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src-renderer/app/App';
import {
  APP_FAILED,
  RootErrorBoundary,
  SCREEN_FAILED,
} from '../../../src-renderer/app/ErrorBoundary';
import { renderWithApp } from '../render-app';

// One screen that fails to draw, as a bug would make it; every other screen is the real one.
vi.mock('../../../src-renderer/features/habits/HabitsScreen', () => ({
  HabitsScreen: () => {
    throw new Error('A bug in the Habits screen');
  },
}));

beforeEach(() => {
  // React reports a caught failure on the console; it is expected here, and kept out of the output.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.location.hash = '';
});

async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

function Broken(): never {
  throw new Error('Something outside the screens broke');
}

describe('a screen that fails to draw', () => {
  it('is replaced by a calm message, with the navigation still there', async () => {
    renderWithApp(<App />);
    await goTo('#/habits');
    const main = screen.getByRole('main');
    expect(
      await within(main).findByRole('heading', { level: 1, name: SCREEN_FAILED.title }),
    ).toBeTruthy();
    const alert = within(main).getByRole('alert');
    expect(alert.textContent).toContain('Everything you had already saved is safe');
    expect(alert.textContent).toContain('in the data file on this computer');
    // Nothing more is promised: what was typed and not saved may be gone.
    expect(alert.textContent).toContain('not saved yet may be lost');
    expect(within(main).getByRole('button', { name: SCREEN_FAILED.reload })).toBeTruthy();
    expect(
      within(main).getByRole('link', { name: SCREEN_FAILED.elsewhere }).getAttribute('href'),
    ).toBe('#/today');
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getAllByRole('link')).toHaveLength(9);
    expect(main.textContent).not.toMatch(/error|crash|fatal|!/i);
  });

  it('is left behind by going to another section, which draws as usual', async () => {
    renderWithApp(<App />);
    await goTo('#/habits');
    await screen.findByRole('heading', { level: 1, name: SCREEN_FAILED.title });
    await goTo('#/mood');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Mood'));
    expect(screen.queryByText(SCREEN_FAILED.saved)).toBeNull();
  });
});

describe('a failure outside the screens', () => {
  it('gets a calm page of its own, with Reload', () => {
    render(
      <RootErrorBoundary>
        <Broken />
      </RootErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: APP_FAILED.title })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain(
      'Everything you had already saved is safe: it is in the data file on this computer.',
    );
    expect(screen.getByRole('button', { name: APP_FAILED.reload })).toBeTruthy();
  });

  it('shows its children while nothing fails', () => {
    render(
      <RootErrorBoundary>
        <p>All well</p>
      </RootErrorBoundary>,
    );
    expect(screen.getByText('All well')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
