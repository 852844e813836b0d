import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  instantOfWallTime,
  monthOf,
} from '../../../../../src-main/shared/calendar';
import type { StageList } from '../../../../../src-main/shared/ipc-contract';
import type { Stage } from '../../../../../src-main/shared/domain/stages';
import { todayIn, currentTimeZone } from '../../../../../src-renderer/app/clock';
import { longDay } from '../../../../../src-renderer/app/day-format';
import { SlowPart } from '../../../../../src-renderer/features/journey/slow/SlowPart';
import * as copy from '../../../../../src-renderer/features/journey/slow/slow-copy';
import { NOTE_HINT } from '../../../../../src-renderer/forms';
import { useFixedClock } from '../../../../helpers/fixed-clock';
import { createTestApp } from '../../../render-app';

afterEach(cleanup);

// The part and the test agree on today whatever the real date, hour or zone.
useFixedClock();

function stageAt(stage: Stage): StageList {
  return {
    current: { stage, sinceDay: null, since: null, isImplicit: false },
    changes: [],
  };
}

function renderPart(stage: Stage = 'take_it_slow') {
  const app = createTestApp();
  app.render(<SlowPart stage={stageAt(stage)} onStageChanged={() => undefined} />);
  const rows = () => app.db.prepare('SELECT * FROM trust_checkins ORDER BY id').all();
  // Through the app's own client, so the part reads again as it would after any change.
  return { ...app, rows, call: app.api.call };
}

/** Noon on `day` in this computer's zone, as an instant. */
function noonOn(day: string): string {
  return instantOfWallTime(day, '12:00', currentTimeZone());
}

function scale(legend: string): HTMLElement {
  return screen.getByRole('group', { name: new RegExp(`^${legend.replace('?', '\\?')}`) });
}

function scaleNumber(legend: string, n: number): HTMLElement {
  return within(scale(legend)).getByRole('radio', { name: new RegExp(`^${n}(,|$)`) });
}

