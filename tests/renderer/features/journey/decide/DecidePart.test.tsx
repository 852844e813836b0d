import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../../../src-main/shared/calendar';
import type { StageList } from '../../../../../src-main/shared/ipc-contract';
import {
  DEAL_BREAKERS_TO_ANSWER,
  FAULT_TO_ANSWER,
  NO_CONTACT_TO_ANSWER,
  SAFETY_TO_ANSWER,
} from '../../../../../src-main/shared/journey/decide-rules';
import { readToday } from '../../../../../src-renderer/app/clock';
import { DecidePart } from '../../../../../src-renderer/features/journey/decide/DecidePart';
import * as copy from '../../../../../src-renderer/features/journey/decide/decide-copy';
import { CHANNELS, type Channel } from '../../../../../src-main/shared/ipc-channels';
import type { AppError } from '../../../../../src-main/shared/result';
import { ApiProvider } from '../../../../../src-renderer/api/api-context';
import { createApiClient, type Bridge } from '../../../../../src-renderer/api/api-client';
import { createTestApp } from '../../../render-app';

afterEach(cleanup);

const AT_DECIDE: StageList = {
  current: { stage: 'decide', sinceDay: null, since: null, isImplicit: false },
  changes: [],
};

type Dispatch = ReturnType<typeof createTestApp>['dispatch'];

/** A habit kept on `kept` of the last 28 days, up to today. */
async function keptHabit(dispatch: Dispatch, name: string, kept: number) {
  const today = readToday().day;
  const created = await dispatch('habit:create', {
    name,
    kind: 'build',
    targetCount: 1,
    period: 'day',
  });
  if (!created.ok) throw new Error(created.error.message);
  const habit = created.value as { id: number };
  for (let i = 0; i < 28; i += 1) {
    await dispatch('checkin:set', {
      habitId: habit.id,
      day: addDays(today, -i),
      count: i < kept ? 1 : 0,
    });
  }
  return habit;
}

async function renderPart(setup?: (dispatch: Dispatch) => Promise<void>) {
  const app = createTestApp();
  await setup?.(app.dispatch);
  const onStageChanged = vi.fn();
  app.render(<DecidePart stage={AT_DECIDE} onStageChanged={onStageChanged} />);
  const form = await screen.findByRole('form', { name: copy.NEW_WORKSHEET });
  return { ...app, onStageChanged, form };
}

function stageRows(db: ReturnType<typeof createTestApp>['db']) {
  return db.prepare('SELECT stage, reason, was_suggested FROM stage_changes ORDER BY id').all();
}

function group(container: HTMLElement, legend: string): HTMLElement {
  const fieldset = within(container).getByText(legend).closest('fieldset');
  if (!fieldset) throw new Error(`No group "${legend}"`);
  return fieldset;
}

/** Answers the two first questions "No": nothing unsafe, no request for no contact. */
async function answerSafeAndNoContact(user: ReturnType<typeof userEvent.setup>, form: HTMLElement) {
  await user.click(within(group(form, copy.SAFETY_LEGEND)).getByLabelText(copy.SAFETY_LABELS.no));
  await user.click(
    within(group(form, copy.NO_CONTACT_LEGEND)).getByLabelText(copy.NO_CONTACT_LABELS.no),
  );
}

/** The text of the element that describes `control` (its error). */
function describedText(control: HTMLElement): string | null | undefined {
  return document.getElementById(control.getAttribute('aria-describedby') ?? '')?.textContent;
}

