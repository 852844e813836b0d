import type Database from 'better-sqlite3';
import { createChartRepo } from '../db/repositories/chart-repo';
import { createHabitScores } from '../db/habit-scores';
import { createHabitRepo } from '../db/repositories/habit-repo';
import { createJourneyRepo } from '../db/repositories/journey-repo';
import { createStageRepo } from '../db/repositories/stage-repo';
import { addDays, dayOfInstant } from '../shared/calendar';
import type { Checked } from '../shared/checked';
import {
  chartRequestSchema,
  type ChartRequest,
  type ContactPoint,
  type ContactSeries,
  type HabitLine,
  type HabitSeries,
  type HurtSeries,
  type MoodSeries,
  type PracticePoint,
  type PracticeSeries,
  type StageSpan,
  type StageTimeline,
} from '../shared/contract/charts';
import { FIRST_DAY, type DayRange } from '../shared/contract/common';
import type { StageChange } from '../shared/contract/stages';
import { COMMUNICATION_SKILLS, OUTCOMES, TONES } from '../shared/domain/communication';
import { FIRST_STAGE } from '../shared/domain/stages';
import type { Habit } from '../shared/contract/habits';
import {
  strengthOnDays,
  summarizeHabit,
  type DayRecord,
  type ScoreCheckpoint,
} from '../shared/habit-strength';
import {
  bucketsOf,
  dayNumber,
  nextBucketStart,
  rollingAverage,
  type BucketUnit,
} from '../shared/series/buckets';
import { chartWindow, seriesBucketFor, type ChartRange } from '../shared/series/ranges';
import { TREND_MIN_POINTS } from '../shared/share-words';
import { createSettingsService } from './settings-service';

export interface ChartServiceOptions {
  /** The current instant, injectable so tests can pin it (settings read through it). */
  readonly now?: () => Date;
}

/** The days a chart covers, as the request's range and today say. */
interface ChartWindow extends DayRange {
  readonly range: ChartRange;
}

/** Counts that start at 0 for every key: the contract's records list every skill, outcome, tone. */
function noSkills(): PracticePoint['skills'] {
  return {
    listening: 0,
    i_statements: 0,
    expressing_a_need: 0,
    apology: 0,
    conflict_resolution: 0,
    setting_a_boundary: 0,
    calm_logistics: 0,
    repair_after_conflict: 0,
    none: 0,
  } satisfies Record<(typeof COMMUNICATION_SKILLS)[number] | 'none', number>;
}

function noOutcomes(): PracticePoint['outcomes'] {
  return { resolved: 0, partly: 0, not: 0, none: 0 } satisfies Record<
    (typeof OUTCOMES)[number] | 'none',
    number
  >;
}

function noTones(): ContactPoint['tones'] {
  return { friendly: 0, civil: 0, tense: 0, hostile: 0, none: 0 } satisfies Record<
    (typeof TONES)[number] | 'none',
    number
  >;
}

/** `value` as one of `keys`, or 'none' for null. The database's CHECK lists keep it in `keys`. */
function keyOf<const K extends string>(keys: readonly K[], value: string | null): K | 'none' {
  if (value === null) return 'none';
  const key = keys.find((k) => k === value);
  if (key === undefined) throw new Error(`"${value}" is not one of ${keys.join(', ')}.`);
  return key;
}

/** The later of two days. */
function later(a: string, b: string): string {
  return a > b ? a : b;
}

/** The earlier of two days. */
function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

/** A stage span before it is cut to the window. */
interface OpenSpan {
  stage: StageSpan['stage'];
  from: string;
  reason: string | null;
  isImplicit: boolean;
}

/**
 * The journey as stretches of days, oldest first and touching: Heal Yourself from `healingSince`
 * (implicit) until the first move, then one span per move, in the order the moves were made (the
 * order that makes the last one the stage the person is in now). The last move made on a day is
 * the stage of that day (two moves in one evening leave one band), and a move that repeats the
 * stage already in place continues its span, which keeps the reason of the move that began it.
 * A move whose day is before the previous move's (made later, in a zone further west) counts on
 * the previous move's day, so spans never run backwards.
 */
