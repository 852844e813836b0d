/**
 * The journey's current stage and the facts that suggest readiness for the next step, read from
 * the data (domain.md, "The journey"). Facts, never a verdict: the app suggests, the person decides.
 * Time spent healing is said as time spent, with no minimum: any fixed number of days would bring
 * back the "30 days" countdown the article rejects. A trend is said only from `TREND_MIN_POINTS`
 * days, and as the movement it made ("rose from about 2 to about 7"), never as an average alone.
 */
import { summarizeHabit } from '../shared/habit-strength';
import { strengthPercent } from '../shared/domain/habits';
import { PERCENT_MIN_ITEMS } from '../shared/share-words';
import { leastSquaresMovement, movementDirection, movementInWords } from '../shared/trend';
import {
  HEALING_TIME_LABEL,
  READINESS_DETAILS,
  READINESS_LABELS,
  STRENGTH_ON_THIN_DATA,
  habitsDetail,
  healingTimeDetail,
  rehearsalsDetail,
  timeSpent,
  tooFewDaysDetail,
} from './report-copy';

export { STAGE_ABOUT } from './report-copy';
import { STAGE_LABELS, type HabitData, type ReportData, type Stage } from './report-data';
import { dayNumber, spanDays } from './series';

/** `noted` is a fact with no yes or no to it (time spent healing): `value` says it. */
export type FactState = 'yes' | 'not_yet' | 'unknown' | 'noted';

export interface ReadinessFact {
  readonly label: string;
  readonly state: FactState;
  readonly detail: string;
  /** What the state column shows for a `noted` fact ("4 weeks"). */
  readonly value?: string;
}

export interface CurrentStage {
  readonly stage: Stage;
  /** When the person entered it; null when nothing has been recorded yet. */
  readonly since: string | null;
  /** True when no stage change was ever recorded (everyone starts by healing). */
  readonly isImplicit: boolean;
}

export const STRONG_HABITS = 0.8;
const MOOD_TREND_DAYS = 14;
const HURT_TREND_DAYS = 28;
/** Mood and hurt are both rated from 0 or 1 to 10; the fitted line is kept inside it. */
export const TEN_POINT_SCALE = { min: 0, max: 10 } as const;

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
 * The movement of a daily series over a window ending on `to`: the app's least-squares line
 * (`leastSquaresMovement`, one value per day), so the report and the Mood screen say the same
 * movement for the same days and an average never hides a climb. Null with fewer than
 * `TREND_MIN_POINTS` days in the window; `days` is how many there are either way.
 */
function changeOver(
  values: readonly { day: string; value: number }[],
  to: string,
  windowDays: number,
): { trend: { start: number; end: number } | null; days: number } {
  const start = dayNumber(to) - windowDays + 1;
  const points = values.filter(
    (v) => dayNumber(v.day) >= start && dayNumber(v.day) <= dayNumber(to),
  );
  const line = leastSquaresMovement(points, TEN_POINT_SCALE);
  if (line === null) return { trend: null, days: points.length };
  return { trend: line, days: points.length };
}

