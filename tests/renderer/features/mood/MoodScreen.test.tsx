import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMoodService } from '../../../../src-main/services/mood-service';
import { createTagService } from '../../../../src-main/services/tag-service';
import { addDays, dayOfInstant, instantOfWallTime } from '../../../../src-main/shared/calendar';
import { TOO_FEW_FOR_TREND } from '../../../../src-main/shared/share-words';
import { NOTE_HINT } from '../../../../src-renderer/forms';
import { dayLabel } from '../../../../src-renderer/charts/MoodCalendar';
import { MoodScreen } from '../../../../src-renderer/features/mood/MoodScreen';
import { currentTimeZone } from '../../../../src-renderer/features/mood/mood-form-state';
import { createTestApp, renderWithApp } from '../../render-app';
import { useFixedClock } from '../../../helpers/fixed-clock';

afterEach(cleanup);

function countRows(db: ReturnType<typeof renderWithApp>['db']): number {
  return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM mood_entries').get()?.n ?? -1;
}

// The screen and the test agree on today whatever the real date, hour or zone.
useFixedClock();

describe('Mood screen', () => {
  it('saves an entry with emotions and a note, and lists it under today', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<MoodScreen />);
    expect(await screen.findByText(/Nothing here yet/)).toBeTruthy();

    await user.click(scaleNumber(document.body, 'Mood', 7));
    await user.click(screen.getByRole('button', { name: 'hopeful' }));
    await user.type(screen.getByLabelText(/^Note/), 'Slept well');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Saved'));
    const entry = await screen.findByRole('listitem', { name: /Mood 7 at/ });
    expect(within(entry).getByText('hopeful')).toBeTruthy();
    expect(within(entry).getByText('Slept well')).toBeTruthy();
    expect(countRows(db)).toBe(1);
    // The form is ready for the next entry.
    await waitFor(() =>
      expect(
        within(scale(document.body, 'Mood')).queryByRole('radio', { checked: true }),
      ).toBeNull(),
    );
  });

  it('shows the contract’s message next to a missing mood and writes nothing', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<MoodScreen />);
    await user.click(await screen.findByRole('button', { name: 'Save entry' }));

    const mood = scale(document.body, 'Mood');
    await waitFor(() => expect(mood.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(mood.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe('Choose a number for your mood, from 1 to 10.');
    expect(countRows(db)).toBe(0);
  });

  it('rejects an impossible date with a message beside the date', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<MoodScreen />);
    const date = await screen.findByLabelText('Date');
    await user.clear(date);
    await user.click(scaleNumber(document.body, 'Mood', 5));
    await user.click(screen.getByRole('button', { name: 'Save entry' }));

    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('alert').textContent).toBe('Choose a real date and time.');
    expect(countRows(db)).toBe(0);
  });

  it('edits an entry in place, undoes the edit, deletes it and undoes the deletion', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<MoodScreen />);
    const allRows = () => db.prepare('SELECT * FROM mood_entries').all();
    await user.click(await findScaleNumber('Mood', 4));
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    const entry = await screen.findByRole('listitem', { name: /Mood 4 at/ });
    const asSaved = allRows();

    await user.click(within(entry).getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit mood entry' });
    await user.click(scaleNumber(form, 'Mood', 8));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('listitem', { name: /Mood 8 at/ });
    expect(db.prepare('SELECT mood FROM mood_entries').pluck().all()).toEqual([8]);

    // Undo after an edit puts back exactly what was there, times included.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const restored = await screen.findByRole('listitem', { name: /Mood 4 at/ });
    expect(allRows()).toEqual(asSaved);

    await user.click(within(restored).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/Nothing here yet/)).toBeTruthy();
    expect(allRows()).toEqual([]);
    expect(screen.getByRole('status').textContent).toContain('Mood entry deleted.');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('listitem', { name: /Mood 4 at/ });
    expect(allRows()).toEqual(asSaved);
  });

  it('says so when the entry being changed was undone away, and writes nothing', async () => {
    // Save, press Edit, press Undo in the message (the entry is gone), press "Save changes": main
    // answers "not found" on `id`, a field the form does not have, so it is the form's message.
    const user = userEvent.setup();
    const { db } = renderWithApp(<MoodScreen />);
    await user.click(await findScaleNumber('Mood', 6));
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    const entry = await screen.findByRole('listitem', { name: /Mood 6 at/ });
    const [saved] = db.prepare<[], { id: number }>('SELECT id FROM mood_entries').all();

    await user.click(within(entry).getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit mood entry' });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(countRows(db)).toBe(0));
    await user.click(scaleNumber(form, 'Mood', 7));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toBe(
      'This mood entry was deleted elsewhere, so these changes could not be saved. What you typed is still here.',
    );
    // No earlier message sits beside the refusal as if this had been saved.
    expect(screen.getByRole('status').textContent).toBe('');
    expect(saved?.id).toBeGreaterThan(0);
    expect(countRows(db)).toBe(0);
  });

  it('offers your own words, and keeps a removed word on an entry being changed', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(
      <OpenLater>
        <MoodScreen />
      </OpenLater>,
    );
    createTagService(db).create('raw');
    // "wistful" was on the list once; the entry kept it after it was removed.
    const now = new Date().toISOString();
    createMoodService(db).create({
      occurredAt: now,
      timeZone: currentTimeZone(),
      mood: 3,
      tags: ['wistful'],
    });
    await user.click(screen.getByRole('button', { name: 'Open' }));

    const form = await screen.findByRole('form', { name: 'New mood entry' });
    await within(form).findByRole('button', { name: 'raw' });
    expect(within(form).queryByRole('button', { name: 'wistful' })).toBeNull();

    const entry = await screen.findByRole('listitem', { name: /Mood 3 at/ });
    await user.click(within(entry).getByRole('button', { name: 'Edit' }));
    const editing = screen.getByRole('form', { name: 'Edit mood entry' });
    const kept = within(editing).getByRole('button', { name: 'wistful' });
    expect(kept.getAttribute('aria-pressed')).toBe('true');
    await user.click(within(editing).getByRole('button', { name: 'raw' }));
    await user.click(within(editing).getByRole('button', { name: 'Save changes' }));

    const changed = await screen.findByRole('listitem', { name: /Mood 3 at/ });
    await waitFor(() =>
      expect(
        within(changed)
          .getAllByText(/raw|wistful/)
          .map((c) => c.textContent),
      ).toEqual(['raw', 'wistful']),
    );
  });

  it('shows entries on the energy grid and colours the day in the calendar', async () => {
    const user = userEvent.setup();
    const { container } = renderWithApp(<MoodScreen />);
    await user.click(await findScaleNumber('Mood', 8));
    await user.click(scaleNumber(document.body, 'Energy', 3));
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await screen.findByRole('listitem', { name: /Mood 8 at/ });
    await user.click(scaleNumber(document.body, 'Mood', 5));
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    await screen.findByRole('listitem', { name: /Mood 5 at/ });

    const trend = screen.getByRole('tab', { name: 'Trend' });
    expect(trend.getAttribute('aria-selected')).toBe('true');
    // Arrow keys move between the views, as in any set of tabs.
    trend.focus();
    await user.keyboard('{ArrowRight}');
    const grid = screen.getByRole('tab', { name: 'Energy grid' });
    expect(grid.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(grid);
    await waitFor(() =>
      expect(
        screen.getByText(
          '1 entry with an energy rating in the last 30 days: 1 with better mood, lower energy. ' +
            '1 entry without an energy rating is left out.',
        ),
      ).toBeTruthy(),
    );
    expect(container.querySelectorAll('.recharts-scatter-symbol')).toHaveLength(1);

    await user.click(screen.getByRole('tab', { name: 'Calendar' }));
    const today = dayOfInstant(new Date().toISOString(), currentTimeZone());
    const label = dayLabel(today, { day: today, average: 6.5, count: 2 });
    const cell = await waitFor(() => {
      // A day is named by its content (see MoodCalendar.test.tsx).
      const found = [...container.querySelectorAll('[role="gridcell"]')].find(
        (c) => c.textContent?.replace(/\s+/g, ' ').trim() === label,
      );
      if (!found) throw new Error(`No day labelled "${label}".`);
      return found;
    });
    expect(cell.getAttribute('data-level')).toBe('4');
    expect(cell.getAttribute('aria-current')).toBe('date');
  });
});

