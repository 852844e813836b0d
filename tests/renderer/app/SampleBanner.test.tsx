import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { REFUSED_WHILE_EXPLORING } from '../../../src-main/ipc/sample-copy';
import type { GenerateSample } from '../../../src-main/services/sample-data-service';
import { App } from '../../../src-renderer/app/App';
import { SAMPLE_BANNER, SAMPLE_SETTINGS } from '../../../src-renderer/app/sample-copy';
import { SECTIONS } from '../../../src-renderer/app/sections';
import { generateHistory } from '../../../src-main/sample/generate-history';
import { currentTimeZone } from '../../../src-renderer/app/clock';
import { createTestApp } from '../render-app';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

// A month of made-up history is enough for the frame; what it holds does not matter here.
const smallHistory: GenerateSample = (db, { today, timeZone }) => {
  generateHistory(db, { today, timeZone, years: 1 / 12 });
};

const banner = () => screen.queryByRole('region', { name: SAMPLE_BANNER.label });

async function openOnSettings() {
  const app = createTestApp({ generateSample: smallHistory });
  const own = await app.dispatch('mood:create', {
    occurredAt: new Date().toISOString(),
    // Recorded here and now, as the Mood screen would. Recorded in UTC, "now" is tomorrow's day
    // there for five hours of each New York evening, and the screen lists days up to today here.
    timeZone: currentTimeZone(),
    mood: 4,
    note: 'my own words',
  });
  expect(own.ok).toBe(true);
  app.render(<App />);
  await goTo('#/settings');
  const card = await screen.findByRole('region', { name: SAMPLE_SETTINGS.title });
  return { app, card };
}

describe('Explore with sample data', () => {
  it('says in Settings what the sample is, where it lives and what happens to the own entries', async () => {
    const { card } = await openOnSettings();
    expect(card.textContent).toContain('a history of about a year');
    expect(card.textContent).toContain('separate file');
    expect(card.textContent).toContain('Your own entries stay untouched and are not shown');
    expect(card.textContent).toContain('removed with it when you leave');
    expect(card.textContent).toContain('never kept between starts');
    await waitFor(() =>
      expect(within(card).getByRole('button', { name: SAMPLE_SETTINGS.start })).toHaveProperty(
        'disabled',
        false,
      ),
    );
    expect(banner()).toBeNull();
  });

  it('shows the banner on every screen while exploring, and leaving brings the own data back', async () => {
    const user = userEvent.setup();
    const { app, card } = await openOnSettings();
    const start = within(card).getByRole('button', { name: SAMPLE_SETTINGS.start });
    await waitFor(() => expect(start).toHaveProperty('disabled', false));
    await user.click(start);

    const shown = await screen.findByRole('region', { name: SAMPLE_BANNER.label });
    expect(shown.textContent).toContain(
      'You are exploring sample data. None of this is yours; your own entries are safe and will be back when you leave.',
    );
    expect(shown.textContent).toContain(SAMPLE_BANNER.addedHereLeaves);
    expect(await within(card).findByText(SAMPLE_SETTINGS.exploringNow)).toBeTruthy();
    // Backups wait, and say how to get them back.
    expect(await screen.findAllByText(REFUSED_WHILE_EXPLORING.backups)).not.toHaveLength(0);

    for (const section of SECTIONS) {
      await goTo(`#/${section.id}`);
      const onScreen = await screen.findByRole('region', { name: SAMPLE_BANNER.label });
      expect(
        within(onScreen).getByRole('button', { name: SAMPLE_BANNER.leave }),
        section.id,
      ).toBeTruthy();
    }

    await goTo('#/mood');
    await user.click(
      within(await screen.findByRole('region', { name: SAMPLE_BANNER.label })).getByRole('button', {
        name: SAMPLE_BANNER.leave,
      }),
    );
    await waitFor(() => expect(banner()).toBeNull());
    expect(await screen.findByText('my own words')).toBeTruthy();
    expect(await app.dispatch('sample:status', {})).toEqual({
      ok: true,
      value: { isExploring: false },
    });
  });

  it('shows why the sample could not be made, and stays on the own data', async () => {
    const user = userEvent.setup();
    const app = createTestApp({
      generateSample: () => {
        throw new Error('broken generator');
      },
    });
    app.render(<App />);
    await goTo('#/settings');
    const card = await screen.findByRole('region', { name: SAMPLE_SETTINGS.title });
    const start = within(card).getByRole('button', { name: SAMPLE_SETTINGS.start });
    await waitFor(() => expect(start).toHaveProperty('disabled', false));
    await user.click(start);
    expect((await within(card).findByRole('alert')).textContent).toMatch(/something went wrong/i);
    expect(banner()).toBeNull();
  });
});
