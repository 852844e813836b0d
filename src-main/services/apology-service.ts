import type Database from 'better-sqlite3';
import { createHabitScores } from '../db/habit-scores';
import { createCommunicationRepo } from '../db/repositories/communication-repo';
import { createHabitRepo } from '../db/repositories/habit-repo';
import { createReflectionRepo, type ReflectionRow } from '../db/repositories/reflection-repo';
import { createStageRepo } from '../db/repositories/stage-repo';
import { dayOfInstant } from '../shared/calendar';
import {
  apologyAnswersSchema,
  apologyOutcomeInputSchema,
  apologyRestoreSchema,
  apologySaveSchema,
  REHEARSALS_SHOWN,
  type ApologyAnswers,
  type ApologyDraft,
  type ApologyList,
  type ApologyOutcomeInput,
  type ApologyRestoreInput,
  type ApologySaveInput,
} from '../shared/contract/apology';
import { keptWindowStart } from '../shared/habit-kept';
import type { StageChange } from '../shared/contract/stages';
import {
  APOLOGY_DRAFT_KIND,
  evidenceSentences,
  moveReason,
  notReadyMessage,
  suggestedStageAfter,
} from '../shared/journey/apology';
import { latestDayOnEarth } from './habit-service';
import { ServiceError } from './service-error';

/** The `reflections` kind every apology draft is stored under (declared in the shared layer). */
export { APOLOGY_DRAFT_KIND };

export interface ApologyServiceOptions {
  /** The current instant, injectable so tests can pin it. */
  readonly now?: () => Date;
}

const GONE = 'This draft was deleted elsewhere, so nothing was changed.';
const GONE_WHILE_EDITING =
  'This draft was deleted elsewhere, so these changes could not be saved. What you wrote is still here.';

function raise(error: Error): never {
  throw error;
}

