import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReflectionRepo } from '../../src-main/db/repositories/reflection-repo';
import { createCommunicationService } from '../../src-main/services/communication-service';
import { createHabitService } from '../../src-main/services/habit-service';
import { createJourneyService, type JourneyService } from '../../src-main/services/journey-service';
import { createMoodService } from '../../src-main/services/mood-service';
import { createSettingsService } from '../../src-main/services/settings-service';
import { createStageService } from '../../src-main/services/stage-service';
import { addDays } from '../../src-main/shared/calendar';
import type { HonestReflectionInput } from '../../src-main/shared/ipc-contract';
import type { WhereItem } from '../../src-main/shared/journey/where-you-are';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

let testDb: ReturnType<typeof createTestDatabase>;
let journey: JourneyService;
const NOW = new Date('2026-11-27T23:30:00.000Z');
const TODAY = '2026-11-27';

beforeEach(() => {
  testDb = createTestDatabase();
  journey = createJourneyService(testDb.db, { now: () => NOW });
});
afterEach(() => testDb.cleanup());

function item<K extends WhereItem['kind']>(kind: K): Extract<WhereItem, { kind: K }> {
  const found = journey
    .overview(TODAY)
    .items.find((i): i is Extract<WhereItem, { kind: K }> => i.kind === kind);
  if (!found) throw new Error(`no ${kind} item`);
  return found;
}

function mood(day: string, value: number, hurt: number | null = null) {
  createMoodService(testDb.db, { now: () => NOW }).create({
    occurredAt: `${day}T10:00:00.000Z`,
    timeZone: 'Europe/Paris',
    mood: value,
    hurt,
  });
}

const ANSWERS: HonestReflectionInput = {
  day: TODAY,
  overThem: 'most',
  habits: 'mostly',
  allRight: 'yes',
  makesSense: 'yes',
  note: null,
};

describe('journey:overview', () => {
  it('reads mood and hurt by day over their windows, two entries on one day as their average', () => {
    mood(addDays(TODAY, -30), 1, 10); // outside both windows
    mood(addDays(TODAY, -20), 6, 8); // in the hurt window only
    for (let i = 0; i < 5; i += 1) mood(addDays(TODAY, i - 4), 4 + i, 7 - i);
    mood(TODAY, 10);
    const moodItem = item('mood');
    expect(moodItem.days).toBe(5);
    expect(moodItem.series.at(-1)).toEqual({ day: TODAY, value: 9 });
    expect(moodItem.direction).toBe('up');
    const hurt = item('hurt');
    expect(hurt.days).toBe(6);
    expect(hurt.series[0]).toEqual({ day: addDays(TODAY, -20), value: 8 });
  });

  it('averages strength over habits in use only: an archived habit is put away, not missed', () => {
    const habits = createHabitService(testDb.db, { now: () => NOW });
    const walk = habits.create({ name: 'Walk', kind: 'build', targetCount: 1, period: 'day' });
    const old = habits.create({ name: 'Old', kind: 'build', targetCount: 1, period: 'day' });
    for (let i = 0; i < 20; i += 1) {
      habits.setCheckin({ habitId: walk.id, day: addDays(TODAY, -i), count: 1 });
    }
    habits.setCheckin({ habitId: old.id, day: addDays(TODAY, -40), count: 1 });
    habits.archive(old.id);
    const strength = item('habits');
    expect(strength.habits).toBe(1);
    expect(strength.strength).toBeGreaterThan(0.5);
    expect(strength.series).toHaveLength(28);
  });

  it('counts time spent healing from the breakup day, and a move does not start it again', () => {
    mood('2026-10-10', 5);
    expect(item('time')).toEqual({ kind: 'time', since: '2026-10-10', days: 49 });
    createSettingsService(testDb.db).update({ breakupDay: '2026-10-01' });
    expect(item('time').since).toBe('2026-10-01');
    createStageService(testDb.db, { now: () => NOW }).move({
      stage: 'heal_and_grow',
      reason: 'They said no.',
    });
    expect(item('time')).toEqual({ kind: 'time', since: '2026-10-01', days: 58 });
  });

  it('counts from a first move when nothing else was recorded', () => {
    createStageService(testDb.db, { now: () => NOW }).move({ stage: 'decide', timeZone: 'UTC' });
    expect(item('time')).toEqual({ kind: 'time', since: TODAY, days: 1 });
  });

  it('adds apology rehearsals in Apologize, leaving out the apology given to the ex', () => {
    const talk = createCommunicationService(testDb.db, { now: () => NOW });
    const entry = {
      occurredAt: '2026-11-20T18:00:00.000Z',
      timeZone: 'UTC',
      skill: 'apology',
      counterpart: 'rehearsal_alone',
      isContactWithEx: false,
    } as const;
    talk.create(entry);
    talk.create({ ...entry, counterpart: 'friend' });
    talk.create({
      ...entry,
      counterpart: 'ex',
      isContactWithEx: true,
      contactContext: 'other',
      initiatedBy: 'me',
    });
    expect(journey.overview(TODAY).items.map((i) => i.kind)).not.toContain('rehearsals');
    createStageService(testDb.db, { now: () => NOW }).move({ stage: 'apologize' });
    expect(item('rehearsals')).toEqual({ kind: 'rehearsals', rehearsals: 2 });
  });

  it('gives the latest honest reflection up to the day, and how many times it was answered', () => {
    journey.reflect({ ...ANSWERS, day: '2026-11-01', makesSense: 'not_sure' });
    journey.reflect({ ...ANSWERS, day: '2026-11-20', makesSense: 'no' });
    journey.reflect({ ...ANSWERS, day: '2026-11-28', makesSense: 'yes' }); // a day after TODAY
    expect(item('reflection').latest).toEqual({
      day: '2026-11-20',
      times: 2,
      answers: {
        overThem: 'most',
        habits: 'mostly',
        allRight: 'yes',
        makesSense: 'no',
        note: null,
      },
    });
  });
});

