import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TodayScreen } from '../../../../src-renderer/features/today/TodayScreen';
import { renderWithFailing } from '../../failing-app';
import { useFixedClock } from '../../../helpers/fixed-clock';

afterEach(cleanup);

// The screen and the test agree on today whatever the real date, hour or zone.
useFixedClock();

const DAMAGED = 'Your data file is damaged.';

describe('Today when a read fails', () => {
  it('says when the person’s own emotion words could not be read', async () => {
    renderWithFailing(<TodayScreen />, { 'tag:list': DAMAGED });
    expect((await screen.findByRole('alert')).textContent).toBe(
      `Your own emotion words could not be read, so only the built-in ones are offered. ${DAMAGED}`,
    );
  });

  it('does not say "No habits yet" once a re-read of the habits has failed', async () => {
    const user = userEvent.setup();
    let isDamaged = false;
    renderWithFailing(<TodayScreen />, (channel) =>
      isDamaged && channel === 'habit:list' ? DAMAGED : undefined,
    );
    // Read once with no habits: the empty sentence is true then.
    await screen.findByText(/No habits yet/);

    // A save makes every screen read again; this time the habits cannot be read.
    isDamaged = true;
    const scale = screen.getByRole('group', { name: /^Mood/ });
    await user.click(within(scale).getByRole('radio', { name: '6' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(DAMAGED);
    await waitFor(() => expect(screen.queryByText(/No habits yet/)).toBeNull());
  });
});
