import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../src-renderer/app/App';
import { CommunicationScreen } from '../../../../src-renderer/features/communication/CommunicationScreen';
import { createCommunicationService } from '../../../../src-main/services/communication-service';
import { LOG_REHEARSAL_HREF } from '../../../../src-renderer/features/journey/apology/apology-copy';
import { createTestApp, renderWithApp } from '../../render-app';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

type Db = ReturnType<typeof renderWithApp>['db'];

function savedRows(db: Db) {
  return db
    .prepare(
      `SELECT skill, counterpart, is_contact_with_ex, contact_context, initiated_by, tone,
              self_rating, outcome, mood_before, mood_after, do_differently, note
         FROM communication_entries ORDER BY id`,
    )
    .all();
}

const allRows = (db: Db) => db.prepare('SELECT * FROM communication_entries ORDER BY id').all();

function form(name: RegExp | string = /conversation/) {
  return screen.getByLabelText(name);
}

/** The fieldset a legend names; cheaper than a role query over a long form. */
function group(container: HTMLElement, legend: string): HTMLElement {
  const fieldset = within(container).getByText(legend).closest('fieldset');
  if (!fieldset) throw new Error(`No group "${legend}"`);
  return fieldset;
}

/** The conversations the list shows (the sidebar's links are list items too). */
const listed = () => [...document.querySelectorAll('li.entry')];

async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

async function logRehearsal(user: ReturnType<typeof userEvent.setup>) {
  const f = form('Log a conversation');
  await user.click(within(f).getByLabelText('On my own (rehearsal)'));
  await user.click(within(f).getByLabelText('I-statements'));
  await user.type(within(f).getByLabelText(/do differently/), 'Slow down');
  await user.click(within(f).getByText('Save conversation'));
  await screen.findByLabelText(/I-statements, a rehearsal on my own/);
}

