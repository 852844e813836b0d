import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import { communicationEntryInputSchema } from '../../src-main/shared/contract/communication';
import { createCommunicationService } from '../../src-main/services/communication-service';
import {
  COMMUNICATION_NOTE_MAX,
  COMMUNICATION_SKILLS,
  CONTACT_CONTEXTS,
  COUNTERPARTS,
  DO_DIFFERENTLY_MAX,
  INITIATORS,
  initiatorOfContext,
  OUTCOMES,
  TONES,
} from '../../src-main/shared/domain/communication';
import {
  expectChannelIsTotal,
  hostileValue,
  humanText,
  mutated,
  EDGE_ZONES,
  anyAcceptedInstant,
} from '../helpers/channel-properties';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

const ZONES = ['UTC', 'America/New_York', 'Pacific/Apia', 'Australia/Lord_Howe', 'Asia/Kathmandu'];

/**
 * Contact with the ex, or practice with anyone else: both kinds obey the cross-field rules. Only
 * contact with the ex may leave the skill out (not every contact is practice), and its "I reached
 * out" / "They reached out" leave who reached out first unsaid or say the same.
 */
const contactFields = fc.oneof(
  fc
    .record({
      counterpart: fc.constantFrom(...COUNTERPARTS.filter((c) => c !== 'rehearsal_alone')),
      isContactWithEx: fc.constant(true),
      contactContext: fc.constantFrom(...CONTACT_CONTEXTS),
      skill: fc.option(fc.constantFrom(...COMMUNICATION_SKILLS)),
      initiatedBy: fc.option(fc.constantFrom(...INITIATORS)),
    })
    .map((c) => {
      const said = initiatorOfContext(c.contactContext);
      return said === null || c.initiatedBy === null ? c : { ...c, initiatedBy: said };
    }),
  fc.record({
    counterpart: fc.constantFrom(...COUNTERPARTS.filter((c) => c !== 'ex')),
    isContactWithEx: fc.constant(false),
    contactContext: fc.constant(null),
    skill: fc.constantFrom(...COMMUNICATION_SKILLS),
    initiatedBy: fc.option(fc.constantFrom(...INITIATORS)),
  }),
);

const validEntry = fc
  .tuple(
    fc.record({
      // Any instant the contract takes, 1900-2999 and its ends, where a zone can move the day out.
      occurredAt: anyAcceptedInstant,
      timeZone: fc.constantFrom(...ZONES, ...EDGE_ZONES),
      tone: fc.option(fc.constantFrom(...TONES)),
      selfRating: fc.option(fc.integer({ min: 1, max: 5 })),
      outcome: fc.option(fc.constantFrom(...OUTCOMES)),
      moodBefore: fc.option(fc.integer({ min: 1, max: 10 })),
      moodAfter: fc.option(fc.integer({ min: 1, max: 10 })),
      doDifferently: fc.option(humanText(200)),
      note: fc.option(humanText(200)),
    }),
    contactFields,
  )
  // A rehearsal on your own has no one who reached out first, no tone and no outcome.
  .map(([fields, contact]) =>
    contact.counterpart === 'rehearsal_alone'
      ? { ...fields, ...contact, initiatedBy: null, tone: null, outcome: null }
      : { ...fields, ...contact },
  );

const listQuery = fc.record(
  {
    from: fc.constantFrom('2026-01-01', '2024-02-29'),
    to: fc.constantFrom('2026-12-31'),
    skill: fc.constantFrom(...COMMUNICATION_SKILLS),
    counterpart: fc.constantFrom(...COUNTERPARTS),
    contactOnly: fc.boolean(),
    limit: fc.integer({ min: 1, max: 50 }),
  },
  { requiredKeys: ['from', 'to'] },
);

const seed = {
  occurredAt: '2026-05-01T10:00:00.000Z',
  timeZone: 'UTC',
  skill: 'calm_logistics',
  counterpart: 'ex',
  isContactWithEx: true,
  contactContext: 'co_parenting',
} as const;

