import { afterEach, describe, expect, it } from 'vitest';
import { createTrustRepo } from '../../../src-main/db/repositories/trust-repo';
import { createTrustService } from '../../../src-main/services/trust-service';
import type { TrustCheckin } from '../../../src-main/shared/ipc-contract';
import { createTestDatabase } from '../../helpers/test-db';

/*
 * A list with a limit reads only the days near its newest check-ins ("anything earlier?" must not
 * read the whole history): it must still give exactly the newest ones, newest first, whatever
 * zones put their local days apart.
 */
const opened: ReturnType<typeof createTestDatabase>[] = [];
afterEach(() => opened.splice(0).forEach((t) => t.cleanup()));

const ZONES = ['Pacific/Kiritimati', 'Etc/GMT+12', 'Asia/Kathmandu', 'UTC'] as const;

describe('trust check-in list with a limit', () => {
  it('gives the newest check-ins of the range, newest first, for every limit', () => {
    const test = createTestDatabase();
    opened.push(test);
    const service = createTrustService(test.db);
    const start = Date.parse('2026-03-01T00:00:00.000Z');
    const saved: TrustCheckin[] = [];
    for (let i = 0; i < 24; i += 1) {
      saved.push(
        service.create({
          occurredAt: new Date(start + i * 7 * 60 * 60 * 1000).toISOString(),
          timeZone: ZONES[i % ZONES.length] ?? 'UTC',
          trust: 5,
          tension: 4,
        }),
      );
    }
    const repo = createTrustRepo(test.db);
    const days = [...new Set(saved.map((c) => c.day))].sort();
    const first = days[0] ?? '';
    for (const to of days) {
      const expected = saved
        .filter((c) => c.day <= to)
        .sort((a, b) =>
          a.occurredAt === b.occurredAt ? b.id - a.id : a.occurredAt < b.occurredAt ? 1 : -1,
        );
      expect(repo.list({ from: first, to })).toEqual(expected);
      for (let limit = 1; limit <= expected.length + 1; limit += 1) {
        expect(repo.list({ from: first, to, limit }), `to ${to}, limit ${limit}`).toEqual(
          expected.slice(0, limit),
        );
      }
    }
  });
});
