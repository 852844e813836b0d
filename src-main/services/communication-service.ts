import type Database from 'better-sqlite3';
import {
  createCommunicationRepo,
  type CommunicationEntryRecord,
} from '../db/repositories/communication-repo';
import { dayOfInstant } from '../shared/calendar';
import type { Checked } from '../shared/checked';
import { initiatorOfContext } from '../shared/domain/communication';
import {
  communicationEntryInputSchema,
  communicationEntryRestoreSchema,
  communicationListSchema,
  type CommunicationEntry,
  type CommunicationEntryInput,
  type CommunicationEntryRestore,
} from '../shared/contract/communication';
import type { z } from 'zod';
import { goneAlready, goneWhileEditing } from './gone-words';
import { ServiceError } from './service-error';

type ValidEntryInput = z.output<typeof communicationEntryInputSchema>;

export interface CommunicationServiceOptions {
  /** The current instant, injectable so tests can pin it. */
  readonly now?: () => Date;
}

function toRecord(input: ValidEntryInput): CommunicationEntryRecord {
  return {
    occurredAt: new Date(input.occurredAt).toISOString(),
    timeZone: input.timeZone,
    // A day is bucketed by the zone the entry was made in, not by where the computer is today.
    day: dayOfInstant(input.occurredAt, input.timeZone),
    skill: input.skill,
    counterpart: input.counterpart,
    isContactWithEx: input.isContactWithEx,
    contactContext: input.contactContext,
    // "I reached out" / "They reached out" already say who reached out first; the form does not
    // ask again, and the entry keeps the answer so lists, exports and the report can say it.
    initiatedBy:
      input.initiatedBy ?? initiatorOfContext(input.isContactWithEx ? input.contactContext : null),
    tone: input.tone,
    selfRating: input.selfRating,
    outcome: input.outcome,
    moodBefore: input.moodBefore,
    moodAfter: input.moodAfter,
    doDifferently: input.doDifferently,
    note: input.note,
  };
}

/** `isEditing`: the person was saving changes in a form, which keeps what they typed. */
function notFound(isEditing = false): ServiceError {
  const message = isEditing ? goneWhileEditing('conversation') : goneAlready('conversation');
  return new ServiceError('not_found', message, 'id');
}

function raise(error: Error): never {
  throw error;
}

/**
 * Communication entries: conversations practised with anyone, rehearsals on one's own, and contact
 * with the ex, chosen or not. Input reaching here through the router is already validated;
 * every method validates again so callers inside the main process cannot bypass the contract.
 */
export function createCommunicationService(
  db: Database.Database,
  options: CommunicationServiceOptions = {},
) {
  const repo = createCommunicationRepo(db);
  const now = () => (options.now ?? (() => new Date()))().toISOString();

  const insert = db.transaction((record: CommunicationEntryRecord): CommunicationEntry => {
    const id = repo.insert(record, now());
    return repo.findById(id) ?? raise(notFound());
  });
  const update = db.transaction(
    (id: number, record: CommunicationEntryRecord): CommunicationEntry => {
      if (!repo.update(id, record, now())) throw notFound(true);
      return repo.findById(id) ?? raise(notFound(true));
    },
  );
  const remove = db.transaction((id: number): CommunicationEntry => {
    const entry = repo.findById(id) ?? raise(notFound());
    repo.remove(id);
    return entry;
  });
  const restore = db.transaction(
    (
      id: number,
      record: CommunicationEntryRecord,
      createdAt: string,
      updatedAt: string,
    ): CommunicationEntry => {
      if (!repo.insertExact(id, record, createdAt, updatedAt)) {
        throw new ServiceError('conflict', 'That conversation is already back.', 'id');
      }
      return repo.findById(id) ?? raise(notFound());
    },
  );

  return {
    create(input: CommunicationEntryInput): CommunicationEntry {
      return insert(toRecord(communicationEntryInputSchema.parse(input)));
    },
    /** `create` for input the router has already checked against the contract. */
    createChecked(input: Checked<ValidEntryInput>): CommunicationEntry {
      return insert(toRecord(input));
    },
    update(id: number, input: CommunicationEntryInput): CommunicationEntry {
      return update(id, toRecord(communicationEntryInputSchema.parse(input)));
    },
    /** `update` for input the router has already checked against the contract. */
    updateChecked(id: number, input: Checked<ValidEntryInput>): CommunicationEntry {
      return update(id, toRecord(input));
    },
    /** Deletes an entry and answers with it as it was, so that Undo can put it back. */
    remove(id: number): CommunicationEntry {
      return remove(id);
    },
    /** Puts a deleted entry back exactly as it was: same id, same times, same words. */
    restore(entry: CommunicationEntryRestore): CommunicationEntry {
      const { id, createdAt, updatedAt, ...input } = communicationEntryRestoreSchema.parse(entry);
      return restore(id, toRecord(input), createdAt, updatedAt);
    },
    /** `restore` for an entry the router has already checked against the contract. */
    restoreChecked(
      entry: Checked<z.output<typeof communicationEntryRestoreSchema>>,
    ): CommunicationEntry {
      return restore(entry.id, toRecord(entry), entry.createdAt, entry.updatedAt);
    },
    /** Entries in the range that match the filters, newest first; the filtering is done in SQL. */
    list(query: z.input<typeof communicationListSchema>): CommunicationEntry[] {
      return repo.list(communicationListSchema.parse(query));
    },
    /** `list` for a query the router has already checked against the contract. */
    listChecked(query: Checked<z.output<typeof communicationListSchema>>): CommunicationEntry[] {
      return repo.list(query);
    },
  };
}

export type CommunicationService = ReturnType<typeof createCommunicationService>;
