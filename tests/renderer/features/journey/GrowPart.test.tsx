import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addMonths, instantOfWallTime, monthOf } from '../../../../src-main/shared/calendar';
import { currentTimeZone, todayIn } from '../../../../src-renderer/app/clock';
import { GrowPart } from '../../../../src-renderer/features/journey/GrowPart';
import { JourneyScreen } from '../../../../src-renderer/features/journey/JourneyScreen';
import { monthWords } from '../../../../src-renderer/features/journey/slow/slow-copy';
import { useFixedClock } from '../../../helpers/fixed-clock';
import { renderWithFailing } from '../../failing-app';
import { createTestApp, renderWithApp } from '../../render-app';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

// The part and the test agree on today whatever the real date, hour or zone.
useFixedClock();

describe('Heal & Grow', () => {
  it('opens from the Journey’s navigation, under "If you move on", whatever the stage', async () => {
    window.location.hash = '#/journey?part=grow';
    renderWithApp(<JourneyScreen />);
    const part = await screen.findByRole('region', { name: 'Heal & Grow' });
    expect(part.textContent).toContain(
      'Keep healing for yourself. It counts whatever happens with your ex.',
    );
    const nav = screen.getByRole('navigation', { name: 'Parts of your journey' });
    const moveOn = within(nav).getByRole('list', { name: 'If you move on:' });
    expect(within(moveOn).getByRole('link', { current: 'page' }).textContent).toBe('Heal & Grow');
  });

  it('says a few warm lines with no finish line, and leads to Habits, Mood and Communication', async () => {
    renderWithApp(<GrowPart />);
    const part = await screen.findByRole('region', { name: 'Heal & Grow' });
    expect(part.textContent).toContain('Every relationship ahead can use it');
    expect(part.textContent).toContain('Your habits and your mood keep counting here');
    expect(part.textContent).toContain('There is no finish line here.');
    expect(part.textContent).toContain('You can stay as long as it helps');
    expect(part.textContent).not.toMatch(/not yet|to go|remaining|days left|\bfail/i);
    const links = within(within(part).getByRole('navigation', { name: 'Places to keep going' }))
      .getAllByRole('link')
      .map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Your habits', '#/habits'],
      ['Your mood', '#/mood'],
      ['Communication practice', '#/communication'],
    ]);
  });

  it('says how conflicts with anyone ended lately, read-only, in the same words as Take it Slow', async () => {
    const app = createTestApp();
    const today = todayIn(currentTimeZone());
    const thisMonth = monthOf(today);
    const lastMonth = addMonths(thisMonth, -1);
    const conversation = {
      timeZone: currentTimeZone(),
      counterpart: 'friend',
      isContactWithEx: false,
      skill: 'conflict_resolution',
    } as const;
    const on = (month: string) => instantOfWallTime(`${month}-10`, '12:00', currentTimeZone());
    for (const [month, outcome, tone] of [
      [lastMonth, 'not', 'tense'],
      [thisMonth, 'resolved', 'civil'],
      [thisMonth, 'resolved', 'friendly'],
    ] as const) {
      const made = await app.api.call('communication:create', {
        ...conversation,
        occurredAt: on(month),
        outcome,
        tone,
      });
      expect(made.ok).toBe(true);
    }
    app.render(<GrowPart />);
    const conflicts = await screen.findByRole('region', { name: 'Conflicts lately' });
    const words = monthWords(today);
    await waitFor(() =>
      expect(conflicts.textContent).toContain(
        `In ${words.month(thisMonth)} you logged 2 conflicts: 2 ended resolved. In ${words.month(lastMonth)} you logged 1 conflict: 1 not resolved.`,
      ),
    );
    expect(conflicts.textContent).toContain('with anyone');
    expect(conflicts.textContent).toContain(
      `The tone in ${words.month(thisMonth)}: 2 friendly or civil. The tone in ${words.month(lastMonth)}: 1 tense or hostile.`,
    );
    // Read-only: nothing to fill in or change here.
    expect(within(conflicts).queryByRole('form')).toBeNull();
    expect(within(conflicts).queryByRole('button')).toBeNull();
  });

  it('says plainly when no conflict is logged', async () => {
    renderWithApp(<GrowPart />);
    const conflicts = await screen.findByRole('region', { name: 'Conflicts lately' });
    await waitFor(() => expect(conflicts.textContent).toMatch(/No conflicts logged yet\./));
  });

  it('says the conflicts could not be read, and still shows the rest', async () => {
    const broken = 'The data file could not be read.';
    renderWithFailing(<GrowPart />, { 'trust:summary': broken });
    const conflicts = await screen.findByRole('region', { name: 'Conflicts lately' });
    expect((await within(conflicts).findByRole('alert')).textContent).toBe(
      `How your conflicts ended lately could not be read, so it is not shown just now. ${broken}`,
    );
    expect(screen.getByRole('region', { name: 'Heal & Grow' })).toBeTruthy();
  });
});
