import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReflectionRepo } from '../../src-main/db/repositories/reflection-repo';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

let testDb: ReturnType<typeof createTestDatabase>;

beforeEach(() => {
  testDb = createTestDatabase();
});
afterEach(() => testDb.cleanup());

describe('reflection repository', () => {
  it('stores answers as JSON, lists a kind newest day first, updates, removes and restores', () => {
    const repo = createReflectionRepo(testDb.db);
    const first = repo.insert({
      kind: 'decide_worksheet',
      stage: 'decide',
      localDay: '2026-11-01',
      answers: { fault: 'both', dealBreakers: [] },
      createdAt: '2026-11-01T10:00:00.000Z',
    });
    const second = repo.insert({
      kind: 'decide_worksheet',
      stage: 'decide',
      localDay: '2026-11-20',
      answers: { fault: 'them' },
      createdAt: '2026-11-20T10:00:00.000Z',
    });
    repo.insert({
      kind: 'apology_draft',
      stage: null,
      localDay: '2026-11-25',
      answers: {},
      createdAt: '2026-11-25T10:00:00.000Z',
    });
    expect(first).toEqual({
      id: 1,
      kind: 'decide_worksheet',
      stage: 'decide',
      localDay: '2026-11-01',
      answers: { fault: 'both', dealBreakers: [] },
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
    });
    expect(repo.listByKind('decide_worksheet').map((r) => r.id)).toEqual([second.id, first.id]);

    const updated = repo.update(first.id, {
      localDay: '2026-11-02',
      answers: { fault: 'me' },
      updatedAt: '2026-11-02T09:00:00.000Z',
    });
    expect(updated).toMatchObject({ localDay: '2026-11-02', answers: { fault: 'me' } });
    expect(updated?.createdAt).toBe('2026-11-01T10:00:00.000Z');
    expect(
      repo.update(99, { localDay: '2026-11-02', answers: {}, updatedAt: 'x' }),
    ).toBeUndefined();

    const before = snapshotAllTables(testDb.db);
    const gone = repo.get(first.id);
    expect(gone).toBeDefined();
    expect(repo.remove(first.id)).toBe(true);
    expect(repo.remove(first.id)).toBe(false);
    if (gone) repo.restore(gone);
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });
});
