import { instantOfWallTime, wallTimeOf } from '../../../../src-main/shared/calendar';
import type { TrustCheckin, TrustCheckinInput } from '../../../../src-main/shared/ipc-contract';

/** What the check-in form holds while a person fills it in: dates as typed, null for no answer. */
export interface TrustDraft {
  readonly day: string;
  readonly time: string;
  readonly timeZone: string;
  readonly trust: number | null;
  readonly tension: number | null;
  readonly note: string;
}

export function emptyDraft(now: Date, timeZone: string): TrustDraft {
  const { day, time } = wallTimeOf(now.toISOString(), timeZone);
  return { day, time, timeZone, trust: null, tension: null, note: '' };
}

/** A check-in's fields, shown on the clock of the zone it was recorded in. */
export function draftFromCheckin(checkin: TrustCheckin): TrustDraft {
  const { day, time } = wallTimeOf(checkin.occurredAt, checkin.timeZone);
  return {
    day,
    time,
    timeZone: checkin.timeZone,
    trust: checkin.trust,
    tension: checkin.tension,
    note: checkin.note ?? '',
  };
}

/**
 * Turns the draft into a request. It does not judge the values: the contract does (before sending
 * and again in main), and its messages are shown next to the fields.
 */
export function inputFromDraft(draft: TrustDraft): TrustCheckinInput {
  const hasWhen = /^\d{4}-\d{2}-\d{2}$/.test(draft.day) && /^\d{2}:\d{2}$/.test(draft.time);
  return {
    occurredAt: hasWhen ? instantOfWallTime(draft.day, draft.time, draft.timeZone) : '',
    timeZone: draft.timeZone,
    // A question left unanswered is sent as NaN so that the contract names it and its range.
    trust: draft.trust ?? Number.NaN,
    tension: draft.tension ?? Number.NaN,
    note: draft.note,
  };
}
