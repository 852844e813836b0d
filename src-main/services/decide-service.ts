import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { createReflectionRepo, type ReflectionRow } from '../db/repositories/reflection-repo';
import { createStageRepo } from '../db/repositories/stage-repo';
import {
  worksheetAnswersSchema,
  worksheetChooseSchema,
  worksheetSaveSchema,
  worksheetSchema,
  type HabitEvidenceRecord,
  type Worksheet,
  type WorksheetAnswers,
  type WorksheetChooseInput,
  type WorksheetSaveInput,
} from '../shared/contract/decide';
import type { HabitSummary } from '../shared/contract/habits';
import { dayOfInstant } from '../shared/calendar';
import { PATH_LABELS, PATH_STAGES } from '../shared/domain/stages';
import { choiceReason, suggestPath } from '../shared/journey/decide-rules';
import { DECIDE_WORKSHEET_KIND } from '../shared/journey/decide-words';
import { createHabitService, latestDayOnEarth } from './habit-service';
import { ServiceError } from './service-error';

/** The `reflections.kind` of a Decide worksheet. */
export const WORKSHEET_KIND = DECIDE_WORKSHEET_KIND;

export interface DecideServiceOptions {
  /** The current instant, injectable so tests can pin it. */
  readonly now?: () => Date;
}

type ValidSave = z.output<typeof worksheetSaveSchema>;

const GONE_WHILE_EDITING =
  'This worksheet was deleted elsewhere, so these changes could not be saved. What you wrote is still here.';
const GONE_ALREADY = 'This worksheet was deleted elsewhere, so nothing was changed.';
const HABIT_GONE =
  'One of the habits you picked is no longer in your list (perhaps an import replaced it): pick again from the list.';

const FUTURE_DAY =
  'That day has not come yet: a worksheet is dated today. Check the computer’s date and try again.';

function raise(error: Error): never {
  throw error;
}

/**
 * The Decide worksheet: kept as `reflections` rows, dated, revisited and saved again; choosing a
 * path moves the stage with the worksheet as the reason. Input reaching here through the router
 * is already validated; every method validates again so callers inside the main process cannot
 * bypass the contract.
 */
