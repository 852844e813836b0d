import { cleanup, configure, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ContactToneSection } from '../../../../src-renderer/features/insights/ContactToneSection';
import { useFixedClock } from '../../../helpers/fixed-clock';
import { renderWithFailing } from '../../failing-app';
import { createTestApp } from '../../render-app';
import { appWithYear, today } from './year-app';

afterEach(cleanup);
// A year of entries is read and drawn on a busy two-core machine.
configure({ asyncUtilTimeout: 10_000 });
useFixedClock();

describe('ContactToneSection over the real router', () => {
  it('says neutrally that there was no contact, with nothing to press', async () => {
    createTestApp().render(<ContactToneSection range="month" today={today()} />);
    expect(
      await screen.findByText('There was no contact with your ex over the last month.'),
    ).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says a year of contact has become calmer, with a table of tones by month', async () => {
    const app = await appWithYear();
    app.render(<ContactToneSection range="year" today={today()} />);
    expect(
      await screen.findByRole('img', {
        name: /^Contact has become calmer over the last year: \d+ of \d+ \(\d+%\) contacts in the later half were friendly or civil, against \d+ of \d+ \(\d+%\) in the earlier half\.$/,
      }),
    ).toBeTruthy();
    expect(screen.getByText('Each bar is one calendar month.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Month', 'Friendly', 'Civil', 'Tense', 'Hostile', 'Total']);
    // About one contact a week: 52 or 53 in a year.
    const total = within(table).getAllByRole('row').at(-1)?.lastElementChild?.textContent;
    expect(['52', '53']).toContain(total);
  });

  it('says why contact could not be read, and never that there was none', async () => {
    renderWithFailing(<ContactToneSection range="month" today={today()} />, {
      'chart:contact': 'Your data file is damaged.',
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your contact with your ex could not be read, so no chart is shown for now. Your data file is damaged.',
    );
    expect(screen.queryByText(/no contact/)).toBeNull();
  });
});
