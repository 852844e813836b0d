/**
 * The Apologize part's words. Written to be read by someone who may be about to do one of the
 * hardest things in a breakup: plain, warm, gender-neutral, no promise that the ex comes back, and
 * a "no" respected as an answer, never counted as a failure (../shared/article.txt: healing is the
 * one certain outcome).
 */
import {
  COUNTERPART_LABELS,
  OUTCOME_LABELS,
  type Counterpart,
  type Outcome,
} from '../../../../src-main/shared/domain/communication';
import { STAGE_LABELS, type Stage } from '../../../../src-main/shared/domain/stages';
import {
  suggestedStageAfter,
  type ApologyAnswer,
  type ApologyPart,
} from '../../../../src-main/shared/journey/apology';
import { formatCount, longDay, shortDay } from '../../../app/day-format';
import { supportHref } from '../../support/support-copy';

// Words shared with the progress report, so a draft reads the same in both.
export {
  AFTER_APOLOGY_ANSWER as AFTER_ANSWER,
  APOLOGY_PART_LABELS as PART_LABELS,
  APOLOGY_STATUS_DRAFT as STATUS_DRAFT,
  APOLOGY_STATUS_GIVEN as STATUS_GIVEN,
  APOLOGY_STATUS_READY as STATUS_READY,
} from '../../../../src-main/shared/journey/apology';

export const TITLE = 'Apologize';
export const LEAD =
  'If you choose to apologize, this is a quiet place to write it first, in your own words and at your own pace.';
export const INTRO =
  'The apology has three parts. You can keep as many drafts as you like and come back to any of them. The app sends nothing to anyone: you give the apology yourself, if and when you choose, and your drafts leave this app only in a report or export you make. Whatever answer comes, the healing you have done stays yours.';

/**
 * Said before Part 1, for anyone whose ex was abusive: an apology is never owed to someone who
 * frightened or controlled you, and reaching out can put a person at risk. The link opens the
 * Support page's part about unsafe contact.
 */
export const SAFETY_NOTE =
  'If your ex ever frightened, threatened, hurt or controlled you, you do not owe them an apology, and reaching out may not be safe. None of it is your fault.';
export const SAFETY_LINK = 'Support for when contact is unsafe';
export const SAFETY_HREF = supportHref('unsafe-contact');

/** Beside the save buttons: saving a draft sends nothing, and a night's rest can help. */
export const NOT_SENDING =
  'Writing a draft is not sending it. If it is late at night, let it rest until morning.';

export const NEW_DRAFT_TITLE = 'A new draft';
export const draftTitle = (day: string) => `Your draft of ${longDay(day)}`;
export const startedFrom = (day: string) => `Started from your draft of ${longDay(day)}.`;

export const PART_PROMPTS: Readonly<Record<ApologyPart, string>> = {
  owning:
    'If there is something you want to own, say it plainly, without a “but”, and say their feelings about it make sense.',
  changes:
    'Say sorry, and name what you are doing differently now: real examples from your life, not promises.',
  tryAgain: 'If you want to try again, say so once, and say you will accept a no.',
};

export const EVIDENCE_TITLE = 'From your habits';
export const EVIDENCE_HINT =
  'Sentences from what you have recorded, in words rather than numbers. Insert any you like into Part 2, then change the words as you wish. The numbers under each are for you.';
export const EVIDENCE_NONE =
  'Once a habit has a few days kept, a sentence about it shows here for you to use.';
export const INSERT = 'Insert';
export const insertName = (sentence: string) => `Insert into Part 2: ${sentence}`;
export const INSERTED = 'In Part 2';
export const insertedName = (sentence: string) => `Already in Part 2: ${sentence}`;
export const ARCHIVED_NOTE = 'A habit you have put away.';
/**
 * The numbers behind a sentence, for the person only, under it: "Kept on 24 of the last 28 days,
 * at least 1 a day." The sentence itself, which may go to the ex, carries none.
 */
export const forYou = (detail: string, isArchived: boolean) =>
  isArchived ? `${detail} ${ARCHIVED_NOTE}` : detail;

export const SAVE = 'Save draft';
export const SAVE_READY = 'Save and mark ready';
export const SAVING = 'Saving…';
export const START_NEW = 'Start a new draft';
export const READY_NOTE =
  'Marked ready. You can still change the words until you record how it went.';

