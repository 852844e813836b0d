import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { HabitsScreen } from '../../../../src-renderer/features/habits/HabitsScreen';
import { createTestApp } from '../../render-app';
import { renderWithFailing } from '../../failing-app';
import { useFixedClock } from '../../../helpers/fixed-clock';

afterEach(cleanup);

// The screen and the test agree on today whatever the real date, hour or zone.
useFixedClock();

const DAMAGED = 'Your data file is damaged.';

describe('Habits when a read fails', () => {
  it('shows why the list could not be read, and never "No habits yet"', async () => {
    renderWithFailing(<HabitsScreen />, { 'habit:list': DAMAGED });
    expect((await screen.findByRole('alert')).textContent).toBe(DAMAGED);
    expect(screen.queryByText('No habits yet')).toBeNull();
    // A new habit can still be tried.
    expect(screen.getByRole('button', { name: /Add habit/ })).toBeTruthy();
  });

  it('says when a habit’s check-ins could not be read, and not that its line has yet to start', async () => {
    const app = createTestApp();
    await app.dispatch('habit:create', {
      name: 'Walk outside',
      kind: 'build',
      targetCount: 1,
      period: 'day',
    });
    renderWithFailing(<HabitsScreen />, { 'habit:history': DAMAGED }, app);
    const card = await screen.findByRole('listitem', { name: 'Walk outside' });
    await userEvent.setup().click(within(card).getByRole('button', { name: 'Calendar' }));
    expect((await within(card).findByRole('alert')).textContent).toBe(
      `This habit’s check-ins could not be read, so the calendar shows no day as recorded. ${DAMAGED}`,
    );
    expect(within(card).queryByText(/Your strength line starts/)).toBeNull();
  });
});