/** A row read back as a draft, or null when its saved words do not read as a draft's. */
function toDraft(row: ReflectionRow): ApologyDraft | null {
  const answers = apologyAnswersSchema.safeParse(row.answers);
  if (!answers.success) return null;
  return {
    ...answers.data,
    id: row.id,
    day: row.localDay,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The answers of a draft, in the shape its row keeps them. */
function answersOf(draft: ApologyDraft): ApologyAnswers {
  const { owning, changes, tryAgain, basedOnId, readyAt, outcome } = draft;
  return { owning, changes, tryAgain, basedOnId, readyAt, outcome };
}

/**
 * Apology drafts (issue 9, item 6): every draft is kept, dated and can be opened again; a draft is
 * marked ready only with words in all three parts; the answer to a draft that was given is
 * recorded on it, with the suggested move in the same transaction when the person chooses it.
 * Input is validated again here so that callers inside the main process cannot bypass the contract.
 */
export function createApologyService(db: Database.Database, options: ApologyServiceOptions = {}) {
  const reflections = createReflectionRepo(db);
  const stages = createStageRepo(db);
  const habits = createHabitRepo(db);
  const scores = createHabitScores(db);
  const communication = createCommunicationRepo(db);
  const now = () => (options.now ?? (() => new Date()))();

  /** The draft with this id, refusing rows of another kind (a Decide worksheet shares the table). */
  function findDraft(id: number, message = GONE, field = 'id'): ApologyDraft {
    const row = reflections.get(id);
    if (!row || row.kind !== APOLOGY_DRAFT_KIND)
      throw new ServiceError('not_found', message, field);
    return (
      toDraft(row) ??
      raise(
        new ServiceError(
          'conflict',
          'This draft’s saved words could not be read, so it cannot be changed here.',
          'id',
        ),
      )
    );
  }

  const list = db.transaction((day: string): ApologyList => {
    const drafts: ApologyDraft[] = [];
    const unreadable: { id: number; day: string }[] = [];
    for (const row of reflections.listByKind(APOLOGY_DRAFT_KIND)) {
      const draft = toDraft(row);
      if (draft) drafts.push(draft);
      else unreadable.push({ id: row.id, day: row.localDay });
    }
    const evidence = evidenceSentences(
      habits.listHabits(true).map((habit) => {
        // The weeks before the habit's last recorded day (today's, for most), from its score
        // checkpoint: the days kept lately, not every check-in ever made.
        const last = scores.lastRecordDay(habit.id, day) ?? day;
        return { ...habit, ...scores.recordsSince(habit.id, keptWindowStart(last), day) };
      }),
      day,
    );
    // The newest apologies practised, up to the newest day that has begun anywhere (an entry
    // logged in a zone ahead of this one is still shown), and how many there are in all: the part
    // lists the latest few and counts the rest, which the Communication screen lists in full.
    const to = latestDayOnEarth(now());
    const rehearsals = communication.newestOfSkill('apology', to, REHEARSALS_SHOWN);
    const rehearsalCount = communication.countOfSkill('apology', to);
    return { drafts, unreadable, rehearsals, rehearsalCount, evidence };
  });

  const save = db.transaction(
    (
      input: ReturnType<typeof apologySaveSchema.parse>,
    ): { draft: ApologyDraft; previous: ApologyDraft | null } => {
      const at = now().toISOString();
      const { owning, changes, tryAgain, markReady, timeZone } = input;
      if (input.basedOnId !== null && input.id === null) {
        // A new draft may start from an earlier one; that one must still be a draft.
        findDraft(
          input.basedOnId,
          'The draft this one started from was deleted meanwhile. Your words are still here: save again to keep them as a draft of their own.',
          'basedOnId',
        );
      }
      if (input.id === null) {
        const answers: ApologyAnswers = {
          owning,
          changes,
          tryAgain,
          basedOnId: input.basedOnId,
          readyAt: markReady ? at : null,
          outcome: null,
        };
        const row = reflections.insert({
          kind: APOLOGY_DRAFT_KIND,
          stage: 'apologize',
          localDay: dayOfInstant(at, timeZone),
          answers,
          createdAt: at,
        });
        return { draft: findDraft(row.id), previous: null };
      }
      const previous = findDraft(input.id, GONE_WHILE_EDITING);
      if (previous.outcome !== null) {
        throw new ServiceError(
          'conflict',
          'This draft was given and its answer recorded, so its words are kept as they were. Start a new draft from it to write again.',
          'id',
        );
      }
      // A ready draft stays ready while all three parts have words; an edit that empties one makes
      // it a draft again, and the screen says so, rather than refusing to keep the words.
      const stillReady = previous.readyAt !== null && notReadyMessage(input) === null;
      const answers: ApologyAnswers = {
        owning,
        changes,
        tryAgain,
        basedOnId: previous.basedOnId,
        readyAt: markReady ? (previous.readyAt ?? at) : stillReady ? previous.readyAt : null,
        outcome: null,
      };
      reflections.update(input.id, { localDay: previous.day, answers, updatedAt: at });
      return { draft: findDraft(input.id), previous };
    },
  );

  const outcome = db.transaction(
    (
      input: ReturnType<typeof apologyOutcomeInputSchema.parse>,
    ): { draft: ApologyDraft; previous: ApologyDraft; move: StageChange | null } => {
      const previous = findDraft(input.id);
      if (previous.readyAt === null) {
        throw new ServiceError(
          'conflict',
          'Mark this draft ready (all three parts written) before recording the answer to it.',
          'id',
        );
      }
      if (previous.outcome !== null) {
        throw new ServiceError(
          'conflict',
          'The answer to this draft is already recorded. Use Undo to change it.',
          'answer',
        );
      }
      const at = now();
      if (input.day > latestDayOnEarth(at)) {
        throw new ServiceError(
          'invalid_input',
          'That day has not begun yet. Choose the day the answer came: today or earlier.',
          'day',
        );
      }
      const recordedAt = at.toISOString();
      reflections.update(input.id, {
        localDay: previous.day,
        answers: {
          ...answersOf(previous),
          outcome: { answer: input.answer, day: input.day, recordedAt },
        },
        updatedAt: recordedAt,
      });
      // The answer and the move it leads to are one step: both are kept, or neither.
      const move = input.move
        ? stages.insert({
            stage: suggestedStageAfter(input.answer),
            changedAt: recordedAt,
            timeZone: input.timeZone,
            reason: moveReason(input.answer, input.day),
            wasSuggested: true,
          })
        : null;
      return { draft: findDraft(input.id), previous, move };
    },
  );

  const remove = db.transaction((id: number): ApologyDraft => {
    const draft = findDraft(id);
    reflections.remove(id);
    return draft;
  });

  const restore = db.transaction((draft: ApologyDraft, moveId: number | null): ApologyDraft => {
    const existing = reflections.get(draft.id);
    if (existing && existing.kind !== APOLOGY_DRAFT_KIND) {
      throw new ServiceError(
        'conflict',
        'That draft cannot be put back: its place is taken.',
        'draft',
      );
    }
    // Undo after an edit or an outcome: the changed draft gives way to the one as it was.
    if (existing) reflections.remove(draft.id);
    reflections.restore({
      id: draft.id,
      kind: APOLOGY_DRAFT_KIND,
      stage: 'apologize',
      localDay: draft.day,
      answers: answersOf(draft),
      createdAt: draft.createdAt,
      updatedAt: draft.updatedAt,
    });
    if (moveId !== null && stages.get(moveId)) stages.remove(moveId);
    return findDraft(draft.id);
  });

  return {
    /** The drafts (newest first), apology rehearsals and habit evidence as of the person's `day`. */
    list(day: string): ApologyList {
      return list(day);
    },
    /** Saves a draft (and marks it ready if asked); answers with what it replaced, for Undo. */
    save(input: ApologySaveInput): { draft: ApologyDraft; previous: ApologyDraft | null } {
      return save(apologySaveSchema.parse(input));
    },
    /** Records the answer to a ready draft and, if chosen, the suggested move, in one step. */
    recordOutcome(input: ApologyOutcomeInput) {
      return outcome(apologyOutcomeInputSchema.parse(input));
    },
    /** Deletes a draft and answers with it as it was, for Undo. */
    remove(id: number): ApologyDraft {
      return remove(id);
    },
    /** Puts a draft back exactly as it was, taking back the move `moveId` if given. */
    restore(input: ApologyRestoreInput): ApologyDraft {
      const { draft, moveId } = apologyRestoreSchema.parse(input);
      return restore(draft, moveId);
    },
  };
}

export type ApologyService = ReturnType<typeof createApologyService>;
