import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../src-renderer/app/App';
import {
  JourneyScreen,
  partFromHash,
} from '../../../../src-renderer/features/journey/JourneyScreen';
import { addDays, dayOfInstant, instantOfWallTime } from '../../../../src-main/shared/calendar';
import { currentTimeZone } from '../../../../src-renderer/app/clock';
import { STAGE_REASON_MAX } from '../../../../src-main/shared/ipc-contract';
import { REFLECTION_NOTE_MAX } from '../../../../src-main/shared/journey/honest-reflection';
import { timeSpent } from '../../../../src-main/shared/journey/where-you-are-words';
import { limitNote } from '../../../../src-renderer/forms';
import { useFixedClock } from '../../../helpers/fixed-clock';
import { createTestApp, renderWithApp } from '../../render-app';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

useFixedClock();

/** Today where the screen is, whatever the zone the suite runs in. */
const todayHere = () => dayOfInstant(new Date().toISOString(), currentTimeZone());

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
    expect(partFromHash('#/journey?part=grow')).toBe('grow');
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

  it('offers every part always, both paths named side by side, marks the stage’s part, and switches part by the address', async () => {
    const user = userEvent.setup();
    renderWithApp(<JourneyScreen />);
    await screen.findByRole('heading', { name: /You are in Heal Yourself/ });
    const links = within(partsNav()).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Where you are (your stage)',
      'Decide',
      'Apologize',
      'Take it Slow',
      'Heal & Grow',
    ]);
    expect(links[0]?.getAttribute('aria-current')).toBe('page');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#/journey?part=overview',
      '#/journey?part=decide',
      '#/journey?part=apologize',
      '#/journey?part=slow',
      '#/journey?part=grow',
    ]);
    // Each path is named over its own parts, with the same weight: neither is the one road.
    const together = within(partsNav()).getByRole('list', { name: 'If you get back together:' });
    expect(
      within(together)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Apologize', 'Take it Slow']);
    const moveOn = within(partsNav()).getByRole('list', { name: 'If you move on:' });
    expect(
      within(moveOn)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Heal & Grow']);

    // Every part opens whatever the stage: the app suggests and never locks.
    for (const [part, name] of [
      ['decide', 'Decide'],
      ['apologize', 'Apologize'],
      ['slow', 'Take it Slow'],
      ['grow', 'Heal & Grow'],
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
    const form = await screen.findByRole('form', { name: 'Change stage' });
    // The two healing stages told apart in one line, where the stages are listed.
    expect(form.textContent).toContain(
      'Heal Yourself is where everyone starts; Heal & Grow is the same care for yourself after deciding to move on',
    );
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
    await user.click(within(form).getByRole('button', { name: 'Change stage' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('You are in Heal & Grow now.'),
    );
    expect(await screen.findByRole('heading', { name: /You are in Heal & Grow/ })).toBeTruthy();
    const history = screen.getByRole('region', { name: 'Your stage changes' });
    await waitFor(() =>
      expect(history.textContent).toContain('I want to put my energy into myself.'),
    );
    expect(history.textContent).toContain('You chose it');
    expect(db.prepare('SELECT stage, reason, was_suggested FROM stage_changes').all()).toEqual([
      { stage: 'heal_and_grow', reason: 'I want to put my energy into myself.', was_suggested: 0 },
    ]);
    // Heal & Grow has its own part, marked as the stage's; the overview is no longer marked.
    await waitFor(() =>
      expect(within(partsNav()).getByRole('link', { name: /^Heal & Grow/ }).textContent).toBe(
        'Heal & Grow (your stage)',
      ),
    );
    expect(within(partsNav()).getAllByRole('link')[0]?.textContent).toBe('Where you are');
    // The stage is said since the move, as the move.
    expect(screen.getByRole('region', { name: /You are in Heal & Grow/ }).textContent).toContain(
      'Since you moved to Heal & Grow on ',
    );

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { name: /You are in Heal Yourself/ })).toBeTruthy();
    expect(db.prepare('SELECT COUNT(*) FROM stage_changes').pluck().get()).toBe(0);
  });

  it('says an empty history kindly, with no hint that a move is expected', async () => {
    renderWithApp(<JourneyScreen />);
    const history = await screen.findByRole('region', { name: 'Your stage changes' });
    expect(history.textContent).toContain(
      'None so far: everyone starts by healing, and you can stay as long as it helps.',
    );
    expect(history.textContent).not.toMatch(/\byet\b/);
  });

  it('asks which stage beside the choice when none is chosen, and moves nothing', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<JourneyScreen />);
    const form = await screen.findByRole('form', { name: 'Change stage' });
    await user.click(within(form).getByRole('button', { name: 'Change stage' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'Choose the stage you want to change to.',
    );
    expect(
      within(form)
        .getByRole('group', { name: /Which stage\?/ })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(db.prepare('SELECT COUNT(*) FROM stage_changes').pluck().get()).toBe(0);
  });

  it('suggests a next step softly, after the facts, and taking it is marked as suggested', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<JourneyScreen />);
    const suggested = await screen.findByRole('region', { name: 'What could come next' });
    // Under "Where you are now", never above it: the facts come first.
    const where = screen.getByRole('region', { name: 'Where you are now' });
    expect(
      where.compareDocumentPosition(suggested) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(suggested.textContent).toContain(
      'If and when you want, Decide is an honest look at whether getting back together makes sense at all.',
    );
    expect(suggested.textContent).toContain('nothing is locked');
    const take = within(suggested).getByRole('button', { name: 'Change stage to Decide' });
    // A quiet button, never the page's primary action.
    expect(take.classList.contains('primary')).toBe(false);
    await user.click(take);
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
    const again = await screen.findByRole('region', { name: 'What could come next' });
    expect(again.textContent).toContain('If and when you want, Apologize is');
    expect(again.textContent).toContain('If and when you want, Heal & Grow is');
  });

  it('says since when as a date and as time spent, from the breakup day when it is set', async () => {
    const app = createTestApp();
    await app.dispatch('settings:update', { breakupDay: '2026-10-03' });
    app.render(<JourneyScreen />);
    const stage = await screen.findByRole('region', { name: /You are in Heal Yourself/ });
    await waitFor(() =>
      expect(stage.textContent).toMatch(
        new RegExp(`Since the breakup on .*: ${timeSpent('2026-10-03', todayHere())}\\.`),
      ),
    );
    expect(stage.textContent).not.toMatch(/left|to go|remaining|not yet/i);
  });

  it('never rounds time spent up: twenty days are 2 weeks and 6 days, not 3 weeks', async () => {
    const app = createTestApp();
    await app.dispatch('settings:update', { breakupDay: addDays(todayHere(), -20) });
    app.render(<JourneyScreen />);
    const stage = await screen.findByRole('region', { name: /You are in Heal Yourself/ });
    await waitFor(() => expect(stage.textContent).toMatch(/: 2 weeks and 6 days\./));
    const time = within(screen.getByRole('region', { name: 'Where you are now' }));
    await waitFor(() =>
      expect(
        time.getByRole('heading', { level: 3, name: 'Time spent healing' }).closest('li')
          ?.textContent,
      ).toContain('You have been healing for 2 weeks and 6 days'),
    );
  });

  it('says since your first record when no breakup day is set', async () => {
    const app = createTestApp();
    const made = await app.api.call('mood:create', {
      occurredAt: instantOfWallTime(addDays(todayHere(), -3), '09:00', currentTimeZone()),
      timeZone: currentTimeZone(),
      mood: 5,
    });
    expect(made.ok).toBe(true);
    app.render(<JourneyScreen />);
    const stage = await screen.findByRole('region', { name: /You are in Heal Yourself/ });
    await waitFor(() =>
      expect(stage.textContent).toMatch(/Since your first record, on .*: 3 days\./),
    );
  });
});

