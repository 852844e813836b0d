import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../../src-main/shared/ipc-channels';
import type { AppError } from '../../../src-main/shared/result';
import { ApiProvider } from '../../../src-renderer/api/api-context';
import { createApiClient, type Bridge } from '../../../src-renderer/api/api-client';
import { CommunicationScreen } from '../../../src-renderer/features/communication/CommunicationScreen';
import { HabitsScreen } from '../../../src-renderer/features/habits/HabitsScreen';
import { MoodScreen } from '../../../src-renderer/features/mood/MoodScreen';
import { ReportScreen } from '../../../src-renderer/features/report/ReportScreen';
import { EmotionTagSettings } from '../../../src-renderer/features/settings/EmotionTagSettings';
import { UnavoidableContactSettings } from '../../../src-renderer/features/settings/UnavoidableContactSettings';
import { QuickMoodCheckIn } from '../../../src-renderer/features/today/QuickMoodCheckIn';
import { CHANNELS } from '../../../src-main/shared/ipc-channels';
import { createTestApp } from '../render-app';

afterEach(cleanup);

/**
 * A screen over the real router and an in-memory database, where `answerNext` makes one channel
 * answer with a given error (as main would for a vanished entry or a full disk) from then on.
 */
function renderAnswering(ui: ReactElement) {
  const app = createTestApp();
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
  // The inner provider wins, so every call from the screen goes through `bridge`.
  app.render(<ApiProvider api={createApiClient(bridge)}>{ui}</ApiProvider>);
  return {
    ...app,
    answerNext: (channel: Channel, error: AppError) => answers.set(channel, error),
  };
}

/** One error main could send: on `field` (a form's own, or one it does not have), or on none. */
function errorOn(field: string | null): AppError {
  const message = `Something to fix about ${field ?? 'the whole request'}.`;
  return field === null ? { code: 'internal', message } : { code: 'invalid_input', message, field };
}

/**
 * The error is on screen as an alert. On a field the form shows, that field's control (or its
 * group) is marked invalid and described by it; otherwise it is the form's general message.
 */
async function expectShown(error: AppError, place: 'beside its field' | 'as the general message') {
  const alert = await screen.findByText(error.message);
  expect(alert.getAttribute('role')).toBe('alert');
  const describing = alert.id
    ? [...document.querySelectorAll(`[aria-describedby~="${alert.id}"]`)]
    : [];
  if (place === 'beside its field') {
    expect(describing.length).toBeGreaterThan(0);
    for (const control of describing) expect(control.getAttribute('aria-invalid')).toBe('true');
  } else {
    expect(describing).toEqual([]);
    expect(document.querySelector('[aria-invalid="true"]')).toBeNull();
  }
}

/** A number on the scale whose legend starts with `legend`. */
function scaleNumber(legend: string, n: number): HTMLElement {
  const group = screen.getByRole('group', { name: new RegExp(`^${legend}`) });
  return within(group).getByRole('radio', { name: new RegExp(`^${n}(,|$)`) });
}

const UNKNOWN = ['id', 'somethingNew.3'];

describe('the mood form (Mood screen)', () => {
  async function saveWith(error: AppError) {
    const user = userEvent.setup();
    const app = renderAnswering(<MoodScreen />);
    await screen.findByRole('form', { name: 'New mood entry' });
    await user.click(scaleNumber('Mood', 5));
    app.answerNext('mood:create', error);
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
  }

  it.each(['occurredAt', 'timeZone', 'mood', 'energy', 'hurt', 'tags', 'tags.0', 'note'])(
    'shows an error on %s beside its field',
    async (field) => {
      const error = errorOn(field);
      await saveWith(error);
      await expectShown(error, 'beside its field');
    },
  );

  it.each([...UNKNOWN, null])('shows an error on %s as the general message', async (field) => {
    const error = errorOn(field);
    await saveWith(error);
    await expectShown(error, 'as the general message');
  });
});

describe('the quick mood check-in (Today)', () => {
  async function saveWith(error: AppError, user = userEvent.setup()) {
    const app = renderAnswering(<QuickMoodCheckIn timeZone="UTC" entriesToday={0} />);
    await user.click(scaleNumber('Mood', 5));
    app.answerNext('mood:create', error);
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
  }

  it.each(['mood', 'energy', 'hurt', 'tags', 'note'])(
    'shows an error on %s beside its field, opening the folded part if need be',
    async (field) => {
      const error = errorOn(field);
      await saveWith(error);
      await expectShown(error, 'beside its field');
      // Not hidden away inside "Energy, how much it hurts, emotions, a note".
      const folded = screen.getByText(error.message).closest('details');
      await waitFor(() => expect(folded === null || folded.open).toBe(true));
    },
  );

  // The check-in takes its time from the clock, so the time is a field this form does not have.
  it.each(['occurredAt', ...UNKNOWN, null])(
    'shows an error on %s as the general message',
    async (field) => {
      const error = errorOn(field);
      await saveWith(error);
      await expectShown(error, 'as the general message');
    },
  );
});