export function createDecideService(db: Database.Database, options: DecideServiceOptions = {}) {
  const reflections = createReflectionRepo(db);
  const stages = createStageRepo(db);
  const habits = createHabitService(db, options.now ? { now: options.now } : {});
  const now = () => (options.now ?? (() => new Date()))().toISOString();

  function toWorksheet(row: ReflectionRow): Worksheet {
    const answers: WorksheetAnswers = worksheetAnswersSchema.parse(row.answers);
    return {
      ...answers,
      id: row.id,
      day: row.localDay,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  /** The kept worksheet `id`, or a refusal said for what the person was doing. */
  function findWorksheet(id: number, isEditing: boolean): Worksheet {
    const row = reflections.get(id);
    if (!row || row.kind !== WORKSHEET_KIND) {
      throw new ServiceError('not_found', isEditing ? GONE_WHILE_EDITING : GONE_ALREADY, 'id');
    }
    return toWorksheet(row);
  }

  /**
   * The evidence for the picked habits, in the order picked. A habit already on the worksheet
   * keeps what its evidence said the day it was picked (a kept worksheet reads the same later);
   * a newly picked one is read as of `day`, the person's today.
   */
  function evidenceFor(
    ids: readonly number[],
    day: string,
    kept: readonly HabitEvidenceRecord[],
  ): HabitEvidenceRecord[] {
    const earlier = new Map(kept.map((evidence) => [evidence.habitId, evidence]));
    let summaries: readonly HabitSummary[] | null = null;
    return ids.map((habitId) => {
      const known = earlier.get(habitId);
      if (known) return known;
      summaries ??= habits.list(day, true);
      const habit =
        summaries.find((summary) => summary.id === habitId) ??
        raise(new ServiceError('not_found', HABIT_GONE, 'changedHabitIds'));
      return {
        habitId,
        name: habit.name,
        kind: habit.kind,
        targetCount: habit.targetCount,
        period: habit.period,
        asOfDay: day,
        strength: habit.strength,
        keptLately: habit.keptLately,
      };
    });
  }

  /** The answers to keep, from what the person sent and (for a kept worksheet) what it holds. */
  function answersOf(input: ValidSave, previous: Worksheet | null): WorksheetAnswers {
    return {
      safety: input.safety,
      askedNoContact: input.askedNoContact,
      fault: input.fault,
      dealBreakers: input.dealBreakers,
      willingToTalk: input.willingToTalk,
      evidence: evidenceFor(input.changedHabitIds, input.day, previous?.evidence ?? []),
      changeNote: input.changeNote,
      choice: previous?.choice ?? null,
    };
  }

  /** Keeps the worksheet (new, or changed) with `answers`; the answer is the kept worksheet. */
  function keep(
    previous: Worksheet | null,
    day: string,
    answers: WorksheetAnswers,
    at: string,
  ): Worksheet {
    if (previous === null) {
      return toWorksheet(
        reflections.insert({
          kind: WORKSHEET_KIND,
          stage: 'decide',
          localDay: day,
          answers,
          createdAt: at,
        }),
      );
    }
    // A worksheet keeps the day it was started: "your worksheet of 3 December", however often
    // it is revisited.
    reflections.update(previous.id, { localDay: previous.day, answers, updatedAt: at });
    return findWorksheet(previous.id, true);
  }

  /**
   * A worksheet is dated by the person's today, and newly picked habits are read as of it; a day
   * that has not begun anywhere on Earth would date it ahead and read evidence not yet lived.
   */
  function assertDayHasCome(day: string): void {
    if (day > latestDayOnEarth(new Date(now()))) {
      throw new ServiceError('invalid_input', FUTURE_DAY, 'day');
    }
  }

  const save = db.transaction((input: ValidSave): Worksheet => {
    assertDayHasCome(input.day);
    const previous = input.id === null ? null : findWorksheet(input.id, true);
    return keep(previous, input.day, answersOf(input, previous), now());
  });

  const choose = db.transaction((input: z.output<typeof worksheetChooseSchema>): Worksheet => {
    assertDayHasCome(input.day);
    const previous = input.id === null ? null : findWorksheet(input.id, true);
    const answers = answersOf(input, previous);
    const at = now();
    const stage = PATH_STAGES[input.path][0] ?? raise(new Error(`No stage for ${input.path}`));
    // Already there (chosen before, or moved by hand): the journey gains no second, empty move.
    const isThere = stages.list().at(-1)?.stage === stage;
    const stageChange = isThere
      ? null
      : stages.insert({
          stage,
          changedAt: at,
          timeZone: input.timeZone,
          reason: choiceReason(previous?.day ?? input.day, PATH_LABELS[input.path]),
          wasSuggested: suggestPath(answers).path === input.path,
        });
    const choice = {
      path: input.path,
      stageChangeId: stageChange?.id ?? null,
      chosenAt: at,
      day: dayOfInstant(at, input.timeZone),
    };
    return keep(previous, input.day, { ...answers, choice }, at);
  });

  const unchoose = db.transaction((id: number): Worksheet => {
    const worksheet = findWorksheet(id, false);
    if (worksheet.choice === null) {
      throw new ServiceError('conflict', 'This worksheet has no path chosen to take back.', 'id');
    }
    // The stage change may already be gone (removed by hand on the Journey screen): the choice
    // is cleared all the same.
    const { stageChangeId } = worksheet.choice;
    if (stageChangeId !== null && stages.get(stageChangeId)) stages.remove(stageChangeId);
    const { id: _id, day, createdAt: _created, updatedAt: _updated, ...answers } = worksheet;
    return keep(worksheet, day, { ...answers, choice: null }, now());
  });

  const remove = db.transaction((id: number): Worksheet => {
    const worksheet = findWorksheet(id, false);
    reflections.remove(id);
    return worksheet;
  });

  const restore = db.transaction((worksheet: Worksheet): Worksheet => {
    if (reflections.get(worksheet.id)) {
      throw new ServiceError('conflict', 'That worksheet is already back.', 'id');
    }
    const { id, day, createdAt, updatedAt, ...answers } = worksheet;
    reflections.restore({
      id,
      kind: WORKSHEET_KIND,
      stage: 'decide',
      localDay: day,
      answers,
      createdAt,
      updatedAt,
    });
    return findWorksheet(id, false);
  });

  return {
    /**
     * Every kept worksheet, newest first. A row whose answers this version cannot read (written
     * by hand into an imported file, say) is left out rather than failing the whole list; it stays
     * in the file and in exports, untouched.
     */
    list(): Worksheet[] {
      return reflections
        .listByKind(WORKSHEET_KIND)
        .filter((row) => worksheetAnswersSchema.safeParse(row.answers).success)
        .map(toWorksheet);
    },
    /** Keeps a new worksheet or the changes to a kept one; any question may be left for later. */
    save(input: WorksheetSaveInput): Worksheet {
      return save(worksheetSaveSchema.parse(input));
    },
    /**
     * Saves the answers, moves the stage to the chosen path's first stage with the worksheet as
     * the reason, and marks the worksheet with the choice: one transaction, all or nothing.
     */
    choose(input: WorksheetChooseInput): Worksheet {
      return choose(worksheetChooseSchema.parse(input));
    },
    /** Undo of a choice: removes the stage change it made and clears the choice. */
    unchoose(id: number): Worksheet {
      return unchoose(id);
    },
    /** Deletes a worksheet and answers with it as it was, so that Undo can put it back. */
    remove(id: number): Worksheet {
      return remove(id);
    },
    /** Puts a deleted worksheet back exactly as it was: same id, same times, same answers. */
    restore(worksheet: z.input<typeof worksheetSchema>): Worksheet {
      return restore(worksheetSchema.parse(worksheet));
    },
  };
}

export type DecideService = ReturnType<typeof createDecideService>;
