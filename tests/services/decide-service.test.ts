import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDecideService, type DecideService } from '../../src-main/services/decide-service';
import { createHabitService, type HabitService } from '../../src-main/services/habit-service';
import { createStageService } from '../../src-main/services/stage-service';
import { ServiceError } from '../../src-main/services/service-error';
import { addDays } from '../../src-main/shared/calendar';
import { NOTHING_TO_SAVE, WILLING_ONLY_FOR_BOTH } from '../../src-main/shared/contract/decide';
import {
  choiceReason,
  DEAL_BREAKERS_TO_ANSWER,
  FAULT_TO_ANSWER,
  NO_CONTACT_TO_ANSWER,
  SAFETY_TO_ANSWER,
} from '../../src-main/shared/journey/decide-rules';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

const TODAY = '2026-12-03';
/** Safety and no contact answered "no": every choice below rests on them. */
const ASKED = { safety: 'no', askedNoContact: 'no' } as const;
const ZONE = 'Pacific/Apia';

let testDb: ReturnType<typeof createTestDatabase>;
let decide: DecideService;
let habits: HabitService;
let clock = new Date('2026-12-03T02:00:00.000Z');

beforeEach(() => {
  testDb = createTestDatabase();
  clock = new Date('2026-12-03T02:00:00.000Z');
  decide = createDecideService(testDb.db, { now: () => clock });
  habits = createHabitService(testDb.db, { now: () => clock });
});
afterEach(() => testDb.cleanup());

const stages = () => createStageService(testDb.db, { now: () => clock }).list();

/** A habit kept on `kept` of the last 28 days up to TODAY. */
function keptHabit(name: string, kept: number) {
  const habit = habits.create({ name, kind: 'build', targetCount: 1, period: 'day' });
  for (let i = 0; i < 28; i += 1) {
    habits.setCheckin({ habitId: habit.id, day: addDays(TODAY, -i), count: i < kept ? 1 : 0 });
  }
  return habit;
}