describe('the Decide part', () => {
  it('starts a new worksheet, suggests nothing yet, and refuses a choice naming what to answer', async () => {
    const user = userEvent.setup();
    const { form, db } = await renderPart();
    expect(within(form).getByText(copy.SUGGESTION_WORDS.unanswered)).toBeTruthy();
    expect(screen.getByText(copy.LIST_EMPTY)).toBeTruthy();
    expect(within(form).getByText(copy.NO_HABITS)).toBeTruthy();

    // Asked in the order shown: safety first, then no contact, then where it went wrong.
    await user.click(within(form).getByRole('button', { name: /^Choose Move on/ }));
    const safety = group(form, copy.SAFETY_LEGEND);
    await waitFor(() => expect(safety.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(safety)).toBe(SAFETY_TO_ANSWER);
    expect(document.activeElement).toBe(within(safety).getByLabelText(copy.SAFETY_LABELS.yes));

    await user.click(within(safety).getByLabelText(copy.SAFETY_LABELS.no));
    await user.click(within(form).getByRole('button', { name: /^Choose Move on/ }));
    const noContact = group(form, copy.NO_CONTACT_LEGEND);
    await waitFor(() => expect(noContact.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(noContact)).toBe(NO_CONTACT_TO_ANSWER);
    expect(document.activeElement).toBe(
      within(noContact).getByLabelText(copy.NO_CONTACT_LABELS.yes),
    );
    expect(safety.getAttribute('aria-invalid')).toBe('false');

    await user.click(within(noContact).getByLabelText(copy.NO_CONTACT_LABELS.no));
    await user.click(within(form).getByRole('button', { name: /^Choose Move on/ }));
    const fault = group(form, copy.FAULT_LEGEND);
    await waitFor(() => expect(fault.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(fault)).toBe(FAULT_TO_ANSWER);
    expect(document.activeElement).toBe(within(fault).getByLabelText(copy.FAULT_LABELS.me));

    await user.click(within(form).getByLabelText(copy.FAULT_LABELS.them));
    await user.click(within(form).getByRole('button', { name: /^Choose Move on/ }));
    const dealBreakers = group(form, copy.DEAL_BREAKERS_LEGEND);
    await waitFor(() => expect(dealBreakers.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(dealBreakers)).toBe(DEAL_BREAKERS_TO_ANSWER);
    expect(document.activeElement?.textContent).toBe(copy.DEAL_BREAKER_LABELS.cheating);
    expect(fault.getAttribute('aria-invalid')).toBe('false');

    expect(db.prepare('SELECT COUNT(*) AS n FROM reflections').get()).toEqual({ n: 0 });
    expect(stageRows(db)).toEqual([]);
  });

  it('someone at fault who changed: picks habits as evidence, is offered Reconcile, chooses, and can undo', async () => {
    const user = userEvent.setup();
    const { form, db, onStageChanged } = await renderPart(async (dispatch) => {
      await keptHabit(dispatch, 'Walk outside', 19);
    });
    await answerSafeAndNoContact(user, form);
    await user.click(within(form).getByLabelText(copy.FAULT_LABELS.me));
    await user.click(within(form).getByRole('button', { name: copy.NONE_OF_THESE }));
    expect(within(form).getByText(copy.SUGGESTION_WORDS.needs_evidence)).toBeTruthy();

    const walk = await within(form).findByRole('checkbox', { name: /Walk outside/ });
    // A habit's numbers show only once it is ticked: an unticked number reads as a judgement.
    expect(walk.closest('label')?.textContent).toBe('Walk outside');
    await user.click(walk);
    await waitFor(() =>
      expect(walk.closest('label')?.textContent).toContain('Kept on 19 of the last 28 days.'),
    );
    expect(within(form).getByText(copy.SUGGESTION_WORDS.fixed_it)).toBeTruthy();
    const reconcile = within(form).getByRole('button', { name: /Choose Reconcile/ });
    const moveOn = within(form).getByRole('button', { name: /Choose Move on/ });
    // The suggestion is said in words; both buttons look the same.
    expect(reconcile.textContent).toContain(copy.SUGGESTED);
    expect(moveOn.textContent).not.toContain(copy.SUGGESTED);
    expect(reconcile.className).toBe(moveOn.className);
    expect(reconcile.className).not.toContain('primary');
    expect(within(form).getByText(new RegExp(copy.BOTH_GOOD))).toBeTruthy();

    await user.type(within(form).getByLabelText(/Anything else you changed/), 'I listen first.');
    await user.click(reconcile);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(copy.chosenMessage('reconcile')),
    );
    expect(onStageChanged).toHaveBeenCalled();
    expect(stageRows(db)).toEqual([
      {
        stage: 'apologize',
        reason: expect.stringMatching(/^From your Decide worksheet of .*: you chose Reconcile\.$/),
        was_suggested: 1,
      },
    ]);
    const kept = await screen.findByRole('form', { name: /^Worksheet of / });
    await waitFor(() => expect(within(kept).getByText(/^You chose Reconcile/)).toBeTruthy());
    // The chosen path's button says so, and the list says which worksheet is showing.
    expect(
      within(kept).getByRole('button', { name: new RegExp(`^${copy.chosenButton('reconcile')}`) }),
    ).toBeTruthy();
    expect(within(kept).getByRole('button', { name: 'Choose Move on' })).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: copy.LIST_TITLE })).getByText(copy.OPEN_NOW),
    ).toBeTruthy();
    // The kept worksheet says what the evidence said that day.
    expect(
      within(kept)
        .getByRole('checkbox', { name: /Walk outside/ })
        .closest('label')?.textContent,
    ).toMatch(/^Walk outsideAs of .*: \d+% strength · Kept on 19 of the last 28 days\.$/);

    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(stageRows(db)).toEqual([]));
    await waitFor(() => expect(screen.queryByText(/^You chose Reconcile/)).toBeNull());
    // The answers stay: only the choice was taken back.
    const answers = db.prepare('SELECT answers FROM reflections').get() as { answers: string };
    expect(JSON.parse(answers.answers)).toMatchObject({
      fault: 'me',
      dealBreakers: [],
      changeNote: 'I listen first.',
      choice: null,
    });
  });

  it('something unsafe: safety first, support one step away, only Move on offered, never locked', async () => {
    const user = userEvent.setup();
    const { form, db } = await renderPart();
    expect(screen.getByText(copy.LEAD).textContent).not.toMatch(/Both paths are good/);
    await user.click(
      within(group(form, copy.SAFETY_LEGEND)).getByLabelText(copy.SAFETY_LABELS.yes),
    );
    expect(within(form).getByText(copy.SUGGESTION_WORDS.unsafe)).toBeTruthy();
    expect(within(form).getByRole('heading', { name: copy.SAFETY_TITLE })).toBeTruthy();
    expect(within(form).getByText(copy.NOT_YOUR_FAULT)).toBeTruthy();
    expect(within(form).getByText(copy.SAVING_IS_A_CHOICE)).toBeTruthy();
    // No more questions to get through: not where it went wrong, not what you changed.
    expect(within(form).queryByText(copy.FAULT_LEGEND)).toBeNull();
    expect(within(form).queryByText(copy.NO_CONTACT_LEGEND)).toBeNull();
    expect(within(form).queryByText(copy.DEAL_BREAKERS_LEGEND)).toBeNull();
    expect(within(form).queryByText(copy.CHANGES_LEGEND)).toBeNull();
    const support = within(form).getByRole('link', { name: copy.SAFETY_LINK });
    expect(support.getAttribute('href')).toBe('#/support?part=unsafe-contact');
    // Reconcile is not offered as a button; one quiet sentence says where the stage can change.
    expect(within(form).queryByRole('button', { name: /Reconcile/ })).toBeNull();
    expect(within(form).getByText(copy.NO_RECONCILE_AFTER_UNSAFE)).toBeTruthy();
    expect(within(form).queryByText(new RegExp(copy.BOTH_GOOD))).toBeNull();
    const moveOn = within(form).getByRole('button', { name: /Choose Move on/ });
    expect(moveOn.textContent).toContain(copy.SUGGESTED);

    // Nothing more is asked before Move on.
    await user.click(moveOn);
    await waitFor(() =>
      expect(stageRows(db)).toEqual([
        { stage: 'heal_and_grow', reason: expect.any(String), was_suggested: 1 },
      ]),
    );
    // Once kept, the privacy sentence says so: "nothing is saved" would no longer be true.
    const kept = await screen.findByRole('form', { name: /^Worksheet of / });
    await waitFor(() => expect(within(kept).getByText(copy.SAVED_ON_THIS_COMPUTER)).toBeTruthy());
    expect(within(kept).queryByText(copy.SAVING_IS_A_CHOICE)).toBeNull();
  });

  it('"not sure" about safety is read kindly as yes', async () => {
    const user = userEvent.setup();
    const { form } = await renderPart();
    await answerSafeAndNoContact(user, form);
    await user.click(within(form).getByLabelText(copy.FAULT_LABELS.me));
    // Answers given before stay in view when safety comes first, so nothing kept is hidden.
    await user.click(
      within(group(form, copy.SAFETY_LEGEND)).getByLabelText(copy.SAFETY_LABELS.not_sure),
    );
    expect(within(form).getByText(copy.SUGGESTION_WORDS.unsafe_unsure)).toBeTruthy();
    expect(within(form).getByText(copy.NOT_YOUR_FAULT)).toBeTruthy();
    expect(within(form).getByText(copy.FAULT_LEGEND)).toBeTruthy();
    expect(within(form).queryByText(copy.DEAL_BREAKERS_LEGEND)).toBeNull();
    expect(within(form).queryByRole('button', { name: /Reconcile/ })).toBeNull();
    // Changing the answer back brings both paths back.
    await user.click(within(group(form, copy.SAFETY_LEGEND)).getByLabelText(copy.SAFETY_LABELS.no));
    expect(within(form).getByRole('button', { name: /Choose Reconcile/ })).toBeTruthy();
  });

  it('an ex who asked for no contact: Move on suggested, with an apology for oneself', async () => {
    const user = userEvent.setup();
    const { form } = await renderPart();
    await user.click(within(group(form, copy.SAFETY_LEGEND)).getByLabelText(copy.SAFETY_LABELS.no));
    await user.click(
      within(group(form, copy.NO_CONTACT_LEGEND)).getByLabelText(copy.NO_CONTACT_LABELS.yes),
    );
    expect(within(form).getByText(copy.SUGGESTION_WORDS.asked_no_contact)).toBeTruthy();
    expect(within(form).getByRole('button', { name: /Choose Move on/ }).textContent).toContain(
      copy.SUGGESTED,
    );
    // A suggestion, never a lock: both paths are there.
    expect(within(form).getByRole('button', { name: 'Choose Reconcile' })).toBeTruthy();
  });

  it('a worksheet kept with the old "anything unsafe" deal-breaker opens with safety first', async () => {
    const app = createTestApp();
    const today = readToday().day;
    const at = new Date().toISOString();
    app.db
      .prepare(
        `INSERT INTO reflections (kind, stage, local_day, answers, created_at, updated_at)
         VALUES ('decide_worksheet', 'decide', ?, ?, ?, ?)`,
      )
      .run(
        today,
        JSON.stringify({
          fault: 'me',
          dealBreakers: ['unsafe'],
          willingToTalk: null,
          evidence: [],
          changeNote: null,
          choice: null,
        }),
        at,
        at,
      );
    app.render(<DecidePart stage={AT_DECIDE} onStageChanged={() => undefined} />);
    const form = await screen.findByRole('form', { name: copy.worksheetTitle(today) });
    const yes = within(group(form, copy.SAFETY_LEGEND)).getByLabelText(copy.SAFETY_LABELS.yes);
    expect((yes as HTMLInputElement).checked).toBe(true);
    expect(within(form).getByRole('heading', { name: copy.SAFETY_TITLE })).toBeTruthy();
    expect(within(form).queryByRole('button', { name: /Reconcile/ })).toBeNull();
  });

  it('asks whether both will talk it through only when both were at fault', async () => {
    const user = userEvent.setup();
    const { form } = await renderPart();
    await answerSafeAndNoContact(user, form);
    expect(within(form).queryByText(copy.WILLING_LEGEND)).toBeNull();
    await user.click(within(form).getByLabelText(copy.FAULT_LABELS.both));
    await user.click(within(form).getByRole('button', { name: copy.NONE_OF_THESE }));
    await user.click(within(group(form, copy.WILLING_LEGEND)).getByLabelText('Yes'));
    expect(within(form).getByText(copy.SUGGESTION_WORDS.both_willing)).toBeTruthy();
    await user.click(within(group(form, copy.WILLING_LEGEND)).getByLabelText('No'));
    expect(within(form).getByText(copy.SUGGESTION_WORDS.not_both_willing)).toBeTruthy();
    // Moving away from "both" drops the question and its answer.
    await user.click(within(form).getByLabelText(copy.FAULT_LABELS.them));
    expect(within(form).queryByText(copy.WILLING_LEGEND)).toBeNull();
    expect(within(form).getByText(copy.SUGGESTION_WORDS.ex_at_fault)).toBeTruthy();
    await user.click(within(form).getByLabelText(copy.FAULT_LABELS.both));
    expect(within(form).getByText(copy.SUGGESTION_WORDS.willingness_unsure)).toBeTruthy();
  });

  it('keeps drafts dated, lists them, opens them again, and deletes with Undo', async () => {
    const user = userEvent.setup();
    const { form, db } = await renderPart();
    await user.click(within(form).getByLabelText(copy.FAULT_LABELS.both));
    await user.click(within(group(form, copy.WILLING_LEGEND)).getByLabelText('Not sure'));
    await user.click(within(form).getByRole('button', { name: copy.SAVE }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain(copy.SAVED));
    const today = readToday().day;
    const title = copy.worksheetTitle(today);
    await screen.findByRole('form', { name: title });
    expect(
      within(screen.getByRole('list', { name: copy.LIST_TITLE })).getByText(copy.NO_PATH_YET),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: copy.START_NEW }));
    const fresh = await screen.findByRole('form', { name: copy.NEW_WORKSHEET });
    expect((within(fresh).getByLabelText(copy.FAULT_LABELS.both) as HTMLInputElement).checked).toBe(
      false,
    );
    await user.click(screen.getByRole('button', { name: copy.openLabel(today) }));
    const reopened = await screen.findByRole('form', { name: title });
    expect(
      (within(reopened).getByLabelText(copy.FAULT_LABELS.both) as HTMLInputElement).checked,
    ).toBe(true);
    expect(
      (within(group(reopened, copy.WILLING_LEGEND)).getByLabelText('Not sure') as HTMLInputElement)
        .checked,
    ).toBe(true);

    await user.click(screen.getByRole('button', { name: copy.deleteLabel(today) }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain(copy.DELETED));
    await screen.findByText(copy.LIST_EMPTY);
    expect(db.prepare('SELECT COUNT(*) AS n FROM reflections').get()).toEqual({ n: 0 });
    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    // Back as it was, and open again as the newest worksheet.
    await screen.findByRole('form', { name: title });
    expect(db.prepare('SELECT COUNT(*) AS n FROM reflections').get()).toEqual({ n: 1 });
  });

  it('shows every error from main: beside the question it names, or as the form’s message', async () => {
    const user = userEvent.setup();
    const app = createTestApp();
    await keptHabit(app.dispatch, 'Walk outside', 3);
    const answers = new Map<Channel, AppError>();
    const bridge = Object.fromEntries(
      CHANNELS.map((channel) => [
        channel,
        async (input: unknown) => {
          const error = answers.get(channel);
          return error ? { ok: false, error } : app.dispatch(channel, input);
        },
      ]),
    ) as Bridge;
    app.render(
      <ApiProvider api={createApiClient(bridge)}>
        <DecidePart stage={AT_DECIDE} onStageChanged={() => undefined} />
      </ApiProvider>,
    );
    const form = await screen.findByRole('form', { name: copy.NEW_WORKSHEET });
    await user.click(within(form).getByLabelText(copy.FAULT_LABELS.me));

    const onHabits: AppError = {
      code: 'not_found',
      message: 'One of the habits you picked is gone.',
      field: 'changedHabitIds',
    };
    answers.set('worksheet:save', onHabits);
    await user.click(within(form).getByRole('button', { name: copy.SAVE }));
    const habits = group(form, copy.CHANGES_LEGEND);
    await waitFor(() => expect(habits.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(habits)).toBe(onHabits.message);

    const onNothingShown: AppError = { code: 'internal', message: 'The disk is full.' };
    answers.set('worksheet:choose', onNothingShown);
    await user.click(within(form).getByRole('button', { name: copy.NONE_OF_THESE }));
    // Answering clears the refusal it was about.
    expect(habits.getAttribute('aria-invalid')).toBe('false');
    await answerSafeAndNoContact(user, form);
    await user.click(within(form).getByRole('button', { name: /^Choose Move on/ }));
    const alert = await within(form).findByText(onNothingShown.message);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(form.querySelector('[aria-invalid="true"]')).toBeNull();
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM stage_changes').get()).toEqual({ n: 0 });
  });

  it('a kept worksheet still shows a habit archived since, as its evidence stood that day', async () => {
    const app = createTestApp();
    const walkHabit = await keptHabit(app.dispatch, 'Walk outside', 12);
    const today = readToday().day;
    const saved = await app.dispatch('worksheet:save', {
      day: today,
      safety: 'no',
      askedNoContact: 'no',
      fault: 'me',
      dealBreakers: [],
      changedHabitIds: [walkHabit.id],
    });
    expect(saved.ok).toBe(true);
    await app.dispatch('habit:archive', { id: walkHabit.id });
    app.render(<DecidePart stage={AT_DECIDE} onStageChanged={() => undefined} />);
    const form = await screen.findByRole('form', { name: copy.worksheetTitle(today) });
    const walk = within(form).getByRole('checkbox', { name: /Walk outside/ });
    expect((walk as HTMLInputElement).checked).toBe(true);
    const line = walk.closest('label')?.textContent ?? '';
    expect(line).toContain(copy.ARCHIVED_SINCE);
    expect(line).toContain(copy.evidenceAsOf(today, ''));
    expect(line).toContain('Kept on 12 of the last 28 days.');
    // Still the evidence it was: Reconcile is suggested from it.
    expect(within(form).getByText(copy.SUGGESTION_WORDS.fixed_it)).toBeTruthy();
  });
});
