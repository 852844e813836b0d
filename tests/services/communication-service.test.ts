import { formatCount } from '../../src-main/shared/locale-format';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createCommunicationService,
  type CommunicationService,
} from '../../src-main/services/communication-service';
import { ServiceError } from '../../src-main/services/service-error';
import type { CommunicationEntryInput } from '../../src-main/shared/contract/communication';
import { createTestDatabase, snapshotAllTables } from '../helpers/test-db';

let testDb: ReturnType<typeof createTestDatabase>;
let communication: CommunicationService;
let clock = new Date('2026-11-27T12:00:00.000Z');

beforeEach(() => {
  testDb = createTestDatabase();
  clock = new Date('2026-11-27T12:00:00.000Z');
  communication = createCommunicationService(testDb.db, { now: () => clock });
});
afterEach(() => testDb.cleanup());

/** A rehearsal on one's own: practice, not contact. */
const rehearsal: CommunicationEntryInput = {
  occurredAt: '2026-11-27T09:15:00.000Z',
  timeZone: 'Europe/Paris',
  skill: 'i_statements',
  counterpart: 'rehearsal_alone',
  isContactWithEx: false,
};

/** A tense hand-over with the ex, which cannot be avoided. */
const handover: CommunicationEntryInput = {
  occurredAt: '2026-11-26T17:40:00.000Z',
  timeZone: 'Europe/Paris',
  skill: 'calm_logistics',
  counterpart: 'co_parent',
  isContactWithEx: true,
  contactContext: 'co_parenting',
  initiatedBy: 'them',
  tone: 'tense',
  selfRating: 4,
  outcome: 'partly',
  moodBefore: 3,
  moodAfter: 5,
  doDifferently: 'Pause before answering.',
  note: 'School pick-up 🎒 مرحبا',
};

