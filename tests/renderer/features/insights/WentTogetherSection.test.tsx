import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChartRange } from '../../../../src-main/shared/series/ranges';
import { addDays, instantOfWallTime } from '../../../../src-main/shared/calendar';
import { currentTimeZone, todayIn } from '../../../../src-renderer/app/clock';
import { formatCount, formatOneDecimal } from '../../../../src-renderer/app/day-format';
import { WentTogetherSection } from '../../../../src-renderer/features/insights/WentTogetherSection';
import { useFixedClock } from '../../../helpers/fixed-clock';
import { renderWithFailing } from '../../failing-app';
import { createTestApp } from '../../render-app';

afterEach(cleanup);

// The section and the test agree on today whatever the real date, hour or zone.
useFixedClock();

type App = ReturnType<typeof createTestApp>;

async function call(app: App, ...args: Parameters<App['dispatch']>) {
  const result = await app.dispatch(...args);
  expect(result.ok).toBe(true);
  return result;
}

function at(day: string, time: string) {
  return instantOfWallTime(day, time, currentTimeZone());
}

async function mood(app: App, day: string, value: number, tags: string[] = [], time = '09:00') {
  await call(app, 'mood:create', {
    occurredAt: at(day, time),
    timeZone: currentTimeZone(),
    mood: value,
    tags,
  });
}

async function contactWithEx(app: App, day: string) {
  await call(app, 'communication:create', {
    occurredAt: at(day, '08:00'),
    timeZone: currentTimeZone(),
    skill: 'calm_logistics',
    counterpart: 'co_parent',
    isContactWithEx: true,
    contactContext: 'co_parenting',
  });
}

async function habit(app: App, name: string): Promise<number> {
  const made = await app.dispatch('habit:create', {
    name,
    kind: 'build',
    targetCount: 1,
    period: 'day',
  });
  if (!made.ok) throw new Error(made.error.message);
  return (made.value as { id: number }).id;
}

/**
 * 15 days ending today: on the 8 even days (today among them) two entries of 6 and 8 (mean 7), a
 * walk and "hopeful"; on the 7 odd days one entry of 4, "Anxious" and contact with the ex. A
 * second habit, "Read", done only on the last two days.
 */
async function seedFifteenDays(app: App, today: string) {
  const walk = await habit(app, 'Walk 20 minutes');
  const read = await habit(app, 'Read');
  for (let i = 0; i < 15; i += 1) {
    const day = addDays(today, i - 14);
    if (i % 2 === 0) {
      await mood(app, day, 6, ['hopeful'], '08:00');
      await mood(app, day, 8, [], '08:30');
      await call(app, 'checkin:set', { habitId: walk, day, count: 1 });
    } else {
      await mood(app, day, 4, ['Anxious']);
      await contactWithEx(app, day);
    }
  }
  for (const day of [addDays(today, -1), today]) {
    await call(app, 'checkin:set', { habitId: read, day, count: 1 });
  }
}

/** The section under a range the test can change, as the Insights screen's picker does. */
function RangeSwitch({ today }: { readonly today: string }) {
  const [range, setRange] = useState<ChartRange>('month');
  return (
    <>
      <button type="button" onClick={() => setRange('week')}>
        Show a week
      </button>
      <WentTogetherSection range={range} today={today} />
    </>
  );
}

const one = formatOneDecimal;
const days = (n: number) => `${formatCount(n)} ${n === 1 ? 'day' : 'days'}`;