describe('the conversation form', () => {
  async function saveWith(error: AppError) {
    const user = userEvent.setup();
    const app = renderAnswering(<CommunicationScreen />);
    const form = await screen.findByRole('form', { name: 'Log a conversation' });
    await user.click(within(form).getByLabelText('My ex'));
    await user.click(within(form).getByLabelText('Other'));
    await user.click(within(form).getByLabelText('I-statements'));
    app.answerNext('communication:create', error);
    await user.click(within(form).getByRole('button', { name: 'Save conversation' }));
  }

  it.each([
    'occurredAt',
    'timeZone',
    'counterpart',
    'isContactWithEx',
    'contactContext',
    'skill',
    'initiatedBy',
    'tone',
    'outcome',
    'selfRating',
    'moodBefore',
    'moodAfter',
    'doDifferently',
    'note',
  ])('shows an error on %s beside its field', async (field) => {
    const error = errorOn(field);
    await saveWith(error);
    await expectShown(error, 'beside its field');
  });

  it.each([...UNKNOWN, null])('shows an error on %s as the general message', async (field) => {
    const error = errorOn(field);
    await saveWith(error);
    await expectShown(error, 'as the general message');
  });
});

describe('the conversation form, a rehearsal on your own', () => {
  // Not contact with the ex, and no one reached out, set a tone or resolved anything: all hidden.
  it.each(['contactContext', 'initiatedBy', 'tone', 'outcome'])(
    'shows an error on the hidden %s as the general message',
    async (field) => {
      const user = userEvent.setup();
      const app = renderAnswering(<CommunicationScreen />);
      const form = await screen.findByRole('form', { name: 'Log a conversation' });
      await user.click(within(form).getByLabelText('On my own (rehearsal)'));
      await user.click(within(form).getByLabelText('I-statements'));
      const error = errorOn(field);
      app.answerNext('communication:create', error);
      await user.click(within(form).getByRole('button', { name: 'Save conversation' }));
      await expectShown(error, 'as the general message');
    },
  );
});

describe('the habit form', () => {
  async function saveWith(error: AppError) {
    const user = userEvent.setup({ delay: null });
    const app = renderAnswering(<HabitsScreen />);
    const form = await screen.findByRole('form', { name: 'New habit' });
    await user.type(within(form).getByLabelText(/^Name/), 'Walk outside');
    app.answerNext('habit:create', error);
    await user.click(within(form).getByRole('button', { name: 'Add habit' }));
  }

  it.each(['name', 'kind', 'targetCount', 'period'])(
    'shows an error on %s beside its field',
    async (field) => {
      const error = errorOn(field);
      await saveWith(error);
      await expectShown(error, 'beside its field');
    },
  );

  it.each([...UNKNOWN, null])('shows an error on %s as the general message', async (field) => {
    const error = errorOn(field);
    await saveWith(error);
    await expectShown(error, 'as the general message');
  });
});

describe('the habit form, changing a habit', () => {
  async function saveWith(error: AppError) {
    const user = userEvent.setup({ delay: null });
    const app = renderAnswering(<HabitsScreen />);
    const form = await screen.findByRole('form', { name: 'New habit' });
    await user.type(within(form).getByLabelText(/^Name/), 'Walk outside');
    await user.click(within(form).getByRole('button', { name: 'Add habit' }));
    const card = await screen.findByRole('listitem', { name: 'Walk outside' });
    await user.click(within(card).getByRole('button', { name: 'Rename or change target' }));
    const editing = await within(card).findByRole('form', { name: 'Change habit' });
    app.answerNext('habit:update', error);
    await user.click(within(editing).getByRole('button', { name: 'Save changes' }));
  }

  it.each(['name', 'targetCount', 'period'])(
    'shows an error on %s beside its field',
    async (field) => {
      const error = errorOn(field);
      await saveWith(error);
      await expectShown(error, 'beside its field');
    },
  );

  // The kind cannot be changed, so it is not on this form.
  it.each(['kind', ...UNKNOWN, null])(
    'shows an error on %s as the general message',
    async (field) => {
      const error = errorOn(field);
      await saveWith(error);
      await expectShown(error, 'as the general message');
    },
  );
});

