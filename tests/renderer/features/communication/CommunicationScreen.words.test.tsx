import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { longDay } from '../../../../src-renderer/app/day-format';
import { NOTE_HINT } from '../../../../src-renderer/forms';
import { CommunicationScreen } from '../../../../src-renderer/features/communication/CommunicationScreen';
import { createCommunicationService } from '../../../../src-main/services/communication-service';
import type { CommunicationEntryInput } from '../../../../src-main/shared/contract/communication';
import { useFixedClock } from '../../../helpers/fixed-clock';
import { createTestApp } from '../../render-app';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

// 2026-11-28 (the 29th in Apia and on Lord Howe): the screen's first 90 days reach back to the
// end of August, so "since" the span's start would name a day long before any entry below.
useFixedClock();

const entryAt = (occurredAt: string, extra: Partial<CommunicationEntryInput> = {}) =>
  ({
    occurredAt,
    timeZone: 'UTC',
    skill: 'listening',
    counterpart: 'friend',
    isContactWithEx: false,
    ...extra,
  }) satisfies CommunicationEntryInput;

type Db = ReturnType<typeof createTestApp>['db'];

/** The screen over a database holding `entries`; `before` may change rows as older versions did. */
function showWith(entries: readonly CommunicationEntryInput[], before?: (db: Db) => void) {
  const app = createTestApp();
  const service = createCommunicationService(app.db);
  for (const e of entries) service.create(e);
  before?.(app.db);
  app.render(<CommunicationScreen />);
  return { user: userEvent.setup(), db: app.db };
}

const form = (name = 'Log a conversation') => screen.getByLabelText(name);
const sinceLines = () => screen.queryAllByText(/^Since /).map((p) => p.textContent);

describe('Communication: the list says since when it shows entries, truthfully', () => {
  it('names the day of its oldest entry, not the first day it read', async () => {
    showWith([entryAt('2026-11-10T12:00:00.000Z'), entryAt('2026-11-20T12:00:00.000Z')]);
    await waitFor(() => expect(sinceLines()).toEqual([`Since ${longDay('2026-11-10')}.`]));
    // Nothing earlier exists, so no button offers it (once that is known).
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Show earlier conversations' })).toBeNull(),
    );
    // The first day read (31 August, or 1 September where it is already the 29th) is never named.
    for (const day of ['2026-08-31', '2026-09-01']) {
      expect(document.body.textContent).not.toContain(longDay(day));
    }
  });

  it('offers earlier entries only while some exist, and moves "since" with what it shows', async () => {
    const { user } = showWith([
      entryAt('2026-05-12T12:00:00.000Z', { skill: 'apology' }),
      entryAt('2026-11-10T12:00:00.000Z'),
    ]);
    await waitFor(() => expect(sinceLines()).toEqual([`Since ${longDay('2026-11-10')}.`]));
    await user.click(await screen.findByRole('button', { name: 'Show earlier conversations' }));
    // 180 days back still stops short of May: the line stays on the oldest entry shown.
    await user.click(await screen.findByRole('button', { name: 'Show earlier conversations' }));
    await screen.findByLabelText(/^Apology with friend/);
    await waitFor(() => expect(sinceLines()).toEqual([`Since ${longDay('2026-05-12')}.`]));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Show earlier conversations' })).toBeNull(),
    );
  });

  it('says nothing about "since" over an empty list, and names the day it read from', async () => {
    showWith([entryAt('2026-05-12T12:00:00.000Z')]);
    const note = await screen.findByText(/your earlier conversations are one click away/);
    expect(note.textContent).toMatch(/^None since \S.*; your earlier conversations/);
    expect(sinceLines()).toEqual([]);
  });
});

