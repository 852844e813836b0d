/**
 * The apology builder's rules (issue 9, item 6; ../shared/article.txt, "Heal Yourself" to "Take it
 * Slow"): the article's three parts, which of them a draft still lacks, the sentences of evidence
 * offered from the person's own habits, and where each answer from the ex suggests going next.
 * Pure and zod-free, so the renderer and the main process say the same words.
 *
 * Why evidence comes from habits: the article asks for "actual examples of what you're doing to
 * make yourself a better person". The app already knows them (`habit-kept.ts`), so it offers them
 * as plain first-person sentences the person may insert, edit or ignore: the share said in words
 * ("most days this past month"), never a count, a target or a streak, which read to an ex as a
 * scorecard and tell them the person's routine. The counts stay beside the offer, for the person.
 */
import { addDays, weekStart } from '../calendar';
import { describeTarget, type HabitKind, type HabitPeriod } from '../domain/habits';
import type { Stage } from '../domain/stages';
import { keptLately, type KeptLately } from '../habit-kept';
import type { DayRecord, ScoreCheckpoint } from '../habit-strength';
import { formatCount } from '../locale-format';

/** The three parts, in the article's order. */
export const APOLOGY_PARTS = ['owning', 'changes', 'tryAgain'] as const;
export type ApologyPart = (typeof APOLOGY_PARTS)[number];

/** Each part's number and what it holds, so the app can name it: "Part 2, the changes you made". */
export const APOLOGY_PART_NUMBERS: Readonly<Record<ApologyPart, number>> = {
  owning: 1,
  changes: 2,
  tryAgain: 3,
};
export const APOLOGY_PART_WORDS: Readonly<Record<ApologyPart, string>> = {
  owning: 'owning your part',
  changes: 'the changes you made',
  tryAgain: 'wanting to try again',
};

/** "Part 2, the changes you made": how the app points at a part. */
export function partName(part: ApologyPart): string {
  return `Part ${APOLOGY_PART_NUMBERS[part]}, ${APOLOGY_PART_WORDS[part]}`;
}

/** The most characters one part may hold. */
export const APOLOGY_PART_MAX = 5000;

/** What a draft holds: the words of each part, as typed. */
export type ApologyParts = Readonly<Record<ApologyPart, string>>;

/** The parts with no words yet (blank or only spaces), in the article's order. */
export function missingParts(parts: ApologyParts): ApologyPart[] {
  return APOLOGY_PARTS.filter((part) => parts[part].trim() === '');
}

/**
 * Why a draft cannot be marked ready yet, naming each empty part and what to do; null when all
 * three have words. "Part 2, the changes you made, is empty: write it before marking the draft
 * ready."
 */
export function notReadyMessage(parts: ApologyParts): string | null {
  const missing = missingParts(parts);
  const [first] = missing;
  if (first === undefined) return null;
  const keep = 'Your words so far are still here.';
  if (missing.length === 1) {
    return `${partName(first)}, is empty: write it before marking the draft ready. ${keep}`;
  }
  const named = missing.map(
    (part) => `Part ${APOLOGY_PART_NUMBERS[part]} (${APOLOGY_PART_WORDS[part]})`,
  );
  const list = `${named.slice(0, -1).join(', ')} and ${named.at(-1) ?? ''}`;
  return `${list} are empty: write them before marking the draft ready. ${keep}`;
}

/** The `reflections.kind` every apology draft is stored under. */
export const APOLOGY_DRAFT_KIND = 'apology_draft';

/** Each part's heading, as the builder and the progress report show it. */
export const APOLOGY_PART_LABELS: Readonly<Record<ApologyPart, string>> = {
  owning: 'Part 1: Owning your part',
  changes: 'Part 2: The changes you made',
  tryAgain: 'Part 3: Wanting to try again',
};

/** Where a draft stands: still a draft, marked ready, or given (its answer recorded). */
export const APOLOGY_STATUS_DRAFT = 'Draft';
export const APOLOGY_STATUS_READY = 'Ready';
export const APOLOGY_STATUS_GIVEN = 'Given';

/** The answers the ex may give. */
export const APOLOGY_ANSWERS = ['yes', 'not_now', 'no'] as const;
export type ApologyAnswer = (typeof APOLOGY_ANSWERS)[number];

export const APOLOGY_ANSWER_LABELS: Readonly<Record<ApologyAnswer, string>> = {
  yes: 'Yes',
  not_now: 'Not now',
  no: 'No',
};

/**
 * The stage each answer suggests (SUGGESTED_MOVES from Apologize): a yes to Take it Slow; a "not
 * now" or a "no" to Heal & Grow, because healing is the one outcome that was always certain.
 * Suggested only: the person may record the answer and stay where they are.
 */
export function suggestedStageAfter(answer: ApologyAnswer): Stage {
  switch (answer) {
    case 'yes':
      return 'take_it_slow';
    case 'not_now':
    case 'no':
      return 'heal_and_grow';
    default: {
      const unhandled: never = answer;
      return unhandled;
    }
  }
}