describe('Communication screen', () => {
  it('logs a rehearsal on your own, lists it, and readies the form for the next one', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<CommunicationScreen />);
    expect(await screen.findByText(/Nothing here yet/)).toBeTruthy();
    expect(screen.getByText('Practice counts, even a rehearsal on your own.')).toBeTruthy();

    await logRehearsal(user);
    expect(screen.getByRole('status').textContent).toContain('Saved');
    const entry = screen.getByLabelText(/I-statements, a rehearsal on my own/);
    expect(within(entry).getByText('Slow down')).toBeTruthy();
    expect(savedRows(db)).toEqual([
      {
        skill: 'i_statements',
        counterpart: 'rehearsal_alone',
        is_contact_with_ex: 0,
        contact_context: null,
        initiated_by: null,
        tone: null,
        self_rating: null,
        outcome: null,
        mood_before: null,
        mood_after: null,
        do_differently: 'Slow down',
        note: null,
      },
    ]);
    const fresh = form('Log a conversation');
    expect(
      (within(fresh).getByLabelText('On my own (rehearsal)') as HTMLInputElement).checked,
    ).toBe(false);
  });

  it('shows each refusal next to its field and writes nothing', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<CommunicationScreen />);
    const f = await screen.findByLabelText('Log a conversation');

    await user.click(within(f).getByText('Save conversation'));
    const who = group(f, 'Who was it with?');
    await waitFor(() => expect(who.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(who.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Choose who the conversation was with.',
    );

    await user.click(within(f).getByLabelText('Housemate'));
    await user.click(within(f).getByText('Save conversation'));
    const skill = group(f, 'What did you practise?');
    await waitFor(() => expect(skill.getAttribute('aria-invalid')).toBe('true'));
    expect(who.getAttribute('aria-invalid')).toBe('false');

    // Contact with the ex needs a context; with no Settings chosen, none is guessed.
    await user.click(within(f).getByLabelText('Calm logistics'));
    await user.click(within(f).getByLabelText('This was contact with my ex'));
    const where = group(f, 'What brought it about?');
    expect(
      within(where)
        .getAllByRole('radio')
        .some((r) => (r as HTMLInputElement).checked),
    ).toBe(false);
    await user.click(within(f).getByText('Save conversation'));
    await waitFor(() => expect(where.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(where.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Choose what brought the contact about: I reached out, they reached out, co-parenting, shared home, work or school, or other.',
    );

    expect(allRows(db)).toEqual([]);

    // How they feel they handled it is chosen on a scale of 1 to 5, the same kind of scale as
    // mood, in the person's own words at its ends: a number outside it cannot be given.
    const rating = within(f).getByRole('group', { name: /^How do you feel you handled it\?/ });
    expect(
      within(rating)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).value),
    ).toEqual(['1', '2', '3', '4', '5']);
    expect(within(rating).getByRole('radio', { name: '1, not how I wanted' })).toBeTruthy();
    expect(within(rating).getByRole('radio', { name: '5, as I wanted' })).toBeTruthy();
    await user.click(within(rating).getByRole('radio', { name: /^2(,|$)/ }));
    await user.click(within(where).getByLabelText('Shared home'));
    await user.click(within(f).getByText('Save conversation'));
    await waitFor(() => expect(allRows(db)).toHaveLength(1));
    expect(savedRows(db)[0]).toMatchObject({ self_rating: 2, contact_context: 'shared_home' });
  });

  it('ticks contact for a conversation with the ex and unticks it for a rehearsal', async () => {
    const user = userEvent.setup();
    renderWithApp(<CommunicationScreen />);
    const f = await screen.findByLabelText('Log a conversation');
    const contact = within(f).getByLabelText('This was contact with my ex');
    await user.click(within(f).getByLabelText('My ex'));
    expect((contact as HTMLInputElement).checked).toBe(true);
    await user.click(within(f).getByLabelText('On my own (rehearsal)'));
    expect((contact as HTMLInputElement).checked).toBe(false);
    expect(within(f).queryByText('What brought it about?')).toBeNull();
  });

  it('preselects the context from Settings, and filters to contact with the ex', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<App />);
    await goTo('#/settings');
    await user.click(await screen.findByLabelText('We have children together'));
    await waitFor(() =>
      expect(db.prepare('SELECT value FROM settings').pluck().all()).toEqual([
        '["children_together"]',
      ]),
    );

    await goTo('#/communication');
    await logRehearsal(user);
    const f = form('Log a conversation');
    await user.click(within(f).getByLabelText('Co-parent'));
    await user.click(within(f).getByLabelText('This was contact with my ex'));
    const where = group(f, 'What brought it about?');
    expect((within(where).getByLabelText('Co-parenting') as HTMLInputElement).checked).toBe(true);
    expect(
      within(where).getByText('filled in from what you told Mending about your ties'),
    ).toBeTruthy();
    await user.click(within(f).getByLabelText('Calm logistics'));
    await user.selectOptions(within(f).getByLabelText('Who reached out first'), 'They did');
    await user.selectOptions(within(f).getByLabelText('Tone'), 'Tense');
    await user.selectOptions(within(f).getByLabelText('Outcome'), 'Partly resolved');
    await user.click(
      within(within(f).getByRole('group', { name: /^Mood before/ })).getByRole('radio', {
        name: /^3(,|$)/,
      }),
    );
    await user.click(
      within(within(f).getByRole('group', { name: /^Mood after/ })).getByRole('radio', {
        name: /^5(,|$)/,
      }),
    );
    await user.click(within(f).getByText('Save conversation'));
    const contactEntry = await screen.findByLabelText(/Calm logistics with co-parent/);
    expect(within(contactEntry).getByText('Contact with my ex · Co-parenting')).toBeTruthy();
    expect(within(contactEntry).getByText('They reached out first')).toBeTruthy();
    expect(within(contactEntry).getByText(/mood 3 → 5/)).toBeTruthy();
    expect(savedRows(db)[1]).toMatchObject({
      counterpart: 'co_parent',
      is_contact_with_ex: 1,
      contact_context: 'co_parenting',
      initiated_by: 'them',
      tone: 'tense',
      outcome: 'partly',
      mood_before: 3,
      mood_after: 5,
    });

    const filters = screen.getByLabelText('Filters');
    await user.click(within(filters).getByLabelText('Contact with my ex only'));
    await waitFor(() => expect(listed()).toHaveLength(1));
    expect(screen.getByLabelText(/Calm logistics with co-parent/)).toBeTruthy();

    await user.click(within(filters).getByText('Show all'));
    await waitFor(() => expect(listed()).toHaveLength(2));
    await user.selectOptions(within(filters).getByLabelText('Skill'), 'I-statements');
    await waitFor(() => expect(listed()).toHaveLength(1));
    await user.selectOptions(within(filters).getByLabelText('With'), 'Friend');
    expect(await screen.findByText('No conversations match these filters.')).toBeTruthy();

    // Nowhere does the app count the days since contact.
    expect(screen.getByRole('main').textContent).not.toMatch(/days? since|since (your )?last/i);
  });

  it('edits, undoes the edit, deletes and undoes the deletion, exactly', async () => {
    const user = userEvent.setup();
    const { db } = renderWithApp(<CommunicationScreen />);
    await screen.findByText(/Nothing here yet/);
    await logRehearsal(user);
    const asSaved = allRows(db);

    const entry = screen.getByLabelText(/I-statements, a rehearsal on my own/);
    await user.click(within(entry).getByText('Edit'));
    const edit = form('Edit conversation');
    // Editing moves the keyboard to the form, so it is never off-screen and out of reach.
    expect(document.activeElement).toBe(within(edit).getByLabelText('My ex'));
    await user.click(within(edit).getByLabelText('Friend'));
    await user.click(within(edit).getByLabelText('Listening'));
    await user.click(within(edit).getByText('Save changes'));
    await screen.findByLabelText(/Listening with friend/);
    expect(savedRows(db)).toMatchObject([{ skill: 'listening', counterpart: 'friend' }]);

    await user.click(screen.getByText('Undo'));
    const restored = await screen.findByLabelText(/I-statements, a rehearsal on my own/);
    expect(allRows(db)).toEqual(asSaved);

    await user.click(within(restored).getByText('Delete'));
    expect(await screen.findByText(/Nothing here yet/)).toBeTruthy();
    expect(allRows(db)).toEqual([]);
    expect(screen.getByRole('status').textContent).toContain('Conversation deleted.');

    await user.click(screen.getByText('Undo'));
    await screen.findByLabelText(/I-statements, a rehearsal on my own/);
    expect(allRows(db)).toEqual(asSaved);
  });

  it('opens ready to type when Today links to #/communication?new=1', async () => {
    window.location.hash = '#/communication?new=1';
    renderWithApp(<CommunicationScreen />);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(screen.getByLabelText('Log a conversation')).getByLabelText('My ex'),
      ),
    );
  });
});

