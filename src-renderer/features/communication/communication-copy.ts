/**
 * Every sentence the Communication screen (and Today's conversation card) says, in one place so
 * they can be read together. Questions speak to the person ("you"); answers are theirs ("I", "my
 * ex"), as they would say them. Contact with the ex is neither praised nor blamed, chosen or not,
 * and nothing here promises how contact will go.
 */
import { deletedWithBackupsNote } from '../../app/backups-note';
import {
  withWhom,
  type Counterpart,
  type Initiator,
  type Tone,
} from '../../../src-main/shared/domain/communication';
import { isVeryLowEntry } from '../../../src-main/shared/support-signposts';
import { longDay } from '../../app/day-format';

export const SCREEN_TITLE = 'Communication';
export const SCREEN_LEAD = 'Practice counts, even a rehearsal on your own.';
export const SCREEN_INTRO =
  'Log conversations with anyone to look back on how they went. Contact with your ex belongs here too, ' +
  'whether you chose it or not. Your entries show how it goes, in your own words.';

/** Today's card that leads here. */
export const TODAY_CARD_TITLE = 'A conversation to log?';
export const TODAY_CARD_TEXT =
  'Practice counts, even a rehearsal on your own. Contact with your ex, chosen or not, belongs ' +
  'here too.';
export const LOG_A_CONVERSATION = 'Log a conversation';

/** Why the form could not suggest a context (ReadFailure's two halves). */
export const SITUATIONS_UNREAD = 'Your ties with your ex (from Settings)';
export const SITUATIONS_UNREAD_INSTEAD = 'the form does not suggest what brought contact about';

// The form.
export const FORM_TITLE_NEW = 'Log a conversation';
export const FORM_TITLE_EDIT = 'Change this conversation';
export const FORM_NAME_NEW = 'Log a conversation';
export const FORM_NAME_EDIT = 'Edit conversation';
export const WHO_QUESTION = 'Who was it with?';
export const CONTACT_CHECKBOX = 'This was contact with my ex';
export const CONTEXT_QUESTION = 'What brought it about?';
export const CONTEXT_FROM_SETTINGS = 'filled in from what you told Mending about your ties';
export const SKILL_QUESTION = 'What did you practise?';
/** Why the skill may be left out: an impulsive text at night was not practice. */
export const SKILL_OPTIONAL_FOR_CONTACT =
  '(optional for contact with your ex: not every contact is practice)';
/** The choice that leaves the skill out, offered only for contact with the ex. */
export const NO_SKILL_CHOICE = 'None in particular';
/** An entry's title in the list when it names no skill. */
export const CONTACT_WITHOUT_SKILL_TITLE = 'Contact with your ex';
export const DATE_LABEL = 'Date';
export const TIME_LABEL = 'Time';
export const INITIATOR_QUESTION = 'Who reached out first';
export const TONE_LABEL = 'Tone';
export const OUTCOME_LABEL = 'Outcome';
export const NOT_NOTED = 'Not noted';
/** Shown where tone and outcome would be, so fields do not vanish without a word. */
export const REHEARSAL_ASKS_LESS =
  'On your own there is no one to reach out first, and no tone or outcome to note.';
export const SELF_RATING_QUESTION = 'How do you feel you handled it?';
export const SELF_RATING_LOW = 'not how I wanted';
export const SELF_RATING_HIGH = 'as I wanted';
export const OPTIONAL = 'optional';
export const MOOD_BEFORE = 'Mood before';
export const MOOD_AFTER = 'Mood after';
export const DO_DIFFERENTLY_LABEL = 'What would you do differently next time?';
export const NOTE_LABEL = 'Note';
export const SAVE_NEW = 'Save conversation';
export const SAVE_EDIT = 'Save changes';
export const CANCEL = 'Cancel';

// What Undo's bar says.
export const SAVED_PRACTICE = 'Saved. Practice counts, every time.';
/** After contact with the ex, or a tense or hostile conversation: no cheer, and no verdict. */
export const SAVED_PLAIN = 'Saved.';
/** After a conversation that left the person very low (the same line as a very low mood entry). */
export const SAVED_GENTLY = 'Saved. Go gently with yourself.';

