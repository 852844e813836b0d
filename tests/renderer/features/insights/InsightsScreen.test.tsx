import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../src-renderer/app/App';
import {
  InsightsScreen,
  rangeFromHash,
} from '../../../../src-renderer/features/insights/InsightsScreen';
import { currentTimeZone } from '../../../../src-renderer/app/clock';
import { formatOneDecimal } from '../../../../src-renderer/app/day-format';
import { addDays, dayOfInstant, instantOfWallTime } from '../../../../src-main/shared/calendar';
import type { Channel } from '../../../../src-main/shared/ipc-channels';
import { useFixedClock } from '../../../helpers/fixed-clock';
import { renderWithFailing } from '../../failing-app';
import { createTestApp } from '../../render-app';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

useFixedClock();

/** Today where the screen is, whatever the zone the suite runs in. */
const todayHere = () => dayOfInstant(new Date().toISOString(), currentTimeZone());

async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

/** A chart's frame, by its heading. */
const frame = (title: string) =>
  screen.getByRole('heading', { name: title }).closest('section') as HTMLElement;
const summary = (title: string) => frame(title).querySelector('.chart-summary')?.textContent;

/** Mood (and hurt) at 20:30 on `offset` days from today, written through the real router. */
async function seedMood(
  dispatch: (channel: Channel, input: unknown) => Promise<unknown>,
  entries: readonly { offset: number; mood: number; hurt?: number }[],
) {
  const zone = currentTimeZone();
  for (const { offset, mood, hurt } of entries) {
    const result = await dispatch('mood:create', {
      occurredAt: instantOfWallTime(addDays(todayHere(), offset), '20:30', zone),
      timeZone: zone,
      mood,
      hurt: hurt ?? null,
    });
    expect(result).toMatchObject({ ok: true });
  }
}

describe('rangeFromHash', () => {
  it('reads the range from the address, and opens on a month for anything else', () => {
    expect(rangeFromHash('#/insights?range=week')).toBe('week');
    expect(rangeFromHash('#/insights?range=year')).toBe('year');
    expect(rangeFromHash('#/insights?range=all')).toBe('all');
    expect(rangeFromHash('#/insights')).toBe('month');
    expect(rangeFromHash('#/insights?range=decade')).toBe('month');
  });
});