/** The error `run` throws, to check its field and words. */
function refusal(run: () => unknown): ServiceError {
  try {
    run();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    if (error instanceof Error && 'issues' in error) {
      const issues = (error as Error & { issues: { path: PropertyKey[]; message: string }[] })
        .issues;
      const first = issues[0];
      return new ServiceError('invalid_input', first?.message ?? '', first?.path.join('.'));
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the Decide worksheet service', () => {
  it('keeps a draft with questions left for later, dated by the person’s day', () => {
    const saved = decide.save({ day: TODAY, fault: 'both' });
    expect(saved).toMatchObject({
      day: TODAY,
      fault: 'both',
      dealBreakers: null,
      willingToTalk: null,
      evidence: [],
      changeNote: null,
      choice: null,
    });
    const row = testDb.db
      .prepare('SELECT kind, stage, local_day FROM reflections WHERE id = ?')
      .get(saved.id);
    expect(row).toEqual({ kind: 'decide_worksheet', stage: 'decide', local_day: TODAY });
    expect(decide.list()).toEqual([saved]);
  });

  it('keeps the picked habits’ evidence as it stood that day, so it reads the same later', () => {
    const walk = keptHabit('Walk outside', 20);
    const saved = decide.save({
      day: TODAY,
      fault: 'me',
      dealBreakers: [],
      changedHabitIds: [walk.id],
      changeNote: 'I listen now.',
    });
    const [evidence] = saved.evidence;
    expect(evidence).toMatchObject({
      habitId: walk.id,
      name: 'Walk outside',
      asOfDay: TODAY,
      keptLately: { unit: 'day', kept: 20, counted: 28, hasStarted: true },
    });

    // Weeks later the habit has slipped, and it is renamed; the worksheet still says what it said.
    clock = new Date('2026-12-20T02:00:00.000Z');
    for (let i = 0; i < 10; i += 1) {
      habits.setCheckin({ habitId: walk.id, day: addDays('2026-12-20', -i), count: 0 });
    }
    habits.update({ id: walk.id, name: 'Evening walk', targetCount: 1, period: 'day' });
    const later = decide.save({
      id: saved.id,
      day: '2026-12-20',
      fault: 'me',
      dealBreakers: [],
      changedHabitIds: [walk.id],
      changeNote: 'I listen now, and I ask.',
    });
    expect(later.evidence).toEqual(saved.evidence);
    // The worksheet keeps the day it was started.
    expect(later.day).toBe(TODAY);
    expect(later.changeNote).toBe('I listen now, and I ask.');
    expect(later.createdAt).toBe(saved.createdAt);
    expect(later.updatedAt).toBe('2026-12-20T02:00:00.000Z');
  });

  it('refuses an empty worksheet, a willingness answer without "both", and writes nothing', () => {
    const before = snapshotAllTables(testDb.db);
    const empty = refusal(() => decide.save({ day: TODAY }));
    expect(empty.message).toBe(NOTHING_TO_SAVE);
    expect(empty.field).toBe('safety');
    const willing = refusal(() => decide.save({ day: TODAY, fault: 'me', willingToTalk: 'yes' }));
    expect(willing.message).toBe(WILLING_ONLY_FOR_BOTH);
    expect(willing.field).toBe('willingToTalk');
    const twice = refusal(() =>
      decide.save({ day: TODAY, dealBreakers: ['cheating', 'cheating'] }),
    );
    expect(twice.field).toBe('dealBreakers');
    // Safety is its own question now: "unsafe" is no longer a deal-breaker to send.
    // (`as never`: the type no longer allows these answers, which is what is being tested.)
    const oldUnsafe = refusal(() => decide.save({ day: TODAY, dealBreakers: ['unsafe'] } as never));
    expect(oldUnsafe.field).toMatch(/^dealBreakers\b/);
    expect(oldUnsafe.message).toMatch(/cheating or deep incompatibility/);
    const badSafety = refusal(() => decide.save({ day: TODAY, safety: 'maybe' } as never));
    expect(badSafety.field).toBe('safety');
    const ahead = refusal(() => decide.save({ day: '2026-12-05', fault: 'me' }));
    expect(ahead.field).toBe('day');
    expect(ahead.message).toMatch(/has not come yet/);
    const gone = refusal(() => decide.save({ day: TODAY, changedHabitIds: [999] }));
    expect(gone.code).toBe('not_found');
    expect(gone.field).toBe('changedHabitIds');
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('choosing Reconcile saves, moves to Apologize with the worksheet as the reason, all at once', () => {
    const walk = keptHabit('Walk outside', 20);
    const draft = decide.save({ day: TODAY, fault: 'me' });
    const chosen = decide.choose({
      id: draft.id,
      day: TODAY,
      timeZone: ZONE,
      path: 'reconcile',
      ...ASKED,
      fault: 'me',
      dealBreakers: [],
      changedHabitIds: [walk.id],
    });
    const list = stages();
    expect(list.current.stage).toBe('apologize');
    const [move] = list.changes;
    expect(move).toMatchObject({
      stage: 'apologize',
      timeZone: ZONE,
      day: TODAY,
      reason: choiceReason(TODAY, 'Reconcile'),
      wasSuggested: true,
    });
    expect(chosen.choice).toEqual({
      path: 'reconcile',
      stageChangeId: move?.id,
      chosenAt: clock.toISOString(),
      day: TODAY,
    });
    expect(chosen.dealBreakers).toEqual([]);
    expect(chosen.evidence).toHaveLength(1);
    expect(decide.list()).toEqual([chosen]);
  });

  it('choosing Move on after a deal-breaker moves to Heal & Grow, as suggested', () => {
    const chosen = decide.choose({
      day: TODAY,
      timeZone: ZONE,
      path: 'move_on',
      ...ASKED,
      fault: 'both',
      willingToTalk: 'yes',
      dealBreakers: ['cheating'],
    });
    expect(stages().current.stage).toBe('heal_and_grow');
    expect(stages().changes[0]).toMatchObject({ wasSuggested: true });
    expect(chosen.choice?.path).toBe('move_on');
  });

  it('a choice the worksheet did not suggest is kept as the person’s own (never locked)', () => {
    decide.choose({
      day: TODAY,
      timeZone: ZONE,
      path: 'reconcile',
      ...ASKED,
      fault: 'them',
      dealBreakers: [],
    });
    expect(stages().changes[0]).toMatchObject({ stage: 'apologize', wasSuggested: false });
  });

  it('something unsafe, or not sure, asks nothing more before Move on', () => {
    const chosen = decide.choose({ day: TODAY, timeZone: ZONE, path: 'move_on', safety: 'yes' });
    expect(chosen.safety).toBe('yes');
    expect(stages().changes[0]).toMatchObject({ stage: 'heal_and_grow', wasSuggested: true });
    decide.unchoose(chosen.id);
    decide.choose({ day: TODAY, timeZone: ZONE, path: 'move_on', safety: 'not_sure' });
    expect(stages().changes[0]).toMatchObject({ stage: 'heal_and_grow', wasSuggested: true });
  });

  it('an ex who asked for no contact: Move on is the suggestion the choice follows', () => {
    const chosen = decide.choose({
      day: TODAY,
      timeZone: ZONE,
      path: 'move_on',
      safety: 'no',
      askedNoContact: 'yes',
      fault: 'me',
      dealBreakers: [],
    });
    expect(chosen.askedNoContact).toBe('yes');
    expect(stages().changes[0]).toMatchObject({ stage: 'heal_and_grow', wasSuggested: true });
  });

  it('reads a worksheet kept before safety had its question: "unsafe" is a yes to safety', () => {
    const answers = {
      fault: 'me',
      dealBreakers: ['cheating', 'unsafe'],
      willingToTalk: null,
      evidence: [],
      changeNote: null,
      choice: null,
    };
    testDb.db
      .prepare(
        `INSERT INTO reflections (kind, stage, local_day, answers, created_at, updated_at)
         VALUES ('decide_worksheet', 'decide', ?, ?, ?, ?)`,
      )
      .run(TODAY, JSON.stringify(answers), clock.toISOString(), clock.toISOString());
    const [kept] = decide.list();
    expect(kept).toMatchObject({
      safety: 'yes',
      askedNoContact: null,
      fault: 'me',
      dealBreakers: ['cheating'],
    });
    // Saved again, it is written in today's shape; deleted and restored, it reads the same.
    const saved = decide.save({
      id: kept?.id ?? 0,
      day: TODAY,
      safety: kept?.safety ?? null,
      fault: 'me',
      dealBreakers: kept?.dealBreakers ?? null,
    });
    expect(saved).toMatchObject({ safety: 'yes', dealBreakers: ['cheating'] });
    const deleted = decide.remove(saved.id);
    expect(decide.restore(deleted)).toEqual(saved);
  });

  it('choosing the path of the stage the person is already at adds no second move', () => {
    createStageService(testDb.db, { now: () => clock }).move({ stage: 'heal_and_grow' });
    const chosen = decide.choose({
      day: TODAY,
      timeZone: ZONE,
      path: 'move_on',
      ...ASKED,
      fault: 'them',
      dealBreakers: [],
    });
    expect(stages().changes).toHaveLength(1);
    expect(chosen.choice).toMatchObject({ path: 'move_on', stageChangeId: null });
    // Undo takes back the choice alone; the move made by hand stays.
    expect(decide.unchoose(chosen.id).choice).toBeNull();
    expect(stages().current.stage).toBe('heal_and_grow');
  });

  it('refuses a choice with nothing answered, naming what to answer, and writes nothing', () => {
    const draft = decide.save({ day: TODAY, changeNote: 'Thinking.' });
    const before = snapshotAllTables(testDb.db);
    const noSafety = refusal(() =>
      decide.choose({ id: draft.id, day: TODAY, timeZone: ZONE, path: 'move_on' }),
    );
    expect(noSafety.message).toBe(SAFETY_TO_ANSWER);
    expect(noSafety.field).toBe('safety');
    const noContact = refusal(() =>
      decide.choose({ day: TODAY, timeZone: ZONE, path: 'move_on', safety: 'no' }),
    );
    expect(noContact.message).toBe(NO_CONTACT_TO_ANSWER);
    expect(noContact.field).toBe('askedNoContact');
    const noFault = refusal(() =>
      decide.choose({ day: TODAY, timeZone: ZONE, path: 'move_on', ...ASKED }),
    );
    expect(noFault.message).toBe(FAULT_TO_ANSWER);
    expect(noFault.field).toBe('fault');
    const noDealBreakers = refusal(() =>
      decide.choose({ day: TODAY, timeZone: ZONE, path: 'reconcile', ...ASKED, fault: 'me' }),
    );
    expect(noDealBreakers.message).toBe(DEAL_BREAKERS_TO_ANSWER);
    expect(noDealBreakers.field).toBe('dealBreakers');
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('a choice fails whole: no stage change without the worksheet, and no worksheet change', () => {
    const draft = decide.save({ day: TODAY, fault: 'me', dealBreakers: [] });
    const before = snapshotAllTables(testDb.db);
    // A habit that is not there fails after the stage change would be written: all is undone.
    const gone = refusal(() =>
      decide.choose({
        id: draft.id,
        day: TODAY,
        timeZone: ZONE,
        path: 'reconcile',
        ...ASKED,
        fault: 'me',
        dealBreakers: [],
        changedHabitIds: [404],
      }),
    );
    expect(gone.field).toBe('changedHabitIds');
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('Undo of a choice removes its stage change and clears the choice, keeping the answers', () => {
    const chosen = decide.choose({
      day: TODAY,
      timeZone: ZONE,
      path: 'move_on',
      ...ASKED,
      fault: 'them',
      dealBreakers: [],
    });
    const undone = decide.unchoose(chosen.id);
    expect(undone.choice).toBeNull();
    expect(undone.fault).toBe('them');
    expect(stages().changes).toEqual([]);
    expect(stages().current.stage).toBe('heal_yourself');
    // Nothing left to take back.
    expect(refusal(() => decide.unchoose(chosen.id)).code).toBe('conflict');
  });

  it('Undo of a choice whose move was already removed by hand still clears the choice', () => {
    const chosen = decide.choose({
      day: TODAY,
      timeZone: ZONE,
      path: 'move_on',
      ...ASKED,
      fault: 'them',
      dealBreakers: [],
    });
    createStageService(testDb.db).remove(chosen.choice?.stageChangeId ?? 0);
    expect(decide.unchoose(chosen.id).choice).toBeNull();
  });

  it('deletes a worksheet and puts it back exactly, choice and all; the move it made stays', () => {
    const chosen = decide.choose({
      day: TODAY,
      timeZone: ZONE,
      path: 'move_on',
      ...ASKED,
      fault: 'them',
      dealBreakers: ['incompatibility'],
      changeNote: 'Time to look after me.',
    });
    const deleted = decide.remove(chosen.id);
    expect(deleted).toEqual(chosen);
    expect(decide.list()).toEqual([]);
    expect(stages().current.stage).toBe('heal_and_grow');
    expect(decide.restore(deleted)).toEqual(chosen);
    expect(decide.list()).toEqual([chosen]);
    expect(refusal(() => decide.restore(deleted)).code).toBe('conflict');
  });

  it('says a worksheet deleted elsewhere is gone, and changes nothing', () => {
    const saved = decide.save({ day: TODAY, fault: 'me' });
    decide.remove(saved.id);
    const before = snapshotAllTables(testDb.db);
    const editing = refusal(() => decide.save({ id: saved.id, day: TODAY, fault: 'both' }));
    expect(editing.code).toBe('not_found');
    expect(editing.message).toMatch(/still here/);
    expect(refusal(() => decide.remove(saved.id)).code).toBe('not_found');
    expect(refusal(() => decide.unchoose(saved.id)).code).toBe('not_found');
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('lists worksheets newest first, and never another kind of reflection', () => {
    const first = decide.save({ day: '2026-11-20', fault: 'me' });
    const second = decide.save({ day: TODAY, fault: 'them' });
    testDb.db
      .prepare(
        `INSERT INTO reflections (kind, stage, local_day, answers, created_at, updated_at)
         VALUES ('apology_draft', 'apologize', ?, '{}', ?, ?)`,
      )
      .run(TODAY, clock.toISOString(), clock.toISOString());
    expect(decide.list().map((w) => w.id)).toEqual([second.id, first.id]);
  });

  it('leaves out a worksheet whose answers it cannot read, without failing or touching it', () => {
    const good = decide.save({ day: TODAY, fault: 'them' });
    testDb.db
      .prepare(
        `INSERT INTO reflections (kind, stage, local_day, answers, created_at, updated_at)
         VALUES ('decide_worksheet', 'decide', ?, '{"fault":"nobody"}', ?, ?)`,
      )
      .run(TODAY, clock.toISOString(), clock.toISOString());
    const before = snapshotAllTables(testDb.db);
    expect(decide.list()).toEqual([good]);
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });
});
