import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { dayOfInstant } from '../../../../src-main/shared/calendar';
import { currentTimeZone } from '../../../../src-renderer/features/mood/mood-form-state';
import { MoodScreen } from '../../../../src-renderer/features/mood/MoodScreen';
import { renderWithFailing } from '../../failing-app';
import { useFixedClock } from '../../../helpers/fixed-clock';

afterEach(cleanup);

// The screen and the test agree on today whatever the real date, hour or zone.
useFixedClock();

const DAMAGED = 'Your data file is damaged.';

describe('Mood screen when a read fails', () => {
  it('shows why the entries could not be read, and never that there are none', async () => {
    renderWithFailing(<MoodScreen />, { 'mood:list': DAMAGED });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(DAMAGED);
    // The form stays, so a new entry can still be tried; nothing claims the list is empty.
    expect(screen.getByRole('button', { name: 'Save entry' })).toBeTruthy();
    expect(screen.queryByText(/Nothing here yet/)).toBeNull();
    expect(screen.queryByText(/Your mood line begins with your first entry/)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Your entries' })).toBeNull();
  });

  it('says when the person’s own emotion words could not be read', async () => {
    renderWithFailing(<MoodScreen />, { 'tag:list': DAMAGED });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      `Your own emotion words could not be read, so only the built-in ones are offered. ${DAMAGED}`,
    );
    // The list itself was read: with no entries, its empty sentence is true and shown.
    expect(await screen.findByText(/Nothing here yet/)).toBeTruthy();
  });

  it('says when the calendar’s month could not be read', async () => {
    const user = userEvent.setup();
    const today = dayOfInstant(new Date().toISOString(), currentTimeZone());
    // The last 30 days (which end today) are read; any earlier month fails.
    renderWithFailing(<MoodScreen />, (channel, input) =>
      channel === 'mood:daily' && hasTo(input) && input.to < today ? DAMAGED : undefined,
    );
    await user.click(await screen.findByRole('tab', { name: 'Calendar' }));
    await user.click(screen.getByRole('button', { name: /Previous month/ }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      `This month’s entries could not be read, so its days show no moods. ${DAMAGED}`,
    );
  });
});

function hasTo(input: unknown): input is { to: string } {
  return (
    typeof input === 'object' && input !== null && 'to' in input && typeof input.to === 'string'
  );
}
