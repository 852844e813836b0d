/**
 * The words of the habit strength, communication practice and contact tone charts: titles, the
 * one-sentence summaries a screen reader reads as each chart's name, and the tables' headings.
 * Strength is Loop's score, called "strength" and never a grade; nothing here sets a goal, counts
 * down, or says one thing caused another.
 */
import type { HabitKind } from '../../src-main/shared/domain/habits';
import {
  COMMUNICATION_SKILLS,
  NO_SKILL_NAMED,
  OUTCOME_LABELS,
  OUTCOMES,
  SKILL_LABELS,
  TONE_LABELS,
  TONES,
  type CommunicationSkill,
  type Outcome,
  type Tone,
} from '../../src-main/shared/domain/communication';
import {
  shareInWords,
  TOO_FEW_FOR_TREND,
  TREND_MIN_POINTS,
} from '../../src-main/shared/share-words';
import { formatCount } from '../app/day-format';

export const HABIT_LINES_TITLE = 'Habit strength';
export const PRACTICE_SKILL_TITLE = 'Practice by skill';
export const PRACTICE_OUTCOME_TITLE = 'Practice by outcome';
export const CONTACT_TONE_TITLE = 'Contact with your ex, by tone';

export const TOTAL_COLUMN = 'Total';
export const STRENGTH_NAME = 'Strength';
/** A table cell for a bucket in which a habit was not active. */
export const NOT_ACTIVE = 'not active';
export const ARCHIVED = 'archived';
export const LEGEND_HINT = 'Press a habit to hide or show its line.';

export const TO_BREAK = 'to break';

/**
 * A habit's name for the legend and the table, with "(to break)" for a habit to break (its
 * strength rises with each day kept within its limit, so a rising line there means doing the
 * thing less, which the name alone does not say) and "archived" when it was put away:
 * "Check their phone (to break, archived)".
 */
export function habitName(name: string, isArchived: boolean, kind: HabitKind = 'build'): string {
  const marks = [...(kind === 'break' ? [TO_BREAK] : []), ...(isArchived ? [ARCHIVED] : [])];
  return marks.length === 0 ? name : `${name} (${marks.join(', ')})`;
}

/** A strength as a whole percentage in the locale: "82%". */
export function strengthInWords(percent: number): string {
  return `${formatCount(percent)}%`;
}

/** "A, B and C". */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** One habit's line as the summary needs it. */
export interface HabitLineWords {
  readonly name: string;
  readonly isArchived: boolean;
  /** Its strength at its last point in the range, as a whole percentage. */
  readonly lastPercent: number;
}

/**
 * The habit chart in one sentence: how many habits, and which is steadiest (the highest strength
 * at its last point, active habits first, since an archived one's last point is when it was put
 * away). Strength is said as what it is, never as a grade or against a goal.
 */
export function habitLinesSummary(lines: readonly HabitLineWords[], when: string): string {
  if (lines.length === 0) return `None of your habits was active ${when}.`;
  const archived = lines.filter((line) => line.isArchived).length;
  if (lines.length === 1) {
    const [only] = lines;
    if (only === undefined) return '';
    return only.isArchived
      ? `One habit ${when}, ${only.name} (archived), at ${strengthInWords(only.lastPercent)} strength when it was put away.`
      : `One habit ${when}, ${only.name}, at ${strengthInWords(only.lastPercent)} strength now.`;
  }
  const count = `${formatCount(lines.length)} habits ${when}${
    archived > 0 ? ` (${formatCount(archived)} archived)` : ''
  }`;
  const active = lines.filter((line) => !line.isArchived);
  const pool = active.length > 0 ? active : lines;
  const asOf = active.length > 0 ? 'now' : 'when put away';
  const top = Math.max(...pool.map((line) => line.lastPercent));
  if (pool.length > 1 && pool.every((line) => line.lastPercent === top)) {
    return `${count}, each at ${strengthInWords(top)} strength ${asOf}.`;
  }
  const steadiest = pool.filter((line) => line.lastPercent === top).map((line) => line.name);
  return steadiest.length === 1
    ? `${count}; the steadiest ${asOf} is ${steadiest[0] ?? ''}, at ${strengthInWords(top)} strength.`
    : `${count}; the steadiest ${asOf} are ${listInWords(steadiest)}, each at ${strengthInWords(top)} strength.`;
}

export type SkillKey = CommunicationSkill | 'none';
export type OutcomeKey = Outcome | 'none';
export type ToneKey = Tone | 'none';

export const SKILL_KEYS: readonly SkillKey[] = [...COMMUNICATION_SKILLS, 'none'];
export const OUTCOME_KEYS: readonly OutcomeKey[] = [...OUTCOMES, 'none'];
/** Calmest at the bottom of each bar, no tone on top. */
export const TONE_KEYS: readonly ToneKey[] = [...TONES, 'none'];

