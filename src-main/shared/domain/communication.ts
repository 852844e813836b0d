/**
 * Communication practice and contact with an ex, chosen or not: the choices a person picks from, in
 * the snake_case the database stores, with the words the app shows for them. Zod-free, so the
 * renderer can import it.
 */
import type { UnavoidableSituation } from './settings';

/** The skills a conversation (or a rehearsal) can practise. */
export const COMMUNICATION_SKILLS = [
  'listening',
  'i_statements',
  'expressing_a_need',
  'apology',
  'conflict_resolution',
  'setting_a_boundary',
  'calm_logistics',
  'repair_after_conflict',
] as const;
export type CommunicationSkill = (typeof COMMUNICATION_SKILLS)[number];

export const SKILL_LABELS: Readonly<Record<CommunicationSkill, string>> = {
  listening: 'Listening',
  i_statements: 'I-statements',
  expressing_a_need: 'Expressing a need',
  apology: 'Apology',
  conflict_resolution: 'Conflict resolution',
  setting_a_boundary: 'Setting a boundary',
  calm_logistics: 'Calm logistics',
  repair_after_conflict: 'Repair after conflict',
};

/**
 * The words for an entry's skill wherever one is listed (export, report): contact with the ex may
 * name none, because not every contact is practice, and those entries are said to name none
 * rather than left out, so totals still add up.
 */
export const NO_SKILL_NAMED = 'No skill named';

/** An entry's skill in words, or that it names none (contact with the ex only). */
export function skillLabel(skill: CommunicationSkill | null): string {
  return skill === null ? NO_SKILL_NAMED : SKILL_LABELS[skill];
}

/** Who the conversation was with; a rehearsal on one's own counts as practice too. */
export const COUNTERPARTS = [
  'ex',
  'co_parent',
  'housemate',
  'coworker_or_classmate',
  'friend',
  'family',
  'rehearsal_alone',
] as const;
export type Counterpart = (typeof COUNTERPARTS)[number];

export const COUNTERPART_LABELS: Readonly<Record<Counterpart, string>> = {
  ex: 'My ex',
  co_parent: 'Co-parent',
  housemate: 'Housemate',
  coworker_or_classmate: 'Coworker or classmate',
  friend: 'Friend',
  family: 'Family',
  rehearsal_alone: 'On my own (rehearsal)',
};

/**
 * Who an entry was with, as a phrase after what was practised ("Apology with my ex", "Apology, a
 * rehearsal on my own"): a rehearsal has no one to be "with".
 */
export function withWhom(counterpart: Counterpart): string {
  return counterpart === 'rehearsal_alone'
    ? 'a rehearsal on my own'
    : `with ${COUNTERPART_LABELS[counterpart].toLowerCase()}`;
}

/**
 * What brought contact with the ex about: either person reaching out is an honest answer beside
 * the situations that make contact unavoidable, so no one has to pick an excuse. In the order the
 * form offers them; the database's CHECK lists the same values (migration 003).
 */
export const CONTACT_CONTEXTS = [
  'i_reached_out',
  'they_reached_out',
  'co_parenting',
  'shared_home',
  'work_or_school',
  'other',
] as const;
export type ContactContext = (typeof CONTACT_CONTEXTS)[number];

export const CONTACT_CONTEXT_LABELS: Readonly<Record<ContactContext, string>> = {
  i_reached_out: 'I reached out',
  they_reached_out: 'They reached out',
  co_parenting: 'Co-parenting',
  shared_home: 'Shared home',
  work_or_school: 'Work or school',
  other: 'Other',
};

/**
 * A context's label inside a sentence ("2 contacts: I reached out 1, co-parenting 1"): lower case,
 * except the "I" a person says of themselves.
 */
export function contactContextInSentence(context: ContactContext): string {
  const label = CONTACT_CONTEXT_LABELS[context];
  return label.startsWith('I ') ? label : `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** Who reached out first: asked as that, never as who "started it", which is a fight's word. */
export const INITIATORS = ['me', 'them', 'mutual'] as const;
export type Initiator = (typeof INITIATORS)[number];

/**
 * Who reached out first, when what brought the contact about says it already ("I reached out" is
 * me, "They reached out" is them); null for the other contexts, where the form still asks.
 */
export function initiatorOfContext(context: ContactContext | null): Initiator | null {
  if (context === 'i_reached_out') return 'me';
  if (context === 'they_reached_out') return 'them';
  return null;
}

export const INITIATOR_LABELS: Readonly<Record<Initiator, string>> = {
  me: 'I did',
  them: 'They did',
  mutual: 'Both of us',
};

export const TONES = ['friendly', 'civil', 'tense', 'hostile'] as const;
export type Tone = (typeof TONES)[number];

export const TONE_LABELS: Readonly<Record<Tone, string>> = {
  friendly: 'Friendly',
  civil: 'Civil',
  tense: 'Tense',
  hostile: 'Hostile',
};

export const OUTCOMES = ['resolved', 'partly', 'not'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  resolved: 'Resolved',
  partly: 'Partly resolved',
  not: 'Not resolved',
};

/**
 * The fields a rehearsal on one's own does not have: no one else was there to reach out, to set a
 * tone, or to resolve anything with.
 */
export const NOT_FOR_A_REHEARSAL = ['initiatedBy', 'tone', 'outcome'] as const;
export type NotForARehearsal = (typeof NOT_FOR_A_REHEARSAL)[number];

/** How a person feels they handled it, 1 to 5; optional, and asked without a verdict. */
export const SELF_RATING_MIN = 1;
export const SELF_RATING_MAX = 5;
export const DO_DIFFERENTLY_MAX = 2000;
export const COMMUNICATION_NOTE_MAX = 5000;

/** The context each unavoidable situation (chosen in Settings) suggests for contact with the ex. */
export const CONTEXT_FOR_SITUATION: Readonly<Record<UnavoidableSituation, ContactContext>> = {
  children_together: 'co_parenting',
  living_together: 'shared_home',
  working_or_studying_together: 'work_or_school',
};

/**
 * The context to preselect when a person ticks "This was contact with my ex": the first of their
 * unavoidable situations, in the order Settings lists them; null when none applies, so nothing is
 * guessed for them.
 */
export function suggestedContactContext(
  situations: readonly UnavoidableSituation[],
): ContactContext | null {
  const [first] = situations;
  return first === undefined ? null : CONTEXT_FOR_SITUATION[first];
}