/** "It rose from about 2 to about 7", with the first letter up. */
function sentence(words: string): string {
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/**
 * True when a habit has fewer than `PERCENT_MIN_ITEMS` recorded days by `to`: its strength is a
 * score, not a share, but a low score after a few days reads as failing unless the report says
 * why it is low.
 */
export function hasFewRecordedDays(habit: HabitData, to: string): boolean {
  return habit.records.filter((r) => r.day <= to && !r.isSkip).length < PERCENT_MIN_ITEMS;
}

function habitsFact(data: ReportData): ReadinessFact {
  const label = READINESS_LABELS.habits;
  const habits = activeHabits(data).filter((h) => h.records.some((r) => r.day <= data.to));
  if (habits.length === 0) {
    return { label, state: 'unknown', detail: READINESS_DETAILS.noHabits };
  }
  const average = habits.reduce((s, h) => s + strengthAtEnd(h, data.to), 0) / habits.length;
  return {
    label,
    state: average >= STRONG_HABITS - 1e-9 ? 'yes' : 'not_yet',
    detail: habits.some((h) => hasFewRecordedDays(h, data.to))
      ? `${habitsDetail(strengthPercent(average), habits.length)} ${STRENGTH_ON_THIN_DATA}`
      : habitsDetail(strengthPercent(average), habits.length),
  };
}

function moodFact(data: ReportData): ReadinessFact {
  const label = READINESS_LABELS.mood;
  const { trend, days } = changeOver(
    data.mood.days.map((d) => ({ day: d.day, value: d.average })),
    data.to,
    MOOD_TREND_DAYS,
  );
  if (!trend) {
    return {
      label,
      state: 'unknown',
      detail: tooFewDaysDetail(days, '14 days', 'a mood entry'),
    };
  }
  return {
    label,
    // Steady or rising, as the words beside it say: the state never disagrees with them.
    state: movementDirection(trend) !== 'down' ? 'yes' : 'not_yet',
    detail: `${sentence(movementInWords(trend, ' out of 10'))}.`,
  };
}

function hurtFact(data: ReportData): ReadinessFact {
  const label = READINESS_LABELS.hurt;
  const hurt = data.mood.days.flatMap((d) =>
    d.hurt === null ? [] : [{ day: d.day, value: d.hurt }],
  );
  const { trend, days } = changeOver(hurt, data.to, HURT_TREND_DAYS);
  if (!trend) {
    return {
      label,
      state: 'unknown',
      detail: tooFewDaysDetail(days, '4 weeks', 'a rating of how much it hurts'),
    };
  }
  const average = (trend.start + trend.end) / 2;
  const direction = movementDirection(trend);
  const isEasing = direction === 'down' || (average <= 2 && direction === 'flat');
  return {
    label,
    state: isEasing ? 'yes' : 'not_yet',
    detail: `${sentence(movementInWords(trend, ' out of 10'))} over the last 4 weeks.`,
  };
}

function healingTimeFact(data: ReportData, stage: CurrentStage): ReadinessFact {
  const label = HEALING_TIME_LABEL;
  if (stage.since === null || stage.since > data.to) {
    return { label, state: 'unknown', detail: READINESS_DETAILS.nothingRecorded };
  }
  // Time spent, never time left: there is no floor to reach and no "not yet".
  const days = spanDays(stage.since, data.to);
  return { label, state: 'noted', value: timeSpent(days), detail: healingTimeDetail(days) };
}

function reflectionFact(data: ReportData, pattern: RegExp, label: string): ReadinessFact {
  const answered = data.reflectionKindsUpToEnd.some((kind) => pattern.test(kind));
  return {
    label,
    state: answered ? 'yes' : 'not_yet',
    detail: answered ? READINESS_DETAILS.answered : READINESS_DETAILS.notAnswered,
  };
}

/** The facts for the person's current stage; empty for stages that have no end (Take it Slow, Heal & Grow). */
export function readinessFacts(data: ReportData, stage: CurrentStage): ReadinessFact[] {
  switch (stage.stage) {
    case 'heal_yourself':
      return [
        habitsFact(data),
        moodFact(data),
        hurtFact(data),
        healingTimeFact(data, stage),
        reflectionFact(data, /right.?reasons/i, READINESS_LABELS.rightReasons),
      ];
    case 'decide':
      return [reflectionFact(data, /decide|decision/i, READINESS_LABELS.decide)];
    case 'apologize': {
      const rehearsals = data.communication.groups
        .filter((g) => g.skill === 'apology' && g.counterpart === 'rehearsal_alone')
        .reduce((s, g) => s + g.entries, 0);
      return [
        reflectionFact(data, /apolog/i, READINESS_LABELS.apologyDraft),
        {
          label: READINESS_LABELS.rehearsal,
          state: rehearsals > 0 ? 'yes' : 'not_yet',
          detail: rehearsals > 0 ? rehearsalsDetail(rehearsals) : READINESS_DETAILS.noRehearsal,
        },
      ];
    }
    case 'take_it_slow':
    case 'heal_and_grow':
      return [];
    default: {
      const unhandled: never = stage.stage;
      return unhandled;
    }
  }
}

export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage];
}
