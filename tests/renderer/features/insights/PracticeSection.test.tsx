import { cleanup, configure, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PracticeSection } from '../../../../src-renderer/features/insights/PracticeSection';
import { useFixedClock } from '../../../helpers/fixed-clock';
import { renderWithFailing } from '../../failing-app';
import { createTestApp } from '../../render-app';
import { appWithYear, today } from './year-app';

afterEach(cleanup);
// A year of entries is read and drawn on a busy two-core machine.
configure({ asyncUtilTimeout: 10_000 });
useFixedClock();

describe('PracticeSection over the real router', () => {
  it('says nothing was logged in the range, once, with a way to log some', async () => {
    createTestApp().render(<PracticeSection range="month" today={today()} />);
    expect(
      await screen.findByText(
        'No conversations or rehearsals were logged over the last month. Practice you log shows here by skill and by outcome.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Log a conversation or rehearsal' }).getAttribute('href'),
    ).toBe('#/communication');
  });

  it('draws a year by month, by skill and by outcome, with tables whose totals agree', async () => {
    const app = await appWithYear();
    app.render(<PracticeSection range="year" today={today()} />);
    // Calm logistics: 20 conversations and 26 contacts with the ex; listening, 41.
    const bySkill = await screen.findByRole('img', {
      name: /practised most: Calm logistics, 46 of 174 \(26%\)\.$/,
    });
    expect(bySkill).toBeTruthy();
    expect(screen.getAllByText('Each bar is one calendar month.')).toHaveLength(2);
    for (const button of screen.getAllByRole('button', { name: 'Show as table' })) {
      fireEvent.click(button);
    }
    const [skills, outcomes] = screen.getAllByRole('table');
    if (skills === undefined || outcomes === undefined) throw new Error('two tables expected');
    const totalRow = (table: HTMLElement) =>
      [...(within(table).getAllByRole('row').at(-1)?.children ?? [])].map((c) => c.textContent);
    const skillTotals = totalRow(skills);
    const outcomeTotals = totalRow(outcomes);
    expect(skillTotals[0]).toBe('Total');
    // The same entries are counted in both charts, so both totals agree, and the summary says it.
    expect(skillTotals.at(-1)).toBe(outcomeTotals.at(-1));
    const total = skillTotals.at(-1) ?? '';
    // A conversation or rehearsal every third day (122) and contact with the ex once a week (52):
    // practice counts every entry.
    expect(total).toBe('174');
    // Both summaries say the same count (under a thousand, so no digit grouping in any locale).
    expect(
      screen.getAllByText(`${total} conversations and rehearsals over the last year`, {
        exact: false,
      }),
    ).toHaveLength(2);
    // Rehearsals on one's own have no outcome; the table names them so.
    expect(
      within(outcomes)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toContain('No outcome given');
  });

  it('says why practice could not be read, and never that nothing was logged', async () => {
    renderWithFailing(<PracticeSection range="month" today={today()} />, {
      'chart:practice': 'Your data file is damaged.',
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your communication practice could not be read, so no chart is shown for now. Your data file is damaged.',
    );
    expect(screen.queryByText(/No conversations/)).toBeNull();
  });
});