describe('Communication screen, opened for a new entry with a skill chosen', () => {
  const skillGroup = () => group(form('Log a conversation'), 'What did you practise?');
  const chosenSkills = () =>
    within(skillGroup())
      .getAllByRole('radio')
      .filter((r) => (r as HTMLInputElement).checked)
      .map((r) => r.closest('label')?.textContent);

  it('opens the Apologize part’s "Log a rehearsal" with Apology chosen, and saves it so', async () => {
    const user = userEvent.setup();
    window.location.hash = LOG_REHEARSAL_HREF;
    const { db } = renderWithApp(<CommunicationScreen />);
    await waitFor(() =>
      expect(document.activeElement).toBe(within(form()).getByLabelText('My ex')),
    );
    expect(chosenSkills()).toEqual(['Apology']);

    await user.click(within(form()).getByLabelText('On my own (rehearsal)'));
    await user.click(within(form()).getByText('Save conversation'));
    await screen.findByLabelText(/Apology, a rehearsal on my own/);
    expect(savedRows(db)).toMatchObject([{ skill: 'apology', counterpart: 'rehearsal_alone' }]);
    // The next form is a fresh one: the link chose the skill once, not for good.
    await waitFor(() => expect(chosenSkills()).toEqual([]));
  });

  it('chooses the skill a link asks for while the screen is open', async () => {
    renderWithApp(<CommunicationScreen />);
    await screen.findByLabelText('Log a conversation');
    expect(chosenSkills()).toEqual([]);
    await goTo('#/communication?new=1&skill=repair_after_conflict');
    await waitFor(() => expect(chosenSkills()).toEqual(['Repair after conflict']));
  });

  it('ignores a skill that is not one of the app’s, and opens an empty form', async () => {
    for (const hash of [
      '#/communication?new=1&skill=flattery',
      '#/communication?new=1&skill=',
      '#/communication?new=1&skill=APOLOGY',
      '#/communication?new=1&skill=toString',
    ]) {
      window.location.hash = hash;
      const { unmount } = renderWithApp(<CommunicationScreen />);
      await waitFor(() =>
        expect(document.activeElement).toBe(within(form()).getByLabelText('My ex')),
      );
      expect(chosenSkills()).toEqual([]);
      unmount();
    }
  });
});

describe('Communication screen, when the list is empty', () => {
  /** The screen over a database holding one rehearsal, `daysAgo` days before now. */
  function showWithOneEntry(daysAgo: number | null) {
    const app = createTestApp();
    if (daysAgo !== null) {
      createCommunicationService(app.db).create({
        occurredAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        skill: 'listening',
        counterpart: 'rehearsal_alone',
        isContactWithEx: false,
        contactContext: null,
        initiatedBy: null,
        tone: null,
        selfRating: null,
        outcome: null,
        moodBefore: null,
        moodAfter: null,
        doDifferently: 'Breathe first',
        note: null,
      });
    }
    app.render(<CommunicationScreen />);
    return userEvent.setup();
  }

  it('says what to do first, and offers no "Show earlier" when there is nothing earlier', async () => {
    showWithOneEntry(null);
    expect(
      await screen.findByText(
        'Nothing here yet. Log your first conversation with the form on this page; a rehearsal on your own counts too.',
      ),
    ).toBeTruthy();
    // The answer about earlier entries has come in once the sentence is there; still no button.
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Show earlier conversations' })).toBeNull(),
    );
  });

  it('offers "Show earlier" when an older conversation exists, and it shows it', async () => {
    const user = showWithOneEntry(200);
    const earlier = await screen.findByRole('button', { name: 'Show earlier conversations' });
    // It names the first day it read, and no "since" line claims entries from then on.
    expect(
      screen.getByText(/^None since \S.*; your earlier conversations are one click away\.$/),
    ).toBeTruthy();
    expect(screen.queryByText(/^Since /)).toBeNull();
    await user.click(earlier);
    await user.click(await screen.findByRole('button', { name: 'Show earlier conversations' }));
    expect(await screen.findByText('Breathe first')).toBeTruthy();
  });
});
