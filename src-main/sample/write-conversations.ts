import type Database from 'better-sqlite3';
import {
  createCommunicationRepo,
  type CommunicationEntryRecord,
} from '../db/repositories/communication-repo';
import {
  COMMUNICATION_SKILLS,
  type CommunicationSkill,
  type ContactContext,
  type Counterpart,
  type Initiator,
  type Outcome,
  type Tone,
} from '../shared/domain/communication';
import type { UnavoidableSituation } from '../shared/domain/settings';
import type { JourneyPlan } from './journey-plan';
import type { DayState } from './mood-curve';
import { clamp, type Random } from './random';
import { CONVERSATION_NOTES, DO_DIFFERENTLY } from './sample-words';
import { clockTime, type Timeline } from './timeline';
import { zoneOn, type Trip } from './write-mood';

const EVERYDAY_PEOPLE: readonly Counterpart[] = [
  'friend',
  'friend',
  'family',
  'coworker_or_classmate',
  'housemate',
];
const CONTACT_SKILLS: readonly CommunicationSkill[] = [
  'calm_logistics',
  'setting_a_boundary',
  'listening',
  'i_statements',
];
const TOGETHER_SKILLS: readonly CommunicationSkill[] = [
  'conflict_resolution',
  'repair_after_conflict',
  'expressing_a_need',
  'i_statements',
  'listening',
];

/** What contact with the ex looks like for this person, on a day of the history. */
interface ContactShape {
  readonly share: number;
  readonly context: ContactContext;
  readonly counterpart: Counterpart;
}

/** The unavoidable contact each situation brings, for as long as it lasts. */
function unavoidableContact(
  situations: readonly UnavoidableSituation[],
  n: number,
): ContactShape | null {
  if (situations.includes('children_together')) {
    return { share: 0.35, context: 'co_parenting', counterpart: n % 2 === 0 ? 'ex' : 'co_parent' };
  }
  if (situations.includes('working_or_studying_together')) {
    return { share: 0.25, context: 'work_or_school', counterpart: 'ex' };
  }
  // Living together ends when one of them moves out, a couple of months in.
  if (situations.includes('living_together') && n < 60) {
    return { share: 0.5, context: 'shared_home', counterpart: 'ex' };
  }
  return null;
}

/**
 * A conversation's tone: strained early and in bad weeks, calmer as healing comes, and never
 * only calm (people who get on well still have tense days). `warmer` lowers the strain for
 * people who are easier to talk to than an ex in the first months.
 */
function toneFor(state: DayState, random: Random, warmer: number): Tone {
  const strain = clamp(
    0.2 + (1 - state.healed) + (state.badDepth > 0 ? 0.4 : 0) - warmer,
    0.1,
    1.3,
  );
  const roll = random.next();
  if (roll < 0.12 * strain) return 'hostile';
  if (roll < 0.45 * strain) return 'tense';
  return random.chance(0.5) ? 'civil' : 'friendly';
}

function outcomeFor(tone: Tone, random: Random): Outcome {
  const good = tone === 'friendly' ? 0.75 : tone === 'civil' ? 0.55 : tone === 'tense' ? 0.25 : 0.1;
  if (random.chance(good)) return 'resolved';
  return random.chance(0.6) ? 'partly' : 'not';
}

/**
 * Several conversations a week, every week: with friends, family, coworkers and housemates
 * (practising a skill each time), rehearsals on one's own (the apology, while writing it), and
 * contact with the ex, as the person's situations make it unavoidable or as either of them
 * reaches out. Tones turn calmer and outcomes better as healing comes; the ratings follow.
 * Nothing is written on the last day, which may still be under way.
 */
export function writeConversations(
  db: Database.Database,
  timeline: Timeline,
  states: readonly DayState[],
  trips: readonly Trip[],
  situations: readonly UnavoidableSituation[],
  journey: JourneyPlan | null,
  random: Random,
): number {
  const repo = createCommunicationRepo(db);
  const together = journey?.answer === 'yes' ? journey.answerDay : null;
  let written = 0;
  for (let n = 0; n < timeline.days - 1; n += 1) {
    const state = states[n];
    if (state === undefined) break;
    const isRehearsing = journey !== null && n >= journey.apologyBegun && n < journey.answerDay;
    // The first day of writing the apology always has a rehearsal: the builder asks for one.
    const mustRehearse = journey !== null && n === journey.apologyBegun + 1;
    const count = mustRehearse ? 1 : random.chance(0.5) ? (random.chance(0.15) ? 2 : 1) : 0;
    for (let i = 0; i < count; i += 1) {
      const zone = zoneOn(n, trips, timeline.timeZone);
      const record =
        mustRehearse || (isRehearsing && random.chance(0.4))
          ? rehearsal(random)
          : together !== null && n > together && random.chance(0.45)
            ? contact(
                state,
                random,
                { share: 1, context: 'other', counterpart: 'ex' },
                TOGETHER_SKILLS,
                0.3,
              )
            : conversation(n, state, situations, random);
      const minutes = record.isLateText
        ? random.int(22 * 60, 22 * 60 + 59)
        : random.int(8 * 60, 21 * 60 + 59);
      const occurredAt = timeline.at(n, clockTime(minutes), zone);
      repo.insert(
        { ...record.fields, occurredAt, timeZone: zone, day: timeline.dayAt(n) },
        occurredAt,
      );
      written += 1;
    }
  }
  return written;
}

