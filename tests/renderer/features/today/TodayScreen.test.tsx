import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { dayOfInstant } from '../../../../src-main/shared/calendar';
import { TodayScreen } from '../../../../src-renderer/features/today/TodayScreen';
import { currentTimeZone } from '../../../../src-renderer/features/mood/mood-form-state';
import { createTestApp, renderWithApp } from '../../render-app';
import { NOTE_HINT } from '../../../../src-renderer/forms';
import { useFixedClock } from '../../../helpers/fixed-clock';

afterEach(cleanup);

const today = () => dayOfInstant(new Date().toISOString(), currentTimeZone());

// The screen and the test agree on today whatever the real date, hour or zone.
useFixedClock();

describe('Today', () => {
  it('saves a mood check-in from one choice on the scale, and Undo takes it back', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<TodayScreen />);
    const scale = await screen.findByRole('group', { name: /^Mood/ });
    await user.click(within(scale).getByRole('radio', { name: '7' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Mood 7 saved'));
    const rows = db.prepare('SELECT mood, local_day, time_zone FROM mood_entries').all();
    expect(rows).toEqual([{ mood: 7, local_day: today(), time_zone: currentTimeZone() }]);
    // Another is welcome, said once and without counting (a count reads like keeping tabs).
    expect(await screen.findByText('Another check-in is welcome whenever you like.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(db.prepare('SELECT COUNT(*) FROM mood_entries').pluck().get()).toBe(0),
    );
  });

  it('never counts check-ins, however many there are today', async () => {
    const user = userEvent.setup();
    renderWithApp(<TodayScreen />);
    for (const mood of [4, 6, 5]) {
      const scale = await screen.findByRole('group', { name: /^Mood/ });
      await user.click(within(scale).getByRole('radio', { name: String(mood) }));
      await user.click(screen.getByRole('button', { name: 'Save check-in' }));
      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toContain(`Mood ${mood} saved`),
      );
    }
    await waitFor(() =>
      expect(screen.getAllByText('Another check-in is welcome whenever you like.')).toHaveLength(1),
    );
    const form = screen.getByRole('form', { name: 'Mood check-in' });
    expect(form.textContent).not.toMatch(/\btimes?\b|\bonce\b|already/);
  });

  it('asks how much it hurts right now, 0 being not at all, and says when a note leaves the app', async () => {
    renderWithApp(<TodayScreen />);
    const form = await screen.findByRole('form', { name: 'Mood check-in' });
    expect(within(form).getByText('Energy, how much it hurts, emotions, a note')).toBeTruthy();
    const hurt = within(form).getByRole('group', { name: /^How much does it hurt right now\?/ });
    expect(within(hurt).getByRole('radio', { name: '0, not at all' })).toBeTruthy();
    expect(within(hurt).getByRole('radio', { name: '10, very much' })).toBeTruthy();
    expect(form.textContent).toContain(NOTE_HINT);
    expect(form.textContent).not.toMatch(/still hurt|only you see/);
  });

  it('asks for a mood beside the scale when none is chosen, and saves nothing', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<TodayScreen />);
    await user.click(await screen.findByRole('button', { name: 'Save check-in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Choose a number for your mood, from 1 to 10.',
    );
    expect(screen.getByRole('group', { name: /^Mood/ }).getAttribute('aria-invalid')).toBe('true');
    expect(db.prepare('SELECT COUNT(*) FROM mood_entries').pluck().get()).toBe(0);
  });

  it('checks in each habit for today, leaves one out, and Undo restores exactly what was there', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    await app.dispatch('habit:create', {
      name: 'Walk outside',
      kind: 'build',
      targetCount: 1,
      period: 'day',
    });
    await app.dispatch('habit:create', {
      name: 'Check their social media',
      kind: 'break',
      targetCount: 0,
      period: 'day',
    });
    app.render(<TodayScreen />);
    const checkins = () =>
      app.db
        .prepare('SELECT habit_id, day, count, is_skip FROM habit_checkins ORDER BY habit_id')
        .all();

    const walk = await screen.findByRole('listitem', { name: /Walk outside/ });
    await user.click(within(walk).getByRole('checkbox', { name: 'Done today' }));
    await waitFor(() =>
      expect(checkins()).toEqual([{ habit_id: 1, day: today(), count: 1, is_skip: 0 }]),
    );

    const social = screen.getByRole('listitem', { name: /Check their social media/ });
    // A habit to break says its goal and its buttons as what they mean for it.
    // Nothing recorded yet: "just started", never "strength 0%".
    expect(within(social).getByText(/^not at all · just started$/)).toBeTruthy();
    expect(social.textContent).not.toMatch(/at most 0|None today|Skip|Not recorded/);
    expect(social.innerHTML).not.toMatch(/Not recorded/);
    await user.click(within(social).getByRole('button', { name: 'Didn’t today' }));
    await waitFor(() => expect(checkins()).toHaveLength(2));
    expect(checkins()[1]).toEqual({ habit_id: 2, day: today(), count: 0, is_skip: 0 });
    expect(screen.getByRole('status').textContent).toContain(
      '“Check their social media”: kept today.',
    );
    // Its strength is of keeping away, so it never reads as the checking being strong.
    await waitFor(() =>
      expect(within(social).getByText(/^not at all · 5% strength at keeping away$/)).toBeTruthy(),
    );
    // The day kept stays said as kept, not as a bare "0".
    await waitFor(() =>
      expect(
        within(social).getByRole('button', { name: 'Didn’t today' }).getAttribute('aria-pressed'),
      ).toBe('true'),
    );

    await user.click(within(social).getByRole('button', { name: 'Leave today out' }));
    await waitFor(() =>
      expect(checkins()[1]).toEqual({ habit_id: 2, day: today(), count: null, is_skip: 1 }),
    );
    expect(await within(social).findByText('Left out today')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(checkins()).toEqual([
        { habit_id: 1, day: today(), count: 1, is_skip: 0 },
        { habit_id: 2, day: today(), count: 0, is_skip: 0 },
      ]),
    );
  });

  it('counts every quick click on a habit’s stepper', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    await app.dispatch('habit:create', {
      name: 'Glasses of water',
      kind: 'build',
      targetCount: 6,
      period: 'day',
    });
    app.render(<TodayScreen />);
    const countOf = () =>
      app.db.prepare('SELECT count FROM habit_checkins WHERE habit_id = 1').pluck().get();
    const water = await screen.findByRole('listitem', { name: /Glasses of water/ });
    const more = within(water).getByRole('button', { name: 'One more: Glasses of water' });
    const shown = () => within(water).getByText(/^(–|\d+)$/).textContent;

    await user.dblClick(more);
    await waitFor(() => expect(countOf()).toBe(2));
    await waitFor(() => expect(shown()).toBe('2'));

    fireEvent.click(more);
    fireEvent.click(more);
    fireEvent.click(more);
    await waitFor(() => expect(countOf()).toBe(5));
    await waitFor(() => expect(shown()).toBe('5'));

    // Undo takes the whole burst of three back, to 2.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(countOf()).toBe(2));
    await waitFor(() => expect(shown()).toBe('2'));
  });

  it('says how far a weekly goal has come this week, not only today', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    await app.dispatch('habit:create', {
      name: 'Swim',
      kind: 'build',
      targetCount: 2,
      period: 'week',
    });
    app.render(<TodayScreen />);
    const swim = await screen.findByRole('listitem', { name: /Swim/ });
    expect(
      within(swim).getByText('at least 2 a week, 0 so far this week · just started'),
    ).toBeTruthy();
    await user.click(within(swim).getByRole('button', { name: 'One more: Swim' }));
    await user.click(within(swim).getByRole('button', { name: 'One more: Swim' }));
    await waitFor(() =>
      expect(
        within(swim).getByText(/^at least 2 a week, 2 so far this week · \d+% strength$/),
      ).toBeTruthy(),
    );
  });
});
