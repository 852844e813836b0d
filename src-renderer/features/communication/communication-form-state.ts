import { instantOfWallTime, wallTimeOf } from '../../../src-main/shared/calendar';
import {
  initiatorOfContext,
  type CommunicationSkill,
  type ContactContext,
  type Counterpart,
  type Initiator,
  type Outcome,
  type Tone,
} from '../../../src-main/shared/domain/communication';
import type {
  CommunicationEntry,
  CommunicationEntryInput,
} from '../../../src-main/shared/ipc-contract';

/**
 * What the form holds while a person fills it in: text as typed, '' for a choice not made, null
 * for a number not chosen on its scale.
 */
export interface CommunicationDraft {
  readonly day: string;
  readonly time: string;
  readonly timeZone: string;
  readonly skill: CommunicationSkill | '';
  readonly counterpart: Counterpart | '';
  readonly isContactWithEx: boolean;
  readonly contactContext: ContactContext | '';
  readonly initiatedBy: Initiator | '';
  readonly tone: Tone | '';
  readonly outcome: Outcome | '';
  readonly selfRating: number | null;
  readonly moodBefore: number | null;
  readonly moodAfter: number | null;
  readonly doDifferently: string;
  readonly note: string;
}

export function emptyDraft(now: Date, timeZone: string): CommunicationDraft {
  const { day, time } = wallTimeOf(now.toISOString(), timeZone);
  return {
    day,
    time,
    timeZone,
    skill: '',
    counterpart: '',
    isContactWithEx: false,
    contactContext: '',
    initiatedBy: '',
    tone: '',
    outcome: '',
    selfRating: null,
    moodBefore: null,
    moodAfter: null,
    doDifferently: '',
    note: '',
  };
}

/** An entry's fields, shown on the clock of the zone it was recorded in. */
export function draftFromEntry(entry: CommunicationEntry): CommunicationDraft {
  const { day, time } = wallTimeOf(entry.occurredAt, entry.timeZone);
  return {
    day,
    time,
    timeZone: entry.timeZone,
    skill: entry.skill ?? '',
    counterpart: entry.counterpart,
    isContactWithEx: entry.isContactWithEx,
    contactContext: entry.contactContext ?? '',
    initiatedBy: entry.initiatedBy ?? '',
    tone: entry.tone ?? '',
    outcome: entry.outcome ?? '',
    selfRating: entry.selfRating,
    moodBefore: entry.moodBefore,
    moodAfter: entry.moodAfter,
    doDifferently: entry.doDifferently ?? '',
    note: entry.note ?? '',
  };
}

/** The context only counts while the box is ticked; unticking keeps it for re-ticking. */
export function contactContextOf(draft: CommunicationDraft): ContactContext | null {
  return draft.isContactWithEx ? draft.contactContext || null : null;
}

/**
 * Turns what was typed into a request. It does not judge the values: the main process validates
 * every request against the contract and its messages are shown next to the fields.
 */
export function inputFromDraft(draft: CommunicationDraft): CommunicationEntryInput {
  const hasWhen = /^\d{4}-\d{2}-\d{2}$/.test(draft.day) && /^\d{2}:\d{2}$/.test(draft.time);
  return {
    occurredAt: hasWhen ? instantOfWallTime(draft.day, draft.time, draft.timeZone) : '',
    timeZone: draft.timeZone,
    // A choice not made yet is sent as '' on purpose: the contract refuses it and names the
    // field, with the same words whoever calls it, so the form keeps no rules of its own.
    // Contact with the ex may name no skill (not every contact is practice): that is sent as null.
    skill: draft.isContactWithEx && draft.skill === '' ? null : (draft.skill as CommunicationSkill),
    counterpart: draft.counterpart as Counterpart,
    isContactWithEx: draft.isContactWithEx,
    contactContext: contactContextOf(draft),
    // "I reached out" / "They reached out" already say who reached out first: the form does not
    // ask, so an answer chosen before the context changed is not sent to contradict it.
    initiatedBy:
      initiatorOfContext(contactContextOf(draft)) === null ? draft.initiatedBy || null : null,
    tone: draft.tone || null,
    outcome: draft.outcome || null,
    selfRating: draft.selfRating,
    moodBefore: draft.moodBefore,
    moodAfter: draft.moodAfter,
    doDifferently: draft.doDifferently,
    note: draft.note,
  };
}
