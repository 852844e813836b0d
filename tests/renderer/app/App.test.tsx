import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src-renderer/app/App';
import { renderWithApp } from '../render-app';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

describe('the app shell', () => {
  it('opens on Today and offers every section the product will grow into', () => {
    renderWithApp(<App />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Today');
    const links = screen.getAllByRole('link').filter((a) => a.closest('nav'));
    expect(links.map((a) => a.textContent)).toEqual([
      'Today',
      'Mood',
      'Habits',
      'Communication',
      'Journey',
      'Insights',
      'Report',
      'Settings',
      'Support',
    ]);
    expect(links[0]?.getAttribute('aria-current')).toBe('page');
  });

  it('says what the app does with the data, and nothing it cannot promise', () => {
    renderWithApp(<App />);
    const sections = screen.getByRole('navigation', { name: 'Sections' });
    expect(sections.textContent).toMatch(/never sends anything/);
    // Saved reports, exports and backups are files a person can move: "everything stays" is untrue.
    expect(sections.textContent).not.toMatch(/stays on this computer/i);
    // Those files have no password either, and the note says who can read them.
    const filesNote =
      'Reports and exports you save are files you can move or share, not encrypted: anyone who ' +
      'can open your files can read them.';
    expect(sections.textContent).toContain(filesNote);
    // The same note at the foot of the page, where a narrow window shows it (tests/browser).
    expect(screen.getByRole('main').textContent).toContain(filesNote);
  });

  it('shows where the data lives on Settings, read from the main process', async () => {
    renderWithApp(<App />);
    await goTo('#/settings');
    expect(await screen.findByText(':memory:')).toBeTruthy();
    expect(screen.getByText(/makes no network connections/)).toBeTruthy();
  });
});