describe('the honest reflection', () => {
  it('keeps each answering as a dated row of its own, newest first, in the stage it was given', () => {
    const first = journey.reflect({ ...ANSWERS, day: '2026-11-01', note: '  ' });
    createStageService(testDb.db, { now: () => NOW }).move({ stage: 'decide' });
    const second = journey.reflect({ ...ANSWERS, note: 'Calmer now.' });
    expect(first).toMatchObject({ day: '2026-11-01', stage: 'heal_yourself' });
    expect(first.answers.note).toBeNull();
    expect(second).toMatchObject({ day: TODAY, stage: 'decide', createdAt: NOW.toISOString() });
    expect(journey.list().map((r) => r.id)).toEqual([second.id, first.id]);
    expect(testDb.db.prepare('SELECT kind FROM reflections').pluck().all()).toEqual([
      'honest_reflection',
      'honest_reflection',
    ]);
  });

  it('refuses a question left unanswered, naming it, and writes nothing', () => {
    const before = snapshotAllTables(testDb.db);
    const { makesSense: _left, ...unanswered } = ANSWERS;
    // A request as a hand-made or stale page could send it, past what the types allow.
    expect(() => journey.reflect(unanswered as HonestReflectionInput)).toThrow(
      'Choose whether getting back together makes sense to you, or that you are not sure.',
    );
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('refuses a day that has not begun anywhere, and accepts today on the far side of the world', () => {
    expect(() => journey.reflect({ ...ANSWERS, day: '2026-11-30' })).toThrow(
      'That day has not begun yet. Choose today or an earlier day.',
    );
    // 23:30 UTC on the 27th is already the 28th in Auckland.
    expect(journey.reflect({ ...ANSWERS, day: '2026-11-28' }).day).toBe('2026-11-28');
  });

  it('deletes one and restores it exactly, with the same id, day and times', () => {
    const saved = journey.reflect(ANSWERS);
    const before = snapshotAllTables(testDb.db);
    const removed = journey.remove(saved.id);
    expect(removed).toEqual(saved);
    expect(journey.list()).toEqual([]);
    expect(journey.restore(removed)).toEqual(saved);
    expect(snapshotAllTables(testDb.db)).toEqual(before);
    expect(() => journey.restore(removed)).toThrow('That reflection is already back.');
  });

  it('never deletes another kind of reflection through its channel', () => {
    const worksheet = createReflectionRepo(testDb.db).insert({
      kind: 'decide_worksheet',
      stage: 'decide',
      localDay: TODAY,
      answers: { fault: 'both' },
      createdAt: NOW.toISOString(),
    });
    expect(() => journey.remove(worksheet.id)).toThrow(/deleted elsewhere/);
    expect(createReflectionRepo(testDb.db).get(worksheet.id)).toBeDefined();
    expect(journey.list()).toEqual([]);
  });
});
