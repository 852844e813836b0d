import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCommunicationService } from '../../src-main/services/communication-service';
import { createHabitService } from '../../src-main/services/habit-service';
import { createMoodService } from '../../src-main/services/mood-service';
import { ServiceError } from '../../src-main/services/service-error';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

let testDb: ReturnType<typeof createTestDatabase>;
beforeEach(() => {
  testDb = createTestDatabase();
});
afterEach(() => {
  testDb.cleanup();
});

function messageOf(act: () => unknown): { code: string; message: string } {
  try {
    act();
  } catch (error) {
    if (error instanceof ServiceError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

const mood = { occurredAt: '2026-11-20T21:00:00.000Z', timeZone: 'UTC', mood: 4 } as const;
const talk = {
  occurredAt: '2026-11-20T21:00:00.000Z',
  timeZone: 'UTC',
  skill: 'listening',
  counterpart: 'friend',
  isContactWithEx: false,
} as const;

describe('an entry deleted while a person was changing it, for every kind', () => {
  it('says kindly what happened and that what they typed is still there, with no id', () => {
    const moods = createMoodService(testDb.db);
    const talks = createCommunicationService(testDb.db);
    const habits = createHabitService(testDb.db);
    const gone = [
      [() => moods.update(4040, mood), 'mood entry'],
      [() => talks.update(4040, talk), 'conversation'],
      [() => habits.update({ id: 4040, name: 'Walk', targetCount: 1, period: 'day' }), 'habit'],
    ] as const;
    const before = snapshotAllTables(testDb.db);
    for (const [act, kind] of gone) {
      expect(messageOf(act)).toEqual({
        code: 'not_found',
        message: `This ${kind} was deleted elsewhere, so these changes could not be saved. What you typed is still here.`,
      });
    }
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('says that nothing was changed when it is deleted, archived or checked in after it went', () => {
    const moods = createMoodService(testDb.db);
    const talks = createCommunicationService(testDb.db);
    const habits = createHabitService(testDb.db);
    const before = snapshotAllTables(testDb.db);
    const gone = [
      [() => moods.remove(4040), 'mood entry'],
      [() => talks.remove(4040), 'conversation'],
      [() => habits.archive(4040), 'habit'],
      [() => habits.setCheckin({ habitId: 4040, day: '2026-11-20', count: 1 }), 'habit'],
    ] as const;
    for (const [act, kind] of gone) {
      const { message } = messageOf(act);
      expect(message).toBe(`This ${kind} was deleted elsewhere, so nothing was changed.`);
      expect(message).not.toMatch(/#|\d/);
    }
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });
});
