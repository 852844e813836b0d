import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HabitsScreen } from '../../../../src-renderer/features/habits/HabitsScreen';
import { renderWithFailing } from '../../failing-app';
import { useFixedClock } from '../../../helpers/fixed-clock';

afterEach(cleanup);

// The screen and the test agree on today whatever the real date, hour or zone.
useFixedClock();

describe('Habits when the list cannot be read', () => {
  it('shows why, and never "No habits yet"', async () => {
    renderWithFailing(<HabitsScreen />, { 'habit:list': 'Your data file is damaged.' });
    expect((await screen.findByRole('alert')).textContent).toBe('Your data file is damaged.');
    expect(screen.queryByText('No habits yet')).toBeNull();
    // A new habit can still be tried.
    expect(screen.getByRole('button', { name: /Add habit/ })).toBeTruthy();
  });
});
