import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../../src-renderer/api/api-context';
import type { ApiClient } from '../../../src-renderer/api/api-client';
import { App } from '../../../src-renderer/app/App';
import { createTestApp } from '../render-app';

/*
 * The page says when a screen has settled: `main[data-screen]` names the screen drawn and
 * `main[data-reads-pending]` counts its reads still waiting for an answer (the Chromium
 * benchmarks time screens by them). A count of 0 while a read waits would time a screen before
 * its content is there; a count stuck above 0 would never let it settle.
 */

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

/** The test app's API, with every answer held until `release` is called. */
function heldApi(api: ApiClient) {
  const held: (() => void)[] = [];
  const client: ApiClient = {
    ...api,
    call: (channel, input) =>
      new Promise((resolve) => {
        held.push(() => resolve(api.call(channel, input)));
      }),
  };
  return {
    client,
    held: () => held.length,
    async release() {
      await act(async () => {
        while (held.length > 0) held.shift()?.();
        await Promise.resolve();
      });
    },
  };
}

function main(): HTMLElement {
  return screen.getByRole('main');
}

describe('the count of reads under way', () => {
  it('is above 0 while a screen waits for its data, and 0 once what it read is shown', async () => {
    const app = createTestApp();
    const api = heldApi(app.api);
    render(
      <ApiProvider api={api.client}>
        <App />
      </ApiProvider>,
    );
    await act(async () => Promise.resolve());
    expect(main().dataset.screen).toBe('today');
    expect(api.held()).toBeGreaterThan(0);
    expect(Number(main().dataset.readsPending)).toBeGreaterThan(0);
    expect(screen.queryByText(/No habits yet/)).toBeNull();

    while (api.held() > 0) await api.release();
    expect(main().dataset.readsPending).toBe('0');
    // Settled means drawn: the habits read are on screen (none yet, in a new app).
    expect(screen.getByText(/No habits yet/)).toBeTruthy();
  });

  it('counts a read again after a change of data, and names the screen moved to', async () => {
    const app = createTestApp();
    const api = heldApi(app.api);
    render(
      <ApiProvider api={api.client}>
        <App />
      </ApiProvider>,
    );
    while (api.held() > 0 || main().dataset.readsPending !== '0') await api.release();

    await act(async () => {
      window.location.hash = '#/mood';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await screen.findByRole('heading', { level: 1, name: 'Mood' });
    expect(main().dataset.screen).toBe('mood');
    expect(Number(main().dataset.readsPending)).toBeGreaterThan(0);
    while (api.held() > 0) await api.release();
    expect(main().dataset.readsPending).toBe('0');
  });
});
