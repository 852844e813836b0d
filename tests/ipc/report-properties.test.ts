import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { asMarkup } from '../report/report-text';
import { createMoodService } from '../../src-main/services/mood-service';
import { contract } from '../../src-main/shared/ipc-contract';
import { MOOD_NOTE_MAX } from '../../src-main/shared/domain/mood';
import {
  expectChannelIsTotal,
  hostileValue,
  humanText,
  mutated,
} from '../helpers/channel-properties';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

const APP_PAGE = { url: 'app://mending/index.html' };

const validRequest = fc.record({
  from: fc.constantFrom('2026-01-01', '2024-02-29', '1900-01-01'),
  to: fc.constantFrom('2026-12-31', '2026-05-01'),
  privacy: fc.constantFrom('full', 'summary', 'therapist'),
  redactions: fc.array(
    humanText(30).filter((s) => s.trim() !== ''),
    { maxLength: 4 },
  ),
});

const validSave = fc.record({
  from: fc.constantFrom('2026-01-01', '2026-05-01'),
  to: fc.constantFrom('2026-12-31'),
  privacy: fc.constantFrom('full', 'summary', 'therapist'),
  redactions: fc.array(fc.constantFrom('Sam', 'Zoë', 'مرحبا'), { maxLength: 3 }),
  format: fc.constantFrom('pdf', 'html'),
  pageSize: fc.constantFrom('A4', 'Letter'),
});

const seedOneEntry = async (
  dispatch: (channel: 'mood:create', input: unknown) => Promise<unknown>,
) => {
  await dispatch('mood:create', {
    occurredAt: '2026-05-01T10:00:00.000Z',
    timeZone: 'UTC',
    mood: 5,
    note: 'Tea with Sam <img src=x onerror=alert(1)>',
  });
};

describe('report channels under arbitrary input', () => {
  it.each([
    ['report:preview', fc.oneof(hostileValue, mutated(validRequest), validRequest)],
    [
      'report:names',
      fc.oneof(hostileValue, mutated(validRequest.map(({ from, to }) => ({ from, to })))),
    ],
  ] as const)(
    '%s answers every input with a typed result and writes nothing',
    async (channel, inputs) => {
      await expectChannelIsTotal(channel, inputs, { seed: seedOneEntry, numRuns: 80 });
    },
  );

  it('report:save answers every input with a typed result, and writes a file only when asked', async () => {
    const testDb = createTestDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'mending-report-prop-'));
    let saves = 0;
    try {
      const router = createRouter({
        handlers: createHandlers({
          db: testDb.db,
          version: 'test',
          databasePath: testDb.path,
          files: {
            chooseSavePath: () => Promise.resolve(join(dir, `report-${(saves += 1)}`)),
            chooseOpenPath: () => Promise.resolve(null),
          },
          printPdf: () => Promise.resolve(new TextEncoder().encode('%PDF-fake')),
        }),
        isTrustedSender: (sender) => sender.url === APP_PAGE.url,
        onUnexpectedError: (error) => {
          throw error;
        },
      });
      await seedOneEntry((channel, input) => router.dispatch(channel, input, APP_PAGE));
      await fc.assert(
        fc.asyncProperty(fc.oneof(hostileValue, mutated(validSave), validSave), async (input) => {
          const before = snapshotAllTables(testDb.db);
          const asked = saves;
          const result = await router.dispatch('report:save', input, APP_PAGE);
          // A report only reads: no table ever changes, whether it was saved or refused.
          expect(snapshotAllTables(testDb.db)).toEqual(before);
          if (result.ok) {
            expect(contract['report:save'].output.safeParse(result.value).success).toBe(true);
            expect(result.value).toEqual({
              saved: true,
              fileName: expect.stringMatching(/^report-\d+\.(pdf|html)$/) as string,
            });
          } else {
            expect(result.error.code).toBe('invalid_input');
            expect(result.error.message.length).toBeGreaterThan(0);
            expect(saves).toBe(asked);
          }
        }),
        { numRuns: 80 },
      );
    } finally {
      testDb.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows any note a person can write exactly as typed in the full report, and as saved HTML', async () => {
    const testDb = createTestDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'mending-report-trip-'));
    try {
      const mood = createMoodService(testDb.db);
      let n = 0;
      const router = createRouter({
        handlers: createHandlers({
          db: testDb.db,
          version: 'test',
          databasePath: testDb.path,
          files: {
            chooseSavePath: () => Promise.resolve(join(dir, `trip-${(n += 1)}.html`)),
            chooseOpenPath: () => Promise.resolve(null),
          },
        }),
        isTrustedSender: (sender) => sender.url === APP_PAGE.url,
      });
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            humanText(300),
            fc.constant('🌧️'.repeat(MOOD_NOTE_MAX)),
            fc.constant('\u202Eשלום <script>x</script> مرحبا'),
          ),
          fc.integer({ min: 0, max: 300 }),
          async (note, offset) => {
            const day = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
            const saved = mood.create({
              occurredAt: `${day}T12:00:00.000Z`,
              timeZone: 'UTC',
              mood: 6,
              note,
            });
            const request = { from: day, to: day, privacy: 'full', redactions: [] };
            const preview = await router.dispatch('report:preview', request, APP_PAGE);
            expect(preview.ok).toBe(true);
            if (!preview.ok) return;
            const { html } = preview.value as { html: string };
            if (saved.note !== null) expect(html).toContain(asMarkup(saved.note));
            expect(html).not.toContain('<script>x');
            const result = await router.dispatch(
              'report:save',
              { ...request, format: 'html' },
              APP_PAGE,
            );
            expect(result).toEqual({
              ok: true,
              value: { saved: true, fileName: `trip-${n}.html` },
            });
            expect(readFileSync(join(dir, `trip-${n}.html`), 'utf8')).toBe(html);
            mood.remove(saved.id);
          },
        ),
        { numRuns: 40 },
      );
    } finally {
      testDb.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers a request that names no privacy level with the most private report', async () => {
    const testDb = createTestDatabase();
    try {
      const router = createRouter({
        handlers: createHandlers({ db: testDb.db, version: 'test', databasePath: testDb.path }),
        isTrustedSender: (sender) => sender.url === APP_PAGE.url,
      });
      await seedOneEntry((channel, input) => router.dispatch(channel, input, APP_PAGE));
      const preview = await router.dispatch(
        'report:preview',
        { from: '2026-05-01', to: '2026-05-01' },
        APP_PAGE,
      );
      expect(preview.ok).toBe(true);
      if (!preview.ok) return;
      const { html } = preview.value as { html: string };
      expect(html).toContain('Privacy: Summary.');
      expect(html).not.toContain('Tea with Sam');
    } finally {
      testDb.cleanup();
    }
  });
});
