import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { JourneyScreen } from '../../../../src-renderer/features/journey/JourneyScreen';
import { currentTimeZone } from '../../../../src-renderer/app/clock';
import { addDays, dayOfInstant, instantOfWallTime } from '../../../../src-main/shared/calendar';
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
    // A first record forty days ago, so the month holds both stages.
    const zone = currentTimeZone();
    const first = addDays(dayOfInstant(new Date().toISOString(), zone), -40);
    const entry = await app.dispatch('mood:create', {
      occurredAt: instantOfWallTime(first, '20:30', zone),
      timeZone: zone,
      mood: 4,
    });
    expect(entry).toMatchObject({ ok: true });
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
    // The mood chart has both stages behind it.
    // Found afresh: while its numbers are read, the heading stands in a "Reading" frame.
    const mood = () => within(block).getByRole('heading', { name: 'Mood' }).closest('section');
    await waitFor(() => expect(mood()?.querySelectorAll('.stage-band')).toHaveLength(2));
    // Found afresh on each read: a new range draws a new chart.
    const timelineSummary = () =>
      within(block)
        .getByRole('heading', { name: 'Your stages over time' })
        .closest('section')
        ?.querySelector('.chart-summary')?.textContent;
    await waitFor(() =>
      expect(timelineSummary()).toBe(
        'Over the last month you were in Heal Yourself, then Decide (one move).',
      ),
    );
    await user.click(within(block).getByRole('radio', { name: 'Year' }));
    await waitFor(() =>
      expect(timelineSummary()).toBe(
        'Over the last year you were in Heal Yourself, then Decide (one move).',
      ),
    );
    expect(
      within(block).getByRole('link', { name: 'More charts in Insights' }).getAttribute('href'),
    ).toBe('#/insights');
    // The Journey keeps its own address: the range here is a quick look, not a place.
    expect(window.location.hash).not.toContain('range=');
  });
});
