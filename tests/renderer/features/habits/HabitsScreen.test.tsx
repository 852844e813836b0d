import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../../src-main/shared/calendar';
import { trendPoints } from '../../../../src-renderer/features/habits/HabitHistory';
import { HabitsScreen } from '../../../../src-renderer/features/habits/HabitsScreen';
import {
  currentTimeZone,
  longDay,
  todayIn,
} from '../../../../src-renderer/features/habits/habit-dates';
import { createTestApp, renderWithApp } from '../../render-app';
import { useFixedClock } from '../../../helpers/fixed-clock';

afterEach(cleanup);
// Each change reloads the list and the open calendar; on a busy two-core machine that can take
// longer than the default second.
configure({ asyncUtilTimeout: 5000 });

type Db = ReturnType<typeof renderWithApp>['db'];
type User = ReturnType<typeof userEvent.setup>;

const today = () => todayIn(currentTimeZone());

function checkins(db: Db) {
  return db
    .prepare<[], { day: string; count: number | null; is_skip: number; note: string | null }>(
      'SELECT day, count, is_skip, note FROM habit_checkins ORDER BY habit_id, day',
    )
    .all();
}

async function addHabit(
  user: User,
  habit: { name: string; kind?: 'Build' | 'Break'; target?: string; period?: 'day' | 'week' },
) {
  const form = screen.getByRole('form', { name: 'New habit' });
  await user.type(within(form).getByLabelText('Name'), habit.name);
  if (habit.kind)
    await user.click(within(form).getByRole('radio', { name: new RegExp(habit.kind) }));
  if (habit.target !== undefined) {
    const target = within(form).getByRole('spinbutton');
    await user.clear(target);
    await user.type(target, habit.target);
  }
  if (habit.period) await user.selectOptions(within(form).getByLabelText('Per'), habit.period);
  await user.click(within(form).getByRole('button', { name: 'Add habit' }));
  return screen.findByRole('listitem', { name: habit.name });
}

const strengthOf = (card: HTMLElement) =>
  within(card)
    .getByRole('meter', { name: /^Strength / })
    .getAttribute('aria-valuetext');
/** The card's line about how the habit has gone lately (days kept, weeks met). */
const keptOf = (card: HTMLElement) => card.querySelector('.habit-kept')?.textContent;

// The screen and the test agree on today whatever the real date, hour or zone.
useFixedClock();