describe('Take it Slow', () => {
  it('asks the two questions warmly, with their end words and the note’s hint', async () => {
    renderPart();
    expect(await screen.findByRole('form', { name: copy.FORM_NAME_NEW })).toBeTruthy();
    expect(scaleNumber(copy.TRUST_QUESTION, 0).getAttribute('aria-label')).toBe('0, not at all');
    expect(scaleNumber(copy.TRUST_QUESTION, 10).getAttribute('aria-label')).toBe('10, completely');
    expect(scaleNumber(copy.TENSION_QUESTION, 0).getAttribute('aria-label')).toBe('0, none');
    expect(scaleNumber(copy.TENSION_QUESTION, 10).getAttribute('aria-label')).toBe('10, a lot');
    expect(screen.getByText(NOTE_HINT)).toBeTruthy();
    expect(await screen.findByText(/No check-ins yet\. The first can be two numbers/)).toBeTruthy();
    // At Take it Slow itself there is nothing to explain about where the person is.
    expect(screen.queryByText(/^You are at /)).toBeNull();
  });

  it('records a check-in with a note, lists it under today, and Undo takes it back', async () => {
    const user = userEvent.setup();
    const { rows } = renderPart();
    await user.click(await waitFor(() => scaleNumber(copy.TRUST_QUESTION, 3)));
    await user.click(scaleNumber(copy.TENSION_QUESTION, 7));
    await user.type(screen.getByLabelText(/^Note/), 'A careful talk about the weekend.');
    await user.click(screen.getByRole('button', { name: copy.SAVE_NEW }));

    const item = await screen.findByRole('listitem', { name: /^Trust 3, tension 7, at / });
    expect(within(item).getByText('A careful talk about the weekend.')).toBeTruthy();
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toMatchObject({
      trust: 3,
      tension: 7,
      local_day: todayIn(currentTimeZone()),
    });
    // The form is ready for the next check-in.
    await waitFor(() =>
      expect(within(scale(copy.TRUST_QUESTION)).queryByRole('radio', { checked: true })).toBeNull(),
    );

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows()).toHaveLength(0));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: /^Trust 3/ })).toBeNull());
  });

  it('refuses a check-in with a question unanswered, beside that question, and writes nothing', async () => {
    const user = userEvent.setup();
    const { rows } = renderPart();
    await user.click(await waitFor(() => scaleNumber(copy.TENSION_QUESTION, 4)));
    await user.click(screen.getByRole('button', { name: copy.SAVE_NEW }));

    const trust = scale(copy.TRUST_QUESTION);
    await waitFor(() => expect(trust.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(trust.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe(
      'To save, choose a number for trust too, or leave this for another time.',
    );
    // One calm message, under the question it is about; the other question is not marked.
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(scale(copy.TENSION_QUESTION).getAttribute('aria-invalid')).toBe('false');
    expect(rows()).toHaveLength(0);

    await user.click(scaleNumber(copy.TRUST_QUESTION, 5));
    await user.click(screen.getByRole('button', { name: copy.SAVE_NEW }));
    await screen.findByRole('listitem', { name: /^Trust 5, tension 4/ });
    expect(rows()).toHaveLength(1);
  });

  it('refuses a check-in with both questions unanswered in one message, and writes nothing', async () => {
    const user = userEvent.setup();
    const { rows } = renderPart();
    await user.click(await screen.findByRole('button', { name: copy.SAVE_NEW }));
    const trust = scale(copy.TRUST_QUESTION);
    await waitFor(() => expect(trust.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'To save, choose a number for trust and for tension, or leave this for another time.',
    ]);
    expect(rows()).toHaveLength(0);

    await user.click(scaleNumber(copy.TRUST_QUESTION, 6));
    await user.click(screen.getByRole('button', { name: copy.SAVE_NEW }));
    const tension = scale(copy.TENSION_QUESTION);
    await waitFor(() => expect(tension.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'To save, choose a number for tension too, or leave this for another time.',
    ]);
    expect(rows()).toHaveLength(0);
  });

  it('says tension is not fear, with the way to Support’s part on unsafe contact', async () => {
    renderPart();
    const line = await screen.findByText(
      /^Some tension is normal while trust comes back; fear is not\./,
    );
    expect(line.textContent).toContain(
      'If you feel afraid, watched, pressured or controlled, that is not something to be patient with.',
    );
    expect(within(line).getByRole('link').getAttribute('href')).toBe(
      '#/support?part=unsafe-contact',
    );
  });

  it('after a check-in with tension 8 or more, offers a gentle line to Support, which closes', async () => {
    const user = userEvent.setup();
    renderPart();
    const save = async (trust: number, tension: number) => {
      await user.click(await waitFor(() => scaleNumber(copy.TRUST_QUESTION, trust)));
      await user.click(scaleNumber(copy.TENSION_QUESTION, tension));
      await user.click(screen.getByRole('button', { name: copy.SAVE_NEW }));
      await screen.findByRole('listitem', {
        name: new RegExp(`^Trust ${trust}, tension ${tension}`),
      });
    };
    await save(5, 7);
    expect(screen.queryByText(copy.AFTER_HIGH_TENSION)).toBeNull();

    await save(4, 8);
    const signpost = await screen.findByText(copy.AFTER_HIGH_TENSION);
    expect(within(signpost).getByRole('link').getAttribute('href')).toBe(
      '#/support?part=unsafe-contact',
    );
    await user.click(screen.getByRole('button', { name: copy.CLOSE_SIGNPOST_NAME }));
    await waitFor(() => expect(screen.queryByText(copy.AFTER_HIGH_TENSION)).toBeNull());

    await save(3, 10);
    expect(await screen.findByText(copy.AFTER_HIGH_TENSION)).toBeTruthy();
  });

  it('says the list runs from the earliest check-in shown, never from an empty day before it', async () => {
    const { call } = renderPart();
    const today = todayIn(currentTimeZone());
    const earliest = addDays(today, -20);
    for (const day of [earliest, today]) {
      await call('trust:create', {
        occurredAt: noonOn(day),
        timeZone: currentTimeZone(),
        trust: 5,
        tension: 5,
      });
    }
    expect(await screen.findByText(`Your check-ins from ${longDay(earliest)} on.`)).toBeTruthy();
  });

  it('refuses an impossible date beside the date, and writes nothing', async () => {
    const user = userEvent.setup();
    const { rows } = renderPart();
    const date = await screen.findByLabelText(copy.DATE_LABEL);
    await user.clear(date);
    await user.click(scaleNumber(copy.TRUST_QUESTION, 5));
    await user.click(scaleNumber(copy.TENSION_QUESTION, 5));
    await user.click(screen.getByRole('button', { name: copy.SAVE_NEW }));
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('alert').textContent).toBe('Choose a real date and time.');
    expect(rows()).toHaveLength(0);
  });

  it('edits a check-in, undoes the edit, deletes it and undoes the deletion exactly', async () => {
    const user = userEvent.setup();
    const { rows, call } = renderPart();
    const today = todayIn(currentTimeZone());
    await call('trust:create', {
      occurredAt: noonOn(today),
      timeZone: currentTimeZone(),
      trust: 2,
      tension: 8,
      note: 'Hard evening.',
    });
    const original = rows();
    const item = await screen.findByRole('listitem', { name: /^Trust 2, tension 8/ });

    await user.click(within(item).getByRole('button', { name: copy.EDIT }));
    const form = await screen.findByRole('form', { name: copy.FORM_NAME_EDIT });
    // The keyboard moves up to the form that Edit opened.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(form).getByLabelText(copy.DATE_LABEL)),
    );
    await user.click(scaleNumber(copy.TRUST_QUESTION, 4));
    await user.click(within(form).getByRole('button', { name: copy.SAVE_EDIT }));
    await screen.findByRole('listitem', { name: /^Trust 4, tension 8/ });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows()).toEqual(original));
    await screen.findByRole('listitem', { name: /^Trust 2, tension 8/ });

    await user.click(
      within(screen.getByRole('listitem', { name: /^Trust 2/ })).getByRole('button', {
        name: copy.DELETE,
      }),
    );
    await waitFor(() => expect(rows()).toHaveLength(0));
    expect(screen.getByRole('status').textContent).toContain('Check-in deleted.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows()).toEqual(original));
  });

  it('puts trust and tension into words once there are enough days, and says plainly when not', async () => {
    const { call } = renderPart();
    const today = todayIn(currentTimeZone());
    expect(await screen.findByText(copy.TRUST_CHART_EMPTY)).toBeTruthy();
    const values = [
      [2, 8],
      [3, 7],
      [5, 5],
      [6, 4],
    ] as const;
    for (const [i, [trust, tension]] of values.entries()) {
      await call('trust:create', {
        occurredAt: noonOn(addDays(today, (i - values.length + 1) * 7)),
        timeZone: currentTimeZone(),
        trust,
        tension,
      });
      if (i === 0) {
        await screen.findByText('You have checked in on one day so far: too few for a trend yet.');
      }
    }
    const chart = await screen.findByRole('figure', { name: /^From .* trust rose/ });
    expect(chart.getAttribute('aria-label')).toMatch(
      /trust rose from about 2 to about 6 out of 10, and tension went down from about 8 to about 4\.$/,
    );
  });

  it('counts conflicts with anyone per month in plain sentences, and rehearsals apart', async () => {
    const { call } = renderPart();
    const today = todayIn(currentTimeZone());
    const thisMonth = monthOf(today);
    const lastMonth = addMonths(thisMonth, -1);
    expect(await screen.findByText(/^No conflicts logged yet\./)).toBeTruthy();
    expect(screen.getByText(copy.CONFLICTS_INTRO)).toBeTruthy();

    const conversation = {
      timeZone: currentTimeZone(),
      counterpart: 'friend',
      isContactWithEx: false,
      skill: 'conflict_resolution',
    } as const;
    const on = (month: string) => noonOn(`${month}-10`);
    await call('communication:create', {
      ...conversation,
      occurredAt: on(lastMonth),
      outcome: 'not',
      tone: 'tense',
    });
    await call('communication:create', {
      ...conversation,
      counterpart: 'ex',
      isContactWithEx: true,
      contactContext: 'co_parenting',
      skill: 'repair_after_conflict',
      occurredAt: on(thisMonth),
      outcome: 'resolved',
      tone: 'civil',
    });
    await call('communication:create', {
      ...conversation,
      occurredAt: on(thisMonth),
      outcome: 'resolved',
      tone: 'friendly',
    });
    await call('communication:create', {
      ...conversation,
      counterpart: 'rehearsal_alone',
      occurredAt: on(thisMonth),
    });

    const words = copy.monthWords(today);
    // The rehearsal was saved last: once its note shows, the part has read all four, and no
    // earlier read (three conversations in, say) can be what the checks below see.
    expect(await screen.findByText(copy.rehearsalsNote(1) ?? '')).toBeTruthy();
    const chart = await screen.findByRole('figure', { name: /conflicts?: .*ended resolved/ });
    expect(chart.getAttribute('aria-label')).toBe(
      `In ${words.month(thisMonth)} you logged 2 conflicts: 2 ended resolved. ` +
        `In ${words.month(lastMonth)} you logged 1 conflict: 1 not resolved. ` +
        'A month or two is too little to read much into.',
    );
    expect(
      screen.getByText(
        `The tone in ${words.month(thisMonth)}: 2 friendly or civil. The tone in ${words.month(lastMonth)}: 1 tense or hostile.`,
      ),
    ).toBeTruthy();
    expect(screen.getByText(copy.rehearsalsNote(1) ?? '')).toBeTruthy();
    expect(screen.getByRole('link', { name: copy.LOG_A_CONVERSATION }).getAttribute('href')).toBe(
      '#/communication?new=1',
    );
  });

  it('shows earlier check-ins only when there are some, a year at a time', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    const today = todayIn(currentTimeZone());
    await app.dispatch('trust:create', {
      occurredAt: noonOn(addDays(today, -500)),
      timeZone: currentTimeZone(),
      trust: 1,
      tension: 9,
    });
    app.render(<SlowPart stage={stageAt('take_it_slow')} onStageChanged={() => undefined} />);
    expect(
      await screen.findByText(
        /^No check-ins since .*\. You have earlier ones too: "Show earlier check-ins" goes back a year at a time\.$/,
      ),
    ).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: copy.SHOW_EARLIER }));
    expect(await screen.findByRole('listitem', { name: /^Trust 1, tension 9/ })).toBeTruthy();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: copy.SHOW_EARLIER })).toBeNull(),
    );
    expect(
      await screen.findByText(`Your check-ins from ${longDay(addDays(today, -500))} on.`),
    ).toBeTruthy();
  });

  it('is open from any stage, and says whose practice the conflicts count', async () => {
    renderPart('heal_and_grow');
    expect(
      await screen.findByText(
        'You are at Heal & Grow now. The conflicts below count your practice with anyone, which carries into any relationship ahead.',
      ),
    ).toBeTruthy();
    // The questions wait behind a button: the relationship is not asked about as if it were on.
    expect(screen.queryByRole('form', { name: copy.FORM_NAME_NEW })).toBeNull();
    expect(screen.getByText(copy.FOLDED_NOTE)).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: copy.OPEN_FORM }));
    expect(await screen.findByRole('form', { name: copy.FORM_NAME_NEW })).toBeTruthy();
  });

  it('away from Take it Slow, keeps recorded check-ins in view and editable', async () => {
    const user = userEvent.setup();
    const { call } = renderPart('heal_yourself');
    await call('trust:create', {
      occurredAt: noonOn(todayIn(currentTimeZone())),
      timeZone: currentTimeZone(),
      trust: 6,
      tension: 3,
    });
    const item = await screen.findByRole('listitem', { name: /^Trust 6, tension 3/ });
    expect(screen.queryByRole('form')).toBeNull();
    await user.click(within(item).getByRole('button', { name: copy.EDIT }));
    expect(await screen.findByRole('form', { name: copy.FORM_NAME_EDIT })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: copy.CANCEL }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(screen.getByRole('button', { name: copy.OPEN_FORM })).toBeTruthy();
  });
});
