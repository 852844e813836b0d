import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, todayAt } from '../../../../../src-main/shared/calendar';
import { REHEARSALS_SHOWN } from '../../../../../src-main/shared/contract/apology';
import type { StageList } from '../../../../../src-main/shared/ipc-contract';
import { ApologyPart } from '../../../../../src-renderer/features/journey/apology/ApologyPart';
import { useFixedClock } from '../../../../helpers/fixed-clock';
import { createTestApp } from '../../../render-app';

useFixedClock();
afterEach(cleanup);

const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const today = () => todayAt(new Date(), zone());

async function setUp(seed?: (app: ReturnType<typeof createTestApp>) => Promise<void>) {
  const app = createTestApp();
  await seed?.(app);
  const listed = await app.dispatch('stage:list', {});
  if (!listed.ok) throw new Error(listed.error.message);
  const onStageChanged = vi.fn();
  app.render(<ApologyPart stage={listed.value as StageList} onStageChanged={onStageChanged} />);
  // Shown once the part has read its drafts, rehearsals and habits.
  await screen.findByRole('group', { name: 'From your habits' });
  return { ...app, onStageChanged, user: userEvent.setup() };
}

const drafts = (app: ReturnType<typeof createTestApp>) =>
  app.db.prepare("SELECT * FROM reflections WHERE kind = 'apology_draft'").all();

async function write(user: ReturnType<typeof userEvent.setup>, label: RegExp, text: string) {
  await user.type(screen.getByLabelText(label), text);
}