/** The message and field a refusal names. */
function refusal(action: () => unknown): { field: string; message: string } {
  try {
    action();
  } catch (error) {
    if (error instanceof ServiceError) return { field: error.field ?? '', message: error.message };
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
    const issue = issues?.[0];
    if (issue) return { field: issue.path.join('.'), message: issue.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('communication service', () => {
  it('saves an entry with every field and reads it back unchanged', () => {
    const saved = communication.create(handover);
    expect(saved).toEqual({
      id: saved.id,
      occurredAt: '2026-11-26T17:40:00.000Z',
      timeZone: 'Europe/Paris',
      day: '2026-11-26',
      skill: 'calm_logistics',
      counterpart: 'co_parent',
      isContactWithEx: true,
      contactContext: 'co_parenting',
      initiatedBy: 'them',
      tone: 'tense',
      selfRating: 4,
      outcome: 'partly',
      moodBefore: 3,
      moodAfter: 5,
      doDifferently: 'Pause before answering.',
      note: 'School pick-up 🎒 مرحبا',
      createdAt: '2026-11-27T12:00:00.000Z',
      updatedAt: '2026-11-27T12:00:00.000Z',
    });
    expect(communication.list({ from: '2026-11-26', to: '2026-11-26' })).toEqual([saved]);
  });

  it('fills what was left out with nothing, and turns blank text into nothing', () => {
    const saved = communication.create({ ...rehearsal, doDifferently: '   ', note: '' });
    expect(saved).toMatchObject({
      contactContext: null,
      initiatedBy: null,
      tone: null,
      selfRating: null,
      outcome: null,
      moodBefore: null,
      moodAfter: null,
      doDifferently: null,
      note: null,
    });
    const row = testDb.db.prepare('SELECT is_contact_with_ex FROM communication_entries').get();
    expect(row).toEqual({ is_contact_with_ex: 0 });
  });

  it('files an entry under the day of the zone it was made in', () => {
    const lateInNewYork = communication.create({
      ...rehearsal,
      occurredAt: '2026-11-28T03:30:00.000Z',
      timeZone: 'America/New_York',
    });
    expect(lateInNewYork.day).toBe('2026-11-27');
    const earlyInApia = communication.create({
      ...rehearsal,
      occurredAt: '2026-11-27T11:30:00.000Z',
      timeZone: 'Pacific/Apia',
    });
    expect(earlyInApia.day).toBe('2026-11-28');
    const kathmandu = communication.create({
      ...rehearsal,
      occurredAt: '2026-11-27T18:14:00.000Z',
      timeZone: 'Asia/Kathmandu',
    });
    expect(kathmandu.day).toBe('2026-11-27');
    expect(communication.list({ from: '2026-11-28', to: '2026-11-28' }).map((e) => e.id)).toEqual([
      earlyInApia.id,
    ]);
  });

  it('lists newest first within the range and filters by skill, person and contact', () => {
    const practice = communication.create(rehearsal);
    const contact = communication.create(handover);
    const friend = communication.create({
      ...rehearsal,
      occurredAt: '2026-11-27T20:00:00.000Z',
      counterpart: 'friend',
      skill: 'listening',
    });
    communication.create({ ...rehearsal, occurredAt: '2026-10-01T09:00:00.000Z' });
    const range = { from: '2026-11-20', to: '2026-11-30' };

    expect(communication.list(range).map((e) => e.id)).toEqual([
      friend.id,
      practice.id,
      contact.id,
    ]);
    expect(communication.list({ ...range, contactOnly: true }).map((e) => e.id)).toEqual([
      contact.id,
    ]);
    expect(communication.list({ ...range, contactOnly: false })).toHaveLength(3);
    expect(communication.list({ ...range, skill: 'i_statements' }).map((e) => e.id)).toEqual([
      practice.id,
    ]);
    expect(communication.list({ ...range, counterpart: 'friend' }).map((e) => e.id)).toEqual([
      friend.id,
    ]);
    expect(communication.list({ ...range, skill: 'listening', counterpart: 'co_parent' })).toEqual(
      [],
    );
    expect(
      communication
        .list({ ...range, skill: 'calm_logistics', counterpart: 'co_parent', contactOnly: true })
        .map((e) => e.id),
    ).toEqual([contact.id]);
  });

  it('lists only the newest few when asked, so "is there anything earlier?" reads one entry', () => {
    const older = communication.create({ ...rehearsal, occurredAt: '2026-10-01T09:00:00.000Z' });
    const newer = communication.create({ ...rehearsal, occurredAt: '2026-10-02T09:00:00.000Z' });
    communication.create({ ...handover, occurredAt: '2026-10-03T09:00:00.000Z' });
    const span = { from: '2026-09-01', to: '2026-10-31' };
    expect(communication.list({ ...span, limit: 10 })).toHaveLength(3);
    expect(
      communication.list({ ...span, limit: 1, counterpart: 'rehearsal_alone' }).map((e) => e.id),
    ).toEqual([newer.id]);
    expect(
      communication.list({ ...span, limit: 2, skill: 'i_statements' }).map((e) => e.id),
    ).toEqual([newer.id, older.id]);
    expect(refusal(() => communication.list({ ...span, limit: 0 }))).toEqual({
      field: 'limit',
      message: 'The limit must be a whole number of 1 or more.',
    });
  });

  it('needs a context for contact with the ex, and only then', () => {
    const before = snapshotAllTables(testDb.db);
    expect(refusal(() => communication.create({ ...handover, contactContext: null }))).toEqual({
      field: 'contactContext',
      message:
        'Choose what brought the contact about: I reached out, they reached out, co-parenting, shared home, work or school, or other.',
    });
    expect(
      refusal(() =>
        communication.create({ ...rehearsal, counterpart: 'friend', contactContext: 'other' }),
      ),
    ).toMatchObject({
      field: 'contactContext',
      message: expect.stringContaining('only asked about contact with your ex'),
    });
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('takes reaching out as an honest answer to what brought contact about', () => {
    const reachedOut = communication.create({
      ...handover,
      counterpart: 'ex',
      contactContext: 'i_reached_out',
      initiatedBy: 'me',
    });
    // The form does not ask who reached out first again: the entry keeps what the reason says.
    const theyDid = communication.create({
      ...handover,
      counterpart: 'ex',
      contactContext: 'they_reached_out',
    });
    expect([reachedOut.contactContext, theyDid.contactContext]).toEqual([
      'i_reached_out',
      'they_reached_out',
    ]);
    expect([reachedOut.initiatedBy, theyDid.initiatedBy]).toEqual(['me', 'them']);
    const before = snapshotAllTables(testDb.db);
    expect(
      refusal(() =>
        communication.create({
          ...handover,
          counterpart: 'ex',
          contactContext: 'they_reached_out',
          initiatedBy: 'mutual',
        }),
      ),
    ).toEqual({
      field: 'initiatedBy',
      message:
        'What brought it about already says who reached out first (They did): leave “Who reached out first” out, or choose another reason.',
    });
    expect(snapshotAllTables(testDb.db)).toEqual(before);
    expect(
      refusal(() => communication.create({ ...handover, initiatedBy: 'started_it' as 'me' })),
    ).toEqual({
      field: 'initiatedBy',
      message: 'Choose who reached out first: I did, they did, or both of us.',
    });
  });

  it('asks no tone, outcome or who reached out first of a rehearsal on your own', () => {
    const before = snapshotAllTables(testDb.db);
    for (const [field, value, label] of [
      ['initiatedBy', 'me', 'Who reached out first'],
      ['tone', 'tense', 'Tone'],
      ['outcome', 'resolved', 'Outcome'],
    ] as const) {
      expect(refusal(() => communication.create({ ...rehearsal, [field]: value }))).toEqual({
        field,
        message: `A rehearsal on your own has no “${label}”: leave it out, or choose who the conversation was with.`,
      });
      const saved = communication.create({ ...rehearsal, counterpart: 'friend' });
      expect(
        refusal(() => communication.update(saved.id, { ...rehearsal, [field]: value })).field,
      ).toBe(field);
      communication.remove(saved.id);
    }
    // The form's order decides which one is named first; the contact rule comes before them all.
    expect(
      refusal(() => communication.create({ ...rehearsal, isContactWithEx: true, tone: 'civil' }))
        .field,
    ).toBe('isContactWithEx');
    expect(
      refusal(() => communication.create({ ...rehearsal, outcome: 'not', tone: 'civil' })).field,
    ).toBe('tone');
    expect(snapshotAllTables(testDb.db)).toEqual(before);
    // How it felt and how they feel they handled it still belong to a rehearsal.
    expect(
      communication.create({ ...rehearsal, selfRating: 3, moodBefore: 4, moodAfter: 6 }),
    ).toMatchObject({ selfRating: 3, moodBefore: 4, moodAfter: 6, tone: null, outcome: null });
  });

  it('puts back a rehearsal an older version saved with a tone, so Undo never loses it', () => {
    const old = communication.create({ ...rehearsal, counterpart: 'friend' });
    // As an older version (or its export, imported) could have left it.
    testDb.db
      .prepare(
        "UPDATE communication_entries SET counterpart = 'rehearsal_alone', tone = 'tense', outcome = 'partly' WHERE id = ?",
      )
      .run(old.id);
    const deleted = communication.remove(old.id);
    const { day: _day, ...restorable } = deleted;
    expect(communication.restore(restorable)).toEqual(deleted);
  });

  it('treats a conversation with the ex as contact, and a rehearsal on your own as not', () => {
    const before = snapshotAllTables(testDb.db);
    expect(
      refusal(() =>
        communication.create({ ...rehearsal, counterpart: 'ex', isContactWithEx: false }),
      ),
    ).toMatchObject({
      field: 'isContactWithEx',
      message: expect.stringContaining('your ex is contact'),
    });
    expect(
      refusal(() =>
        communication.create({
          ...handover,
          counterpart: 'rehearsal_alone',
          isContactWithEx: true,
        }),
      ),
    ).toMatchObject({
      field: 'isContactWithEx',
      message: expect.stringContaining('A rehearsal on your own is practice'),
    });
    expect(snapshotAllTables(testDb.db)).toEqual(before);

    // A co-parent, housemate or coworker may or may not be the ex: both are accepted.
    expect(communication.create({ ...handover, counterpart: 'housemate' }).isContactWithEx).toBe(
      true,
    );
    expect(communication.create({ ...rehearsal, counterpart: 'co_parent' }).isContactWithEx).toBe(
      false,
    );
  });

  it('refuses values out of range with the field named, writing nothing', () => {
    const before = snapshotAllTables(testDb.db);
    expect(refusal(() => communication.create({ ...handover, selfRating: 6 }))).toEqual({
      field: 'selfRating',
      message: 'Choose how you feel you handled it, from 1 to 5, or leave it out.',
    });
    expect(refusal(() => communication.create({ ...handover, moodAfter: 0 })).field).toBe(
      'moodAfter',
    );
    expect(
      refusal(() => communication.create({ ...handover, doDifferently: 'x'.repeat(2001) })),
    ).toEqual({
      field: 'doDifferently',
      message: `What you would do differently is too long: keep it to ${formatCount(2_000)} characters.`,
    });
    expect(
      refusal(() => communication.create({ ...rehearsal, occurredAt: '2026-02-30T10:00:00.000Z' }))
        .field,
    ).toBe('occurredAt');
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('replaces every field on update, refiles the day and keeps the creation time', () => {
    const saved = communication.create(handover);
    clock = new Date('2026-11-27T13:00:00.000Z');
    const changed = communication.update(saved.id, {
      ...rehearsal,
      occurredAt: '2026-11-27T23:30:00.000Z',
      timeZone: 'Asia/Kathmandu',
    });
    expect(changed).toMatchObject({
      id: saved.id,
      day: '2026-11-28',
      counterpart: 'rehearsal_alone',
      isContactWithEx: false,
      contactContext: null,
      tone: null,
      note: null,
      createdAt: '2026-11-27T12:00:00.000Z',
      updatedAt: '2026-11-27T13:00:00.000Z',
    });
  });

  it('deletes an entry answering with what was there, and restores it exactly', () => {
    const saved = communication.create(handover);
    const other = communication.create(rehearsal);
    const before = snapshotAllTables(testDb.db);

    const deleted = communication.remove(saved.id);
    expect(deleted).toEqual(saved);
    expect(communication.list({ from: '2026-11-01', to: '2026-11-30' })).toEqual([other]);

    clock = new Date('2026-11-29T08:00:00.000Z');
    const { day: _day, ...restorable } = deleted;
    expect(communication.restore(restorable)).toEqual(saved);
    expect(snapshotAllTables(testDb.db)).toEqual(before);
    expect(() => communication.restore({ ...restorable, id: other.id })).toThrow('already back');
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });

  it('says plainly when an entry to change or delete is gone, and writes nothing', () => {
    communication.create(rehearsal);
    const before = snapshotAllTables(testDb.db);
    expect(refusal(() => communication.update(999, rehearsal))).toEqual({
      field: 'id',
      message:
        'This conversation was deleted elsewhere, so these changes could not be saved. What you typed is still here.',
    });
    expect(() => communication.remove(999)).toThrow(ServiceError);
    expect(snapshotAllTables(testDb.db)).toEqual(before);
  });
});
