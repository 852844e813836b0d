import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { createTrustRepo, type TrustCheckinRecord } from '../db/repositories/trust-repo';
import { dayOfInstant } from '../shared/calendar';
import type { Checked } from '../shared/checked';
import {
  dayRangeSchema,
  trustCheckinInputSchema,
  trustCheckinRestoreSchema,
  trustListSchema,
  type DayRange,
  type TrustCheckin,
  type TrustCheckinInput,
  type TrustCheckinRestore,
  type TrustSummary,
} from '../shared/ipc-contract';
import { conflictHistory, trustSeries } from '../shared/journey/conflicts';
import { goneAlready, goneWhileEditing } from './gone-words';
import { ServiceError } from './service-error';

type ValidCheckinInput = z.output<typeof trustCheckinInputSchema>;

export interface TrustServiceOptions {
  /** The current instant, injectable so tests can pin it. */
  readonly now?: () => Date;
}

function toRecord(input: ValidCheckinInput): TrustCheckinRecord {
  return {
    occurredAt: new Date(input.occurredAt).toISOString(),
    timeZone: input.timeZone,
    // A day is bucketed by the zone the check-in was made in, not by where the computer is today.
    day: dayOfInstant(input.occurredAt, input.timeZone),
    trust: input.trust,
    tension: input.tension,
    note: input.note,
  };
}

/** `isEditing`: the person was saving changes in a form, which keeps what they typed. */
function notFound(isEditing = false): ServiceError {
  const message = isEditing ? goneWhileEditing('check-in') : goneAlready('check-in');
  return new ServiceError('not_found', message, 'id');
}

function raise(error: Error): never {
  throw error;
}

/**
 * Trust and tension check-ins while taking it slow, and the summary the Take it Slow part draws:
 * trust and tension per day, conflicts per month. Input reaching here through the router is
 * already validated; every writing method validates again so callers inside the main process
 * cannot bypass the contract.
 */
export function createTrustService(db: Database.Database, options: TrustServiceOptions = {}) {
  const repo = createTrustRepo(db);
  const now = () => (options.now ?? (() => new Date()))().toISOString();

  const insert = db.transaction((record: TrustCheckinRecord): TrustCheckin => {
    const id = repo.insert(record, now());
    return repo.findById(id) ?? raise(notFound());
  });
  const update = db.transaction((id: number, record: TrustCheckinRecord): TrustCheckin => {
    if (!repo.update(id, record)) throw notFound(true);
    return repo.findById(id) ?? raise(notFound(true));
  });
  const remove = db.transaction((id: number): TrustCheckin => {
    const checkin = repo.findById(id) ?? raise(notFound());
    repo.remove(id);
    return checkin;
  });
  const restore = db.transaction(
    (id: number, record: TrustCheckinRecord, createdAt: string): TrustCheckin => {
      if (!repo.insertExact(id, record, createdAt)) {
        throw new ServiceError('conflict', 'That check-in is already back.', 'id');
      }
      return repo.findById(id) ?? raise(notFound());
    },
  );
  // Check-ins and conflicts come from one snapshot, so the charts and sentences agree.
  const summary = db.transaction((range: DayRange): TrustSummary => {
    const { months, rehearsals } = conflictHistory(repo.conflicts(range));
    return { days: trustSeries(repo.daily(range)), conflictMonths: months, rehearsals };
  });

  return {
    create(input: TrustCheckinInput): TrustCheckin {
      return insert(toRecord(trustCheckinInputSchema.parse(input)));
    },
    /** `create` for input the router has already checked against the contract. */
    createChecked(input: Checked<ValidCheckinInput>): TrustCheckin {
      return insert(toRecord(input));
    },
    update(id: number, input: TrustCheckinInput): TrustCheckin {
      return update(id, toRecord(trustCheckinInputSchema.parse(input)));
    },
    /** `update` for input the router has already checked against the contract. */
    updateChecked(id: number, input: Checked<ValidCheckinInput>): TrustCheckin {
      return update(id, toRecord(input));
    },
    /** Deletes a check-in and answers with it as it was, so that Undo can put it back. */
    remove(id: number): TrustCheckin {
      return remove(id);
    },
    /** Puts a deleted check-in back exactly as it was: same id, same time of saving. */
    restore(checkin: TrustCheckinRestore): TrustCheckin {
      const { id, createdAt, ...input } = trustCheckinRestoreSchema.parse(checkin);
      return restore(id, toRecord(input), createdAt);
    },
    /** `restore` for a check-in the router has already checked against the contract. */
    restoreChecked(checkin: Checked<z.output<typeof trustCheckinRestoreSchema>>): TrustCheckin {
      return restore(checkin.id, toRecord(checkin), checkin.createdAt);
    },
    /** Check-ins whose local day is in the range, newest first (the newest few with `limit`). */
    list(query: z.input<typeof trustListSchema>): TrustCheckin[] {
      return repo.list(trustListSchema.parse(query));
    },
    /** `list` for a query the router has already checked against the contract. */
    listChecked(query: Checked<z.output<typeof trustListSchema>>): TrustCheckin[] {
      return repo.list(query);
    },
    /** Trust and tension per day, conflicts per month, in the range; read in one transaction. */
    summary(range: DayRange): TrustSummary {
      return summary(dayRangeSchema.parse(range));
    },
    /** `summary` for a range the router has already checked against the contract. */
    summaryChecked(range: Checked<DayRange>): TrustSummary {
      return summary(range);
    },
  };
}

export type TrustService = ReturnType<typeof createTrustService>;
