import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { JourneyScreen } from '../../../../src-renderer/features/journey/JourneyScreen';
import { useFixedClock } from '../../../helpers/fixed-clock';
import { createTestApp } from '../../render-app';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

useFixedClock();

describe('the Journey’s progress over time', () => {
  it('ends the overview with mood and its stage bands, and the timeline, over a range of its own', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    const moved = await app.dispatch('stage:move', { stage: 'decide', reason: 'Time to think' });
    expect(moved).toMatchObject({ ok: true });
    app.render(<JourneyScreen />);
    const block = await screen.findByRole('region', { name: 'Your progress over time' });
    // Last in the overview, below the stage history.
    const history = screen.getByRole('region', { name: 'Your stage changes' });
    expect(history.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const headings = () =>
      within(block)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent);
    await waitFor(() => expect(headings()).toEqual(['Mood', 'Your stages over time']));
    const timeline = within(block)
      .getByRole('heading', { name: 'Your stages over time' })
      .closest('section') as HTMLElement;
    await waitFor(() =>
      expect(timeline.querySelector('.chart-summary')?.textContent).toContain(
        'over the last month',
      ),
    );
    await user.click(within(block).getByRole('radio', { name: 'Year' }));
    await waitFor(() =>
      expect(timeline.querySelector('.chart-summary')?.textContent).toContain('over the last year'),
    );
    // The Journey keeps its own address: the range here is a quick look, not a place.
    expect(window.location.hash).not.toContain('range=');
  });
});
