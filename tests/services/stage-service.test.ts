import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMoodService } from '../../src-main/services/mood-service';
import { createSettingsService } from '../../src-main/services/settings-service';
import { createStageService, type StageService } from '../../src-main/services/stage-service';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

let testDb: ReturnType<typeof createTestDatabase>;
let stages: StageService;
let clock = new Date('2026-11-27T23:30:00.000Z');

beforeEach(() => {
  testDb = createTestDatabase();
  clock = new Date('2026-11-27T23:30:00.000Z');
  stages = createStageService(testDb.db, { now: () => clock });
});
afterEach(() => testDb.cleanup());

describe('stage service', () => {
  it('starts everyone in Heal Yourself, since nothing, with no move recorded', () => {
    expect(stages.list()).toEqual({
      current: { stage: 'heal_yourself', sinceDay: null, since: null, isImplicit: true },
      changes: [],
    });
  });

  it('counts healing from the first record, or from the breakup day when the person gave one', () => {
    createMoodService(testDb.db).create({
      occurredAt: '2026-10-05T08:00:00.000Z',
      timeZone: 'Europe/Paris',
      mood: 4,
    });
    expect(stages.list().current.sinceDay).toBe('2026-10-05');
    createSettingsService(testDb.db).update({ breakupDay: '2026-09-20' });
    expect(stages.list().current).toEqual({
      stage: 'heal_yourself',
      sinceDay: '2026-09-20',
      since: null,
      isImplicit: true,
    });
  });

  it('moves to any stage, dated in the zone given, and the last move is where the person is', () => {
    const decide = stages.move({
      stage: 'decide',
      reason: '  I feel steadier.  ',
      wasSuggested: true,
      timeZone: 'Pacific/Auckland',
    });
    // 23:30 UTC on the 27th is already the 28th in Auckland.
    expect(decide).toEqual({
      id: 1,
      stage: 'decide',
      changedAt: '2026-11-27T23:30:00.000Z',
      timeZone: 'Pacific/Auckland',
      day: '2026-11-28',
      reason: '  I feel steadier.  ',
      wasSuggested: true,
    });
    clock = new Date('2026-11-28T09:00:00.000Z');
    // Back to an earlier stage by hand, with no reason: the app never locks.
    const back = stages.move({ stage: 'heal_yourself', timeZone: 'Europe/Paris' });
    expect(back).toMatchObject({ stage: 'heal_yourself', reason: null, wasSuggested: false });
    expect(stages.list()).toEqual({
      current: {
        stage: 'heal_yourself',
        sinceDay: '2026-11-28',
        since: '2026-11-28T09:00:00.000Z',
        isImplicit: false,
      },
      changes: [decide, back],
    });
  });

  it('refuses a move to the stage the person is already in, and a bad stage, writing nothing', () => {
    const before = snapshotAllTables(testDb.db);
    expect(() => stages.move({ stage: 'heal_yourself' })).toThrow('already in Heal Yourself');
    expect(() => stages.move({ stage: 'the_ex_returns' } as never)).toThrow('Choose a stage');
    expect(() => stages.move({ stage: 'decide', reason: 'x'.repeat(2001) })).toThrow('too long');
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('takes a move back and puts it back exactly as it was (Undo)', () => {
    const move = stages.move({ stage: 'decide', reason: 'Ready to look honestly.' });
    const before = snapshotAllTables(testDb.db);
    expect(stages.remove(move.id)).toEqual(move);
    expect(stages.list().current.stage).toBe('heal_yourself');
    expect(() => stages.remove(move.id)).toThrow('not in your journey');
    expect(stages.restore(move)).toEqual(move);
    expect(snapshotAllTables(testDb.db)).toEqual(before);
    expect(() => stages.restore(move)).toThrow('already back');
  });
});