describe('communication channels under arbitrary input', () => {
  it.each([
    ['communication:create', fc.oneof(hostileValue, mutated(validEntry), validEntry)],
    [
      'communication:update',
      fc.oneof(
        hostileValue,
        mutated(validEntry.map((e) => ({ ...e, id: 1 }))),
        validEntry.map((e) => ({ ...e, id: 1 })),
      ),
    ],
    [
      'communication:delete',
      fc.oneof(hostileValue, fc.record({ id: fc.oneof(fc.integer(), hostileValue) })),
    ],
    [
      'communication:restore',
      fc.oneof(
        hostileValue,
        mutated(
          validEntry.map((e) => ({
            ...e,
            id: 99,
            createdAt: e.occurredAt,
            updatedAt: e.occurredAt,
          })),
        ),
      ),
    ],
    ['communication:list', fc.oneof(hostileValue, mutated(listQuery), listQuery)],
  ] as const)(
    '%s answers every input with a typed result and writes nothing when refusing',
    async (channel, inputs) => {
      await expectChannelIsTotal(channel, inputs, {
        seed: async (dispatch) => {
          await dispatch('communication:create', seed);
        },
      });
    },
  );

  it('names the field a cross-field rule was broken on, through the router', async () => {
    const testDb = createTestDatabase();
    try {
      const router = createRouter({
        handlers: createHandlers({ db: testDb.db, version: 'test', databasePath: testDb.path }),
        isTrustedSender: () => true,
      });
      const create = (input: unknown) =>
        router.dispatch('communication:create', input, { url: 'app://mending/index.html' });
      const fieldOf = async (input: unknown) => {
        const result = await create(input);
        return result.ok ? null : result.error.field;
      };
      expect(await fieldOf({ ...seed, contactContext: null })).toBe('contactContext');
      expect(await fieldOf({ ...seed, isContactWithEx: false })).toBe('isContactWithEx');
      expect(await fieldOf({ ...seed, counterpart: 'rehearsal_alone' })).toBe('isContactWithEx');
      expect(await fieldOf({ ...seed, counterpart: 'friend', isContactWithEx: false })).toBe(
        'contactContext',
      );
      expect(await fieldOf({ ...seed, skill: 'mind_reading' })).toBe('skill');
      // Only contact with the ex may leave the skill out.
      const friend = {
        ...seed,
        counterpart: 'friend',
        isContactWithEx: false,
        contactContext: null,
      };
      expect(await fieldOf({ ...friend, skill: null })).toBe('skill');
      expect(await fieldOf({ ...friend, skill: undefined })).toBe('skill');
      const skillMessage = await create({ ...friend, skill: null });
      expect(skillMessage.ok ? null : skillMessage.error.message).toBe(
        'Choose the skill you practised.',
      );
      // "I reached out" already says who reached out first; "They did" would contradict it.
      expect(await fieldOf({ ...seed, contactContext: 'i_reached_out', initiatedBy: 'them' })).toBe(
        'initiatedBy',
      );
      expect(
        await fieldOf({ ...seed, contactContext: 'they_reached_out', initiatedBy: 'mutual' }),
      ).toBe('initiatedBy');
      const rehearsal = { ...seed, counterpart: 'rehearsal_alone', isContactWithEx: false };
      expect(await fieldOf({ ...rehearsal, contactContext: null, tone: 'civil' })).toBe('tone');
      expect(await fieldOf({ ...rehearsal, contactContext: null, outcome: 'not' })).toBe('outcome');
      expect(await fieldOf({ ...rehearsal, contactContext: null, initiatedBy: 'me' })).toBe(
        'initiatedBy',
      );
      expect(snapshotAllTables(testDb.db)['communication_entries']).toEqual([]);
    } finally {
      testDb.cleanup();
    }
  });

  it('saves, reads back and restores any valid entry unchanged, long text and odd scripts included', () => {
    const testDb = createTestDatabase();
    try {
      const service = createCommunicationService(testDb.db);
      fc.assert(
        fc.property(
          fc
            .oneof(
              { weight: 19, arbitrary: validEntry },
              {
                weight: 1,
                arbitrary: validEntry.map((e) => ({
                  ...e,
                  doDifferently: '🌧️'.repeat(DO_DIFFERENTLY_MAX),
                  note: 'ש'.repeat(COMMUNICATION_NOTE_MAX),
                })),
              },
            )
            // Only what the contract accepts is saved; the channel tests cover the rest.
            .filter((e) => communicationEntryInputSchema.safeParse(e).success),
          (input) => {
            const saved = service.create(input);
            const [read] = service
              .list({ from: saved.day, to: saved.day })
              .filter((e) => e.id === saved.id);
            expect(read).toEqual(saved);
            const blankIsNull = (text: string | null) =>
              text === null || text.trim() === '' ? null : text;
            const { note, doDifferently, initiatedBy, ...rest } = input;
            expect(read).toMatchObject(rest);
            // What brought it about may say who reached out first; the entry then keeps it.
            expect(read?.initiatedBy).toBe(
              initiatedBy ??
                initiatorOfContext(input.isContactWithEx ? input.contactContext : null),
            );
            expect(read?.note).toBe(blankIsNull(note));
            expect(read?.doDifferently).toBe(blankIsNull(doDifferently));
            // Undo of a delete brings back the very same entry.
            const { day: _day, ...restorable } = service.remove(saved.id);
            expect(service.restore(restorable)).toEqual(saved);
            if (input.isContactWithEx) {
              const contactOnly = service.list({
                from: saved.day,
                to: saved.day,
                contactOnly: true,
              });
              expect(contactOnly.map((e) => e.id)).toContain(saved.id);
            }
          },
        ),
        { numRuns: 120 },
      );
    } finally {
      testDb.cleanup();
    }
  });

  it('leaves the skill out only for contact with the ex: any other entry without one is refused and nothing is written', () => {
    const testDb = createTestDatabase();
    try {
      const service = createCommunicationService(testDb.db);
      fc.assert(
        fc.property(
          validEntry.filter((e) => communicationEntryInputSchema.safeParse(e).success),
          (entry) => {
            const input = { ...entry, skill: null };
            const before = snapshotAllTables(testDb.db)['communication_entries'];
            if (entry.isContactWithEx) {
              const saved = service.create(input);
              expect(saved.skill).toBeNull();
              expect(service.list({ from: saved.day, to: saved.day })).toContainEqual(saved);
              service.remove(saved.id);
            } else {
              expect(() => service.create(input)).toThrow('Choose the skill you practised.');
              expect(snapshotAllTables(testDb.db)['communication_entries']).toEqual(before);
            }
          },
        ),
        { numRuns: 120 },
      );
    } finally {
      testDb.cleanup();
    }
  });
});