type EntryFields = Omit<CommunicationEntryRecord, 'occurredAt' | 'timeZone' | 'day'>;

interface Planned {
  readonly fields: EntryFields;
  /** A text sent late at night, on impulse. */
  readonly isLateText: boolean;
}

function rehearsal(random: Random): Planned {
  return {
    fields: {
      skill: 'apology',
      counterpart: 'rehearsal_alone',
      isContactWithEx: false,
      contactContext: null,
      initiatedBy: null,
      tone: null,
      selfRating: random.int(2, 5),
      outcome: null,
      moodBefore: null,
      moodAfter: null,
      doDifferently: random.chance(0.4) ? random.pick(DO_DIFFERENTLY) : null,
      note: null,
    },
    isLateText: false,
  };
}

function conversation(
  n: number,
  state: DayState,
  situations: readonly UnavoidableSituation[],
  random: Random,
): Planned {
  const unavoidable = unavoidableContact(situations, n);
  if (unavoidable !== null && random.chance(unavoidable.share)) {
    return contact(state, random, unavoidable, CONTACT_SKILLS, 0);
  }
  // Reaching out, either way, happens most in the first months and fades.
  if (random.chance(0.12 * (1 - state.healed) + 0.01)) {
    const isMine = random.chance(0.55);
    const shape: ContactShape = {
      share: 1,
      context: isMine ? 'i_reached_out' : 'they_reached_out',
      counterpart: 'ex',
    };
    return contact(state, random, shape, CONTACT_SKILLS, 0, isMine && random.chance(0.5));
  }
  const tone = toneFor(state, random, 0.3);
  const outcome = outcomeFor(tone, random);
  return {
    fields: {
      skill: random.pick(COMMUNICATION_SKILLS),
      counterpart: random.pick(EVERYDAY_PEOPLE),
      isContactWithEx: false,
      contactContext: null,
      initiatedBy: random.chance(0.8) ? random.pick(['me', 'them', 'mutual'] as const) : null,
      tone,
      selfRating: rating(state, random),
      outcome,
      ...moods(state, tone, random),
      doDifferently: outcome === 'not' && random.chance(0.4) ? random.pick(DO_DIFFERENTLY) : null,
      note: random.chance(0.1) ? random.pick(CONVERSATION_NOTES) : null,
    },
    isLateText: false,
  };
}

/**
 * Contact with the ex. A late text sent on impulse practises no skill (the app never asks it to);
 * who reached out first is left out when what brought it about says it already.
 */
function contact(
  state: DayState,
  random: Random,
  shape: ContactShape,
  skills: readonly CommunicationSkill[],
  warmer: number,
  isLateText = false,
): Planned {
  const tone = toneFor(state, random, warmer);
  const outcome = outcomeFor(tone, random);
  const saysWho = shape.context === 'i_reached_out' || shape.context === 'they_reached_out';
  const initiatedBy: Initiator | null = saysWho
    ? null
    : random.pick(['me', 'them', 'mutual'] as const);
  return {
    fields: {
      skill: isLateText ? null : random.pick(skills),
      counterpart: shape.counterpart,
      isContactWithEx: true,
      contactContext: shape.context,
      initiatedBy,
      tone,
      selfRating: isLateText ? random.int(1, 2) : rating(state, random),
      outcome: isLateText ? null : outcome,
      ...moods(state, tone, random),
      doDifferently:
        isLateText || tone === 'tense' || tone === 'hostile'
          ? random.chance(0.5)
            ? random.pick(DO_DIFFERENTLY)
            : null
          : null,
      note: random.chance(0.1) ? random.pick(CONVERSATION_NOTES) : null,
    },
    isLateText,
  };
}

function rating(state: DayState, random: Random): number | null {
  if (random.chance(0.15)) return null;
  return Math.round(clamp(2 + 2.4 * state.healed + random.normal() * 0.8, 1, 5));
}

/** Mood before and after, asked about half the time: calm talks lift it, hard ones lower it. */
function moods(
  state: DayState,
  tone: Tone,
  random: Random,
): { moodBefore: number | null; moodAfter: number | null } {
  if (random.chance(0.5)) return { moodBefore: null, moodAfter: null };
  const before = Math.round(clamp(state.level + random.normal(), 1, 10));
  const shift = tone === 'friendly' ? 1 : tone === 'civil' ? 0.3 : tone === 'tense' ? -1 : -2;
  return {
    moodBefore: before,
    moodAfter: Math.round(clamp(before + shift + random.normal() * 0.7, 1, 10)),
  };
}
