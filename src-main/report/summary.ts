/**
 * The plain-language summary at the top of the report: warm, honest, gender-neutral sentences
 * made only from numbers, so it is the same kind of text at every privacy level and never quotes
 * anything the person wrote. It says only what the data can carry: shares below ten items as
 * counts (`shareInWords`), and no movement from fewer than `TREND_MIN_POINTS` points.
 */
import { scoreHabitDays } from '../shared/habit-strength';
import { PERCENT_MIN_ITEMS } from '../shared/share-words';
import {
  leastSquaresMovement,
  movementDirection,
  movementInWords,
  type DayValue,
  type Movement,
} from '../shared/trend';
import { percent } from './format';
import { TEN_POINT_SCALE, activeHabits, hasFewRecordedDays, strengthAtEnd } from './readiness';
import {
  NO_COMMUNICATION,
  NO_HABIT_RECORDS,
  NO_MOOD,
  STRENGTH_ON_THIN_DATA,
  TOO_FEW_FOR_TREND,
  HARD_CONTACTS,
} from './report-copy';
import { HEALING_COUNTS, SUMMARY } from './summary-copy';
import type { HabitData, ReportData } from './report-data';

/**
 * True when `movementInWords` says the line went up (`direction` 1) or down (-1), not "stayed
 * around": the kind sentences follow the words the person reads, never a smaller wobble.
 */
export function movedWay(m: Movement | null, direction: 1 | -1): boolean {
  return m !== null && movementDirection(m) === (direction === 1 ? 'up' : 'down');
}

/** What a handful of values says without a trend: one value, or the range they span. */
function fewValues(values: readonly number[], suffix: string): string {
  const low = Math.round(Math.min(...values));
  const high = Math.round(Math.max(...values));
  return low === high ? `about ${low}${suffix}` : `between about ${low} and about ${high}${suffix}`;
}

function moodSentences(data: ReportData): string[] {
  const days = data.mood.days;
  if (days.length === 0) return [NO_MOOD];
  const sentences = [SUMMARY.moodDays(days.length, data.mood.entryCount)];
  const averages: DayValue[] = days.map((d) => ({ day: d.day, value: d.average }));
  // The app's one trend: the Mood screen says the same movement for the same days.
  const mood = leastSquaresMovement(averages, TEN_POINT_SCALE);
  if (mood === null) {
    sentences.push(
      SUMMARY.moodWas(
        fewValues(
          averages.map((d) => d.value),
          ' out of 10',
        ),
      ),
    );
    if (days.length > 1) sentences.push(TOO_FEW_FOR_TREND);
  } else {
    sentences.push(SUMMARY.moodMoved(movementInWords(mood)));
    if (movedWay(mood, -1)) sentences.push(SUMMARY.harderStretches);
  }
  const hurtDays: DayValue[] = days.flatMap((d) =>
    d.hurt === null ? [] : [{ day: d.day, value: d.hurt }],
  );
  const hurt = leastSquaresMovement(hurtDays, TEN_POINT_SCALE);
  if (hurt !== null) {
    sentences.push(SUMMARY.hurtMoved(movementInWords(hurt, ' out of 10')));
    // Hurt that rises is a harder stretch too: said kindly, and said once.
    if (movedWay(hurt, 1) && !sentences.includes(SUMMARY.harderStretches)) {
      sentences.push(SUMMARY.harderStretches);
    }
  } else if (hurtDays.length > 0) {
    sentences.push(
      SUMMARY.hurtFew(
        hurtDays.length,
        fewValues(
          hurtDays.map((d) => d.value),
          ' out of 10',
        ),
      ),
    );
  }
  return sentences;
}

/** Days a break habit was kept in the period: days recorded as under its limit. */
export function daysKept(habit: HabitData, from: string, to: string): number {
  return scoreHabitDays(habit, habit.records, from, to).filter((d) => d.outcome === 'met').length;
}

function habitSentences(data: ReportData): string[] {
  const inPeriod = data.habits.filter((h) =>
    h.records.some((r) => r.day >= data.from && r.day <= data.to),
  );
  if (inPeriod.length === 0) return [NO_HABIT_RECORDS];
  const toBuild = inPeriod.filter((h) => h.kind === 'build');
  const toBreak = inPeriod.filter((h) => h.kind === 'break');
  const checkins = toBuild.reduce(
    (s, h) =>
      s + h.records.filter((r) => r.day >= data.from && r.day <= data.to && !r.isSkip).length,
    0,
  );
  const kept = toBreak.reduce((s, h) => s + daysKept(h, data.from, data.to), 0);
  const sentences = [SUMMARY.habits(toBuild.length, checkins, toBreak.length, kept)];
  const active = activeHabits(data).filter((h) => h.records.some((r) => r.day <= data.to));
  if (active.length > 0) {
    const average = active.reduce((s, h) => s + strengthAtEnd(h, data.to), 0) / active.length;
    sentences.push(
      SUMMARY.strengthAveraged(percent(Math.floor(average * 100 + 1e-9) / 100), active.length),
    );
    // A score is not a share, but a low one after a few days reads as failing: say why it is low.
    if (active.some((h) => hasFewRecordedDays(h, data.to))) {
      sentences.push(STRENGTH_ON_THIN_DATA);
    }
  }
  return sentences;
}

function communicationSentences(data: ReportData): string[] {
  const groups = data.communication.groups;
  const total = groups.reduce((s, g) => s + g.entries, 0);
  if (total === 0) return [NO_COMMUNICATION];
  const contact = groups.filter((g) => g.isContactWithEx);
  const contactCount = contact.reduce((s, g) => s + g.entries, 0);
  const sentences = [SUMMARY.conversations(total, contactCount)];
  const withOutcome = groups.filter((g) => g.outcome !== null);
  const outcomeCount = withOutcome.reduce((s, g) => s + g.entries, 0);
  if (outcomeCount > 0) {
    const good = withOutcome
      .filter((g) => g.outcome === 'resolved' || g.outcome === 'partly')
      .reduce((s, g) => s + g.entries, 0);
    sentences.push(SUMMARY.outcomes(good, outcomeCount));
  }
  const toned = contact
    .filter((g) => g.tone !== null)
    .flatMap((g) => Array.from({ length: g.entries }, () => g))
    .sort((a, b) => a.day.localeCompare(b.day));
  const calm = (list: typeof toned) =>
    list.filter((g) => g.tone === 'friendly' || g.tone === 'civil').length;
  // Halves are compared only when each holds enough contacts for a share (PERCENT_MIN_ITEMS):
  // a half of four says less than it seems to.
  if (toned.length >= 2 * PERCENT_MIN_ITEMS) {
    const half = Math.floor(toned.length / 2);
    const earlier = toned.slice(0, half);
    const later = toned.slice(half);
    sentences.push(SUMMARY.toneHalves(calm(earlier), earlier.length, calm(later), later.length));
  } else if (toned.length > 0) {
    sentences.push(SUMMARY.tone(calm(toned), toned.length));
  }
  // Few or no friendly or civil contacts can land as a verdict: one kind sentence, once.
  if (toned.length > 0 && calm(toned) * 2 < toned.length) sentences.push(HARD_CONTACTS);
  return sentences;
}

/** The summary's paragraphs, in order: mood, habits, communication, reflections. */
export function summaryParagraphs(data: ReportData): string[][] {
  return [
    moodSentences(data),
    habitSentences(data),
    communicationSentences(data),
    [SUMMARY.reflections(data.reflections.length), HEALING_COUNTS],
  ];
}
