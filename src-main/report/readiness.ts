/**
 * The journey's current stage and "Where you are now" as the report shows them, read with the
 * shared `whereYouAre` (src-main/shared/journey/where-you-are.ts), the very function the Journey
 * screen uses, so both say the same facts from the same records. Facts, never a verdict and never
 * a checklist toward the ex: the app suggests, the person decides. Time spent healing is time
 * spent, with no minimum and nothing left to reach.
 */
import { summarizeHabit } from '../shared/habit-strength';
import { readHonestAnswers } from '../shared/journey/honest-reflection';
import { whereYouAre, type WhereItem } from '../shared/journey/where-you-are';
import { PERCENT_MIN_ITEMS } from '../shared/share-words';
import { STAGE_LABELS, type HabitData, type ReportData, type Stage } from './report-data';

export { STAGE_ABOUT } from './report-copy';
export { TEN_POINT_SCALE } from '../shared/journey/where-you-are';

export interface CurrentStage {
  readonly stage: Stage;
  /** When the person entered it; null when nothing has been recorded yet. */
  readonly since: string | null;
  /** True when no stage change was ever recorded (everyone starts by healing). */
  readonly isImplicit: boolean;
}

export function currentStage(data: ReportData): CurrentStage {
  const last = data.stages.filter((s) => s.day <= data.to).at(-1);
  if (last) return { stage: last.stage, since: last.day, isImplicit: false };
  return { stage: 'heal_yourself', since: data.firstRecordDay, isImplicit: true };
}

/** Habits that were in use at the end of the period: created by then, not archived by then. */
export function activeHabits(data: ReportData): HabitData[] {
  return data.habits.filter(
    (h) => h.createdDay <= data.to && (h.archivedDay === null || h.archivedDay > data.to),
  );
}

const strengthCache = new WeakMap<HabitData, Map<string, number>>();

/**
 * A habit's strength (0..1) as of the period's last day, as the Habits screen shows it. Scored
 * once per habit and day: the summary, the readiness facts and the table all ask for it.
 */
export function strengthAtEnd(habit: HabitData, to: string): number {
  const byDay = strengthCache.get(habit) ?? new Map<string, number>();
  strengthCache.set(habit, byDay);
  const known = byDay.get(to);
  if (known !== undefined) return known;
  const strength = summarizeHabit(habit, habit.records, to).strength;
  byDay.set(to, strength);
  return strength;
}

/**
 * True when a habit has fewer than `PERCENT_MIN_ITEMS` recorded days by `to`: its strength is a
 * score, not a share, but a low score after a few days reads as failing unless the report says
 * why it is low.
 */
export function hasFewRecordedDays(habit: HabitData, to: string): boolean {
  return habit.records.filter((r) => r.day <= to && !r.isSkip).length < PERCENT_MIN_ITEMS;
}

/**
 * The day healing began: the breakup day the person gave, else the first day anything was
 * recorded (a move counts); a later move does not start it again.
 */
function healingSince(data: ReportData): string | null {
  if (data.breakupDay !== null) return data.breakupDay;
  const days = [data.firstRecordDay, data.stages[0]?.day].filter(
    (d): d is string => d !== undefined && d !== null,
  );
  return days.sort()[0] ?? null;
}

/**
 * "Where you are now" as of the period's last day: the same items, in the same order, as the
 * Journey screen shows: mood and hurt over windows that end on `to`, read back before a short
 * period's start so a week's report says the same as the screen did that day.
 */
export function whereYouAreNow(data: ReportData, stage: CurrentStage): WhereItem[] {
  const reflection = data.honestReflection;
  return whereYouAre({
    asOf: data.to,
    stage: stage.stage,
    healingSince: healingSince(data),
    moodDays: [...data.moodBeforePeriod, ...data.mood.days],
    habits: activeHabits(data),
    honestReflection:
      reflection === null
        ? null
        : {
            day: reflection.day,
            answers: readHonestAnswers(reflection.answers),
            times: reflection.times,
          },
    apologyRehearsals: data.apologyRehearsals,
  });
}

export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage];
}
