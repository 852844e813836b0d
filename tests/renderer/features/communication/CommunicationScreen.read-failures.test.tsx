import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CommunicationScreen } from '../../../../src-renderer/features/communication/CommunicationScreen';
import { renderWithFailing } from '../../failing-app';
import { useFixedClock } from '../../../helpers/fixed-clock';

afterEach(cleanup);

// The screen and the test agree on today whatever the real date, hour or zone.
useFixedClock();

const DAMAGED = 'Your data file is damaged.';

describe('Communication when a read fails', () => {
  it('shows why the list could not be read, and no sentence about it being empty', async () => {
    renderWithFailing(<CommunicationScreen />, { 'communication:list': DAMAGED });
    expect((await screen.findByRole('alert')).textContent).toBe(DAMAGED);
    expect(screen.queryByText(/Nothing here yet/)).toBeNull();
    expect(screen.queryByText(/None since/)).toBeNull();
    expect(screen.queryByText(/^Since /)).toBeNull();
    expect(screen.queryByText(/match these filters/)).toBeNull();
  });

  it('says when the ties with the ex from Settings could not be read', async () => {
    renderWithFailing(<CommunicationScreen />, { 'settings:get': DAMAGED });
    expect((await screen.findByRole('alert')).textContent).toBe(
      `Your ties with your ex (from Settings) could not be read, so the form does not suggest what brought contact about. ${DAMAGED}`,
    );
    // The list was read: with nothing in it, its empty sentence is true and shown.
    expect(await screen.findByText(/Nothing here yet/)).toBeTruthy();
  });
});