describe('What went together', () => {
  it('says what went together with both means and counts, by group, the largest difference first', async () => {
    const app = createTestApp();
    const today = todayIn(currentTimeZone());
    await seedFifteenDays(app, today);
    app.render(<WentTogetherSection range="month" today={today} />);
    const section = await screen.findByRole('region', { name: 'What went together' });
    expect(section.textContent).toContain(
      '“Went together” means two things happened on the same days.',
    );

    const habits = await within(section).findByRole('region', { name: 'Habits' });
    // Which days count is said before any number.
    expect(section.textContent).toContain(
      'A habit to build counts as not done on a day with nothing recorded',
    );
    expect(habits.textContent).toContain(
      'Doing “Walk 20 minutes” went together with a better mood.',
    );
    expect(habits.textContent).toContain(
      `On days you did “Walk 20 minutes”, your mood was ${one(7)} on average (${days(8)}); on days you did not, ${one(4)} (${days(7)}).`,
    );

    const emotions = within(section).getByRole('region', { name: 'Emotion words' });
    const lines = within(emotions)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.went-together-line')?.textContent);
    // Both differ by 3: the same size, so they follow the words' order.
    expect(lines).toEqual([
      'Naming “Anxious” went together with a lower mood.',
      'Naming “hopeful” went together with a better mood.',
    ]);

    const contact = within(section).getByRole('region', { name: 'Contact with your ex' });
    expect(contact.textContent).toContain(
      `On days with contact with your ex, your mood was ${one(4)} on average (${days(7)}); on days without, ${one(7)} (${days(8)}).`,
    );

    // "Read" has 2 days done and none not done: one quiet line, kindly, with no countdown.
    expect(section.textContent).toContain('Not enough days yet to compare these; each side needs');
    expect(section.textContent).toContain(`“Read”: ${days(2)} done, ${formatCount(0)} not done.`);
    expect(section.textContent).not.toMatch(/\b(caused?|because|improves?|boosts?)\b/i);
    expect(section.textContent).not.toMatch(/more days|to go|remaining|days left/i);
  });

  it('puts every number one click away, in a table', async () => {
    const app = createTestApp();
    const today = todayIn(currentTimeZone());
    await seedFifteenDays(app, today);
    app.render(<WentTogetherSection range="month" today={today} />);
    const section = await screen.findByRole('region', { name: 'What went together' });
    const summary = await within(section).findByText('Show the numbers');
    const details = summary.closest('details');
    expect(details?.open).toBe(false);
    fireEvent.click(summary);
    await waitFor(() => expect(details?.open).toBe(true));
    const table = within(section).getByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      [
        'What',
        'Days with',
        'Average mood with',
        'Days without',
        'Average mood without',
        'Difference',
      ],
      // By group as the page shows them; in each, the largest difference first.
      ['Doing “Walk 20 minutes”', formatCount(8), one(7), formatCount(7), one(4), `+${one(3)}`],
      ['Doing “Read”', formatCount(2), one(5.5), formatCount(0), '–', 'Not enough days yet'],
      ['Naming “Anxious”', formatCount(7), one(4), formatCount(8), one(7), `−${one(3)}`],
      ['Naming “hopeful”', formatCount(8), one(7), formatCount(7), one(4), `+${one(3)}`],
      ['Contact with your ex', formatCount(7), one(4), formatCount(8), one(7), `−${one(3)}`],
    ]);
  });

  it('says plainly when there are too few days, and leaves contact out when there was none', async () => {
    const app = createTestApp();
    const today = todayIn(currentTimeZone());
    for (let i = 1; i <= 4; i += 1) await mood(app, addDays(today, -i), 5, ['calm']);
    app.render(<WentTogetherSection range="week" today={today} />);
    const section = await screen.findByRole('region', { name: 'What went together' });
    await waitFor(() =>
      expect(section.textContent).toContain(
        'Nothing has enough days on both sides to compare yet.',
      ),
    );
    expect(section.textContent).toContain(`“calm”: ${days(4)} with, ${formatCount(0)} without.`);
    expect(section.textContent).not.toContain('Contact with your ex');
  });

  it('says when there is no mood to compare in the period', async () => {
    const app = createTestApp();
    const today = todayIn(currentTimeZone());
    app.render(<WentTogetherSection range="year" today={today} />);
    // settled: the first render, before any answer can have arrived.
    const section = screen.getByRole('region', { name: 'What went together' });
    expect(within(section).getByRole('status').textContent).toBe('Looking through your days…');
    await waitFor(() =>
      expect(section.textContent).toContain(
        'There are no mood entries in this period, so there is nothing to compare yet.',
      ),
    );
    expect(within(section).queryByRole('status')).toBeNull();
    expect(within(section).queryByRole('table')).toBeNull();
  });

  it('reads again when data changes, and for another range', async () => {
    const app = createTestApp();
    const today = todayIn(currentTimeZone());
    for (let i = 1; i <= 14; i += 1) await mood(app, addDays(today, -i), i <= 7 ? 3 : 7);
    for (let i = 1; i <= 6; i += 1) await contactWithEx(app, addDays(today, -i));
    app.render(<RangeSwitch today={today} />);
    const section = await screen.findByRole('region', { name: 'What went together' });
    await waitFor(() =>
      expect(section.textContent).toContain(
        `Contact with your ex: ${days(6)} with, ${formatCount(8)} without.`,
      ),
    );
    // A seventh day of contact (mood 3) makes the comparison: 7 days of 3 against 7 of 7.
    await app.api.call('communication:create', {
      occurredAt: at(addDays(today, -7), '08:00'),
      timeZone: currentTimeZone(),
      skill: 'calm_logistics',
      counterpart: 'co_parent',
      isContactWithEx: true,
      contactContext: 'co_parenting',
    });
    await waitFor(() =>
      expect(section.textContent).toContain(
        'Contact with your ex went together with a lower mood.',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show a week' }));
    await waitFor(() =>
      expect(section.textContent).not.toContain('Contact with your ex went together'),
    );
  });

  it('says it could not read, and shows nothing as if it were empty', async () => {
    const today = todayIn(currentTimeZone());
    renderWithFailing(<WentTogetherSection range="month" today={today} />, {
      'insight:list': 'The data file could not be read.',
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'What went together could not be read, so nothing is compared here for now. The data file could not be read.',
    );
    expect(screen.queryByText(/There are no mood entries/)).toBeNull();
  });
});
