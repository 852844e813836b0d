import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src-renderer/app/App';
import { SECTIONS } from '../../../src-renderer/app/sections';
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

/** The screen's message line (Settings has status lines of its own, inside its cards). */
const message = () => document.querySelector('.undo-line [role="status"]');

describe('the Undo message', () => {
  it('stays with the screen where it happened: another screen never shows it or its Undo', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<App />);
    const scale = await screen.findByRole('group', { name: /^Mood/ });
    await user.click(within(scale).getByRole('radio', { name: '6' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(message()?.textContent).toContain('Mood 6 saved'));

    for (const section of ['mood', 'habits', 'communication', 'report', 'settings']) {
      await goTo(`#/${section}`);
      await screen.findByRole('heading', { level: 1 });
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
      expect(message()?.textContent ?? '').not.toContain('Mood 6 saved');
    }
    // Back on Today the offer is gone too: it belonged to that moment, and the entry stays.
    await goTo('#/today');
    await screen.findByRole('group', { name: /^Mood/ });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(db.prepare('SELECT COUNT(*) FROM mood_entries').pluck().get()).toBe(1);
  });

  it('has its line in the flow under the heading of every screen that can offer one', async () => {
    renderWithApp(<App />);
    for (const { id } of SECTIONS) {
      // Support changes nothing, so it has nothing to undo.
      if (id === 'insights' || id === 'report' || id === 'support') continue;
      await goTo(`#/${id}`);
      const heading = await screen.findByRole('heading', { level: 1 });
      const line = screen.getByRole('main').querySelector('.undo-line');
      expect(line, id).not.toBeNull();
      // After the heading in the page's order, and inside the screen, not floating over it.
      expect(heading.compareDocumentPosition(line as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
      expect(heading.closest('section')?.contains(line)).toBe(true);
    }
  });
});