describe('the habit check-in and its note', () => {
  async function saveNoteWith(error: AppError) {
    const user = userEvent.setup({ delay: null });
    const app = renderAnswering(<HabitsScreen />);
    const form = await screen.findByRole('form', { name: 'New habit' });
    await user.type(within(form).getByLabelText(/^Name/), 'Walk outside');
    await user.click(within(form).getByRole('button', { name: 'Add habit' }));
    const card = await screen.findByRole('listitem', { name: 'Walk outside' });
    await user.click(within(card).getByRole('button', { name: /Done/ }));
    await user.click(await within(card).findByRole('button', { name: 'Add note' }));
    await user.type(within(card).getByLabelText(/^Note/), 'By the river');
    app.answerNext('checkin:set', error);
    await user.click(within(card).getByRole('button', { name: 'Save note' }));
  }

  it('shows an error on the note beside it', async () => {
    const error = errorOn('note');
    await saveNoteWith(error);
    await expectShown(error, 'beside its field');
  });

  it.each(['count', 'day', ...UNKNOWN, null])(
    'shows an error on %s where it can be seen',
    async (field) => {
      const error = errorOn(field);
      await saveNoteWith(error);
      // A habit done once a day has a Done button rather than a count box.
      await expectShown(error, 'as the general message');
    },
  );

  it('shows an error on the count beside the count box of a counted habit', async () => {
    const user = userEvent.setup({ delay: null });
    const app = renderAnswering(<HabitsScreen />);
    const form = await screen.findByRole('form', { name: 'New habit' });
    await user.type(within(form).getByLabelText(/^Name/), 'Drink water');
    const target = within(form).getByRole('spinbutton');
    await user.clear(target);
    await user.type(target, '3');
    await user.click(within(form).getByRole('button', { name: 'Add habit' }));
    const card = await screen.findByRole('listitem', { name: 'Drink water' });
    const error = errorOn('count');
    app.answerNext('checkin:set', error);
    await user.click(within(card).getByRole('button', { name: /^One more/ }));
    await expectShown(error, 'beside its field');
  });
});

describe('your own emotion words (Settings)', () => {
  async function addWith(error: AppError) {
    const user = userEvent.setup();
    const app = renderAnswering(<EmotionTagSettings />);
    await screen.findByText(
      'No words of your own yet. Type one in New word above and choose Add word.',
    );
    await user.type(screen.getByRole('textbox', { name: 'New word' }), 'wistful');
    app.answerNext('tag:create', error);
    await user.click(screen.getByRole('button', { name: 'Add word' }));
  }

  it('shows an error on the word beside it', async () => {
    const error = errorOn('name');
    await addWith(error);
    await expectShown(error, 'beside its field');
  });

  it.each([...UNKNOWN, null])('shows an error on %s as the general message', async (field) => {
    const error = errorOn(field);
    await addWith(error);
    await expectShown(error, 'as the general message');
  });
});

describe('contact you cannot avoid (Settings)', () => {
  async function tickWith(error: AppError) {
    const user = userEvent.setup();
    const app = renderAnswering(<UnavoidableContactSettings />);
    const box = screen.getAllByRole('checkbox')[0];
    if (!box) throw new Error('No situations to tick');
    await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
    app.answerNext('settings:update', error);
    await user.click(box);
  }

  it('shows an error on the situations beside them', async () => {
    const error = errorOn('unavoidableSituations');
    await tickWith(error);
    await expectShown(error, 'beside its field');
  });

  it.each([...UNKNOWN, null])('shows an error on %s as the general message', async (field) => {
    const error = errorOn(field);
    await tickWith(error);
    await expectShown(error, 'as the general message');
  });
});

describe('the report options', () => {
  async function saveWith(error: AppError, privacy?: RegExp) {
    const user = userEvent.setup();
    const app = renderAnswering(<ReportScreen />);
    if (privacy) await user.click(screen.getByRole('radio', { name: privacy }));
    app.answerNext('report:save', error);
    await user.click(screen.getByRole('button', { name: 'Save report…' }));
  }

  it.each(['from', 'to'])('shows an error on %s beside the period', async (field) => {
    const error = errorOn(field);
    await saveWith(error);
    await expectShown(error, 'beside its field');
  });

  it('shows an error on the names to hide beside them, at the therapist level', async () => {
    const error = errorOn('redactions.0');
    await saveWith(error, /therapist/i);
    await expectShown(error, 'beside its field');
  });

  it.each(['redactions', 'format', ...UNKNOWN, null])(
    'shows an error on %s as the general message when no field of it is shown',
    async (field) => {
      const error = errorOn(field);
      await saveWith(error);
      await expectShown(error, 'as the general message');
    },
  );
});
