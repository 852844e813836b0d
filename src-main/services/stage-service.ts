import type Database from 'better-sqlite3';
import { createStageRepo } from '../db/repositories/stage-repo';
import { systemTimeZone } from '../shared/calendar';
import { FIRST_STAGE, STAGE_LABELS } from '../shared/domain/stages';
import {
  idSchema,
  stageChangeSchema,
  stageMoveSchema,
  type StageChange,
  type StageList,
  type StageMove,
} from '../shared/ipc-contract';
import { createSettingsService } from './settings-service';
import { ServiceError } from './service-error';

export interface StageServiceOptions {
  /** The current instant, injectable so tests can pin it. */
  readonly now?: () => Date;
}

/**
 * The day the person's records begin: their first mood entry, check-in, conversation, reflection
 * or trust check-in, whichever came first; null before anything is recorded.
 */
function firstRecordQuery(db: Database.Database) {
  return db
    .prepare<[], string | null>(
      `SELECT MIN(day) FROM (
         SELECT MIN(local_day) AS day FROM mood_entries
         UNION ALL SELECT MIN(day) FROM habit_checkins
         UNION ALL SELECT MIN(local_day) FROM communication_entries
         UNION ALL SELECT MIN(local_day) FROM reflections
         UNION ALL SELECT MIN(local_day) FROM trust_checkins
       )`,
    )
    .pluck();
}

/**
 * The journey's stages: where the person is, every move so far, and moves made by hand or by
 * accepting a suggestion (domain.md, "The journey"). The app suggests and never locks: any stage
 * can be chosen from any other, and every move can be taken back and put back (Undo).
 */
export function createStageService(db: Database.Database, options: StageServiceOptions = {}) {
  const repo = createStageRepo(db);
  const settings = createSettingsService(db, options);
  const firstRecordDay = firstRecordQuery(db);
  const now = () => (options.now ?? (() => new Date()))();

  function list(): StageList {
    const changes = repo.list();
    const last = changes.at(-1);
    if (last) {
      return {
        current: {
          stage: last.stage,
          sinceDay: last.day,
          since: last.changedAt,
          isImplicit: false,
        },
        changes,
      };
    }
    // Healing comes first: until a move is recorded, the person is healing, since the breakup
    // day they gave or else since their first record.
    const sinceDay = settings.get().breakupDay ?? firstRecordDay.get() ?? null;
    return { current: { stage: FIRST_STAGE, sinceDay, since: null, isImplicit: true }, changes };
  }

  const move = db.transaction((input: ReturnType<typeof stageMoveSchema.parse>): StageChange => {
    const current = list().current;
    if (current.stage === input.stage) {
      throw new ServiceError(
        'conflict',
        `You are already in ${STAGE_LABELS[input.stage]}: choose another stage to move to.`,
        'stage',
      );
    }
    return repo.insert({
      stage: input.stage,
      changedAt: now().toISOString(),
      timeZone: input.timeZone ?? systemTimeZone(),
      reason: input.reason ?? null,
      wasSuggested: input.wasSuggested ?? false,
    });
  });

  const remove = db.transaction((id: number): StageChange => {
    const change = repo.get(id);
    if (!change) {
      throw new ServiceError('not_found', 'That move is not in your journey any more.', 'id');
    }
    repo.remove(id);
    return change;
  });

  const restore = db.transaction((change: StageChange): StageChange => {
    if (repo.get(change.id)) {
      throw new ServiceError('conflict', 'That move is already back in your journey.', 'id');
    }
    repo.restore(change);
    const back = repo.get(change.id);
    if (!back) throw new Error('A move that was just put back could not be read back.');
    return back;
  });

  return {
    /** Where the person is now and every move so far, oldest first. */
    list,
    /** Moves to `stage` now; refused when the person is already there. */
    move(input: StageMove): StageChange {
      return move(stageMoveSchema.parse(input));
    },
    /** Takes a move back and answers with it as it was, so Undo can put it back. */
    remove(id: number): StageChange {
      return remove(idSchema.parse(id));
    },
    /** Puts a removed move back exactly as it was. */
    restore(change: StageChange): StageChange {
      return restore(stageChangeSchema.parse(change));
    },
  };
}

export type StageService = ReturnType<typeof createStageService>;
