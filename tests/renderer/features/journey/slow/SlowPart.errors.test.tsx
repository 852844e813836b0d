import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../../../../src-main/shared/ipc-channels';
import type { AppError } from '../../../../../src-main/shared/result';
import { ApiProvider } from '../../../../../src-renderer/api/api-context';
import { createApiClient, type Bridge } from '../../../../../src-renderer/api/api-client';
import { SlowPart } from '../../../../../src-renderer/features/journey/slow/SlowPart';
import * as copy from '../../../../../src-renderer/features/journey/slow/slow-copy';
import { createTestApp } from '../../../render-app';

/*
 * Every error main can send about a check-in is shown, none dropped: beside the field it names,
 * or as the form's general message when the form has no such field (the same rule as every form
 * in tests/renderer/forms/every-form-shows-every-error.test.tsx).
 */

afterEach(cleanup);

const STAGE = {
  current: { stage: 'take_it_slow', sinceDay: null, since: null, isImplicit: false },
  changes: [],
} as const;

/** The part over the real router, where `answerNext` makes one channel answer with an error. */
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
      <SlowPart stage={STAGE} onStageChanged={() => undefined} />
    </ApiProvider>,
  );
  return { answerNext: (channel: Channel, error: AppError) => answers.set(channel, error) };
}

function errorOn(field: string | null): AppError {
  const message = `Something to fix about ${field ?? 'the whole request'}.`;
  return field === null ? { code: 'internal', message } : { code: 'invalid_input', message, field };
}

async function saveWith(error: AppError) {
  const user = userEvent.setup();
  const app = renderAnswering();
  const form = await screen.findByRole('form', { name: copy.FORM_NAME_NEW });
  for (const legend of [copy.TRUST_QUESTION, copy.TENSION_QUESTION]) {
    const group = within(form).getByRole('group', {
      name: new RegExp(`^${legend}`.replace('?', '\\?')),
    });
    await user.click(within(group).getByRole('radio', { name: /^5(,|$)/ }));
  }
  app.answerNext('trust:create', error);
  await user.click(within(form).getByRole('button', { name: copy.SAVE_NEW }));
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

describe('the trust and tension check-in form', () => {
  it.each(['occurredAt', 'timeZone', 'trust', 'tension', 'note'])(
    'shows an error on %s beside its field',
    async (field) => {
      const error = errorOn(field);
      await saveWith(error);
      await expectShown(error, 'beside its field');
    },
  );

  it.each(['id', 'somethingNew.3', null])(
    'shows an error on %s as the general message',
    async (field) => {
      const error = errorOn(field);
      await saveWith(error);
      await expectShown(error, 'as the general message');
    },
  );
});