describe('the Apologize part', () => {
  it('names the empty part when a draft is marked ready, saves nothing, and keeps the words (the given case)', async () => {
    const { user, ...app } = await setUp();
    expect(
      screen.getByText('No drafts yet. Each one you save is kept here, with its date.'),
    ).toBeTruthy();
    await write(user, /^Part 1: Owning your part/, 'I cancelled on you again and again.');
    await write(user, /^Part 3: Wanting to try again/, 'I would like to try again.');
    await user.click(screen.getByRole('button', { name: 'Save and mark ready' }));

    const message =
      'Part 2, the changes you made, is empty: write it before marking the draft ready. Your words so far are still here.';
    const alert = await screen.findByText(message);
    expect(alert.getAttribute('role')).toBe('alert');
    const part2 = screen.getByLabelText(/^Part 2: The changes you made/);
    expect(part2.getAttribute('aria-invalid')).toBe('true');
    expect(part2.getAttribute('aria-describedby')).toContain(alert.id);
    expect(drafts(app)).toEqual([]);
    expect((screen.getByLabelText(/^Part 1: Owning your part/) as HTMLTextAreaElement).value).toBe(
      'I cancelled on you again and again.',
    );
  });

  it('says before Part 1 that no apology is owed to an ex who frightened or controlled you, with a link to Support', async () => {
    await setUp();
    const note = screen.getByRole('note');
    expect(note.textContent).toContain(
      'If your ex ever frightened, threatened, hurt or controlled you, you do not owe them an apology, and reaching out may not be safe. None of it is your fault.',
    );
    expect(
      within(note)
        .getByRole('link', { name: 'Support for when contact is unsafe' })
        .getAttribute('href'),
    ).toBe('#/support?part=unsafe-contact');
    // Before Part 1 in the page's order.
    const part1 = screen.getByLabelText(/^Part 1: Owning your part/);
    expect(note.compareDocumentPosition(part1) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Writing is not sending, said beside the save buttons.
    expect(
      screen.getByText(
        'Writing a draft is not sending it. If it is late at night, let it rest until morning.',
      ),
    ).toBeTruthy();
  });

  it('asks for each part without presuming who caused the breakup or pressing for a yes', async () => {
    await setUp();
    expect(
      screen.getByText(
        'If there is something you want to own, say it plainly, without a “but”, and say their feelings about it make sense.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText('If you want to try again, say so once, and say you will accept a no.'),
    ).toBeTruthy();
  });

  it('inserts a sentence from the person’s own habits with one click, and marks the draft ready', async () => {
    const { user, ...app } = await setUp(async ({ dispatch }) => {
      const walk = await dispatch('habit:create', {
        name: 'Walk 20 minutes',
        kind: 'build',
        targetCount: 1,
        period: 'day',
      });
      if (!walk.ok) throw new Error(walk.error.message);
      const habitId = (walk.value as { id: number }).id;
      for (let i = 1; i <= 30; i += 1) {
        await dispatch('checkin:set', { habitId, day: addDays(today(), -i), count: 1 });
      }
    });
    const sentence =
      'Most days this past month, I have kept up something I set out to do: walk 20 minutes.';
    // The counts are shown to the person beside the offer, never inside the sentence.
    await screen.findByText('Kept on 28 of the last 28 days, at least 1 a day.');
    await write(user, /^Part 1: Owning your part/, 'I was careless with your time.');
    await write(user, /^Part 2: The changes you made/, 'I am sorry.');
    await user.click(
      await screen.findByRole('button', { name: `Insert into Part 2: ${sentence}` }),
    );
    expect(
      (screen.getByLabelText(/^Part 2: The changes you made/) as HTMLTextAreaElement).value,
    ).toBe(`I am sorry. ${sentence}`);
    // Not offered twice: the button says it is already there.
    expect(
      (screen.getByRole('button', { name: `Already in Part 2: ${sentence}` }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
    await write(user, /^Part 3: Wanting to try again/, 'I would like to try again.');
    await user.click(screen.getByRole('button', { name: 'Save and mark ready' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Draft saved and marked ready.'),
    );
    const item = await screen.findByRole('listitem', { name: /^Draft of / });
    expect(within(item).getByText('Ready')).toBeTruthy();
    expect(drafts(app)).toHaveLength(1);
  });

  it('records a "no" with words about healing, and moves to Heal & Grow only when asked; Undo takes both back', async () => {
    const { user, onStageChanged, ...app } = await setUp(async ({ dispatch }) => {
      await dispatch('apology:save', {
        owning: 'I was wrong.',
        changes: 'I am sorry. I plan ahead now.',
        tryAgain: 'I would like to try again.',
        markReady: true,
        timeZone: zone(),
      });
    });
    const item = await screen.findByRole('listitem', { name: /^Draft of / });
    // Nothing asks how it went until the person says they gave it.
    expect(within(item).queryByText('How did it go?')).toBeNull();
    expect(within(item).queryByLabelText('No')).toBeNull();
    await user.click(within(item).getByRole('button', { name: 'I gave this apology' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('How did it go?'));
    await user.click(within(item).getByLabelText('No'));
    expect(
      within(item).getByText(/A “no” is an answer to respect, and it is not a failure\./),
    ).toBeTruthy();
    // The suggestion is one plain button beside recording only; nothing is forced.
    expect(
      within(item).getByRole('button', { name: 'Record it and stay where I am' }),
    ).toBeTruthy();
    await user.click(
      within(item).getByRole('button', { name: 'Record it and move to Heal & Grow' }),
    );

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(
        'Recorded: they said no. Moved to Heal & Grow.',
      ),
    );
    expect(onStageChanged).toHaveBeenCalledTimes(1);
    const stage = await app.dispatch('stage:list', {});
    expect(stage.ok && (stage.value as StageList).current.stage).toBe('heal_and_grow');
    // The part now opens on the answer and the healing, not on an empty form for another try.
    await screen.findByRole('heading', { name: 'They said no' });
    expect(screen.getByText(/That took courage, and you gave it honestly\./)).toBeTruthy();
    expect(screen.getByText(/Your healing counts, and it goes on\./)).toBeTruthy();
    expect(screen.queryByLabelText(/^Part 1: Owning your part/)).toBeNull();
    // Respecting the no is said plainly, and no next try is offered.
    expect(
      screen.getByText('Respecting a no means not asking again or trying to change their mind.'),
    ).toBeTruthy();
    expect(screen.getByText('Your drafts stay here if you want to reread them.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Write a new draft' })).toBeNull();
    const given = screen.getByRole('listitem', { name: /^Draft of / });
    expect(
      within(given).queryByRole('button', { name: 'Start a new draft from this one' }),
    ).toBeNull();
    expect(within(given).getByText('Read the words you gave')).toBeTruthy();
    // The rehearsals stay, but no longer as preparation for asking again.
    expect(screen.queryByText(/Saying it aloud first/)).toBeNull();
    expect(
      screen.getByText(
        'The times you practised saying it. Practising how you speak and listen helps in every relationship, whatever happens with this one.',
      ),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Undone: everything is as it was.'),
    );
    const after = await app.dispatch('stage:list', {});
    expect(after.ok && (after.value as StageList).changes).toEqual([]);
    await within(await screen.findByRole('listitem', { name: /^Draft of / })).findByText('Ready');
    await screen.findByLabelText(/^Part 1: Owning your part/);
  });

  it('suggests Take it Slow after a yes, and records without moving when the person chooses', async () => {
    const { user, onStageChanged, ...app } = await setUp(async ({ dispatch }) => {
      await dispatch('apology:save', {
        owning: 'a',
        changes: 'b',
        tryAgain: 'c',
        markReady: true,
        timeZone: zone(),
      });
    });
    const item = await screen.findByRole('listitem', { name: /^Draft of / });
    // Pressed too soon, the question folds away again.
    await user.click(within(item).getByRole('button', { name: 'I gave this apology' }));
    await user.click(within(item).getByRole('button', { name: 'I have not given it yet' }));
    expect(within(item).queryByText('How did it go?')).toBeNull();
    const gaveIt = within(item).getByRole('button', { name: 'I gave this apology' });
    await waitFor(() => expect(document.activeElement).toBe(gaveIt));
    await user.click(gaveIt);
    await user.click(within(item).getByLabelText('Yes'));
    expect(
      within(item).getByRole('button', { name: 'Record it and move to Take it Slow' }),
    ).toBeTruthy();
    await user.click(within(item).getByLabelText('Not now'));
    await user.click(within(item).getByRole('button', { name: 'Record it and stay where I am' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Recorded: they said not now.'),
    );
    expect(onStageChanged).not.toHaveBeenCalled();
    await screen.findByRole('heading', { name: 'They said not now' });
    expect(
      screen.getByText(
        'Respecting a “not now” means leaving the next step with them: not asking again or trying to change their mind.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Write a new draft' })).toBeNull();
    // Writing stays possible, quietly, in the list: for the person, not as a next try.
    expect(
      screen.getByText(
        'Writing can help, even when it is never given. If you would like to write for yourself, you can start a new draft.',
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Start a new draft' }));
    const title = screen.getByRole('heading', { name: 'A new draft' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    const stage = await app.dispatch('stage:list', {});
    expect(stage.ok && (stage.value as StageList).changes).toEqual([]);
  });

  it('lists apology rehearsals with their day, who with and how they went, and links to log one', async () => {
    await setUp(async ({ dispatch }) => {
      await dispatch('communication:create', {
        occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
        timeZone: zone(),
        skill: 'apology',
        counterpart: 'rehearsal_alone',
        isContactWithEx: false,
        selfRating: 4,
      });
    });
    await screen.findByText(/On my own \(rehearsal\)/);
    expect(screen.getByText(/you noted 4 of 5/)).toBeTruthy();
    expect(screen.queryByText(/rated/)).toBeNull();
    // The link opens a new conversation with "Apology" already chosen (see CommunicationScreen's
    // test of this address).
    expect(screen.getByRole('link', { name: 'Log a rehearsal' }).getAttribute('href')).toBe(
      '#/communication?new=1&skill=apology',
    );
  });

  it('lists the newest rehearsals and says where the rest are when there are more', async () => {
    const total = REHEARSALS_SHOWN + 3;
    await setUp(async ({ dispatch }) => {
      for (let i = 1; i <= total; i += 1) {
        await dispatch('communication:create', {
          occurredAt: new Date(Date.now() - i * 86_400_000).toISOString(),
          timeZone: zone(),
          skill: 'apology',
          counterpart: 'rehearsal_alone',
          isContactWithEx: false,
        });
      }
    });
    await screen.findByText(
      `These are your ${REHEARSALS_SHOWN} newest of ${total} rehearsals. The Communication screen lists every one.`,
    );
    const list = document.querySelector('.apology-rehearsal-list');
    expect(list?.querySelectorAll('li')).toHaveLength(REHEARSALS_SHOWN);
  });

  it('says nothing of others when every rehearsal is listed', async () => {
    await setUp(async ({ dispatch }) => {
      await dispatch('communication:create', {
        occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
        timeZone: zone(),
        skill: 'apology',
        counterpart: 'rehearsal_alone',
        isContactWithEx: false,
      });
    });
    await screen.findByText(/On my own \(rehearsal\)/);
    expect(screen.queryByText(/newest of/)).toBeNull();
  });

  it('starts a new draft from an earlier one, keeping the earlier one as it was', async () => {
    const { user, ...app } = await setUp(async ({ dispatch }) => {
      await dispatch('apology:save', {
        owning: 'First words.',
        changes: '',
        tryAgain: '',
        timeZone: zone(),
      });
    });
    const item = await screen.findByRole('listitem', { name: /^Draft of / });
    await user.click(within(item).getByRole('button', { name: 'Start a new draft from this one' }));
    expect((screen.getByLabelText(/^Part 1: Owning your part/) as HTMLTextAreaElement).value).toBe(
      'First words.',
    );
    await user.type(screen.getByLabelText(/^Part 1: Owning your part/), ' And more.');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() =>
      expect(screen.getAllByRole('listitem', { name: /^Draft (\d )?of / })).toHaveLength(2),
    );
    const rows = app.db
      .prepare("SELECT answers FROM reflections WHERE kind = 'apology_draft' ORDER BY id")
      .all() as { answers: string }[];
    const [first, second] = rows.map(
      (r) => JSON.parse(r.answers) as { owning: string; basedOnId: number | null },
    );
    expect(first?.owning).toBe('First words.');
    expect(second).toMatchObject({ owning: 'First words. And more.', basedOnId: 1 });
  });

  it('says when the draft being changed was deleted elsewhere, as the form’s message, keeping the words', async () => {
    const { user, ...app } = await setUp(async ({ dispatch }) => {
      await dispatch('apology:save', {
        owning: 'Mine.',
        changes: '',
        tryAgain: '',
        timeZone: zone(),
      });
    });
    const item = await screen.findByRole('listitem', { name: /^Draft of / });
    await user.click(within(item).getByRole('button', { name: 'Open' }));
    await app.dispatch('apology:delete', { id: 1 });
    await user.type(screen.getByLabelText(/^Part 1: Owning your part/), ' More.');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const alert = await screen.findByText(
      'This draft was deleted elsewhere, so these changes could not be saved. What you wrote is still here.',
    );
    expect(alert.getAttribute('role')).toBe('alert');
    expect((screen.getByLabelText(/^Part 1: Owning your part/) as HTMLTextAreaElement).value).toBe(
      'Mine. More.',
    );
    // The words are now a new draft, and the next save keeps them as one.
    expect(screen.getByRole('heading', { name: 'A new draft' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Draft saved.'));
    expect(drafts(app)).toHaveLength(1);
  });

  it('names two drafts of one day apart, numbered in the order they were started', async () => {
    await setUp(async ({ dispatch }) => {
      await dispatch('apology:save', {
        owning: 'One.',
        changes: '',
        tryAgain: '',
        timeZone: zone(),
      });
      await dispatch('apology:save', {
        owning: 'Two.',
        changes: '',
        tryAgain: '',
        timeZone: zone(),
      });
    });
    const names = (await screen.findAllByRole('listitem', { name: /^Draft \d of / })).map((item) =>
      item.getAttribute('aria-label'),
    );
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    // Newest first, as the list shows them.
    expect(names.map((name) => name?.slice(0, 8))).toEqual(['Draft 2 ', 'Draft 1 ']);
  });

  it('keeps the words when the draft they started from is deleted meanwhile, and saves them as their own', async () => {
    const { user, ...app } = await setUp(async ({ dispatch }) => {
      await dispatch('apology:save', {
        owning: 'Earlier.',
        changes: '',
        tryAgain: '',
        timeZone: zone(),
      });
    });
    const item = await screen.findByRole('listitem', { name: /^Draft of / });
    await user.click(within(item).getByRole('button', { name: 'Start a new draft from this one' }));
    await app.dispatch('apology:delete', { id: 1 });
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText(
      'The draft this one started from was deleted meanwhile. Your words are still here: save again to keep them as a draft of their own.',
    );
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Draft saved.'));
    const rows = app.db
      .prepare("SELECT answers FROM reflections WHERE kind = 'apology_draft'")
      .all() as { answers: string }[];
    expect(rows.map((r) => JSON.parse(r.answers) as unknown)).toEqual([
      expect.objectContaining({ owning: 'Earlier.', basedOnId: null }),
    ]);
  });
});