/** What they said, inside a sentence: "they said not now". */
const ANSWER_IN_SENTENCE: Readonly<Record<ApologyAnswer, string>> = {
  yes: 'they said yes',
  not_now: 'they said not now',
  no: 'they said no',
};

/** What they said, as a sentence of its own: "They said not now". */
export function answerSentence(answer: ApologyAnswer): string {
  const words = ANSWER_IN_SENTENCE[answer];
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** The words kept beside a draft whose answer is recorded: a "no" is never a failure. */
export const AFTER_APOLOGY_ANSWER: Readonly<Record<ApologyAnswer, string>> = {
  yes: 'Take it slow: trust comes back slowly, and some tension is normal; fear is not.',
  not_now: 'Your healing counts, and it goes on.',
  no: 'Your healing counts, and it goes on.',
};

const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "5 December 2026", as the locale writes it, the same in every zone. */
export function dayInWords(day: string): string {
  // Noon UTC, formatted in UTC, names the same calendar day whatever the computer's zone.
  return dayFormat.format(new Date(`${day}T12:00:00Z`));
}

/**
 * The reason stored with the move an answer leads to: "Your apology of 5 December 2026: they said
 * not now." `day` is the day the answer came.
 */
export function moveReason(answer: ApologyAnswer, day: string): string {
  return `Your apology of ${dayInWords(day)}: ${ANSWER_IN_SENTENCE[answer]}.`;
}

/** One habit as the evidence needs it: what it asks for and every recorded day. */
export interface EvidenceHabit {
  readonly id: number;
  readonly name: string;
  readonly kind: HabitKind;
  readonly targetCount: number;
  readonly period: HabitPeriod;
  readonly archivedAt: string | null;
  /**
   * The habit's records: all of them, or with `since` the days after it, which must include the
   * last recorded day (`since` ends before `keptWindowStart` of that day).
   */
  readonly records: readonly DayRecord[];
  readonly since?: ScoreCheckpoint | undefined;
}

/** A sentence offered for Part 2, with the habit it speaks of. */
export interface EvidenceSentence {
  readonly habitId: number;
  readonly habitName: string;
  /** In the person's voice, for their ex: the share in words, never a count or a target. */
  readonly sentence: string;
  /**
   * The numbers behind the sentence, for the person only, shown beside the offer: "Kept on 24 of
   * the last 28 days, at least 1 a day." Never inserted into the apology.
   */
  readonly detail: string;
  /**
   * The share of counted days (or weeks) kept, 0..1: the order they are offered in. The count the
   * words rest on, rather than the decaying strength score, which would need the whole history
   * scored a second time for nothing the person reads.
   */
  readonly keptShare: number;
  readonly isArchived: boolean;
}

/**
 * Fewer counted days (or weeks) than this and the sentence says the habit has only just begun:
 * "most days so far" over three days is true, and said as a beginning it claims no more.
 */
export const FEW_DAYS = 7;
export const FEW_WEEKS = 2;

/**
 * Fewer days (or weeks) kept than this and nothing is offered: "some days" needs at least two, and
 * one good day is no example of a change (the person can still say it in their own words).
 */
export const MIN_KEPT = 2;

/**
 * The share kept in words, for the ex to read (issue 9, round 3): a scorecard of counts and targets
 * reads as keeping tabs and tells the ex the person's routine. "Most" from three in four, "more
 * than not" above a half, "some" otherwise.
 */
export function shareWords(kept: number, counted: number, unit: HabitPeriod): string {
  const units = unit === 'day' ? 'days' : 'weeks';
  if (kept * 4 >= counted * 3) return `most ${units}`;
  if (kept * 2 > counted) return `more ${units} than not`;
  return `some ${units}`;
}

/**
 * The habit's name as the person wrote it, to follow a colon inside a sentence: its first letter
 * lower-cased only when that is safe, that is when the first word is an ordinary capitalised word
 * ("Walk 20 minutes" to "walk 20 minutes") and not "I", an acronym ("AA meetings"), a name written
 * in mixed case ("iPhone") or a word with digits. A final full stop is dropped, as the sentence
 * ends with its own.
 */
export function nameInSentence(name: string): string {
  const trimmed = name.trim().replace(/[.!?…]+$/u, '');
  const first = /^\S+/u.exec(trimmed)?.[0] ?? '';
  const isOrdinaryWord = /^\p{Lu}\p{Ll}+$/u.test(first);
  if (!isOrdinaryWord) return trimmed;
  return `${trimmed.charAt(0).toLowerCase()}${trimmed.slice(1)}`;
}

/**
 * What the person did, after "I have" (or "I" in the past): the habit itself follows a colon, so
 * any name reads right, whether it is something to do ("walk 20 minutes"), a thing ("therapy
 * sessions") or a rule ("no texting after 10").
 */
function doing(habit: EvidenceHabit): string {
  if (habit.kind === 'build') return 'kept up something I set out to do';
  if (habit.targetCount === 0) return 'stayed away from something I chose to stop';
  return 'kept within my own limit on something I wanted less of';
}

/** "1 day", "24 days". */
function count(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** The numbers for the person, after "Kept": "on 24 of the last 28 days". */
function span(kept: KeptLately, isArchived: boolean): string {
  const k = formatCount(kept.kept);
  if (kept.unit === 'day') {
    if (kept.isSinceStart)
      return `on ${k} of the ${count(kept.counted, 'day', 'days')} since you started`;
    if (kept.unrecorded > 0) {
      return `on ${k} of the ${count(kept.counted, 'day', 'days')} you recorded${isArchived ? '' : ' in the last four weeks'}`;
    }
    if (kept.counted === 28)
      return isArchived ? `on ${k} of those 28 days` : `on ${k} of the last 28 days`;
    return `on ${k} of ${count(kept.counted, 'day', 'days')}${isArchived ? '' : ' in the last four weeks'}`;
  }
  if (kept.isSinceStart) {
    return `in ${k} of the ${count(kept.counted, 'full week', 'full weeks')} since you started`;
  }
  if (kept.counted === 4)
    return isArchived ? `in ${k} of those 4 weeks` : `in ${k} of the last 4 weeks`;
  return `in ${k} of ${formatCount(kept.counted)} of ${isArchived ? 'those' : 'the last'} 4 weeks`;
}

function isFew(kept: KeptLately): boolean {
  return kept.unit === 'day' ? kept.counted < FEW_DAYS : kept.counted < FEW_WEEKS;
}

/** "Most days this past month": when, with the share in words, to open the sentence. */
function when(kept: KeptLately, isArchived: boolean, asOf: string): string {
  const share = shareWords(kept.kept, kept.counted, kept.unit);
  const Share = `${share.charAt(0).toUpperCase()}${share.slice(1)}`;
  // Days with nothing recorded are not known either way: the share is of the days kept track of.
  const tracked = kept.unrecorded > 0 ? ` I kept track of` : '';
  if (isArchived) {
    const until = kept.unit === 'day' ? dayInWords(asOf) : dayInWords(addDays(weekStart(asOf), -1));
    if (kept.isSinceStart) return `${Share}${tracked} from when I began until ${until}`;
    return `${Share}${tracked} in the month up to ${until}`;
  }
  if (isFew(kept)) {
    // Said as a beginning, so a handful of days claims no more than it shows.
    return `${Share}${tracked} since I began${kept.unit === 'day' ? ' a few days ago' : ' recently'}`;
  }
  if (kept.isSinceStart) return `${Share}${tracked} since I began`;
  return `${Share}${tracked} this past month`;
}

/**
 * The sentence for one habit, or null when there is nothing to show for it yet (nothing counted,
 * or fewer than `MIN_KEPT` kept).
 */
function sentenceFor(habit: EvidenceHabit, today: string): EvidenceSentence | null {
  const isArchived = habit.archivedAt !== null;
  const lastRecorded = habit.records.reduce<string | null>(
    (last, r) => (r.day <= today && (last === null || r.day > last) ? r.day : last),
    null,
  );
  if (lastRecorded === null) return null;
  // An archived habit is told as it stood when it was put away (its last recorded day), in the
  // past tense: putting a habit away is not missing it every day since.
  const asOf = isArchived ? lastRecorded : today;
  const kept = keptLately(habit, habit.records, asOf, habit.since);
  if (kept.counted === 0 || kept.kept < MIN_KEPT) return null;
  const what = doing(habit);
  const name = nameInSentence(habit.name);
  const sentence = isArchived
    ? `${when(kept, true, asOf)}, I ${what}: ${name}.`
    : `${when(kept, false, asOf)}, I have ${what}: ${name}.`;
  const target = describeTarget(habit.kind, habit.targetCount, habit.period);
  const detail = `Kept ${span(kept, isArchived)}, ${target}.`;
  const keptShare = kept.kept / kept.counted;
  return {
    habitId: habit.id,
    habitName: habit.name,
    sentence,
    detail,
    keptShare,
    isArchived,
  };
}

/**
 * The sentences offered for Part 2, one per habit with something kept to show: habits in use
 * first, each group by the share kept (highest first), then by name. `today` is the person's own day.
 */
export function evidenceSentences(
  habits: readonly EvidenceHabit[],
  today: string,
): EvidenceSentence[] {
  return habits
    .map((habit) => sentenceFor(habit, today))
    .filter((s): s is EvidenceSentence => s !== null)
    .sort(
      (a, b) =>
        Number(a.isArchived) - Number(b.isArchived) ||
        b.keptShare - a.keptShare ||
        a.habitName.localeCompare(b.habitName),
    );
}

/**
 * `sentence` added to the end of `text` as a sentence of its own: after a space, or on a new line
 * when the text ends with one; the whole text when it is empty. Pure, so Insert adds exactly this.
 */
export function insertSentence(text: string, sentence: string): string {
  if (text.trim() === '') return sentence;
  if (/\n\s*$/.test(text)) return `${text.replace(/\s*$/, '\n')}${sentence}`;
  return `${text.replace(/\s+$/, '')} ${sentence}`;
}