describe('Mood screen: words that say only what the days carry', () => {
  /** Seeds one entry at noon, `daysAgo` days before today, on the person's clock. */
  function seed(app: ReturnType<typeof createTestApp>, moods: readonly [number, number][]) {
    const zone = currentTimeZone();
    const today = dayOfInstant(new Date().toISOString(), zone);
    for (const [daysAgo, mood] of moods) {
      createMoodService(app.db).create({
        occurredAt: instantOfWallTime(addDays(today, -daysAgo), '12:00', zone),
        timeZone: zone,
        mood,
      });
    }
  }

  it('says the climb an overall average would hide, and draws the line it is read from', async () => {
    const app = createTestApp();
    // Averages to 4.25; the mood climbed from 2 to 7 over three weeks.
    seed(app, [
      [21, 2],
      [14, 3],
      [7, 5],
      [0, 7],
    ]);
    const { container } = app.render(<MoodScreen />);
    const caption =
      'In the last 30 days you recorded your mood on 4 days. It rose from about 2 to about 7 (the dashed line).';
    const figure = await screen.findByRole('figure', { name: caption });
    expect(figure.textContent).not.toMatch(/average|4\.\d/);
    await waitFor(() =>
      expect(
        container.querySelector('.mood-trend-line .recharts-line-curve')?.getAttribute('d'),
      ).toMatch(/^M[\d.]+,[\d.]+L/),
    );
    expect(
      container.querySelector('.mood-daily-line .recharts-line-curve')?.getAttribute('stroke'),
    ).toBe('var(--accent)');
  });

  it('with three days, shows their dots, draws no line and says there are too few for a trend', async () => {
    const app = createTestApp();
    seed(app, [
      [14, 2],
      [7, 5],
      [0, 7],
    ]);
    const { container } = app.render(<MoodScreen />);
    const caption = `In the last 30 days you recorded your mood on 3 days. ${TOO_FEW_FOR_TREND}`;
    await screen.findByRole('figure', { name: caption });
    await waitFor(() => expect(container.querySelectorAll('.recharts-line-dot')).toHaveLength(3));
    expect(container.querySelector('.mood-trend-line')).toBeNull();
    expect(container.querySelector('.mood-daily-line')).toBeNull();
    // The dots' own line is there for recharts to place them, but never drawn.
    const curve = container.querySelector('.mood-dots .recharts-line-curve');
    expect(curve === null || curve.getAttribute('stroke') === 'none').toBe(true);
  });

  it('asks how much it hurts right now, 0 being not at all, and says when a note leaves the app', async () => {
    renderWithApp(<MoodScreen />);
    const form = await screen.findByRole('form', { name: 'New mood entry' });
    const hurt = scale(form, 'How much does it hurt right now\\?');
    expect(within(hurt).getByRole('radio', { name: '0, not at all' })).toBeTruthy();
    expect(within(hurt).getByRole('radio', { name: '10, very much' })).toBeTruthy();
    expect(form.textContent).toContain(NOTE_HINT);
    expect(form.textContent).not.toMatch(/still hurt|only you see/);
  });

  it('offers the words for the breakup itself', async () => {
    renderWithApp(<MoodScreen />);
    const form = await screen.findByRole('form', { name: 'New mood entry' });
    for (const word of ['heartbroken', 'hurt', 'rejected', 'guilty', 'missing them']) {
      expect(await within(form).findByRole('button', { name: word })).toBeTruthy();
    }
  });
});

