import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../../render-app';
import { HabitCalendar } from '../../../../src-renderer/features/habits/HabitCalendar';
import { longDay } from '../../../../src-renderer/features/habits/habit-dates';
import type { HabitHistoryDay } from '../../../../src-main/shared/ipc-contract';

afterEach(cleanup);

/** A real habit, as the main process makes it. */
async function habitOf(input: { kind: 'build' | 'break'; targetCount: number }) {
  const created = await createTestApp().api.call('habit:create', {
    name: 'Glasses of water',
    period: 'day',
    ...input,
  });
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

// A fixed month in the past: every day in it is over, whatever today is.
const TODAY = '2026-03-20';
const DAY = '2026-03-12';

function dayWith(count: number, metTarget: boolean): HabitHistoryDay {
  return { day: DAY, count, isSkip: false, note: null, strength: 0.2, metTarget };
}

function show(habit: Awaited<ReturnType<typeof habitOf>>, data: HabitHistoryDay) {
  render(
    <HabitCalendar
      habit={habit}
      month="2026-03"
      today={TODAY}
      days={new Map([[DAY, data]])}
      focusDay={TODAY}
      selectedDay={null}
      onFocusDay={() => {}}
      onSelectDay={() => {}}
      onMonth={() => {}}
    />,
  );
}

describe('HabitCalendar day names', () => {
  it('names a partly done day with the date and the count it shows', async () => {
    show(await habitOf({ kind: 'build', targetCount: 3 }), dayWith(2, false));
    const button = screen.getByRole('button', { name: `${longDay(DAY)}: 2 of 3` });
    expect(button.getAttribute('aria-label')).toBeNull();
    // What is seen, "12" and "2", is text of the name, not hidden from it.
    const seen = [...button.querySelectorAll('span:not(.visually-hidden)')]
      .filter((s) => s.closest('[aria-hidden="true"]') === null && s.children.length === 0)
      .map((s) => s.textContent);
    expect(seen).toEqual(['12', '2']);
  });

  it('names a day over the limit by the count it shows, without a verdict', async () => {
    show(await habitOf({ kind: 'break', targetCount: 0 }), dayWith(3, false));
    const button = screen.getByRole('button', { name: `${longDay(DAY)}: did it 3 times` });
    expect(button.querySelector('.calendar-mark')?.getAttribute('aria-hidden')).toBeNull();
  });

  it('says a done day in words, its tick shown but not read out', async () => {
    show(await habitOf({ kind: 'build', targetCount: 1 }), dayWith(1, true));
    const button = screen.getByRole('button', { name: `${longDay(DAY)}: done` });
    expect(button.querySelector('.calendar-mark')?.getAttribute('aria-hidden')).toBe('true');
    expect(button.querySelector('.calendar-mark')?.textContent).toBe('✓');
  });
});