export const SAVED = 'Draft saved.';
export const SAVED_READY = 'Draft saved and marked ready.';
export const SAVED_NO_LONGER_READY =
  'Draft saved. A part is empty now, so it is no longer marked ready.';
export const DELETED = 'Draft deleted.';
export const OPENED_COPY =
  'A new draft, started from an earlier one. The earlier draft is kept as it was.';

export const DRAFTS_TITLE = 'Your drafts';
export const DRAFTS_NONE = 'No drafts yet. Each one you save is kept here, with its date.';
export const DRAFTS_UNREAD = 'Your drafts';
export const DRAFTS_UNREAD_INSTEAD = 'none can be shown just now';
export const unreadableDraft = (day: string) =>
  `A draft from ${longDay(day)} could not be read, so it is not shown. It has not been deleted.`;
/** The line under a given draft: "They said no on Monday 30 November 2026." */
export const answeredOn = (answer: ApologyAnswer, day: string) =>
  `${capitalised(ANSWER_WORDS[answer])} on ${longDay(day)}.`;
export const OPEN = 'Open';
export const NEW_FROM = 'Start a new draft from this one';
export const DELETE = 'Delete';
export const READ_WORDS = 'Read the words you gave';
export const draftName = (day: string) => `Draft of ${longDay(day)}`;
/** One of several drafts of one day, in the order they were started: "Draft 2 of …". */
export const numberedDraftName = (n: number, day: string) => `Draft ${n} of ${longDay(day)}`;

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

const ANSWER_WORDS: Readonly<Record<ApologyAnswer, string>> = {
  yes: 'they said yes',
  not_now: 'they said not now',
  no: 'they said no',
};

/**
 * A ready draft asks nothing about an answer until the person says they gave it: "How did it go?"
 * beside a draft not yet given would presume it was sent.
 */
export const GAVE_IT = 'I gave this apology';
export const NOT_GIVEN_YET = 'I have not given it yet';
export const OUTCOME_TITLE = 'How did it go?';
export const OUTCOME_HINT =
  'Whenever you hear back, you can record their answer here. It is theirs to give, in their own time.';
export const ANSWER_LEGEND = 'What they said';
export const ANSWER_DAY = 'The day they answered';

/** What the app says about each answer before it is recorded, and where it suggests going. */
export const ANSWER_WORDS_BEFORE: Readonly<Record<ApologyAnswer, string>> = {
  yes: 'They said yes. Take it slow from here: trust takes time to rebuild, and some tension along the way is normal; fear is not.',
  not_now:
    '“Not now” is an answer to respect. You did something hard and honest, and the healing you have done stays yours. Heal & Grow is about keeping it going, for yourself.',
  no: 'A “no” is an answer to respect, and it is not a failure. You did something hard and honest. The healing you have done is real and stays with you; Heal & Grow is about keeping it going, for yourself.',
};

/** The one plain button that records the answer and takes the suggested move. */
export const recordAndMove = (answer: ApologyAnswer) =>
  `Record it and move to ${STAGE_LABELS[suggestedStageAfter(answer)]}`;
export const RECORD_ONLY = 'Record it and stay where I am';
export const MOVE_IS_YOURS =
  'Moving is a suggestion, never a must: you can change your stage at any time on the Journey overview.';

export const recorded = (answer: ApologyAnswer, hasMoved: boolean) =>
  `Recorded: ${ANSWER_WORDS[answer]}.${hasMoved ? ` Moved to ${STAGE_LABELS[suggestedStageAfter(answer)]}.` : ''}`;

/**
 * What the part says first once the newest draft has its answer, so that the page does not open
 * on an empty form inviting another apology: the answer is acknowledged, the healing named, and
 * the next part pointed to. Writing again stays one click away.
 */
