import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../src-renderer/app/App';
import {
  JourneyScreen,
  partFromHash,
} from '../../../../src-renderer/features/journey/JourneyScreen';
import { useFixedClock } from '../../../helpers/fixed-clock';
import { createTestApp, renderWithApp } from '../../render-app';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

useFixedClock();

async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

const partsNav = () => screen.getByRole('navigation', { name: 'Parts of your journey' });

describe('partFromHash', () => {
  it('reads the part from the address, and opens the overview for anything else', () => {
    expect(partFromHash('#/journey?part=decide')).toBe('decide');
    expect(partFromHash('#/journey?part=apologize')).toBe('apologize');
    expect(partFromHash('#/journey?part=slow')).toBe('slow');
    expect(partFromHash('#/journey?part=overview')).toBe('overview');
    expect(partFromHash('#/journey')).toBe('overview');
    expect(partFromHash('#/journey?part=unknown')).toBe('overview');
  });
});

describe('the Journey screen', () => {
  it('opens from the sidebar in place of "coming later"', async () => {
    renderWithApp(<App />);
    await goTo('#/journey');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Your journey');
    expect(screen.queryByText('Coming later')).toBeNull();
  });

  it('offers all four parts always, marks the stage’s part, and switches part by the address', async () => {
    const user = userEvent.setup();
    renderWithApp(<JourneyScreen />);
    await screen.findByRole('heading', { name: /You are in Heal Yourself/ });
    const links = within(partsNav()).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Where you are (your stage)',
      'Decide',
      'Apologize',
      'Take it Slow',
    ]);
    expect(links[0]?.getAttribute('aria-current')).toBe('page');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#/journey?part=overview',
      '#/journey?part=decide',
      '#/journey?part=apologize',
      '#/journey?part=slow',
    ]);

    // Every part opens whatever the stage: the app suggests and never locks.
    for (const [part, name] of [
      ['decide', 'Decide'],
      ['apologize', 'Apologize'],
      ['slow', 'Take it Slow'],
    ] as const) {
      await user.click(within(partsNav()).getByRole('link', { name: new RegExp(`^${name}`) }));
      await goTo(`#/journey?part=${part}`);
      await waitFor(() =>
        expect(within(partsNav()).getByRole('link', { current: 'page' }).textContent).toMatch(
          new RegExp(`^${name}`),
        ),
      );
      expect(screen.queryByRole('heading', { name: /You are in/ })).toBeNull();
    }
    await goTo('#/journey?part=overview');
    expect(await screen.findByRole('heading', { name: /You are in Heal Yourself/ })).toBeTruthy();
  });

  it('moves to any stage by hand with a reason, shows it in the history, and Undo takes it back', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<JourneyScreen />);
    const form = await screen.findByRole('form', { name: 'Move to another stage' });
    const stages = within(form).getByRole('group', { name: /Which stage\?/ });
    // Any stage but the current one, including those of either path.
    expect(
      within(stages)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Decide', 'Apologize', 'Take it Slow', 'Heal & Grow']);
    await user.click(within(stages).getByRole('radio', { name: 'Heal & Grow' }));
    await user.type(
      within(form).getByRole('textbox', { name: /Why, in a few words/ }),
      'I want to put my energy into myself.',
    );
    await user.click(within(form).getByRole('button', { name: 'Move' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Moved to Heal & Grow.'),
    );
    expect(await screen.findByRole('heading', { name: /You are in Heal & Grow/ })).toBeTruthy();
    const history = screen.getByRole('region', { name: 'Your moves so far' });
    await waitFor(() =>
      expect(history.textContent).toContain('I want to put my energy into myself.'),
    );
    expect(history.textContent).toContain('You chose it');
    expect(db.prepare('SELECT stage, reason, was_suggested FROM stage_changes').all()).toEqual([
      { stage: 'heal_and_grow', reason: 'I want to put my energy into myself.', was_suggested: 0 },
    ]);
    // Heal & Grow lives on the overview: its part is the one marked.
    await waitFor(() =>
      expect(within(partsNav()).getAllByRole('link')[0]?.textContent).toBe(
        'Where you are (your stage)',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { name: /You are in Heal Yourself/ })).toBeTruthy();
    expect(db.prepare('SELECT COUNT(*) FROM stage_changes').pluck().get()).toBe(0);
  });

  it('asks which stage beside the choice when none is chosen, and moves nothing', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<JourneyScreen />);
    const form = await screen.findByRole('form', { name: 'Move to another stage' });
    await user.click(within(form).getByRole('button', { name: 'Move' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'Choose the stage you want to move to.',
    );
    expect(
      within(form)
        .getByRole('group', { name: /Which stage\?/ })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(db.prepare('SELECT COUNT(*) FROM stage_changes').pluck().get()).toBe(0);
  });

  it('suggests the next step softly, and taking it is marked as suggested', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<JourneyScreen />);
    const suggested = await screen.findByRole('region', {
      name: 'A next step, when it feels right',
    });
    expect(suggested.textContent).toContain(
      'When you feel ready, and only then, the app suggests Decide.',
    );
    expect(suggested.textContent).toContain('nothing is locked');
    await user.click(within(suggested).getByRole('button', { name: 'Move to Decide' }));
    expect(await screen.findByRole('heading', { name: /You are in Decide/ })).toBeTruthy();
    expect(db.prepare('SELECT stage, was_suggested FROM stage_changes').all()).toEqual([
      { stage: 'decide', was_suggested: 1 },
    ]);
    // Decide's part is now the one marked; the overview still opens.
    await waitFor(() =>
      expect(within(partsNav()).getByRole('link', { name: /^Decide/ }).textContent).toBe(
        'Decide (your stage)',
      ),
    );
    const again = await screen.findByRole('region', { name: 'A next step, when it feels right' });
    expect(again.textContent).toContain('Apologize or Heal & Grow');
  });

  it('says since when as a date and as time spent, from the breakup day when it is set', async () => {
    const app = createTestApp();
    await app.dispatch('settings:update', { breakupDay: '2026-10-03' });
    app.render(<JourneyScreen />);
    const stage = await screen.findByRole('region', { name: /You are in Heal Yourself/ });
    await waitFor(() => expect(stage.textContent).toMatch(/Since the breakup, on .*: 8 weeks\./));
    expect(stage.textContent).not.toMatch(/left|to go|remaining|not yet/i);
  });
});
