import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../../../src-main/shared/ipc-channels';
import { CHANNELS } from '../../../../src-main/shared/ipc-channels';
import type { AppError } from '../../../../src-main/shared/result';
import { ApiProvider } from '../../../../src-renderer/api/api-context';
import { createApiClient, type Bridge } from '../../../../src-renderer/api/api-client';
import { JourneyScreen } from '../../../../src-renderer/features/journey/JourneyScreen';
import { useFixedClock } from '../../../helpers/fixed-clock';
import { createTestApp } from '../../render-app';

/*
 * The Journey's two forms show every error main can send, as every form does
 * (tests/renderer/forms/every-form-shows-every-error.test.tsx): beside the field it names, or as
 * the form's general message when the form has no such field. None is dropped.
 */

afterEach(cleanup);
useFixedClock();

/** The Journey over the real app, where one channel answers with `error` from then on. */
function renderAnswering() {
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
  app.render(
    <ApiProvider api={createApiClient(bridge)}>
      <JourneyScreen />
    </ApiProvider>,
  );
  return (channel: Channel, error: AppError) => answers.set(channel, error);
}

function errorOn(field: string | null): AppError {
  const message = `Something to fix about ${field ?? 'the whole request'}.`;
  return field === null ? { code: 'internal', message } : { code: 'invalid_input', message, field };
}

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

const UNKNOWN = ['id', 'somethingNew.3', null];

describe('moving to another stage by hand', () => {
  async function moveWith(error: AppError) {
    const user = userEvent.setup();
    const answerNext = renderAnswering();
    const form = await screen.findByRole('form', { name: 'Change stage' });
    await user.click(within(form).getByRole('radio', { name: 'Decide' }));
    answerNext('stage:move', error);
    await user.click(within(form).getByRole('button', { name: 'Change stage' }));
  }

  it.each(['stage', 'reason'])('shows an error on %s beside its field', async (field) => {
    const error = errorOn(field);
    await moveWith(error);
    await expectShown(error, 'beside its field');
  });

  it.each(['timeZone', 'wasSuggested', ...UNKNOWN])(
    'shows an error on %s as the general message',
    async (field) => {
      const error = errorOn(field);
      await moveWith(error);
      await expectShown(error, 'as the general message');
    },
  );
});

describe('the honest reflection', () => {
  async function saveWith(error: AppError) {
    const user = userEvent.setup();
    const answerNext = renderAnswering();
    const form = await screen.findByRole('form', { name: 'Honest reflection' });
    for (const answer of ['Most of it', 'Mostly, yes', 'Yes', 'I’m not sure']) {
      await user.click(within(form).getByRole('radio', { name: answer }));
    }
    answerNext('honest:save', error);
    await user.click(within(form).getByRole('button', { name: 'Save my answers' }));
  }

  it.each(['day', 'overThem', 'habits', 'allRight', 'makesSense', 'note'])(
    'shows an error on %s beside its field',
    async (field) => {
      const error = errorOn(field);
      await saveWith(error);
      await expectShown(error, 'beside its field');
    },
  );

  it.each(UNKNOWN)('shows an error on %s as the general message', async (field) => {
    const error = errorOn(field);
    await saveWith(error);
    await expectShown(error, 'as the general message');
  });
});