export const AFTER_ANSWER_TITLE: Readonly<Record<ApologyAnswer, string>> = {
  yes: 'They said yes',
  not_now: 'They said not now',
  no: 'They said no',
};
export const AFTER_ANSWER_WORDS: Readonly<Record<ApologyAnswer, string>> = {
  yes: 'That is a beginning, not a finish line. Trust comes back slowly, and some tension along the way is normal; fear is not. Take it Slow is the part for what comes next.',
  not_now:
    'That took courage, and you gave it honestly. A “not now” is theirs to give, and it is all right to let it be. The healing you have done is yours and it goes on; Heal & Grow is about keeping it going, for yourself.',
  no: 'That took courage, and you gave it honestly. A “no” is theirs to give, and it is all right to let it stand. The healing you have done is yours and it goes on; Heal & Grow is about keeping it going, for yourself.',
};
export const AFTER_ANSWER_LINK: Readonly<Record<ApologyAnswer, { label: string; href: string }>> = {
  yes: { label: 'Go to Take it Slow', href: '#/journey?part=slow' },
  not_now: { label: 'See where you are', href: '#/journey?part=overview' },
  no: { label: 'See where you are', href: '#/journey?part=overview' },
};
/** After a yes only: after a "not now" or a "no", writing again is never offered as the next step. */
export const WRITE_AGAIN = 'Write a new draft';

/**
 * After a "not now" or a "no": what respecting it means, said plainly, and that the drafts stay
 * for rereading. No way on to another apology is offered here.
 */
export const RESPECTING: Readonly<Record<'not_now' | 'no', string>> = {
  not_now:
    'Respecting a “not now” means leaving the next step with them: not asking again or trying to change their mind.',
  no: 'Respecting a no means not asking again or trying to change their mind.',
};
export const DRAFTS_STAY = 'Your drafts stay here if you want to reread them.';
/**
 * In the drafts list once the newest draft has its "not now" or "no": writing is still there, as
 * something for the person themselves, never as a next try.
 */
export const WRITE_FOR_YOURSELF =
  'Writing can help, even when it is never given. If you would like to write for yourself, you can start a new draft.';

export const REHEARSALS_TITLE = 'Rehearsals';
export const REHEARSALS_HINT =
  'Saying it aloud first, on your own or to someone you trust, can help. A rehearsal you log with “Apology” as the skill shows here; the link below opens one with it chosen.';
/** After a "not now" or a "no": the practice kept, and its worth beyond this apology. */
export const REHEARSALS_HINT_AFTER_NO =
  'The times you practised saying it. Practising how you speak and listen helps in every relationship, whatever happens with this one.';
export const LOG_REHEARSAL = 'Log a rehearsal';
/** Opens a fresh conversation form with "Apology" chosen as its skill. */
export const LOG_REHEARSAL_HREF = '#/communication?new=1&skill=apology';
export const REHEARSALS_NONE = 'No rehearsals logged yet.';

/** Under the list when only the newest are shown: where the rest are, with no judgement of the number. */
export const rehearsalsNotListed = (shown: number, total: number) =>
  `These are your ${formatCount(shown)} newest of ${formatCount(total)} rehearsals. The Communication screen lists every one.`;

/** Who a rehearsal was with: "On my own (rehearsal)", "Friend". */
export const rehearsalWith = (counterpart: Counterpart) => COUNTERPART_LABELS[counterpart];

/** How a rehearsal went, in the words the person gave; empty when they gave none. */
export function rehearsalWent(selfRating: number | null, outcome: Outcome | null): string {
  const parts: string[] = [];
  // "You noted", not "you rated how you handled it": the person's own note, not a judgement.
  if (selfRating !== null) parts.push(`you noted ${selfRating} of 5`);
  if (outcome !== null) parts.push(OUTCOME_LABELS[outcome].toLowerCase());
  return parts.join(' · ');
}

export const rehearsalDay = (day: string) => shortDay(day);

export const EVIDENCE_UNREAD_INSTEAD = 'no sentences from your habits are offered';

/**
 * A word about where the person is, when it is not Apologize: never a lock, only where they stand.
 * Null in Apologize itself, where the part speaks for itself.
 */
export function stageNote(stage: Stage): string | null {
  switch (stage) {
    case 'heal_yourself':
    case 'decide':
      return `You are in ${STAGE_LABELS[stage]} for now. You can write here whenever you like; there is no hurry, and the Decide part is there to look honestly at whether getting back together makes sense at all.`;
    case 'apologize':
      return null;
    case 'take_it_slow':
    case 'heal_and_grow':
      return `You are in ${STAGE_LABELS[stage]} now. Your drafts stay here, for as long as you want them.`;
    default: {
      const unhandled: never = stage;
      return unhandled;
    }
  }
}
