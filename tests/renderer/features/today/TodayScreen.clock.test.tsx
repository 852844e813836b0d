import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { instantOfWallTime } from '../../../../src-main/shared/calendar';
import { currentTimeZone } from '../../../../src-renderer/app/clock';
import { weekdayAndDate } from '../../../../src-renderer/app/day-format';
import { TodayScreen } from '../../../../src-renderer/features/today/TodayScreen';
import { createTestApp } from '../../render-app';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The instant this machine's clock shows `day` `time`, whatever zone the suite runs in. */
const at = (day: string, time: string) => new Date(instantOfWallTime(day, time, currentTimeZone()));

async function todayWithOneHabit() {
  const app = createTestApp();
  await app.dispatch('habit:create', {
    name: 'Walk outside',
    kind: 'build',
    targetCount: 1,
    period: 'day',
  });
  app.render(<TodayScreen />);
  const checkins = () => app.db.prepare('SELECT day, count FROM habit_checkins').all();
  return { app, checkins };
}

const heading = () => document.querySelector('.today-date')?.textContent ?? '';

describe('Today follows the clock', () => {
  it('left open overnight, a tick next morning is saved for the morning’s day, shown ticked', async () => {
    // Only Date is faked: the clock jumps as it does when a computer wakes up in the morning.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at('2026-11-28', '22:00'));
    const user = userEvent.setup();
    const { checkins } = await todayWithOneHabit();
    await waitFor(() => expect(heading()).toContain(weekdayAndDate('2026-11-28')));
    await screen.findByRole('checkbox', { name: 'Done today' });

    vi.setSystemTime(at('2026-11-29', '08:30'));
    // The person reaches for the box they see; the screen moves to Sunday before anything is
    // saved, so the first press never saves a tick for Saturday.
    await user.click(screen.getByRole('checkbox', { name: 'Done today' }));
    await waitFor(() => expect(heading()).toContain(weekdayAndDate('2026-11-29')));
    expect(checkins()).toEqual([]);

    await user.click(await screen.findByRole('checkbox', { name: 'Done today', checked: false }));
    await waitFor(() => expect(checkins()).toEqual([{ day: '2026-11-29', count: 1 }]));
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Done today', checked: true })).toBeTruthy(),
    );
    expect(screen.getByRole('status').textContent).toContain('“Walk outside”: done today.');
  });

  it('turns to the new day at local midnight, with no one touching anything', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(at('2026-11-28', '23:59'));
    await todayWithOneHabit();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(heading()).toContain(weekdayAndDate('2026-11-28'));

    await act(async () => {
      await vi.advanceTimersByTimeAsync(61_000);
    });
    expect(heading()).toContain(weekdayAndDate('2026-11-29'));
  });

  it('catches up when the window wakes, however the clock moved while it slept', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at('2026-11-28', '22:00'));
    await todayWithOneHabit();
    await waitFor(() => expect(heading()).toContain(weekdayAndDate('2026-11-28')));

    vi.setSystemTime(at('2026-12-02', '07:15'));
    act(() => {
      fireEvent.focus(window);
    });
    await waitFor(() => expect(heading()).toContain(weekdayAndDate('2026-12-02')));

    vi.setSystemTime(at('2026-12-03', '07:15'));
    act(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await waitFor(() => expect(heading()).toContain(weekdayAndDate('2026-12-03')));
    const walk = await screen.findByRole('listitem', { name: /Walk outside/ });
    expect(within(walk).getByRole('checkbox', { name: 'Done today' })).toBeTruthy();
  });
});
