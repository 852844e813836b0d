/**
 * What the report is built from: aggregated series read in SQL (`report-repo.ts`), plus the
 * person's own words only when the privacy level includes them. Plain, readonly data; the builder
 * is a pure function of it.
 */
import type {
  CommunicationSkill,
  ContactContext,
  Counterpart,
  Initiator,
  Outcome,
  Tone,
} from '../shared/domain/communication';
import type { HabitKind, HabitPeriod } from '../shared/domain/habits';
import type { ReportPrivacy } from '../shared/domain/report';
import type { DayRecord } from '../shared/habit-strength';

import type { Stage } from '../shared/domain/stages';

// The report's stages are the journey's, declared once in the shared layer.
export { STAGES, STAGE_LABELS, type Stage } from '../shared/domain/stages';

/** One day's mood, averaged in SQL over that day's entries. */
export interface MoodDay {
  readonly day: string;
  readonly average: number;
  readonly entries: number;
  /** The day's average of "how much does it hurt right now" (0-10), when any entry rated it. */
  readonly hurt: number | null;
}

export interface MoodNote {
  readonly day: string;
  /** `HH:MM` on the clock of the zone the entry was made in. */
  readonly time: string;
  readonly mood: number;
  readonly text: string;
}

export interface EmotionCount {
  readonly tag: string;
  readonly count: number;
  /** A word the person added themselves (free text), rather than one from the fixed list. */
  readonly isOwnWord: boolean;
}

export interface MoodData {
  /** Days with at least one entry in the period, oldest first. */
  readonly days: readonly MoodDay[];
  readonly entryCount: number;
  readonly emotions: readonly EmotionCount[];
  /** Notes written in the period, oldest first; always empty at the summary level. */
  readonly notes: readonly MoodNote[];
}

export interface HabitData {
  readonly id: number;
  /** The person's name for the habit; null at the summary level. */
  readonly name: string | null;
  readonly kind: HabitKind;
  readonly targetCount: number;
  readonly period: HabitPeriod;
  /** The UTC day it was created and archived (habits keep no zone for these). */
  readonly createdDay: string;
  readonly archivedDay: string | null;
  /** Every check-in and skip up to the end of the period: the score depends on all of them. */
  readonly records: readonly DayRecord[];
  /** Check-in notes in the period, oldest first; always empty at the summary level. */
  readonly notes: readonly { readonly day: string; readonly text: string }[];
}

/** Communication entries grouped in SQL by day and by everything the charts split them by. */
export interface CommunicationGroup {
  readonly day: string;
  readonly skill: CommunicationSkill | null;
  readonly counterpart: Counterpart;
  readonly outcome: Outcome | null;
  readonly tone: Tone | null;
  readonly isContactWithEx: boolean;
  readonly contactContext: ContactContext | null;
  /** Who reached out first, for contact with the ex; null when not said. */
  readonly initiatedBy: Initiator | null;
  readonly entries: number;
  readonly ratingSum: number;
  readonly ratings: number;
}

export interface CommunicationNote {
  readonly day: string;
  readonly time: string;
  readonly skill: CommunicationSkill | null;
  readonly counterpart: Counterpart;
  readonly outcome: Outcome | null;
  readonly tone: Tone | null;
  readonly doDifferently: string | null;
  readonly note: string | null;
}

export interface CommunicationData {
  readonly groups: readonly CommunicationGroup[];
  /** Entries with something written, oldest first; always empty at the summary level. */
  readonly notes: readonly CommunicationNote[];
}

export interface StageChange {
  readonly stage: Stage;
  /** The local day of the change, in the zone it was made in. */
  readonly day: string;
  /** Why, in the person's words; null at the summary level. */
  readonly reason: string | null;
  readonly wasSuggested: boolean;
}

export interface Reflection {
  readonly day: string;
  readonly kind: string;
  readonly stage: Stage | null;
  /** The answers as saved (parsed JSON); null at the summary level. */
  readonly answers: unknown;
}

export interface ReportData {
  /** The period the report covers (it starts no earlier than the first record). */
  readonly from: string;
  readonly to: string;
  readonly privacy: ReportPrivacy;
  /** Names to replace with "[name]"; used at the therapist level only. */
  readonly redactions: readonly string[];
  /** The first day anything was recorded in the app, in or before the period; null if none. */
  readonly firstRecordDay: string | null;
  readonly mood: MoodData;
  readonly habits: readonly HabitData[];
  readonly communication: CommunicationData;
  /** Every stage change up to the end of the period, oldest first. */
  readonly stages: readonly StageChange[];
  /** Reflections written in the period, oldest first. */
  readonly reflections: readonly Reflection[];
  /**
   * Days with mood in the 4 weeks before `to` that fall before the period, for "Where you are
   * now", whose windows end on `to` and may begin before a short period does; empty when the
   * period covers them.
   */
  readonly moodBeforePeriod: readonly MoodDay[];
  /** Apology rehearsals logged up to the end of the period (practice with anyone but the ex). */
  readonly apologyRehearsals: number;
  /** The breakup day the person gave in Settings, if any: time spent healing counts from it. */
  readonly breakupDay: string | null;
  /**
   * The latest honest reflection up to the end of the period, for "Where you are now": its day,
   * its answers as saved (null at the summary level) and how many times it was answered by then.
   */
  readonly honestReflection: {
    readonly day: string;
    readonly answers: unknown;
    readonly times: number;
  } | null;
}
