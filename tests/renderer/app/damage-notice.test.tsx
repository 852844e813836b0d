import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Database from 'better-sqlite3';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/db/open-database';
import { createHandlers } from '../../../src-main/ipc/handlers';
import { createRouter } from '../../../src-main/ipc/router';
import { CHANNELS } from '../../../src-main/shared/ipc-channels';
import { ApiProvider, useApi } from '../../../src-renderer/api/api-context';
import { createApiClient, type Bridge } from '../../../src-renderer/api/api-client';
import { DamageWatch } from '../../../src-renderer/app/damage-notice';
import { overwriteRootPage } from '../../helpers/damage';

const APP_PAGE = { url: 'app://mending/index.html' };
let dir: string;
let db: Database.Database | undefined;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-damage-notice-'));
});

afterEach(() => {
  cleanup();
  db?.close();
  db = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The real router over a data file; damaged inside when asked. */
function apiOver(isDamaged: boolean) {
  const dataPath = path.join(dir, 'mending.sqlite3');
  const good = openDatabase(dataPath);
  good
    .prepare(
      `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, note, created_at, updated_at)
       VALUES ('2026-11-20T08:00:00.000Z', 'Europe/Berlin', '2026-11-20', 6, 'x', '2026-11-20T08:00:00.000Z', '2026-11-20T08:00:00.000Z')`,
    )
    .run();
  good.close();
  if (isDamaged) overwriteRootPage(dataPath);
  // A plain connection: the damage shows after the start-up check, as if it happened meanwhile.
  db = new Database(dataPath);
  const router = createRouter({
    handlers: createHandlers({ db, version: 'test', databasePath: dataPath }),
    isTrustedSender: () => true,
  });
  const bridge = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (input: unknown) => router.dispatch(channel, input, APP_PAGE),
    ]),
  ) as Bridge;
  return createApiClient(bridge);
}

/** A stand-in screen that lists the month's mood entries when asked. */
function MoodProbe() {
  const api = useApi();
  const [answer, setAnswer] = useState('');
  return (
    <>
      <button
        type="button"
        onClick={() => {
          void api
            .call('mood:list', { from: '2026-11-01', to: '2026-11-30' })
            .then((result) => setAnswer(result.ok ? 'listed' : result.error.message));
        }}
      >
        Load
      </button>
      <p data-testid="answer">{answer}</p>
    </>
  );
}

function renderWatched(isDamaged: boolean) {
  render(
    <ApiProvider api={apiOver(isDamaged)}>
      <DamageWatch>
        <MoodProbe />
      </DamageWatch>
    </ApiProvider>,
  );
}

describe('DamageWatch', () => {
  it('shows one notice above every screen when an answer says the data file is damaged', async () => {
    renderWatched(true);
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Load' }));

    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Your data file is damaged');
    expect(notice.textContent).toContain(
      'Close Mending and open it again: it will offer to restore your newest good backup',
    );
    // Whether what was typed is still there, said in the notice.
    expect(notice.textContent).toContain(
      'What you typed and did not see saved is still in its box: copy it somewhere safe before ' +
        'you leave that screen or close Mending.',
    );
    // The screen still learns its read failed, from the real router's words, but the advice is
    // said once: the screen points to the notice instead of repeating it.
    expect(screen.getByTestId('answer').textContent).toBe(
      'Mending could not read or save this because your data file is damaged. The notice at ' +
        'the top says what to do next.',
    );
    expect(document.body.textContent?.split('Close Mending and open it again')).toHaveLength(2);
  });

  it('shows nothing while answers are fine', async () => {
    renderWatched(false);
    await userEvent.click(screen.getByRole('button', { name: 'Load' }));
    expect(await screen.findByText('listed')).not.toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