describe('Where you are now on the Journey screen', () => {
  it('says each item plainly with nothing recorded, and never as a box to tick', async () => {
    renderWithApp(<JourneyScreen />);
    const where = await screen.findByRole('region', { name: 'Where you are now' });
    await waitFor(() => expect(within(where).getAllByRole('listitem')).toHaveLength(5));
    expect(
      within(where)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      'Habit strength',
      'Mood over the last 14 days',
      'How much it hurts, over the last 4 weeks',
      'Time spent healing',
      'Your honest reflection',
    ]);
    expect(where.textContent).toContain('There are too few entries for a trend yet.');
    expect(where.textContent).toContain('not a score, a verdict or a deadline');
    expect(where.textContent).not.toMatch(/not yet|to go|remaining|\bready\b/i);
    expect(within(where).queryByRole('figure')).toBeNull();
    // An unanswered reflection waits, said in its sentence; no "Not answered" pill.
    expect(where.textContent).toContain('A few honest questions, whenever you want them.');
    expect(where.textContent).not.toMatch(/Not answered|\bAnswered\b/);
  });

  it('reads mood, hurt and habits from the records, with a small chart each', async () => {
    const app = createTestApp();
    const today = todayHere();
    // Two weeks of mood climbing from 3 to 8, hurt easing from 9 to 4, and a daily habit kept.
    for (let i = 0; i < 14; i += 1) {
      const day = addDays(today, i - 13);
      const made = await app.api.call('mood:create', {
        // Half past midnight where the screen is: already past today, in every zone.
        occurredAt: instantOfWallTime(day, '00:30', currentTimeZone()),
        timeZone: currentTimeZone(),
        mood: Math.round(3 + (5 * i) / 13),
        hurt: Math.round(9 - (5 * i) / 13),
      });
      expect(made.ok).toBe(true);
    }
    const habit = await app.api.call('habit:create', {
      name: 'Walk',
      kind: 'build',
      targetCount: 1,
      period: 'day',
    });
    if (!habit.ok) throw new Error(habit.error.message);
    for (let i = 0; i < 14; i += 1) {
      const kept = await app.api.call('checkin:set', {
        habitId: habit.value.id,
        day: addDays(today, i - 13),
        count: 1,
      });
      expect(kept.ok).toBe(true);
    }
    app.render(<JourneyScreen />);
    const where = await screen.findByRole('region', { name: 'Where you are now' });
    const item = (name: string) =>
      within(where).getByRole('heading', { level: 3, name }).closest('li') as HTMLElement;
    await waitFor(() =>
      expect(item('Mood over the last 14 days').textContent).toContain(
        'Your mood rose from about 3 to about 8 out of 10. Based on 14 days with an entry in the last 14 days.',
      ),
    );
    expect(item('How much it hurts, over the last 4 weeks').textContent).toContain(
      'How much it hurts went down from about 9 to about 4 out of 10.',
    );
    expect(item('Habit strength').textContent).toMatch(
      /Your habits are getting steadier: strength \d+% for your one habit\./,
    );
    // No headline value under "not a score": no bare "53%", "Rising" or "Easing" of its own.
    expect(where.querySelector('.where-value')).toBeNull();
    for (const li of within(where).getAllByRole('listitem')) {
      const lines = [...li.querySelectorAll('p')].map((p) => p.textContent);
      expect(lines.filter((t) => /^(\d+%|Rising|Easing|Steady|Answered)$/.test(t ?? ''))).toEqual(
        [],
      );
    }
    // Each chart's caption says what is drawn: the dashed trend line is there when it says so.
    const mood = within(item('Mood over the last 14 days')).getByRole('figure');
    expect(mood.textContent).toContain('the dashed line is the trend the words describe');
    // The chart draws once its container is measured.
    await waitFor(() => expect(mood.querySelector('.small-trend-line')).not.toBeNull());
    const hurt = within(item('How much it hurts, over the last 4 weeks')).getByRole('figure');
    expect(hurt.textContent).toContain('the dashed line is the trend the words describe');
    // The chart draws once its container is measured.
    await waitFor(() => expect(hurt.querySelector('.small-trend-line')).not.toBeNull());
    for (const name of [
      'Habit strength',
      'Mood over the last 14 days',
      'How much it hurts, over the last 4 weeks',
    ]) {
      expect(within(item(name)).getByRole('figure')).toBeTruthy();
    }
  });
});

