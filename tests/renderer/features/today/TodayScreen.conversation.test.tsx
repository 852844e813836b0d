import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TodayScreen } from '../../../../src-renderer/features/today/TodayScreen';
import { renderWithApp } from '../../render-app';
import { useFixedClock } from '../../../helpers/fixed-clock';

afterEach(cleanup);

useFixedClock();

describe('Today’s conversation card', () => {
  it('welcomes contact with the ex, chosen or not, and links to a fresh form', async () => {
    renderWithApp(<TodayScreen />);
    const card = (await screen.findByRole('heading', { name: 'A conversation to log?' })).closest(
      'section',
    );
    if (!card) throw new Error('no card');
    expect(within(card).getByText(/^Practice counts/).textContent).toBe(
      'Practice counts, even a rehearsal on your own. Contact with your ex, chosen or not, belongs here too.',
    );
    // No hint that contact with the ex is only allowed when it cannot be avoided.
    expect(card.textContent).not.toMatch(/avoid|talked with someone/i);
    expect(
      within(card).getByRole('link', { name: 'Log a conversation' }).getAttribute('href'),
    ).toBe('#/communication?new=1');
  });
});