describe('the Insights screen', () => {
  it('opens from the sidebar in place of "coming later", charts in order under one range', async () => {
    const app = createTestApp();
    app.render(<App />);
    await goTo('#/insights');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Insights');
    expect(screen.queryByText('Coming later')).toBeNull();
    await screen.findByRole('heading', { name: 'Your stages over time' });
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles.slice(0, 2)).toEqual(['Mood', 'How much it hurts']);
    expect(titles).toContain('Your stages over time');
    expect(screen.getByRole('radio', { name: 'Month' })).toHaveProperty('checked', true);
  });

  it('draws what was recorded, and says so in words over the chosen range, kept in the address', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    // Six evenings in the last week, the mood climbing from 3 to 8, the hurt easing from 8 to 3.
    await seedMood(
      app.dispatch,
      [-5, -4, -3, -2, -1, 0].map((offset, i) => ({ offset, mood: 3 + i, hurt: 8 - i })),
    );
    // And one evening eight months ago, which only the year and all time reach.
    await seedMood(app.dispatch, [{ offset: -240, mood: 2, hurt: 9 }]);
    window.location.hash = '#/insights';
    app.render(<InsightsScreen />);

    await waitFor(() => expect(summary('Mood')).toMatch(/^Your 7-day average rose from/));
    expect(summary('Mood')).toContain('over the last month');
    expect(summary('How much it hurts')).toBe(
      'How much it hurts, as you rated it, went down from about 8 to about 3 out of 10 over the last month.',
    );

    await user.click(screen.getByRole('radio', { name: 'Year' }));
    expect(window.location.hash).toBe('#/insights?range=year');
    await waitFor(() => expect(summary('Mood')).toContain('over the last year'));
    // The table holds the same numbers: the evening eight months ago is its first row.
    await user.click(within(frame('Mood')).getByRole('button', { name: 'Show as table' }));
    const rows = within(frame('Mood')).getAllByRole('row');
    expect(rows).toHaveLength(1 + 7);
    expect(rows[1]?.querySelectorAll('td')[0]?.textContent).toBe(formatOneDecimal(2));
  });

  it('reads again when an entry is saved anywhere, and follows the range given in the address', async () => {
    const app = createTestApp();
    window.location.hash = '#/insights?range=week';
    app.render(<InsightsScreen />);
    await waitFor(() =>
      expect(summary('Mood')).toBe(
        'No mood entries over the last week yet: the line begins with your first one.',
      ),
    );
    expect(screen.getByRole('radio', { name: 'Week' })).toHaveProperty('checked', true);
    await act(async () => {
      const zone = currentTimeZone();
      await app.api.call('mood:create', {
        occurredAt: instantOfWallTime(todayHere(), '09:00', zone),
        timeZone: zone,
        mood: 6,
        hurt: 4,
      });
    });
    await waitFor(() => expect(summary('Mood')).toMatch(/^You recorded your mood on 1 day/));
    await goTo('#/insights?range=quarter');
    await waitFor(() => expect(summary('Mood')).toContain('over the last three months'));
  });

  it('shows the stages behind the mood line and as a timeline, with the reason of each move', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    await seedMood(app.dispatch, [{ offset: -20, mood: 4 }]);
    const moved = await app.dispatch('stage:move', {
      stage: 'decide',
      reason: 'Ready to look at it honestly',
    });
    expect(moved).toMatchObject({ ok: true });
    window.location.hash = '#/insights';
    app.render(<InsightsScreen />);
    await waitFor(() =>
      expect(summary('Your stages over time')).toBe(
        'Over the last month you were in Heal Yourself, then Decide (one move).',
      ),
    );
    // Found once drawn: while its numbers are read, the heading stands in a "Reading" frame.
    const timeline = screen.getByRole('heading', { name: 'Your stages over time' });
    const section = timeline.closest('section') as HTMLElement;
    await user.click(within(section).getByRole('button', { name: 'Show as table' }));
    const cells = within(section)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelectorAll('td')[2]?.textContent);
    expect(cells).toEqual([
      'Where everyone starts, from your first record',
      'Ready to look at it honestly',
    ]);
    await waitFor(() => expect(frame('Mood').querySelectorAll('.stage-band')).toHaveLength(2));
  });
});

describe('the Insights screen when a read fails', () => {
  const BROKEN = 'The data file could not be read.';

  it('says which chart could not be read and why, and still shows the others', async () => {
    window.location.hash = '#/insights';
    renderWithFailing(<InsightsScreen />, { 'chart:hurt': BROKEN });
    // While it reads, each chart says so under its heading, busy, as every section does.
    for (const title of ['Mood', 'How much it hurts', 'Your stages over time', 'Habit strength']) {
      const region = screen.getByRole('region', { name: title });
      expect(region.getAttribute('aria-busy')).toBe('true');
      expect(within(region).getByText('Reading your entries…')).toBeTruthy();
    }
    expect((await screen.findByRole('alert')).textContent).toBe(
      `How much it hurts over this time could not be read, so its chart is not shown just now. ${BROKEN}`,
    );
    expect(await screen.findByRole('heading', { name: 'Mood' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'How much it hurts' })).toBeNull();
  });

  it('draws mood without the bands when the stages cannot be read, and says so', async () => {
    window.location.hash = '#/insights';
    renderWithFailing(<InsightsScreen />, { 'chart:stages': BROKEN });
    await screen.findByRole('heading', { name: 'Mood' });
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      `Your stages over this time could not be read, so the mood chart is shown without them. ${BROKEN}`,
      `Your stages over this time could not be read, so the timeline is not shown just now. ${BROKEN}`,
    ]);
    expect(frame('Mood').querySelectorAll('.stage-band')).toHaveLength(0);
  });
});