/** What a new entry's save says, read from what was recorded. */
export interface SavedReading {
  readonly isContactWithEx: boolean;
  readonly tone: Tone | null;
  readonly moodAfter: number | null;
}

/**
 * The words after a new entry is saved. Praise for practice suits a rehearsal or a calm talk,
 * but reads wrong beside contact with the ex (neither praised nor blamed here, chosen or not) or
 * after a tense or hostile exchange, where the safety line may stand beside it; and a mood after
 * that low (support-signposts' "very low") is met gently, not cheered.
 */
export function savedMessage(entry: SavedReading): string {
  if (entry.moodAfter !== null && isVeryLowEntry({ mood: entry.moodAfter, hurt: null })) {
    return SAVED_GENTLY;
  }
  if (entry.isContactWithEx || entry.tone === 'tense' || entry.tone === 'hostile') {
    return SAVED_PLAIN;
  }
  return SAVED_PRACTICE;
}
export const SAVED_EDIT = 'Your changes are saved.';
export const DELETED = deletedWithBackupsNote('Conversation deleted.');

// The list.
export const LIST_TITLE = 'Your conversations';
export const FILTERS_NAME = 'Filters';
export const FILTER_SKILL = 'Skill';
export const FILTER_ALL_SKILLS = 'All skills';
export const FILTER_WITH = 'With';
export const FILTER_ANYONE = 'Anyone';
export const FILTER_CONTACT_ONLY = 'Contact with my ex only';
export const SHOW_ALL = 'Show all';
export const SHOW_EARLIER = 'Show earlier conversations';
export const NEXT_TIME = 'Next time: ';
export const EDIT = 'Edit';
export const DELETE = 'Delete';

/**
 * How far back the list reaches, said of what it shows: the day of its oldest entry, never the
 * start of the span it read (a span reaching back to September says nothing about September).
 */
export function listSince(oldestShownDay: string): string {
  return `Since ${longDay(oldestShownDay)}.`;
}

/**
 * What an empty list says. `since` is the first day read; `hasEarlier` is true only when entries
 * before it are known to exist (and match the filters), so nothing is hinted that is not there.
 */
export function emptyListNote(since: string, isFiltered: boolean, hasEarlier: boolean): string {
  if (isFiltered) {
    return hasEarlier
      ? `None since ${longDay(since)} match these filters; earlier ones do.`
      : 'No conversations match these filters.';
  }
  return hasEarlier
    ? `None since ${longDay(since)}; your earlier conversations are one click away.`
    : 'Nothing here yet. Log your first conversation with the form on this page; a rehearsal on your own counts too.';
}

/** Who reached out first, as the person would say it on their own entry. */
export const REACHED_OUT_FIRST: Readonly<Record<Initiator, string>> = {
  me: 'I reached out first',
  them: 'They reached out first',
  mutual: 'We both reached out',
};

export function atTime(time: string): string {
  return `at ${time}`;
}

export function contactChip(contextLabel: string): string {
  return `Contact with my ex · ${contextLabel}`;
}

export function selfRatingDetail(rating: number, max: number): string {
  return `how I feel I handled it: ${rating} of ${max}`;
}

export function moodDetail(before: number | null, after: number | null): string {
  return `mood ${before ?? '–'} → ${after ?? '–'}`;
}

/**
 * An entry's name for screen readers and tests: what was practised, with whom, when; contact with
 * the ex that named no skill is called that (`skill` null).
 */
export function entryName(skill: string | null, counterpart: Counterpart, time: string): string {
  if (skill === null) return `${CONTACT_WITHOUT_SKILL_TITLE} at ${time}`;
  return counterpart === 'rehearsal_alone'
    ? `${skill}, ${withWhom(counterpart)}, at ${time}`
    : `${skill} ${withWhom(counterpart)} at ${time}`;
}