describe('Communication: contact with the ex, asked without blame', () => {
  it('asks what brought it about, with reaching out as an honest answer', async () => {
    const { user, db } = showWith([]);
    const f = await screen.findByLabelText('Log a conversation');
    await user.click(within(f).getByLabelText('My ex'));
    const question = within(f).getByRole('group', { name: /^What brought it about\?/ });
    expect(
      within(question)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual([
      'I reached out',
      'They reached out',
      'Co-parenting',
      'Shared home',
      'Work or school',
      'Other',
    ]);
    expect(
      [...(within(f).getByLabelText('Who reached out first') as HTMLSelectElement).options].map(
        (o) => o.text,
      ),
    ).toEqual(['Not noted', 'I did', 'They did', 'Both of us']);
    expect(f.textContent).not.toMatch(/avoid|started it|how you did|excuse/i);

    // "I reached out" already says who reached out first: not asked again, and kept as "me".
    await user.click(within(question).getByLabelText('I reached out'));
    await waitFor(() => expect(within(f).queryByLabelText('Who reached out first')).toBeNull());
    await user.click(within(f).getByLabelText('Setting a boundary'));
    await user.click(within(f).getByText('Save conversation'));
    const entry = await screen.findByLabelText(/^Setting a boundary with my ex/);
    expect(within(entry).getByText('Contact with my ex · I reached out')).toBeTruthy();
    // Said once, not twice.
    expect(within(entry).queryByText('I reached out first')).toBeNull();
    expect(
      db.prepare('SELECT contact_context, initiated_by FROM communication_entries').get(),
    ).toEqual({ contact_context: 'i_reached_out', initiated_by: 'me' });
  });

  it('asks who reached out first only when what brought it about does not say', async () => {
    const { user, db } = showWith([]);
    const f = await screen.findByLabelText('Log a conversation');
    await user.click(within(f).getByLabelText('My ex'));
    const question = within(f).getByRole('group', { name: /^What brought it about\?/ });
    await user.click(within(question).getByLabelText('Co-parenting'));
    await user.selectOptions(within(f).getByLabelText('Who reached out first'), 'Both of us');
    // Changing the reason to "They reached out" says it already: the earlier answer is not sent.
    await user.click(within(question).getByLabelText('They reached out'));
    await waitFor(() => expect(within(f).queryByLabelText('Who reached out first')).toBeNull());
    await user.click(within(f).getByText('Save conversation'));
    await screen.findByLabelText(/^Contact with your ex at /);
    expect(
      db.prepare('SELECT contact_context, initiated_by FROM communication_entries').get(),
    ).toEqual({ contact_context: 'they_reached_out', initiated_by: 'them' });
  });

  it('does not ask contact with the ex to have been practice: the skill is optional there only', async () => {
    const { user, db } = showWith([]);
    const f = await screen.findByLabelText('Log a conversation');
    const skills = within(f).getByRole('group', { name: /^What did you practise\?/ });
    expect(skills.querySelector('legend')?.textContent).toBe(
      'What did you practise? (optional for contact with your ex: not every contact is practice)',
    );
    // Practice with anyone else still names its skill, with the message beside the question.
    await user.click(within(f).getByLabelText('Friend'));
    await user.click(within(f).getByText('Save conversation'));
    await waitFor(() =>
      expect(skills.closest('form')?.textContent).toContain('Choose the skill you practised.'),
    );
    expect(skills.getAttribute('aria-invalid')).toBe('true');
    expect(db.prepare('SELECT COUNT(*) FROM communication_entries').pluck().get()).toBe(0);

    // Last night's text to an ex: no skill asked of it, and no red message.
    await user.click(within(f).getByLabelText('My ex'));
    await user.click(within(f).getByLabelText('I reached out'));
    expect((within(skills).getByLabelText('None in particular') as HTMLInputElement).checked).toBe(
      true,
    );
    await user.click(within(f).getByText('Save conversation'));
    const entry = await screen.findByLabelText(/^Contact with your ex at /);
    expect(within(entry).getByText('Contact with your ex')).toBeTruthy();
    expect(document.body.textContent).not.toContain('Choose the skill you practised.');
    expect(db.prepare('SELECT skill, initiated_by FROM communication_entries').get()).toEqual({
      skill: null,
      initiated_by: 'me',
    });
  });
});

describe('Communication: where the words a person writes go', () => {
  it('says on both free-text fields when they leave the app, and never "only you see it"', async () => {
    showWith([]);
    const f = await screen.findByLabelText('Log a conversation');
    for (const label of [/^What would you do differently next time\?/, /^Note/]) {
      const field = within(f).getByRole('textbox', { name: label });
      const hint = field.closest('.field')?.textContent ?? '';
      expect(hint).toContain(NOTE_HINT);
    }
    expect(f.textContent).not.toMatch(/only you see/i);
  });
});

describe('Communication: a rehearsal on your own', () => {
  it('is not asked who reached out first, a tone or an outcome, and says why', async () => {
    const { user, db } = showWith([]);
    const f = await screen.findByLabelText('Log a conversation');
    await user.click(within(f).getByLabelText('Friend'));
    await user.selectOptions(within(f).getByLabelText('Tone'), 'Tense');
    await user.selectOptions(within(f).getByLabelText('Outcome'), 'Resolved');
    await user.selectOptions(within(f).getByLabelText('Who reached out first'), 'They did');

    await user.click(within(f).getByLabelText('On my own (rehearsal)'));
    for (const label of ['Tone', 'Outcome', 'Who reached out first']) {
      expect(within(f).queryByLabelText(label)).toBeNull();
    }
    expect(
      within(f).getByText(
        'On your own there is no one to reach out first, and no tone or outcome to note.',
      ),
    ).toBeTruthy();
    await user.click(within(f).getByLabelText('Apology'));
    await user.click(within(f).getByText('Save conversation'));
    await screen.findByLabelText(/^Apology, a rehearsal on my own, at /);
    expect(
      db.prepare('SELECT initiated_by, tone, outcome FROM communication_entries').get(),
    ).toEqual({ initiated_by: null, tone: null, outcome: null });

    // Choosing someone again asks again.
    await user.click(within(form()).getByLabelText('On my own (rehearsal)'));
    await user.click(within(form()).getByLabelText('Family'));
    expect(within(form()).getByLabelText('Tone')).toBeTruthy();
  });

  it('shows a tone an older version saved, and says which field to clear before saving', async () => {
    // As an older version (or an import of its export) could have left it.
    const { user, db } = showWith([entryAt('2026-11-20T12:00:00.000Z')], (d) =>
      d
        .prepare("UPDATE communication_entries SET counterpart = 'rehearsal_alone', tone = 'tense'")
        .run(),
    );
    const entry = await screen.findByLabelText(/^Listening, a rehearsal on my own, at /);
    await user.click(within(entry).getByText('Edit'));
    const edit = form('Edit conversation');
    const tone = within(edit).getByLabelText('Tone') as HTMLSelectElement;
    expect(tone.value).toBe('tense');
    await user.click(within(edit).getByText('Save changes'));
    await waitFor(() => expect(tone.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(tone.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'A rehearsal on your own has no “Tone”: leave it out, or choose who the conversation was with.',
    );
    expect(db.prepare('SELECT tone FROM communication_entries').pluck().get()).toBe('tense');

    await user.selectOptions(tone, 'Not noted');
    await user.click(within(edit).getByText('Save changes'));
    await waitFor(() =>
      expect(db.prepare('SELECT tone FROM communication_entries').pluck().get()).toBeNull(),
    );
  });
});