describe('the honest reflection', () => {
  it('says only what is true about who reads the answers', async () => {
    renderWithApp(<JourneyScreen />);
    const honest = await screen.findByRole('region', { name: 'An honest reflection' });
    expect(honest.textContent).toContain(
      'There are no right answers; only you decide what they mean.',
    );
    // Anyone who opens Mending on this computer can read them: never "for you alone".
    expect(honest.textContent).not.toMatch(/you alone|only you can (see|read)|private to you/i);
  });

  it('names the question left empty, and saves nothing', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<JourneyScreen />);
    const form = await screen.findByRole('form', { name: 'Honest reflection' });
    await user.click(
      within(
        within(form).getByRole('group', { name: /How much of the hurt feels behind you/ }),
      ).getByRole('radio', { name: 'Some of it' }),
    );
    await user.click(within(form).getByRole('button', { name: 'Save my answers' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'Choose how your habits have shifted.',
    );
    expect(
      within(form)
        .getByRole('group', { name: /Have your habits shifted the way you wanted\?/ })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(db.prepare('SELECT COUNT(*) FROM reflections').pluck().get()).toBe(0);
  });

  it('saves the answers dated, shows them in Where you are now, keeps each time, and Undo removes one', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<JourneyScreen />);
    const answer = async (question: RegExp, choice: string) => {
      const form = screen.getByRole('form', { name: 'Honest reflection' });
      await user.click(
        within(within(form).getByRole('group', { name: question })).getByRole('radio', {
          name: choice,
        }),
      );
    };
    await screen.findByRole('form', { name: 'Honest reflection' });
    await answer(/How much of the hurt feels behind you/, 'Some of it');
    await answer(/Have your habits shifted the way you wanted/, 'Mostly, yes');
    await answer(/Do you feel you will be all right in the end/, 'Some days');
    await answer(/does getting back together make sense at all/, 'No, I don’t think it does');
    await user.click(screen.getByRole('button', { name: 'Save my answers' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/^Your answers are saved, dated/),
    );
    const rows = db.prepare('SELECT kind, stage, local_day, answers FROM reflections').all() as {
      kind: string;
      stage: string;
      local_day: string;
      answers: string;
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'honest_reflection',
      stage: 'heal_yourself',
      local_day: todayHere(),
    });
    expect(JSON.parse(rows[0]?.answers ?? '{}')).toEqual({
      overThem: 'some',
      habits: 'mostly',
      allRight: 'some_days',
      makesSense: 'no',
      note: null,
    });
    const where = screen.getByRole('region', { name: 'Where you are now' });
    await waitFor(() =>
      expect(where.textContent).toContain(
        'getting back together does not make sense to you. Any answer counts.',
      ),
    );
    // The form is empty again, ready for another time.
    const form = screen.getByRole('form', { name: 'Honest reflection' });
    expect(
      within(form)
        .getAllByRole('radio')
        .some((r) => (r as HTMLInputElement).checked),
    ).toBe(false);
    expect(await screen.findByText('Your earlier answers (1)')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(db.prepare('SELECT COUNT(*) FROM reflections').pluck().get()).toBe(0),
    );
    await waitFor(() => expect(screen.queryByText('Your earlier answers (1)')).toBeNull());
  });

  it('deletes an earlier answering, and Undo puts it back exactly', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    const saved = await app.api.call('honest:save', {
      day: addDays(todayHere(), -3),
      overThem: 'little',
      habits: 'some',
      allRight: 'not_now',
      makesSense: 'not_sure',
      note: 'A hard week.',
    });
    expect(saved.ok).toBe(true);
    const before = app.db.prepare('SELECT * FROM reflections').all();
    app.render(<JourneyScreen />);
    await user.click(await screen.findByText('Your earlier answers (1)'));
    const earlier = within(screen.getByRole('list', { name: 'Your earlier answers' }))
      .getAllByRole('listitem')
      .at(0) as HTMLElement;
    expect(earlier.textContent).toContain('Not right now');
    expect(earlier.textContent).toContain('A hard week.');
    await user.click(within(earlier).getByRole('button', { name: /^Delete your answers of / }));
    await waitFor(() =>
      expect(app.db.prepare('SELECT COUNT(*) FROM reflections').pluck().get()).toBe(0),
    );
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(app.db.prepare('SELECT * FROM reflections').all()).toEqual(before));
  });
});

