import type Database from 'better-sqlite3';
import { createHabitScores } from '../db/habit-scores';
import { createHabitRepo } from '../db/repositories/habit-repo';
import { createJourneyRepo } from '../db/repositories/journey-repo';
import { createReflectionRepo, type ReflectionRow } from '../db/repositories/reflection-repo';
import { addDays } from '../shared/calendar';
import {
  honestReflectionInputSchema,
  honestReflectionSchema,
  idSchema,
  type HonestReflection,
  type HonestReflectionInput,
  type JourneyOverview,
} from '../shared/ipc-contract';
import {
  HONEST_REFLECTION_KIND,
  NOT_BEGUN_DAY,
  readHonestAnswers,
  type HonestReflectionAnswers,
} from '../shared/journey/honest-reflection';
import { HURT_WINDOW_DAYS, habitWindowStart, whereYouAre } from '../shared/journey/where-you-are';
import { latestDayOnEarth } from './habit-service';
import { ServiceError } from './service-error';
import { createSettingsService } from './settings-service';
import { createStageService } from './stage-service';

export interface JourneyServiceOptions {
  /** The current instant, injectable so tests can pin it. */
  readonly now?: () => Date;
}

/** A stored row as the screen sees it; null when its answers are not an honest reflection's. */
function toHonestReflection(row: ReflectionRow): HonestReflection | null {
  const answers = readHonestAnswers(row.answers);
  if (answers === null || row.kind !== HONEST_REFLECTION_KIND) return null;
  return {
    id: row.id,
    day: row.localDay,
    stage: row.stage,
    answers,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function notFound(): ServiceError {
  return new ServiceError(
    'not_found',
    'This reflection was deleted elsewhere, so nothing was changed.',
    'id',
  );
}

/**
 * The Journey screen's reads and the honest reflection. "Where you are now" is computed here with
 * the shared `whereYouAre`, from the same kinds of records the report reads, so both say the same.
 */
export function createJourneyService(db: Database.Database, options: JourneyServiceOptions = {}) {
  const journey = createJourneyRepo(db);
  const habits = createHabitRepo(db);
  const scores = createHabitScores(db);
  const reflections = createReflectionRepo(db);
  const stages = createStageService(db, options);
  const settings = createSettingsService(db, options);
  const now = () => (options.now ?? (() => new Date()))();

  /** Honest reflections on or before `day`, newest first, leaving out rows that cannot be read. */
  function honestUpTo(day: string): HonestReflection[] {
    return reflections
      .listByKind(HONEST_REFLECTION_KIND)
      .filter((r) => r.localDay <= day)
      .flatMap((r) => toHonestReflection(r) ?? []);
  }

  const overview = db.transaction((day: string): JourneyOverview => {
    const stage = stages.list();
    // Healing began on the breakup day the person gave, else with the first thing recorded (a
    // move made before any entry counts as a record too). Moving stage does not start it again.
    const firstChange = stage.changes[0]?.day;
    const firstRecord = journey.firstRecordDay(day);
    const earliest = [firstRecord, firstChange].filter(
      (d): d is string => d !== undefined && d !== null,
    );
    const healingSince = settings.get().breakupDay ?? earliest.sort()[0] ?? null;

    const honest = honestUpTo(day);
    const latest = honest[0];
    const items = whereYouAre({
      asOf: day,
      stage: stage.current.stage,
      healingSince,
      moodDays: journey.moodDays({ from: addDays(day, -(HURT_WINDOW_DAYS - 1)), to: day }),
      // From each habit's score checkpoint before the window and the days after it, rather
      // than every check-in ever made.
      habits: habits.listHabits(false).map((h) => ({
        kind: h.kind,
        targetCount: h.targetCount,
        period: h.period,
        ...scores.recordsSince(h.id, habitWindowStart(day), day),
      })),
      honestReflection:
        latest === undefined
          ? null
          : { day: latest.day, answers: latest.answers, times: honest.length },
      apologyRehearsals: journey.apologyRehearsals(day),
    });
    return { asOf: day, items };
  });

  const reflect = db.transaction(
    (day: string, answers: HonestReflectionAnswers): HonestReflection => {
      const row = reflections.insert({
        kind: HONEST_REFLECTION_KIND,
        stage: stages.list().current.stage,
        localDay: day,
        answers,
        createdAt: now().toISOString(),
      });
      return toHonestReflection(row) ?? raise(new Error('A reflection just saved is unreadable.'));
    },
  );

  const remove = db.transaction((id: number): HonestReflection => {
    const row = reflections.get(id);
    const reflection = row ? toHonestReflection(row) : null;
    if (!reflection) throw notFound();
    reflections.remove(id);
    return reflection;
  });

  const restore = db.transaction((reflection: HonestReflection): HonestReflection => {
    if (reflections.get(reflection.id)) {
      throw new ServiceError('conflict', 'That reflection is already back.', 'id');
    }
    const row = reflections.restore({
      id: reflection.id,
      kind: HONEST_REFLECTION_KIND,
      stage: reflection.stage,
      localDay: reflection.day,
      answers: reflection.answers,
      createdAt: reflection.createdAt,
      updatedAt: reflection.updatedAt,
    });
    return toHonestReflection(row) ?? raise(new Error('A reflection just restored is unreadable.'));
  });

  return {
    /** "Where you are now" as of `day`, the person's today. */
    overview(day: string): JourneyOverview {
      return overview(day);
    },
    /** Saves one answering of the honest reflection; earlier ones are kept. */
    reflect(input: HonestReflectionInput): HonestReflection {
      const { day, note, ...choices } = honestReflectionInputSchema.parse(input);
      if (day > latestDayOnEarth(now())) {
        throw new ServiceError('invalid_input', NOT_BEGUN_DAY, 'day');
      }
      return reflect(day, { ...choices, note });
    },
    /** Every honest reflection, newest first. */
    list(): HonestReflection[] {
      return honestUpTo('9999-12-31');
    },
    /** Deletes one and answers with it as it was, so Undo can put it back. */
    remove(id: number): HonestReflection {
      return remove(idSchema.parse(id));
    },
    /** Puts a deleted reflection back exactly as it was: same id, day, answers and times. */
    restore(reflection: HonestReflection): HonestReflection {
      return restore(honestReflectionSchema.parse(reflection));
    },
  };
}

export type JourneyService = ReturnType<typeof createJourneyService>;

function raise(error: Error): never {
  throw error;
}
