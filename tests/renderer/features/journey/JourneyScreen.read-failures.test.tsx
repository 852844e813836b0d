import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { JourneyScreen } from '../../../../src-renderer/features/journey/JourneyScreen';
import { useFixedClock } from '../../../helpers/fixed-clock';
import { renderWithFailing } from '../../failing-app';

afterEach(cleanup);
useFixedClock();

const BROKEN = 'The data file could not be read.';

describe('the Journey screen when a read fails', () => {
  it('says where the person is could not be read, and why, instead of an empty screen', async () => {
    renderWithFailing(<JourneyScreen />, { 'stage:list': BROKEN });
    expect((await screen.findByRole('alert')).textContent).toBe(
      `Where you are in your journey could not be read, so what is shown may be out of date, or missing. ${BROKEN}`,
    );
    // The parts stay reachable.
    expect(
      within(screen.getByRole('navigation', { name: 'Parts of your journey' })).getAllByRole(
        'link',
      ),
    ).toHaveLength(5);
  });

  it('says Where you are now could not be read, and shows the rest', async () => {
    renderWithFailing(<JourneyScreen />, { 'journey:overview': BROKEN });
    const where = await screen.findByRole('region', { name: 'Where you are now' });
    expect((await within(where).findByRole('alert')).textContent).toBe(
      `Where you are now could not be read, so it is not shown just now. ${BROKEN}`,
    );
    expect(within(where).queryByRole('listitem')).toBeNull();
    expect(screen.getByRole('form', { name: 'Change stage' })).toBeTruthy();
  });

  it('says the earlier answers could not be listed, and still offers the questions', async () => {
    renderWithFailing(<JourneyScreen />, { 'honest:list': BROKEN });
    const honest = await screen.findByRole('region', { name: 'An honest reflection' });
    expect((await within(honest).findByRole('alert')).textContent).toBe(
      `Your earlier answers could not be read, so they are not listed just now. ${BROKEN}`,
    );
    expect(within(honest).getByRole('form', { name: 'Honest reflection' })).toBeTruthy();
  });
});