describe('the Journey’s free text and dates', () => {
  it.each([
    ['Change stage', /Why, in a few words/, STAGE_REASON_MAX],
    ['Honest reflection', /Anything else you want to remember/, REFLECTION_NOTE_MAX],
  ] as const)(
    'the %s form stops its text at the contract’s limit and says so',
    async (form, label, max) => {
      const user = userEvent.setup();
      renderWithApp(<JourneyScreen />);
      const box = within(await screen.findByRole('form', { name: form })).getByRole('textbox', {
        name: label,
      });
      await user.click(box);
      await user.paste('a'.repeat(max - 1));
      await user.paste('🌊🌊 and more');
      await waitFor(() =>
        expect((box as HTMLTextAreaElement).value).toBe(`${'a'.repeat(max - 1)}🌊`),
      );
      // Testing Library collapses the page's spaces but not the matcher's: in French the count
      // is written with a narrow no-break space ("2 000"), so the matcher is collapsed too.
      expect(await screen.findByText(limitNote(max).replace(/\s+/g, ' '))).toBeTruthy();
    },
  );

  it('refuses an honest reflection for a day that has not begun, beside the date, and saves nothing', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<JourneyScreen />);
    const form = await screen.findByRole('form', { name: 'Honest reflection' });
    for (const answer of ['Most of it', 'Mostly, yes', 'Yes', 'I’m not sure']) {
      await user.click(within(form).getByRole('radio', { name: answer }));
    }
    const date = within(form).getByLabelText('For the day');
    fireEvent.change(date, { target: { value: addDays(todayHere(), 1) } });
    await user.click(within(form).getByRole('button', { name: 'Save my answers' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'That day has not begun yet. Choose today or an earlier day.',
    );
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(db.prepare('SELECT COUNT(*) FROM reflections').pluck().get()).toBe(0);
  });
});