/** The 1-10 (or 0-10) scale whose legend starts with `legend`, inside `container`. */
function scale(container: HTMLElement, legend: string): HTMLElement {
  return within(container).getByRole('group', { name: new RegExp(`^${legend}`) });
}

/** The number `n` on a scale; its accessible name is the number, then the end's words if any. */
function scaleNumber(container: HTMLElement, legend: string, n: number): HTMLElement {
  return within(scale(container, legend)).getByRole('radio', { name: new RegExp(`^${n}(,|$)`) });
}

async function findScaleNumber(legend: string, n: number): Promise<HTMLElement> {
  const group = await screen.findByRole('group', { name: new RegExp(`^${legend}`) });
  return within(group).getByRole('radio', { name: new RegExp(`^${n}(,|$)`) });
}

/** Shows its children only when asked, so a test can put data in the database first. */
function OpenLater({ children }: { children: ReactNode }) {
  const [isOpen, setIsOpen] = useState(false);
  return isOpen ? children : <button onClick={() => setIsOpen(true)}>Open</button>;
}

describe('Mood screen with no entries yet', () => {
  it('says what to do first in each view instead of an empty chart', async () => {
    const user = userEvent.setup();
    const { container } = renderWithApp(<MoodScreen />);
    expect(
      await screen.findByText(
        'Your mood line begins with your first entry: add one with the form on this page, even just a number.',
      ),
    ).toBeTruthy();
    expect(container.querySelector('.recharts-wrapper')).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Energy grid' }));
    expect(
      await screen.findByText(
        /No entries with an energy rating in the last 30 days yet: energy is optional/,
      ),
    ).toBeTruthy();
    expect(container.querySelector('.recharts-wrapper')).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Calendar' }));
    expect(await screen.findByText(/Days with an entry take a colour here\./)).toBeTruthy();
  });
});