describe('Habits screen', () => {
  it('starts empty, names the problem with a blank name, then adds a habit', async () => {
    const user = userEvent.setup({ delay: null });
    const { db } = renderWithApp(<HabitsScreen />);
    expect(await screen.findByText('No habits yet')).toBeTruthy();
    expect(screen.getByText(/never resets it to zero/)).toBeTruthy();

    const form = screen.getByRole('form', { name: 'New habit' });
    await user.type(within(form).getByLabelText('Name'), '   ');
    await user.click(within(form).getByRole('button', { name: 'Add habit' }));
    const name = within(form).getByLabelText('Name');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Give the habit a name.',
    );
    expect(db.prepare('SELECT COUNT(*) FROM habits').pluck().get()).toBe(0);

    await user.clear(name);
    const card = await addHabit(user, { name: 'Walk outside' });
    expect(within(card).getByText('Building: at least 1 a day')).toBeTruthy();
    // Nothing recorded yet: "just started", not a 0% that reads as failure.
    expect(card.querySelector('.strength')?.textContent).toBe('just started');
    expect(within(card).queryByRole('meter', { name: /^Strength / })).toBeNull();
    expect(card.textContent).not.toMatch(/0%/);
    expect(keptOf(card)).toBe('Days kept show here once you record one.');
    // No streak anywhere on the card: one miss would drop it to zero.
    expect(card.textContent).not.toMatch(/streak/i);
    expect(card.innerHTML).not.toMatch(/streak/i);
    expect(screen.getByRole('status').textContent).toContain('Added “Walk outside”');
    // The form is ready for the next habit.
    const freshForm = screen.getByRole('form', { name: 'New habit' });
    expect((within(freshForm).getByLabelText('Name') as HTMLInputElement).value).toBe('');
  });

  it('refuses a habit to build with a target of 0, beside the target', async () => {
    const user = userEvent.setup({ delay: null });
    const { db } = renderWithApp(<HabitsScreen />);
    await screen.findByText('No habits yet');
    const form = screen.getByRole('form', { name: 'New habit' });
    await user.type(within(form).getByLabelText('Name'), 'Stretch');
    const target = within(form).getByRole('spinbutton');
    await user.clear(target);
    await user.type(target, '0');
    await user.click(within(form).getByRole('button', { name: 'Add habit' }));
    await waitFor(() => expect(target.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('alert').textContent).toBe(
      'A habit to build needs a target of at least 1.',
    );
    expect(db.prepare('SELECT COUNT(*) FROM habits').pluck().get()).toBe(0);
  });

  it('marks today done, raises strength and the days kept, and Undo puts it back', async () => {
    const user = userEvent.setup({ delay: null });
    const { db } = renderWithApp(<HabitsScreen />);
    await screen.findByText('No habits yet');
    const card = await addHabit(user, { name: 'Walk outside' });

    await user.click(within(card).getByRole('button', { name: /Done/ }));
    // One perfect day from zero: 1 - 0.5^(1/13) = 0.0519, shown as 5%.
    await waitFor(() => expect(strengthOf(card)).toBe('5%'));
    expect(keptOf(card)).toBe('Kept on 1 of 1 day since you started.');
    expect(within(card).getByRole('button', { name: /Done/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(checkins(db)).toEqual([{ day: today(), count: 1, is_skip: 0, note: null }]);
    expect(screen.getByRole('status').textContent).toContain('“Walk outside”: done today.');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(card.querySelector('.strength')?.textContent).toBe('just started'));
    expect(checkins(db)).toEqual([]);
  });

  it('reads a habit to break as what it is: not at all, a day kept, did it, a day left out', async () => {
    const user = userEvent.setup({ delay: null });
    const { db } = renderWithApp(<HabitsScreen />);
    await screen.findByText('No habits yet');
    const card = await addHabit(user, { name: 'Check their social media', kind: 'Break' });
    expect(within(card).getByText('Breaking: not at all')).toBeTruthy();
    expect(within(card).getByText('goal: not at all')).toBeTruthy();
    expect(card.textContent).not.toMatch(/at most 0|Not recorded|None|Skip/);

    await user.click(within(card).getByRole('button', { name: 'Didn’t today' }));
    await waitFor(() => expect(strengthOf(card)).toBe('5%'));
    // What is strong is the keeping away, said on the card and in the meter's name.
    expect(
      within(card).getByRole('meter', {
        name: 'Strength at keeping away from “Check their social media”',
      }),
    ).toBeTruthy();
    expect(card.querySelector('.strength-text')?.textContent).toBe('5% strength at keeping away');
    expect(keptOf(card)).toBe('Kept on 1 of 1 day since you started.');
    expect(within(card).getByText('Kept today.')).toBeTruthy();
    expect(
      within(card).getByRole('button', { name: 'Didn’t today' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(screen.getByRole('status').textContent).toContain(
      '“Check their social media”: kept today.',
    );

    // Once over the limit today, the day counts as over: from 5% back to 0.
    await user.click(within(card).getByRole('button', { name: 'One more today' }));
    await waitFor(() => expect(strengthOf(card)).toBe('0%'));
    expect(within(card).getByRole('spinbutton', { name: 'Did it: times today' })).toHaveProperty(
      'value',
      '1',
    );
    expect(keptOf(card)).toBe(
      'Kept on 0 of 1 day since you started. Strength picks up with the next day you keep it.',
    );
    expect(checkins(db)).toMatchObject([{ count: 1, is_skip: 0 }]);

    await user.click(within(card).getByRole('button', { name: 'Leave today out' }));
    await waitFor(() => expect(within(card).getByText(/Left out: strength stays/)).toBeTruthy());
    expect(checkins(db)).toMatchObject([{ count: null, is_skip: 1 }]);
    expect(keptOf(card)).toBe('No days to count yet (1 day left out).');
    expect(screen.getByRole('status').textContent).toContain(
      'today is left out. Its strength stays as it is.',
    );
  });

  it('shows a break habit kept for ten days as ten days kept, with strength above 0', async () => {
    // The given case: "Check their social media", not at all, kept on each of the last 10 days.
    const app = createTestApp();
    await app.dispatch('habit:create', {
      name: 'Check their social media',
      kind: 'break',
      targetCount: 0,
      period: 'day',
    });
    for (let i = 9; i >= 0; i -= 1) {
      await app.dispatch('checkin:set', { habitId: 1, day: addDays(today(), -i), count: 0 });
    }
    app.render(<HabitsScreen />);
    const card = await screen.findByRole('listitem', { name: 'Check their social media' });
    // 1 - 2^(-10/13) = 0.413: 41%.
    expect(strengthOf(card)).toBe('41%');
    expect(keptOf(card)).toBe('Kept on 10 of 10 days since you started.');
    expect(card.textContent).not.toMatch(/streak|check-ins|0%/i);
  });

  it('draws a week against its goal: a twice-a-week habit done twice fills the bar', async () => {
    const app = createTestApp();
    await app.dispatch('habit:create', {
      name: 'Swim',
      kind: 'build',
      targetCount: 2,
      period: 'week',
    });
    app.render(<HabitsScreen />);
    const card = await screen.findByRole('listitem', { name: 'Swim' });
    const user = userEvent.setup({ delay: null });
    const goal = () => within(card).getByRole('meter', { name: '“Swim” this week' });
    expect(goal().getAttribute('aria-valuenow')).toBe('0');
    expect(goal().getAttribute('aria-valuemax')).toBe('2');

    await user.click(within(card).getByRole('button', { name: 'One more today' }));
    await waitFor(() => expect(goal().getAttribute('aria-valuenow')).toBe('1'));
    expect(goal().getAttribute('aria-valuetext')).toBe('1 this week (goal: at least 2)');
    await user.click(within(card).getByRole('button', { name: 'One more today' }));
    await waitFor(() => expect(goal().getAttribute('aria-valuenow')).toBe('2'));
    expect(goal().getAttribute('aria-valuetext')).toBe('2 this week (goal: at least 2)');
    expect(goal().querySelector<HTMLElement>('.goal-bar span')?.style.width).toBe('100%');
  });

  it('takes a typed count and shows the contract’s message beside it when out of range', async () => {
    const user = userEvent.setup({ delay: null });
    const { db } = renderWithApp(<HabitsScreen />);
    await screen.findByText('No habits yet');
    const card = await addHabit(user, { name: 'Glasses of water', target: '6' });
    const count = within(card).getByRole('spinbutton', { name: 'Times today' });

    await user.type(count, '1000{Enter}');
    await waitFor(() => expect(count.getAttribute('aria-invalid')).toBe('true'));
    expect(within(card).getByRole('alert').textContent).toBe(
      'Enter a whole number for the count, from 0 to 999.',
    );
    expect(checkins(db)).toEqual([]);

    await user.clear(count);
    await user.type(count, '3{Enter}');
    // Half of the target: v = 3/6, s = 0.5 * 0.0519 = 0.026, shown as 2%.
    await waitFor(() => expect(strengthOf(card)).toBe('2%'));
    expect(count.getAttribute('aria-invalid')).toBe('false');
    expect(checkins(db)).toMatchObject([{ count: 3 }]);
  });

  it('counts every quick click on a stepper, and one Undo takes the whole burst back', async () => {
    const user = userEvent.setup({ delay: null });
    const { db } = renderWithApp(<HabitsScreen />);
    await screen.findByText('No habits yet');
    const card = await addHabit(user, { name: 'Glasses of water', target: '6' });
    const more = within(card).getByRole('button', { name: 'One more today' });
    const count = within(card).getByRole('spinbutton', { name: 'Times today' });

    // A double-click is two clicks: 2, not 1.
    await user.dblClick(more);
    await waitFor(() => expect(checkins(db)).toMatchObject([{ count: 2 }]));
    await waitFor(() => expect(count).toHaveProperty('value', '2'));

    // Three clicks in one go, none waiting for the one before: 2 + 3 = 5.
    fireEvent.click(more);
    fireEvent.click(more);
    fireEvent.click(more);
    await waitFor(() => expect(checkins(db)).toMatchObject([{ count: 5 }]));
    await waitFor(() => expect(count).toHaveProperty('value', '5'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('5 times today'));

    // And back down, just as quickly: 5 - 2 = 3.
    const fewer = within(card).getByRole('button', { name: 'One fewer today' });
    fireEvent.click(fewer);
    fireEvent.click(fewer);
    await waitFor(() => expect(checkins(db)).toMatchObject([{ count: 3 }]));
    await waitFor(() => expect(count).toHaveProperty('value', '3'));

    // Undo puts back the count from before the burst (5), not the one a click earlier (4).
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(checkins(db)).toMatchObject([{ count: 5 }]));
  });

  it('saves a note on a recorded day', async () => {
    const user = userEvent.setup({ delay: null });
    const { db } = renderWithApp(<HabitsScreen />);
    await screen.findByText('No habits yet');
    const card = await addHabit(user, { name: 'Walk outside' });
    expect(within(card).queryByRole('button', { name: 'Add note' })).toBeNull();
    await user.click(within(card).getByRole('button', { name: /Done/ }));
    await user.click(await within(card).findByRole('button', { name: 'Add note' }));
    await user.type(within(card).getByLabelText(/^Note/), 'By the river 🌊');
    await user.click(within(card).getByRole('button', { name: 'Save note' }));
    expect(await within(card).findByText('By the river 🌊')).toBeTruthy();
    expect(checkins(db)).toMatchObject([{ count: 1, note: 'By the river 🌊' }]);
  });

  it('back-fills a past day from the calendar, by keyboard', async () => {
    const user = userEvent.setup({ delay: null });
    const { db } = renderWithApp(<HabitsScreen />);
    await screen.findByText('No habits yet');
    const card = await addHabit(user, { name: 'Walk outside' });
    await user.click(within(card).getByRole('button', { name: 'Calendar' }));
    // Each day is named by its content: the date seen, inside words for screen readers.
    const todayCell = await within(card).findByRole('button', {
      name: `${longDay(today())} (today): nothing recorded`,
    });

    // One tab stop, on today; the left arrow moves to yesterday (in last month on the 1st).
    todayCell.focus();
    await user.keyboard('{ArrowLeft}');
    const yesterday = addDays(today(), -1);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(card).getByRole('button', {
          name: new RegExp(`^${escapeRegExp(longDay(yesterday))}: `),
        }),
      ),
    );
    await user.keyboard('{Enter}');
    const panel = within(card).getByRole('region', { name: `Record ${longDay(yesterday)}` });
    await user.click(within(panel).getByRole('button', { name: /Done/ }));

    await within(card).findByRole('button', { name: `${longDay(yesterday)}: done` });
    // Yesterday done, today not yet over (and not counted against anyone): 5% strength.
    await waitFor(() => expect(strengthOf(card)).toBe('5%'));
    expect(keptOf(card)).toBe('Kept on 1 of 1 day since you started.');
    expect(checkins(db)).toEqual([{ day: yesterday, count: 1, is_skip: 0, note: null }]);
    expect(screen.getByRole('status').textContent).toContain('done yesterday');

    // Days to come cannot be recorded.
    const tomorrowCell = within(card).queryByRole('button', {
      name: `${longDay(addDays(today(), 1))}: not yet`,
    });
    if (tomorrowCell) {
      await user.click(tomorrowCell);
      expect(
        within(card)
          .queryByRole('region', { name: /Record/ })
          ?.getAttribute('aria-label'),
      ).toBe(`Record ${longDay(yesterday)}`);
    }
  });

  it('renames a habit and changes its target, and Undo puts the old ones back', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithApp(<HabitsScreen />);
    await screen.findByText('No habits yet');
    const card = await addHabit(user, { name: 'Walk outside' });
    await user.click(within(card).getByRole('button', { name: 'Rename or change target' }));
    const form = within(card).getByRole('form', { name: 'Change habit' });
    const name = within(form).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Walk in the park');
    const target = within(form).getByRole('spinbutton');
    await user.clear(target);
    await user.type(target, '3');
    await user.selectOptions(within(form).getByLabelText('Per'), 'week');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    const renamed = await screen.findByRole('listitem', { name: 'Walk in the park' });
    expect(within(renamed).getByText('Building: at least 3 a week')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const back = await screen.findByRole('listitem', { name: 'Walk outside' });
    expect(within(back).getByText('Building: at least 1 a day')).toBeTruthy();
  });

  it('archives a habit, keeps it folded away, and restores it', async () => {
    const user = userEvent.setup({ delay: null });
    const { db } = renderWithApp(<HabitsScreen />);
    await screen.findByText('No habits yet');
    const card = await addHabit(user, { name: 'Walk outside' });
    await user.click(within(card).getByRole('button', { name: /Done/ }));
    await waitFor(() => expect(strengthOf(card)).toBe('5%'));
    const asSaved = db.prepare('SELECT * FROM habits').all();

    await user.click(within(card).getByRole('button', { name: 'Archive' }));
    await screen.findByText('No habits yet');
    const archived = screen.getByText('Archived habits (1)');
    expect(archived.closest('details')?.open).toBe(false);
    await user.click(archived);
    const item = screen.getByRole('listitem', { name: 'Walk outside' });
    expect(within(item).getByText(/strength kept at 5%/)).toBeTruthy();

    // Undo the archiving: everything as it was.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('meter', { name: 'Strength of “Walk outside”' });
    expect(db.prepare('SELECT * FROM habits').all()).toEqual(asSaved);

    await user.click(screen.getByRole('button', { name: 'Archive' }));
    await user.click(await screen.findByText('Archived habits (1)'));
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    await screen.findByRole('meter', { name: 'Strength of “Walk outside”' });
    expect(db.prepare('SELECT * FROM habits').all()).toEqual(asSaved);
  });

  it('shows one strength for today: the header and the line under the chart agree', async () => {
    // At least 2 a day, twice on each of the 30 days before today, once so far today. The header
    // holds today open (s30 = 1 - 2^(-30/13) = 0.798, 79%); the history's end-of-day score for
    // today is 0.798 * m + 0.5 * (1 - m) = 0.783 (78%), which the chart used to say as "now 78%".
    const app = createTestApp();
    await app.dispatch('habit:create', {
      name: 'Glasses of water',
      kind: 'build',
      targetCount: 2,
      period: 'day',
    });
    const habitId = 1; // the first habit in a fresh database
    for (let i = 30; i >= 1; i -= 1) {
      await app.dispatch('checkin:set', { habitId, day: addDays(today(), -i), count: 2 });
    }
    await app.dispatch('checkin:set', { habitId, day: today(), count: 1 });
    const user = userEvent.setup({ delay: null });
    app.render(<HabitsScreen />);
    const card = await screen.findByRole('listitem', { name: 'Glasses of water' });
    expect(strengthOf(card)).toBe('79%');
    await user.click(within(card).getByRole('button', { name: 'Calendar' }));
    const chart = await within(card).findByRole('figure');
    expect(chart.getAttribute('aria-label')).toMatch(/, now 79%\.$/);
  });
});

describe('the strength line', () => {
  const day = (d: string, strength: number, count: number | null) => ({
    day: d,
    count,
    isSkip: false,
    note: null,
    strength,
    metTarget: count === null ? null : count > 0,
  });

  it('starts at the first record and ends on today with the strength the card shows', () => {
    const days = [
      day('2026-03-01', 0, null),
      day('2026-03-02', 0.3, 1),
      day('2026-03-03', 0.28, 0),
      day('2026-03-04', 0.26, 0),
    ];
    // Today (4 March) not done yet: the card holds 3 March's 28%, and the line ends there too,
    // not on the history's 26% for a day that is not over.
    expect(trendPoints(days, '2026-03-04', 0.28)).toEqual([
      { day: '2026-03-02', percent: 30 },
      { day: '2026-03-03', percent: 28 },
      { day: '2026-03-04', percent: 28 },
    ]);
    // Recorded before the window: the line covers the whole window, still ending on the card's
    // number (a habit to break, with nothing recorded lately, keeps its strength).
    expect(
      trendPoints(
        [day('2026-03-03', 0.41, null), day('2026-03-04', 0.41, null)],
        '2026-03-04',
        0.41,
      ),
    ).toEqual([
      { day: '2026-03-03', percent: 41 },
      { day: '2026-03-04', percent: 41 },
    ]);
    // Nothing recorded in the window or before it: no line at all.
    expect(trendPoints([day('2026-03-04', 0, null)], '2026-03-04', 0)).toEqual([]);
  });
});

/** `text` as a pattern that matches only itself (day names may hold dots, as in "Mon., 3 Nov."). */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