export const SKILL_NAMES: Readonly<Record<SkillKey, string>> = {
  ...SKILL_LABELS,
  none: NO_SKILL_NAMED,
};
export const OUTCOME_NAMES: Readonly<Record<OutcomeKey, string>> = {
  ...OUTCOME_LABELS,
  none: 'No outcome given',
};
export const TONE_NAMES: Readonly<Record<ToneKey, string>> = {
  ...TONE_LABELS,
  none: 'No tone given',
};

/** "1 conversation or rehearsal", "12 conversations and rehearsals". */
function practiceCount(total: number): string {
  return total === 1
    ? '1 conversation or rehearsal'
    : `${formatCount(total)} conversations and rehearsals`;
}

/** The skill chart in one sentence: how many entries, and the skill practised most. */
export function practiceSkillSummary(
  totals: Readonly<Record<SkillKey, number>>,
  total: number,
  when: string,
): string {
  if (total === 0) return `Nothing was logged ${when}.`;
  const named = COMMUNICATION_SKILLS.filter((skill) => totals[skill] > 0);
  if (named.length === 0) return `${practiceCount(total)} ${when}, none naming a skill.`;
  const most = Math.max(...named.map((skill) => totals[skill]));
  const top = named.filter((skill) => totals[skill] === most).map((skill) => SKILL_LABELS[skill]);
  const topWords =
    top.length === 1
      ? `${top[0] ?? ''}, ${shareInWords(most, total, formatCount)}`
      : `${listInWords(top)}, ${formatCount(most)} each`;
  return `${practiceCount(total)} ${when}; practised most: ${topWords}.`;
}

/** The outcome chart in one sentence: how many ended resolved, partly, not, or said nothing. */
export function practiceOutcomeSummary(
  totals: Readonly<Record<OutcomeKey, number>>,
  total: number,
  when: string,
): string {
  if (total === 0) return `Nothing was logged ${when}.`;
  const given = total - totals.none;
  const none =
    totals.none === 0
      ? ''
      : ` ${formatCount(totals.none)} gave no outcome (a rehearsal on your own has none).`;
  if (given === 0) return `${practiceCount(total)} ${when}, none with an outcome noted.`;
  return `Of ${practiceCount(total)} ${when}, ${shareInWords(totals.resolved, total, formatCount)} ended resolved, ${formatCount(totals.partly)} partly and ${formatCount(totals.not)} not.${none}`;
}

/** Friendly or civil contacts, and all contacts with a tone, in one half of the range. */
export interface ToneHalf {
  readonly calm: number;
  readonly toned: number;
}

/** "6 of 8 contacts", with "with a tone noted" when some contacts gave no tone. */
function calmShare(half: ToneHalf, anyUntoned: boolean): string {
  const noun = half.toned === 1 ? 'contact' : 'contacts';
  return `${shareInWords(half.calm, half.toned, formatCount)} ${noun}${anyUntoned ? ' with a tone noted' : ''}`;
}

/**
 * The contact chart in one sentence, in kind words: no contact in the range said neutrally (it is
 * neither a goal nor a failure); otherwise whether contact has become calmer, comparing the share
 * of friendly or civil contact in the later half of the range with the earlier half, with counts.
 * Each half needs TREND_MIN_POINTS contacts with a tone before a change is put into words.
 */
export function contactToneSummary({
  total,
  earlier,
  later,
  when,
}: {
  /** The range in words: "over the last year" (RANGE_PHRASES). */
  readonly when: string;
  readonly total: number;
  readonly earlier: ToneHalf;
  readonly later: ToneHalf;
}): string {
  if (total === 0) return `There was no contact with your ex ${when}.`;
  const contacts = total === 1 ? '1 contact' : `${formatCount(total)} contacts`;
  const toned = earlier.toned + later.toned;
  const anyUntoned = toned < total;
  if (toned === 0) return `${contacts} with your ex ${when}, none with a tone noted.`;
  const calm = earlier.calm + later.calm;
  if (earlier.toned < TREND_MIN_POINTS || later.toned < TREND_MIN_POINTS) {
    return `${contacts} with your ex ${when}; ${shareInWords(calm, toned, formatCount)}${
      anyUntoned ? ' with a tone noted' : ''
    } friendly or civil. ${TOO_FEW_FOR_TREND}`;
  }
  const laterShare = later.calm / later.toned;
  const earlierShare = earlier.calm / earlier.toned;
  const counts = `${calmShare(later, anyUntoned)} in the later half were friendly or civil, against ${shareInWords(earlier.calm, earlier.toned, formatCount)} in the earlier half`;
  if (laterShare > earlierShare) return `Contact has become calmer ${when}: ${counts}.`;
  if (laterShare < earlierShare) {
    return `Contact has been harder lately, which happens: ${counts}.`;
  }
  return `Contact has been about as calm as before: ${counts}.`;
}
