import { ZodError } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApologyService, type ApologyService } from '../../src-main/services/apology-service';
import { createCommunicationService } from '../../src-main/services/communication-service';
import { createHabitService } from '../../src-main/services/habit-service';
import { ServiceError } from '../../src-main/services/service-error';
import { createStageService } from '../../src-main/services/stage-service';
import { addDays } from '../../src-main/shared/calendar';
import { dayInWords } from '../../src-main/shared/journey/apology';
import { createReflectionRepo } from '../../src-main/db/repositories/reflection-repo';
import { generateHistory } from '../../src-main/sample/generate-history';
import { REHEARSALS_SHOWN } from '../../src-main/shared/contract/apology';
import { FIRST_DAY } from '../../src-main/shared/contract/common';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

let testDb: ReturnType<typeof createTestDatabase>;
let apology: ApologyService;
let clock = new Date('2026-12-05T16:00:00.000Z');
const TZ = 'Europe/London';
const TODAY = '2026-12-05';

const FULL = {
  owning: 'I kept cancelling on you, and you were right to be hurt.',
  changes: 'I am sorry. I plan ahead now.',
  tryAgain: 'I would like to try again, and I understand if you cannot.',
};

beforeEach(() => {
  testDb = createTestDatabase();
  clock = new Date('2026-12-05T16:00:00.000Z');
  apology = createApologyService(testDb.db, { now: () => clock });
});
afterEach(() => testDb.cleanup());

/** The error a call throws, for its field and message. */
function refusal(call: () => unknown): { field: string | undefined; message: string } {
  try {
    call();
  } catch (error) {
    if (error instanceof ServiceError) return { field: error.field, message: error.message };
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      return { field: issue?.path.join('.'), message: issue?.message ?? '' };
    }
    throw error;
  }
  throw new Error('The call was not refused.');
}

function readyDraft() {
  return apology.save({ ...FULL, markReady: true, timeZone: TZ }).draft;
}

