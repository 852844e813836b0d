/**
 * Every sentence the Habits screen (and Today's habit rows) says, in one place, so the screen's
 * voice can be read and reviewed in one sitting. Plain second person, no countdowns, no chains
 * to keep unbroken, nothing that reads like a to-do list left undone.
 *
 * Words for a habit to break say what a day means for it: a day of not doing it is a day kept
 * ("Didn't today"), never "none" or "0 check-ins", which would make success look like nothing.
 */
import { deletedWithBackupsNote } from '../../app/backups-note';
import { addDays } from '../../../src-main/shared/calendar';
import { describeTarget, type HabitKind } from '../../../src-main/shared/domain/habits';
import type { KeptLately, PeriodProgress } from '../../../src-main/shared/habit-kept';
import type { Habit } from '../../../src-main/shared/ipc-contract';
import { shortDay } from '../../app/day-format';

export const HABITS_TITLE = 'Habits';

export const HABITS_INTRO =
  'Strength grows with each day you keep a habit. A missed day lowers it a little and never ' +
  'resets it to zero. When life gets in the way, leave a day out: strength stays as it is.';

export const EMPTY_TITLE = 'No habits yet';
export const EMPTY_TEXT =
  'Start with one small thing to build, like a walk outside, or one thing you would like to do ' +
  'less, like checking your ex’s social media. One is plenty to begin.';

/** The form that adds a habit or changes one. */
export const FORM_WORDS = {
  title: 'Add a habit',
  newName: 'New habit',
  editName: 'Change habit',
  name: 'Name',
  namePlaceholder: 'Walk outside',
  kind: 'Kind',
  kinds: {
    build: { label: 'Build', hint: 'something to do at least so often' },
    break: { label: 'Break', hint: 'something to do at most so often, or not at all' },
  } satisfies Record<HabitKind, { label: string; hint: string }>,
  atLeast: 'At least',
  atMost: 'At most',
  times: 'times',
  per: 'Per',
  /** "Break: not at all.", under the form, so "at most 0 times per day" reads as meant. */
  preview: (kind: HabitKind, goal: string) => `${kind === 'build' ? 'Build' : 'Break'}: ${goal}.`,
  add: 'Add habit',
  saveChanges: 'Save changes',
  cancel: 'Cancel',
} as const;

/** The card's buttons below the check-in. */
export const CARD_WORDS = {
  calendar: 'Calendar',
  hideCalendar: 'Hide calendar',
  change: 'Rename or change target',
  archive: 'Archive',
  archivedTitle: (count: number) => `Archived habits (${count})`,
  archivedList: 'Archived habits',
  restore: 'Restore',
  list: 'Your habits',
} as const;

/**
 * What a habit's strength measures, said so it reads right beside the habit's name: for a habit
 * to break it is the strength of keeping away (or of keeping to the limit), so "Check their social
 * media · 45% strength" never reads as the checking being strong. The one place this is worded.
 */
export function strengthNoun(habit: Pick<Habit, 'kind' | 'targetCount'>): string {
  if (habit.kind === 'build') return 'strength';
  return habit.targetCount === 0 ? 'strength at keeping away' : 'strength at keeping to your limit';
}

/**
 * The strength's name for a habit, as a meter or a chart is named: "Strength of “Walk outside”",
 * but "Strength at keeping away from “Check their social media”", never "Strength of" a habit to
 * break, which would say the checking is strong.
 */
export function strengthName(habit: Pick<Habit, 'kind' | 'targetCount' | 'name'>): string {
  if (habit.kind === 'build') return `Strength of “${habit.name}”`;
  return habit.targetCount === 0
    ? `Strength at keeping away from “${habit.name}”`
    : `Strength at keeping to your limit for “${habit.name}”`;
}

/** Shown instead of a strength while nothing is recorded: a new habit is not at 0%. */
export const JUST_STARTED = 'just started';

/**
 * A habit's strength in words: "45% strength at keeping away", or "just started" while nothing is
 * recorded yet (a "0%" there reads as failure before anything has happened).
 */
export function strengthWords(
  habit: Pick<Habit, 'kind' | 'targetCount'>,
  percent: number,
  hasStarted: boolean,
): string {
  return hasStarted ? `${percent}% ${strengthNoun(habit)}` : JUST_STARTED;
}

/** A habit's calendar and strength line. */
export const HISTORY_WORDS = {
  /** The chart's title: since the habit began when it is younger than the window. */
  trendTitle: (days: number, isYoungerThanWindow: boolean) =>
    isYoungerThanWindow ? 'Strength since you started' : `Strength, last ${days} days`,
  trendEmpty: 'Your strength line starts with your first check-in.',
  /** `name` is the habit's strength name (`strengthName`). */
  trendLabel: (name: string, days: number, percent: number, isYoungerThanWindow: boolean) =>
    isYoungerThanWindow
      ? `${name} since you started, now ${percent}%.`
      : `${name} over the last ${days} days, now ${percent}%.`,
  readFailureWhat: 'This habit’s check-ins',
  readFailureInstead: 'the calendar shows no day as recorded',
  chooseDay: 'Choose a day in the calendar to record it or change it.',
  recordDay: (longDay: string) => `Record ${longDay}`,
} as const;