function journeySpans(
  healingSince: string | null,
  changes: readonly StageChange[],
  today: string,
): StageSpan[] {
  const moves = changes.filter((c) => c.day <= today);
  const open: OpenSpan[] = [];
  const firstMove = moves[0];
  if (
    healingSince !== null &&
    healingSince <= today &&
    (firstMove === undefined || healingSince < firstMove.day)
  ) {
    open.push({ stage: FIRST_STAGE, from: healingSince, reason: null, isImplicit: true });
  }
  for (const move of moves) {
    const last = open.at(-1);
    const day = last === undefined ? move.day : later(move.day, last.from);
    // A later move on the same day replaces the day's stage.
    if (last !== undefined && last.from === day) open.pop();
    const before = open.at(-1);
    if (before !== undefined && before.stage === move.stage) continue;
    open.push({ stage: move.stage, from: day, reason: move.reason, isImplicit: false });
  }
  return open.map((span, index) => {
    const next = open[index + 1];
    return { ...span, to: next === undefined ? today : addDays(next.from, -1) };
  });
}

/**
 * The series behind every chart on Journey and Insights. Each call reads in one transaction, so a
 * chart's numbers agree with each other, aggregates in SQL (chart-repo), and groups by the finest
 * bucket that keeps the chart within MAX_SERIES_POINTS (`seriesBucketFor`).
 */