describe('apology drafts', () => {
  it('keeps a draft with a part missing, dated, and refuses to mark it ready, naming the part (the given case)', () => {
    const { draft, previous } = apology.save({ ...FULL, changes: '', timeZone: TZ });
    expect(previous).toBeNull();
    expect(draft).toMatchObject({ day: TODAY, changes: '', readyAt: null, outcome: null });

    const before = snapshotAllTables(testDb.db);
    expect(
      refusal(() =>
        apology.save({ ...FULL, changes: ' ', id: draft.id, markReady: true, timeZone: TZ }),
      ),
    ).toEqual({
      field: 'changes',
      message:
        'Part 2, the changes you made, is empty: write it before marking the draft ready. Your words so far are still here.',
    });
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('refuses a draft with nothing written, on Part 1, and keeps nothing', () => {
    const before = snapshotAllTables(testDb.db);
    expect(
      refusal(() => apology.save({ owning: '', changes: '\n', tryAgain: '  ', timeZone: TZ })),
    ).toEqual({
      field: 'owning',
      message: 'The draft is empty: write a few words in any of the three parts to keep it.',
    });
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('marks a complete draft ready, keeps it ready through edits, and says when an edit empties a part', () => {
    const ready = readyDraft();
    expect(ready.readyAt).toBe(clock.toISOString());
    clock = new Date('2026-12-05T17:00:00.000Z');
    const edited = apology.save({ ...FULL, id: ready.id, owning: 'Better words.', timeZone: TZ });
    expect(edited.previous).toEqual(ready);
    expect(edited.draft).toMatchObject({ owning: 'Better words.', readyAt: ready.readyAt });
    expect(edited.draft.updatedAt).toBe(clock.toISOString());
    // The day it was started stays, whatever day it is edited on.
    clock = new Date('2026-12-09T10:00:00.000Z');
    const emptied = apology.save({ ...FULL, id: ready.id, tryAgain: '', timeZone: TZ });
    expect(emptied.draft).toMatchObject({ day: TODAY, tryAgain: '', readyAt: null });
  });

  it('keeps every draft, newest first, and a new draft can start from an earlier one', () => {
    const first = apology.save({ ...FULL, timeZone: TZ }).draft;
    clock = new Date('2026-12-07T09:00:00.000Z');
    const second = apology.save({ ...FULL, basedOnId: first.id, timeZone: TZ }).draft;
    expect(second).toMatchObject({ basedOnId: first.id, day: '2026-12-07' });
    expect(apology.list(TODAY).drafts.map((d) => d.id)).toEqual([second.id, first.id]);
  });

  it('dates a draft by the person’s zone, not the computer’s', () => {
    clock = new Date('2026-12-05T23:30:00.000Z');
    const draft = apology.save({ ...FULL, timeZone: 'Pacific/Auckland' }).draft;
    expect(draft.day).toBe('2026-12-06');
  });

  it('deletes a draft and puts it back exactly, same id and times; undoes an edit the same way', () => {
    const draft = apology.save({ ...FULL, timeZone: TZ }).draft;
    const removed = apology.remove(draft.id);
    expect(apology.list(TODAY).drafts).toEqual([]);
    expect(apology.restore({ draft: removed })).toEqual(draft);

    const { previous } = apology.save({ ...FULL, id: draft.id, owning: 'Changed.', timeZone: TZ });
    expect(previous).not.toBeNull();
    if (previous) expect(apology.restore({ draft: previous })).toEqual(draft);
    expect(apology.list(TODAY).drafts).toEqual([draft]);
  });

  it('says plainly when a draft being changed was deleted meanwhile, and changes nothing', () => {
    const draft = apology.save({ ...FULL, timeZone: TZ }).draft;
    apology.remove(draft.id);
    const before = snapshotAllTables(testDb.db);
    expect(refusal(() => apology.save({ ...FULL, id: draft.id, timeZone: TZ })).message).toBe(
      'This draft was deleted elsewhere, so these changes could not be saved. What you wrote is still here.',
    );
    expect(refusal(() => apology.remove(draft.id)).field).toBe('id');
    expect(refusal(() => apology.save({ ...FULL, basedOnId: draft.id, timeZone: TZ }))).toEqual({
      field: 'basedOnId',
      message:
        'The draft this one started from was deleted meanwhile. Your words are still here: save again to keep them as a draft of their own.',
    });
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('never touches another kind of reflection that shares the table', () => {
    const worksheet = createReflectionRepo(testDb.db).insert({
      kind: 'decide_worksheet',
      stage: 'decide',
      localDay: TODAY,
      answers: { fault: 'me' },
      createdAt: clock.toISOString(),
    });
    const draft = { ...readyDraft(), id: worksheet.id };
    const before = snapshotAllTables(testDb.db);
    expect(refusal(() => apology.remove(worksheet.id)).field).toBe('id');
    expect(refusal(() => apology.save({ ...FULL, id: worksheet.id, timeZone: TZ })).field).toBe(
      'id',
    );
    expect(refusal(() => apology.restore({ draft })).field).toBe('draft');
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('names a draft whose saved words cannot be read instead of leaving it out silently', () => {
    const row = createReflectionRepo(testDb.db).insert({
      kind: 'apology_draft',
      stage: 'apologize',
      localDay: '2026-11-01',
      answers: { owning: 42 },
      createdAt: clock.toISOString(),
    });
    expect(apology.list(TODAY).unreadable).toEqual([{ id: row.id, day: '2026-11-01' }]);
  });
});

describe('the answer to an apology', () => {
  it('a "no": recorded on the draft that was given, with the move to Heal & Grow in the same step', () => {
    const stages = createStageService(testDb.db, { now: () => clock });
    stages.move({ stage: 'apologize', timeZone: TZ });
    const given = readyDraft();
    const { draft, previous, move } = apology.recordOutcome({
      id: given.id,
      answer: 'no',
      day: TODAY,
      timeZone: TZ,
      move: true,
    });
    expect(previous).toEqual(given);
    expect(draft.outcome).toEqual({ answer: 'no', day: TODAY, recordedAt: clock.toISOString() });
    expect(move).toMatchObject({
      stage: 'heal_and_grow',
      reason: `Your apology of ${dayInWords(TODAY)}: they said no.`,
      wasSuggested: true,
      day: TODAY,
    });
    expect(stages.list().current.stage).toBe('heal_and_grow');

    // Undo takes back the answer and the move together.
    apology.restore({ draft: previous, moveId: move?.id ?? null });
    expect(apology.list(TODAY).drafts).toEqual([given]);
    expect(stages.list().current.stage).toBe('apologize');
  });

  it('suggests Take it Slow after a yes, and records a "not now" without moving when the person chooses', () => {
    const stages = createStageService(testDb.db, { now: () => clock });
    const yes = apology.recordOutcome({
      id: readyDraft().id,
      answer: 'yes',
      day: TODAY,
      timeZone: TZ,
      move: true,
    });
    expect(yes.move?.stage).toBe('take_it_slow');
    const before = stages.list().changes.length;
    const notNow = apology.recordOutcome({
      id: readyDraft().id,
      answer: 'not_now',
      day: addDays(TODAY, -2),
      timeZone: TZ,
      move: false,
    });
    expect(notNow.move).toBeNull();
    expect(notNow.draft.outcome?.answer).toBe('not_now');
    expect(stages.list().changes.length).toBe(before);
  });

  it('refuses an answer for a draft not marked ready, a second answer, a day to come, and a changed given draft; nothing is written', () => {
    const draft = apology.save({ ...FULL, tryAgain: '', timeZone: TZ }).draft;
    const ready = readyDraft();
    apology.recordOutcome({ id: ready.id, answer: 'yes', day: TODAY, timeZone: TZ, move: false });
    const other = readyDraft();
    const before = snapshotAllTables(testDb.db);
    expect(
      refusal(() =>
        apology.recordOutcome({ id: draft.id, answer: 'no', day: TODAY, timeZone: TZ, move: true }),
      ),
    ).toEqual({
      field: 'id',
      message: 'Mark this draft ready (all three parts written) before recording the answer to it.',
    });
    expect(
      refusal(() =>
        apology.recordOutcome({ id: ready.id, answer: 'no', day: TODAY, timeZone: TZ, move: true }),
      ).field,
    ).toBe('answer');
    expect(
      refusal(() =>
        apology.recordOutcome({
          id: other.id,
          answer: 'no',
          day: addDays(TODAY, 3),
          timeZone: TZ,
          move: true,
        }),
      ),
    ).toEqual({
      field: 'day',
      message: 'That day has not begun yet. Choose the day the answer came: today or earlier.',
    });
    expect(refusal(() => apology.save({ ...FULL, id: ready.id, timeZone: TZ })).field).toBe('id');
    expect(
      refusal(() =>
        apology.recordOutcome({
          id: other.id,
          answer: 'maybe' as 'no',
          day: TODAY,
          timeZone: TZ,
          move: true,
        }),
      ).field,
    ).toBe('answer');
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });
});

describe('what the Apologize part reads', () => {
  it('lists the newest rehearsals by when they happened and counts them all, on a generated history', () => {
    // Three years of made-up entries hold more apology rehearsals than the part lists.
    generateHistory(testDb.db, { years: 3, today: TODAY, seed: 5 });
    const everyOne = createCommunicationService(testDb.db).list({
      from: FIRST_DAY,
      to: addDays(TODAY, 1),
      skill: 'apology',
    });
    expect(everyOne.length).toBeGreaterThan(REHEARSALS_SHOWN);

    const read = apology.list(TODAY);
    // The same entries, in the same order, as reading every rehearsal and keeping the first ones.
    expect(read.rehearsals).toEqual(everyOne.slice(0, REHEARSALS_SHOWN));
    expect(read.rehearsalCount).toBe(everyOne.length);
  });

  it('lists newest first by the moment, even when a later day in another zone came earlier', () => {
    const communication = createCommunicationService(testDb.db);
    const rehearse = (occurredAt: string, timeZone: string) =>
      communication.create({
        occurredAt,
        timeZone,
        skill: 'apology',
        counterpart: 'rehearsal_alone',
        isContactWithEx: false,
      }).id;
    const daily = Array.from({ length: REHEARSALS_SHOWN }, (_, i) =>
      rehearse(new Date(Date.parse('2026-11-01T09:00:00.000Z') + i * 86_400_000).toISOString(), TZ),
    );
    // 23 November in Kiritimati (14 hours ahead), then later that moment's day in London.
    const aheadOfTime = rehearse('2026-11-22T11:00:00.000Z', 'Pacific/Kiritimati');
    const latest = rehearse('2026-11-22T20:00:00.000Z', TZ);

    const read = apology.list(TODAY);
    expect(read.rehearsals.map((r) => r.day).slice(0, 2)).toEqual(['2026-11-22', '2026-11-23']);
    expect(read.rehearsals.map((r) => r.id)).toEqual(
      [latest, aheadOfTime, ...daily.reverse()].slice(0, REHEARSALS_SHOWN),
    );
    expect(read.rehearsalCount).toBe(REHEARSALS_SHOWN + 2);
  });

  it('lists apology rehearsals only, newest first, and sentences from the person’s habits', () => {
    const communication = createCommunicationService(testDb.db);
    const rehearsal = communication.create({
      occurredAt: '2026-12-03T19:00:00.000Z',
      timeZone: TZ,
      skill: 'apology',
      counterpart: 'rehearsal_alone',
      isContactWithEx: false,
      selfRating: 3,
    });
    const withFriend = communication.create({
      occurredAt: '2026-12-04T19:00:00.000Z',
      timeZone: TZ,
      skill: 'apology',
      counterpart: 'friend',
      isContactWithEx: false,
      outcome: 'resolved',
    });
    communication.create({
      occurredAt: '2026-12-04T20:00:00.000Z',
      timeZone: TZ,
      skill: 'listening',
      counterpart: 'friend',
      isContactWithEx: false,
    });

    const habits = createHabitService(testDb.db, { now: () => clock });
    const walk = habits.create({
      name: 'Walk 20 minutes',
      kind: 'build',
      targetCount: 1,
      period: 'day',
    });
    for (let i = 1; i <= 40; i += 1) {
      habits.setCheckin({ habitId: walk.id, day: addDays(TODAY, -i), count: i % 7 === 0 ? 0 : 1 });
    }

    const read = apology.list(TODAY);
    expect(read.rehearsals.map((r) => r.id)).toEqual([withFriend.id, rehearsal.id]);
    expect(read.evidence).toEqual([
      expect.objectContaining({
        habitId: walk.id,
        sentence:
          'Most days this past month, I have kept up something I set out to do: walk 20 minutes.',
        detail: 'Kept on 24 of the last 28 days, at least 1 a day.',
      }),
    ]);
  });
});
