import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HabitStrengthSection } from '../../../../src-renderer/features/insights/HabitStrengthSection';
import { useFixedClock } from '../../../helpers/fixed-clock';
import { YEAR } from '../../../helpers/year-of-practice';
import { renderWithFailing } from '../../failing-app';
import { createTestApp } from '../../render-app';
import { appWithYear, today } from './year-app';

afterEach(cleanup);
// A year of check-ins is read and drawn on a busy two-core machine.
configure({ asyncUtilTimeout: 10_000 });
useFixedClock();

describe('HabitStrengthSection over the real router', () => {
  it('offers a way to start a habit when there are none yet', async () => {
    createTestApp().render(<HabitStrengthSection range="month" today={today()} />);
    expect(
      await screen.findByText(
        'No habits yet. Each habit you start gets its own strength line here.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start a habit' }).getAttribute('href')).toBe(
      '#/habits',
    );
  });

  it('draws a year of four habits, the archived one named so, and hides a line on request', async () => {
    const app = await appWithYear();
    const { container } = app.render(<HabitStrengthSection range="year" today={today()} />);
    const picture = await screen.findByRole('img', {
      name: new RegExp(
        `^4 habits over the last year \\(1 archived\\); the steadiest now is ${YEAR.walk}, at \\d+% strength\\.$`,
      ),
    });
    expect(picture).toBeTruthy();
    // Four lines of 365 days fit within the cap, so each point is a day.
    expect(screen.getByText('Each point is one day.')).toBeTruthy();
    const legend = screen.getByRole('list', { name: 'Habit strength: lines shown' });
    const names = within(legend)
      .getAllByRole('button')
      .map((button) => button.textContent ?? '');
    expect(names.sort()).toEqual(
      [YEAR.walk, `${YEAR.phone} (to break)`, YEAR.swim, `${YEAR.journal} (archived)`].sort(),
    );
    const curves = () => container.querySelectorAll('.habit-strength-line .recharts-line-curve');
    // Recharts draws its lines once it has laid the chart out, just after the frame appears.
    await waitFor(() => expect(curves()).toHaveLength(4));
    fireEvent.click(within(legend).getByRole('button', { name: YEAR.swim }));
    await waitFor(() => expect(curves()).toHaveLength(3));
  });

  it('shows the archived habit only on the days it was active, in the table', async () => {
    const app = await appWithYear();
    app.render(<HabitStrengthSection range="year" today={today()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    const journal = headers.indexOf(`${YEAR.journal} (archived)`);
    expect(journal).toBeGreaterThan(0);
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.children[journal]?.textContent);
    // Active over its first three months (91 days, to the day it was archived), not after.
    const active = cells.filter((cell) => cell !== 'not active');
    expect(active.length).toBeGreaterThanOrEqual(90);
    expect(active.length).toBeLessThanOrEqual(92);
    expect(cells.at(-1)).toBe('not active');
    expect(cells[0]).toMatch(/^\d+%$/);
  });

  it('says why the chart could not be read, and never that there are no habits', async () => {
    renderWithFailing(<HabitStrengthSection range="month" today={today()} />, {
      'chart:habits': 'Your data file is damaged.',
    });
    // While it reads, it says so under the chart's heading, busy.
    expect(screen.getByText('Reading your entries…')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Habit strength' }).getAttribute('aria-busy')).toBe(
      'true',
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your habit strength could not be read, so no chart is shown for now. Your data file is damaged.',
    );
    expect(screen.queryByText(/No habits yet/)).toBeNull();
    expect(screen.queryByText('Reading your entries…')).toBeNull();
    expect(document.querySelector('.chart-summary')).toBeNull();
  });
});