export function createChartService(db: Database.Database, options: ChartServiceOptions = {}) {
  const charts = createChartRepo(db);
  const habits = createHabitRepo(db);
  const scores = createHabitScores(db);
  const journey = createJourneyRepo(db);
  const stages = createStageRepo(db);
  const settings = createSettingsService(db, options);

  /** Every move, with the breakup day and the first record: where the journey begins. */
  function journeyStart(today: string): {
    changes: StageChange[];
    breakupDay: string | null;
    firstRecord: string | null;
  } {
    return {
      changes: stages.list(),
      breakupDay: settings.get().breakupDay,
      firstRecord: journey.firstRecordDay(today),
    };
  }

  /** The history's first day: the first record of any kind, the first move, or the breakup day. */
  function firstKnownDay(today: string): string | null {
    const start = journeyStart(today);
    const known = [start.firstRecord, start.breakupDay, ...start.changes.map((c) => c.day)].filter(
      (d): d is string => d !== null && d <= today,
    );
    return known.length === 0 ? null : known.reduce(earlier);
  }

  /**
   * The window a (validated) request asks for. "All time" starts on the history's first day, never
   * before 1 January 1900, the first day Mending keeps. Every other range is a fixed number of
   * days ending today, so it reads nothing to find the first day: its cost never depends on how
   * long the history is.
   */
  function windowOf({ range, today }: ChartRequest): ChartWindow {
    const firstDay = range === 'all' ? firstKnownDay(today) : null;
    const { from, to } = chartWindow(range, today, firstDay);
    return { range, from: later(from, FIRST_DAY), to };
  }

  const mood = db.transaction((request: ChartRequest): MoodSeries => {
    const window = windowOf(request);
    const bucket = seriesBucketFor(window.from, window.to);
    if (bucket !== 'day') {
      const points = charts.moodBuckets(window, bucket).map((row) => ({ ...row, rolling: null }));
      return { ...window, bucket, points };
    }
    // The rolling average on the window's first days reaches back six days before it.
    const reach = { from: addDays(window.from, -6), to: window.to };
    const days = charts.moodBuckets(reach, 'day');
    const rolling = rollingAverage(
      days.map((d) => ({ day: d.day, value: d.mean })),
      reach.from,
      window.to,
      7,
      TREND_MIN_POINTS,
    );
    const start = dayNumber(reach.from);
    const points = days
      .filter((d) => d.day >= window.from)
      .map((d) => ({ ...d, rolling: rolling[dayNumber(d.day) - start] ?? null }));
    return { ...window, bucket, points };
  });

  const hurt = db.transaction((request: ChartRequest): HurtSeries => {
    const window = windowOf(request);
    const bucket = seriesBucketFor(window.from, window.to);
    return { ...window, bucket, points: charts.hurtBuckets(window, bucket) };
  });

  /**
   * The person's calendar day at `instant` (a habit keeps no zone of its own), as the report finds
   * it: the zone of their entry nearest in time; without any, the way that keeps the habit in
   * view (the earliest day anywhere on Earth for its start, the latest for its end). One lookup
   * of a few index searches (chart-repo's `zoneNear`), whatever the history's length: asking
   * first whether every zone the person ever used agrees on the day cost one clock reading per
   * zone, and a person who has travelled for years has many.
   */
  function personalDay(instant: string, withoutZone: 'earliest' | 'latest'): string {
    const zone =
      charts.zoneNear(instant) ?? (withoutZone === 'earliest' ? 'Etc/GMT+12' : 'Etc/GMT-14');
    return dayOfInstant(instant, zone);
  }

  /**
   * A habit's active days: from its first record (which may be back-filled before the day it was
   * added) or the day it was added, whichever is earlier, to the day it was archived (or its last
   * record, if later); `activeTo` null while it is in use.
   */
  function activeDays(
    habit: Habit,
    firstRecord: string | undefined,
    lastRecord: string | undefined,
  ) {
    const added = personalDay(habit.createdAt, 'earliest');
    const activeFrom = firstRecord !== undefined ? earlier(firstRecord, added) : added;
    if (habit.archivedAt === null) return { activeFrom, activeTo: null };
    const archived = personalDay(habit.archivedAt, 'latest');
    return {
      activeFrom,
      activeTo: lastRecord !== undefined ? later(lastRecord, archived) : archived,
    };
  }

  /**
   * A habit's strength at the end of each bucket of its active days inside the window (the last
   * bucket ends on the window's last day), scored from the habit's whole history: from its score
   * checkpoint before the window (`since`) and the records after it.
   */
  function habitPoints(
    habit: Habit,
    records: readonly DayRecord[],
    since: ScoreCheckpoint | undefined,
    days: DayRange,
    unit: BucketUnit,
    today: string,
  ): HabitLine['points'] {
    const buckets = bucketsOf(days.from, days.to, unit);
    const ends = buckets.map((start) =>
      earlier(addDays(nextBucketStart(start, unit), -1), days.to),
    );
    const strengths = strengthOnDays(habit, records, ends, since);
    return buckets.map((day, i) => ({
      day,
      // Today is still going on: as on the Habits screen, a target not met yet today is not a miss.
      strength:
        ends[i] === today
          ? summarizeHabit(habit, records, today, since).strength
          : (strengths[i] ?? 0),
    }));
  }

  const habitSeries = db.transaction((request: ChartRequest): HabitSeries => {
    const window = windowOf(request);
    const lines = habits.listHabits(true).flatMap((habit) => {
      // A fixed range reads the days since the checkpoint before it, not the whole history.
      const { since, records: own } = scores.recordsSince(habit.id, window.from, window.to);
      const firstRecord = since?.firstDay ?? own[0]?.day;
      const lastRecord = scores.lastRecordDay(habit.id, window.to) ?? undefined;
      const active = activeDays(habit, firstRecord, lastRecord);
      const days = {
        from: later(active.activeFrom, window.from),
        to: earlier(active.activeTo ?? window.to, window.to),
      };
      return days.from <= days.to ? [{ habit, own, since, active, days }] : [];
    });
    const bucket = seriesBucketFor(window.from, window.to, lines.length);
    return {
      ...window,
      bucket,
      habits: lines.map(({ habit, own, since, active, days }) => ({
        habitId: habit.id,
        name: habit.name,
        kind: habit.kind,
        activeFrom: active.activeFrom,
        activeTo: active.activeTo,
        points: habitPoints(habit, own, since, days, bucket, window.to),
      })),
    };
  });

  const practice = db.transaction((request: ChartRequest): PracticeSeries => {
    const window = windowOf(request);
    const bucket = seriesBucketFor(window.from, window.to);
    const points: PracticePoint[] = [];
    let current: PracticePoint | undefined;
    for (const row of charts.practiceCounts(window, bucket)) {
      if (current?.day !== row.day) {
        current = {
          day: row.day,
          total: 0,
          skills: noSkills(),
          outcomes: noOutcomes(),
        };
        points.push(current);
      }
      current.total += row.count;
      current.skills[keyOf(COMMUNICATION_SKILLS, row.skill)] += row.count;
      current.outcomes[keyOf(OUTCOMES, row.outcome)] += row.count;
    }
    return { ...window, bucket, points };
  });

  const contact = db.transaction((request: ChartRequest): ContactSeries => {
    const window = windowOf(request);
    const bucket = seriesBucketFor(window.from, window.to);
    const points: ContactPoint[] = [];
    let current: ContactPoint | undefined;
    for (const row of charts.contactCounts(window, bucket)) {
      if (current?.day !== row.day) {
        current = { day: row.day, total: 0, tones: noTones() };
        points.push(current);
      }
      current.total += row.count;
      current.tones[keyOf(TONES, row.tone)] += row.count;
    }
    return { ...window, bucket, points };
  });

  const stageTimeline = db.transaction((request: ChartRequest): StageTimeline => {
    const window = windowOf(request);
    const { changes, breakupDay, firstRecord } = journeyStart(window.to);
    // Healing began on the breakup day the person gave, else with the first thing recorded (a
    // move counts as a record): the same start the Journey screen gives (journey-service).
    const firstChange = changes[0]?.day ?? null;
    const firsts = [firstRecord, firstChange].filter((d): d is string => d !== null);
    const healingSince = breakupDay ?? (firsts.length === 0 ? null : firsts.reduce(earlier));
    const spans = journeySpans(healingSince, changes, window.to)
      .filter((span) => span.to >= window.from && span.from <= window.to)
      .map((span) => ({ ...span, from: later(span.from, window.from) }));
    const moves = changes.filter((c) => c.day >= window.from && c.day <= window.to);
    return { range: window.range, from: window.from, to: window.to, spans, moves };
  });

  // Callers inside the main process get their request checked here; the router's handlers use
  // the `checked` reads, since the router has already checked it against the contract.
  const parsed = (request: ChartRequest) => chartRequestSchema.parse(request);
  return {
    /** Mood per bucket, with the 7-day rolling average on daily buckets. */
    mood(request: ChartRequest): MoodSeries {
      return mood(parsed(request));
    },
    /** The hurt rating per bucket. */
    hurt(request: ChartRequest): HurtSeries {
      return hurt(parsed(request));
    },
    /** Each habit's strength per bucket, archived habits only where they were active. */
    habits(request: ChartRequest): HabitSeries {
      return habitSeries(parsed(request));
    },
    /** Communication practice per bucket, by skill and by outcome. */
    practice(request: ChartRequest): PracticeSeries {
      return practice(parsed(request));
    },
    /** Contact with the ex per bucket, by tone. */
    contact(request: ChartRequest): ContactSeries {
      return contact(parsed(request));
    },
    /** The stages as spans over the window, and the moves made in it. */
    stages(request: ChartRequest): StageTimeline {
      return stageTimeline(parsed(request));
    },
    /** The same reads, for a request the router has already checked against the contract. */
    checked: {
      mood: (request: Checked<ChartRequest>): MoodSeries => mood(request),
      hurt: (request: Checked<ChartRequest>): HurtSeries => hurt(request),
      habits: (request: Checked<ChartRequest>): HabitSeries => habitSeries(request),
      practice: (request: Checked<ChartRequest>): PracticeSeries => practice(request),
      contact: (request: Checked<ChartRequest>): ContactSeries => contact(request),
      stages: (request: Checked<ChartRequest>): StageTimeline => stageTimeline(request),
    },
  };
}

export type ChartService = ReturnType<typeof createChartService>;