/** Messages offered with Undo after a change to a habit itself. */
export const habitMessages = {
  added: (name: string) => `Added “${name}”. Strength starts with your first check-in.`,
  putAway: (name: string) => `“${name}” is put away under Archived habits.`,
  saved: (name: string) => `Saved the changes to “${name}”.`,
  archived: (name: string) => `Archived “${name}”. Its history is kept.`,
  restored: (name: string) => `“${name}” is back with your habits.`,
};

/** An archived habit's line: "not at all · strength kept at 41%". */
export function archivedLine(
  habit: Pick<Habit, 'kind' | 'targetCount' | 'period'>,
  percent: number,
): string {
  return `${describeTarget(habit.kind, habit.targetCount, habit.period)} · strength kept at ${percent}%`;
}

/** "Building: at least 2 a week", "Breaking: not at all". */
export function goalLine(habit: Pick<Habit, 'kind' | 'targetCount' | 'period'>): string {
  const doing = habit.kind === 'build' ? 'Building' : 'Breaking';
  return `${doing}: ${describeTarget(habit.kind, habit.targetCount, habit.period)}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "1 time", "3 times". */
export function times(count: number): string {
  return plural(count, 'time', 'times');
}

/** What was left out of the count, as short phrases (none when nothing was). */
function leftOutParts(kept: KeptLately): string[] {
  const parts: string[] = [];
  if (kept.unit === 'day') {
    if (kept.skipped > 0) parts.push(plural(kept.skipped, 'day', 'days') + ' left out');
    if (kept.unrecorded > 0)
      parts.push(plural(kept.unrecorded, 'day', 'days') + ' with nothing recorded');
  } else {
    if (kept.skipped > 0) parts.push(plural(kept.skipped, 'week', 'weeks') + ' with days left out');
    if (kept.unrecorded > 0)
      parts.push(plural(kept.unrecorded, 'week', 'weeks') + ' with nothing recorded');
  }
  return parts;
}

/**
 * How a habit has gone lately, for the card: "Kept on 19 of the last 28 days.", "Kept on 5 of 6
 * days since you started.", "Met your goal in 3 of the 4 weeks before this one." Never a streak.
 */
export function keptLatelyWords(kind: HabitKind, kept: KeptLately): string {
  if (!kept.hasStarted) {
    return kept.unit === 'day'
      ? 'Days kept show here once you record one.'
      : 'Weeks met show here once you record one.';
  }
  const parts = leftOutParts(kept);
  const aside = parts.length === 0 ? '' : ` (not counted: ${parts.join(', ')})`;
  const onlyLeftOut = parts.length === 0 ? '' : ` (${parts.join(', ')})`;
  if (kept.unit === 'day') {
    if (kept.counted === 0) return `No days to count yet${onlyLeftOut}.`;
    const of = kept.isSinceStart
      ? `${plural(kept.counted, 'day', 'days')} since you started`
      : kept.counted === 28
        ? 'the last 28 days'
        : `${plural(kept.counted, 'day', 'days')} in the last four weeks`;
    // Said plainly, with what is true next rather than a verdict: a kept day raises strength.
    const next = kept.kept === 0 ? ' Strength picks up with the next day you keep it.' : '';
    return `Kept on ${kept.kept} of ${of}${aside}.${next}`;
  }
  const doneWords = kind === 'build' ? 'Met your goal' : 'Kept to your goal';
  if (kept.counted === 0) {
    return kept.isSinceStart && parts.length === 0
      ? 'Weeks met show here after your first full week.'
      : `No weeks to count yet${onlyLeftOut}.`;
  }
  const of = kept.isSinceStart
    ? `${plural(kept.counted, 'full week', 'full weeks')} since you started`
    : kept.counted === 4
      ? 'the 4 weeks before this one'
      : `${plural(kept.counted, 'week', 'weeks')} of the 4 before this one`;
  return `${doneWords} in ${kept.kept} of ${of}${aside}.`;
}

/** "Today" or "This week": the period a goal bar shows. */
export function periodName(progress: PeriodProgress): string {
  return progress.period === 'day' ? 'Today' : 'This week';
}

/**
 * "8 today (goal: at least 6)", "1 this week (goal: at least 2)": the goal bar's words, as shown
 * and as read out. The count and the goal side by side, never "8 of 6" (a fraction over one) and
 * no verdict: the full bar already shows a goal met.
 */
export function progressWords(progress: PeriodProgress): string {
  const when = progress.period === 'day' ? 'today' : 'this week';
  return `${progress.count} ${when} (goal: at least ${progress.target})`;
}

/** The goal bar's accessible name. */
export function progressLabel(name: string, progress: PeriodProgress): string {
  return `“${name}” ${progress.period === 'day' ? 'today' : 'this week'}`;
}

/** "This week so far: 1 of at most 2", for a weekly limit above 0. */
export function limitSoFarWords(progress: PeriodProgress): string {
  return `This week so far: ${progress.count} of at most ${progress.target}`;
}

/** "today", "yesterday", or "Tue 3 Jun": a day as a message names it. */
export function dayName(day: string, today: string): string {
  if (day === today) return 'today';
  if (day === addDays(today, -1)) return 'yesterday';
  return shortDay(day);
}

/** The button that records a day of a habit to break as kept: "Didn't today". */
export function keptButton(day: string, today: string): string {
  if (day === today) return 'Didn’t today';
  if (day === addDays(today, -1)) return 'Didn’t yesterday';
  return 'Didn’t that day';
}

/** The visible label beside a habit to break's count: how many times it was done. */
export const DID_IT = 'Did it';

/** The skip button: it says what a skip is, a day left out of the count. */
export function leaveOutButton(day: string, today: string): string {
  if (day === today) return 'Leave today out';
  if (day === addDays(today, -1)) return 'Leave yesterday out';
  return 'Leave this day out';
}

/** A count box's words after it: "of at least 3 a day", or a limit's "goal: not at all". */
export function counterGoal(habit: Pick<Habit, 'kind' | 'targetCount' | 'period'>): string {
  const goal = describeTarget(habit.kind, habit.targetCount, habit.period);
  return habit.kind === 'build' ? `of ${goal}` : `goal: ${goal}`;
}

/**
 * What a day's check-in says under its buttons. Nothing for today when nothing is recorded: an
 * empty day is not a task left undone.
 */
export function checkinStatus(
  habit: Pick<Habit, 'kind' | 'targetCount' | 'period'>,
  state: { count: number | null; isSkip: boolean } | null,
  day: string,
  today: string,
): string | null {
  if (state?.isSkip) return 'Left out: strength stays as it is.';
  if (state === null) return day === today ? null : 'Nothing recorded for this day.';
  if (habit.kind === 'break' && habit.period === 'day' && state.count !== null) {
    return state.count <= habit.targetCount ? `Kept ${dayName(day, today)}.` : null;
  }
  return null;
}

/** Messages offered with Undo after a change to a day. */
export const checkinMessages = {
  count: (name: string, count: number, day: string, today: string) =>
    `“${name}”: ${times(count)} ${dayName(day, today)}.`,
  done: (name: string, day: string, today: string) => `“${name}”: done ${dayName(day, today)}.`,
  notDone: (name: string, day: string, today: string) =>
    `“${name}”: not done ${dayName(day, today)}.`,
  kept: (name: string, day: string, today: string) => `“${name}”: kept ${dayName(day, today)}.`,
  leftOut: (name: string, day: string, today: string) =>
    `“${name}”: ${dayName(day, today)} is left out. Its strength stays as it is.`,
  countsAgain: (name: string, day: string, today: string) =>
    `“${name}”: ${dayName(day, today)} counts again.`,
  cleared: (name: string, day: string, today: string) =>
    deletedWithBackupsNote(`Cleared “${name}” ${dayName(day, today)}.`),
  noteSaved: (name: string, day: string, today: string) =>
    `Note saved for “${name}” ${dayName(day, today)}.`,
};

/** How a day looks in a habit's calendar, said in words (the grid shows marks). */
export const CALENDAR_WORDS = {
  done: 'done',
  kept: 'kept',
  missed: 'not done',
  skipped: 'left out',
  /** A day a habit to break was done more than its limit: said as what happened, no verdict. */
  over: (count: number) => `did it ${times(count)}`,
  overLegend: 'did it that many times',
  none: 'nothing recorded',
  future: 'not yet',
} as const;

/**
 * A row on Today: the goal, and for a weekly goal to build how far this week has come ("at least
 * 2 a week, 1 of 2 this week"), since a day on its own says little about a weekly goal.
 */
export function todayGoalWords(
  habit: Pick<Habit, 'kind' | 'targetCount' | 'period'> & { readonly thisPeriod: PeriodProgress },
): string {
  const goal = describeTarget(habit.kind, habit.targetCount, habit.period);
  if (habit.kind === 'build' && habit.period === 'week') {
    // "so far", never "3 of 2": a count past the goal is not a fraction over one.
    return `${goal}, ${habit.thisPeriod.count} so far this week`;
  }
  if (habit.kind === 'break' && habit.period === 'week' && habit.targetCount > 0) {
    return `${goal}, ${habit.thisPeriod.count} so far this week`;
  }
  return goal;
}

/** Today's list: the row's chip, and the buttons that take a day out and put it back. */
export const TODAY_WORDS = {
  title: 'Your habits today',
  leftOut: 'Left out today',
  leaveOut: 'Leave today out',
  countAgain: 'Count today again',
  noneBuild: 'None today',
  noneBreak: 'Didn’t today',
  doneToday: 'Done today',
} as const;
