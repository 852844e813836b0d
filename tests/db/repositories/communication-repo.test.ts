import { afterEach, describe, expect, it } from 'vitest';
import { createCommunicationRepo } from '../../../src-main/db/repositories/communication-repo';
import { createCommunicationService } from '../../../src-main/services/communication-service';
import type { CommunicationEntry } from '../../../src-main/shared/ipc-contract';
import { createTestDatabase } from '../../helpers/test-db';

/*
 * A list with a limit reads only the days near its newest entries (the "anything earlier?"
 * question must not read ten years): it must still give exactly the newest entries, newest
 * first, however far apart the zones they were written in put their local days.
 */
const opened: ReturnType<typeof createTestDatabase>[] = [];
afterEach(() => opened.splice(0).forEach((t) => t.cleanup()));

// From UTC+14 to UTC-12, and one in between: the same instant falls on three local days.
const ZONES = ['Pacific/Kiritimati', 'Etc/GMT+12', 'Asia/Kathmandu', 'UTC'] as const;

function newestFirst(entries: readonly CommunicationEntry[]): CommunicationEntry[] {
  return [...entries].sort((a, b) =>
    a.occurredAt === b.occurredAt ? b.id - a.id : a.occurredAt < b.occurredAt ? 1 : -1,
  );
}

describe('communication list with a limit', () => {
  it('gives the newest entries of the range, newest first, for every limit and filter', () => {
    const test = createTestDatabase();
    opened.push(test);
    const service = createCommunicationService(test.db);
    const start = Date.parse('2026-03-01T00:00:00.000Z');
    const saved: CommunicationEntry[] = [];
    // Thirty entries about seven hours apart, each in the next zone, some of them contact.
    for (let i = 0; i < 30; i += 1) {
      const isContact = i % 3 === 0;
      saved.push(
        service.create({
          occurredAt: new Date(start + i * 7 * 60 * 60 * 1000).toISOString(),
          timeZone: ZONES[i % ZONES.length] ?? 'UTC',
          counterpart: isContact ? 'ex' : 'friend',
          isContactWithEx: isContact,
          contactContext: isContact ? 'co_parenting' : null,
          skill: 'listening',
        }),
      );
    }
    const repo = createCommunicationRepo(test.db);
    const days = [...new Set(saved.map((e) => e.day))].sort();
    const first = days[0] ?? '';
    for (const to of days) {
      for (const contactOnly of [false, true]) {
        const inRange = saved.filter(
          (e) => e.day >= first && e.day <= to && (!contactOnly || e.isContactWithEx),
        );
        const expected = newestFirst(inRange);
        expect(repo.list({ from: first, to, contactOnly })).toEqual(expected);
        for (let limit = 1; limit <= expected.length + 1; limit += 1) {
          expect(
            repo.list({ from: first, to, contactOnly, limit }),
            `to ${to}, limit ${limit}`,
          ).toEqual(expected.slice(0, limit));
        }
      }
    }
  });
});
