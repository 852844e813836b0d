/**
 * Every sentence the Decide worksheet says, in one place, so its voice can be read in one sitting.
 * Written to be read aloud to a hurting friend: no blame, no promise that the ex will come back,
 * no countdown; Move on is healing, never failure, and both paths are good paths (except after
 * something unsafe, when only the safe path is put forward). The worksheet suggests; the person
 * chooses.
 */
import {
  PATH_LABELS,
  PATH_STAGES,
  STAGE_LABELS,
  type JourneyPath,
} from '../../../../src-main/shared/domain/stages';
import type { SuggestionReason } from '../../../../src-main/shared/journey/decide-rules';
import { formatDay } from '../../../app/day-format';
import { supportHref } from '../../support/support-copy';

// The questions and answers' words, shared with the progress report so both say the same.
export {
  CHANGE_NOTE_LABEL,
  CHANGES_LEGEND,
  DEAL_BREAKER_LABELS,
  DEAL_BREAKERS_LEGEND,
  FAULT_LABELS,
  FAULT_LEGEND,
  NO_CONTACT_LABELS,
  NO_CONTACT_LEGEND,
  NONE_OF_THESE,
  SAFETY_LABELS,
  SAFETY_LEGEND,
  WILLING_LABELS,
  WILLING_LEGEND,
} from '../../../../src-main/shared/journey/decide-words';

/** "3 December 2026" (the locale's order), the same in every zone. */
export function dayWords(day: string): string {
  return formatDay(day, { day: 'numeric', month: 'long', year: 'numeric' });
}

export const TITLE = 'Decide, honestly';

export const LEAD =
  'A quiet, honest look at whether getting back together makes sense. The worksheet suggests a ' +
  'path and you choose. Your healing counts whichever way you go.';

export const SAFETY_HINT = 'Even once, even if it seemed small at the time.';
export const FAULT_HINT = 'There is no wrong answer, and it can change.';

export const DEAL_BREAKERS_HINT = 'pick any that apply';
export const CHANGES_HINT = 'Tick any habit that shows a change you have made (optional).';
export const NO_HABITS =
  'Habits you build or break on the Habits screen can show here as evidence of what you changed.';
export const HABITS_LINK = 'Go to Habits';
export const HABITS_UNREAD = 'Your habits';
export const HABITS_UNREAD_INSTEAD = 'only the habits this worksheet kept are shown';

/** Evidence as it stood on the day it was picked: "As of 3 December 2026: 62% strength." */
export function evidenceAsOf(day: string, words: string): string {
  return `As of ${dayWords(day)}: ${words}`;
}

/** A habit no longer in the list (archived since), kept on the worksheet as it was. */
export const ARCHIVED_SINCE = 'archived since';

export const SUGGESTION_TITLE = 'What this worksheet suggests';

/** Said of Reconcile whenever the worksheet suggests it: a few weeks carry only so much. */
const RECONCILE_MAYBE =
  'From your answers, reconciling may be worth thinking about. It is a long shot, and real ' +
  'change takes longer than a few weeks; your healing counts either way.';

/** What the worksheet says for each outcome, in a few warm sentences. */
export const SUGGESTION_WORDS: Readonly<Record<SuggestionReason, string>> = {
  unanswered:
    'Once you have answered the questions above, the worksheet will suggest a path. Either path ' +
    'is yours to choose at any time.',
  unsafe: 'When something was unsafe, moving on is the safe path.',
  unsafe_unsure:
    'Not being sure is reason enough to take care of yourself. When something may have been ' +
    'unsafe, moving on is the safe path.',
  asked_no_contact:
    'Your ex has asked you not to contact them. Honour that. Writing an apology for yourself, ' +
    'not to send, can still help. The worksheet suggests Move on: a path of healing, not a ' +
    'failure.',
  deal_breaker:
    'What you named is the kind of thing an apology rarely mends. The worksheet suggests Move on: ' +
    'a path of healing and growing, not a failure.',
  ex_at_fault:
    'When it was mostly your ex, the change is theirs to make, and going quiet will not make it ' +
    'for them. The worksheet suggests Move on: your healing does not depend on them.',
  not_both_willing:
    'Mending what you both broke takes both of you talking it through. Without that, the ' +
    'worksheet suggests Move on, and the way you have learned to talk will serve you in what ' +
    'comes next.',
  fixed_it: `You named your part and can point to what you changed. ${RECONCILE_MAYBE}`,
  both_willing: `You were both part of it and are both willing to talk it through. ${RECONCILE_MAYBE}`,
  needs_evidence:
    'When it was mostly you, the kindest next step is to change what went wrong, for your own ' +
    'sake first. Habits that show what you changed let the worksheet say more. Move on is a good ' +
    'path too.',
  willingness_unsure:
    'Trying again rests on both of you being willing to talk it through. While that is unclear, ' +
    'the worksheet suggests neither path, and both stay open.',
};

/** The heading over the suggestion when something unsafe was named (or the person is not sure). */
export const SAFETY_TITLE = 'Your safety comes first';
export const NOT_YOUR_FAULT = 'None of it is your fault. You do not owe them an apology.';
export const SAFETY_LINK = 'Support when contact with your ex is unsafe';
/** The Support page's part about unsafe contact. */
export const SAFETY_HREF = supportHref('unsafe-contact');
export const SAFETY_NOTE =
  'If you are in danger right now, call your local emergency number. The support page has ' +
  'more on what to do when contact with your ex is unsafe.';
/**
 * Literally true: the worksheet is written only by Save or by choosing a path (the choice keeps
 * it as the move's reason), and the data file has no password (README, "Where your data lives").
 */
export const SAVING_IS_A_CHOICE =
  'Nothing here is saved unless you choose to save it. Mending has no password, so if someone ' +
  'else might open it on this computer, you may prefer not to. Choosing a path saves this ' +
  'worksheet too, as the reason for the move.';
/**
 * The same, once the worksheet is kept: saying "nothing is saved" would no longer be true.
 * Backups keep deleted entries until newer copies replace them (README, "Where your data lives").
 */
export const SAVED_ON_THIS_COMPUTER =
  'This worksheet is saved on this computer, and Mending has no password. If someone else might ' +
  'open it here, you can delete it under Your worksheets; backups made before then keep a copy ' +
  'until newer ones replace them.';
/** In place of the Reconcile button after something unsafe: the app suggests, it never locks. */
export const NO_RECONCILE_AFTER_UNSAFE =
  'Mending does not suggest reconciling after something unsafe. If you are thinking about it, ' +
  'please talk it through first with a domestic abuse helpline or someone you trust. You can ' +
  'still change your stage by hand on Where you are.';

export const CHOOSE_TITLE = 'Choose your path';
export const CHOOSE_LEAD =
  'Choosing moves your journey on, with this worksheet as the reason. You can undo it, and you ' +
  'can change your stage by hand at any time.';
/** Beside the two paths, never after something unsafe (then only the safe path is offered). */
export const BOTH_GOOD = 'Both paths are good paths.';
export const SUGGESTED = 'suggested';
export const CHOOSE_AGAIN_TITLE = 'Your path';
export const CHOOSE_AGAIN_LEAD =
  'If your answers change, you can choose again; your stage moves with it. Nothing here is final.';

/** "Choose Reconcile", the button. */
export function chooseButton(path: JourneyPath): string {
  return `Choose ${PATH_LABELS[path]}`;
}

/** The button of the path this worksheet chose: "Your choice: Move on". */
export function chosenButton(path: JourneyPath): string {
  return `Your choice: ${PATH_LABELS[path]}`;
}

/** What each path leads to, under its button. */
export function pathNext(path: JourneyPath): string {
  const stages = PATH_STAGES[path].map((stage) => STAGE_LABELS[stage]).join(', then ');
  return path === 'reconcile'
    ? `Next: ${stages}. An apology offered with no expectation, and room for a no.`
    : `Next: ${stages}. Keep healing and practising for whatever comes next.`;
}

/** After a choice, with Undo beside it. */
export function chosenMessage(path: JourneyPath): string {
  const first = PATH_STAGES[path][0];
  return `You chose ${PATH_LABELS[path]}. Your journey is now at ${first ? STAGE_LABELS[first] : PATH_LABELS[path]}.`;
}

/** A kept worksheet's choice: "Chose Move on on 3 December 2026". */
export function choiceLine(path: JourneyPath, day: string): string {
  return `You chose ${PATH_LABELS[path]} (${dayWords(day)}).`;
}

export const SAVE = 'Save for later';
export const SAVE_CHANGES = 'Save changes';
export const SAVED = 'Worksheet saved. You can come back to it any time.';
export const DELETED = 'Worksheet deleted.';
export const NEW_WORKSHEET = 'New worksheet';
export const START_NEW = 'Start a new worksheet';
export const LIST_TITLE = 'Your worksheets';
export const LIST_EMPTY = 'Worksheets you save are kept here, dated, to come back to.';
export const OPEN = 'Open';
export const OPEN_NOW = 'Showing above';
export const DELETE = 'Delete';
export const NO_PATH_YET = 'No path chosen';
export const WORKSHEETS_UNREAD = 'Your worksheets';
export const WORKSHEETS_UNREAD_INSTEAD = 'a new worksheet is shown';

/** The worksheet's heading: "Worksheet of 3 December 2026". */
export function worksheetTitle(day: string): string {
  return `Worksheet of ${dayWords(day)}`;
}

/** "Open the worksheet of 3 December 2026", the name of a list's button. */
export function openLabel(day: string): string {
  return `Open the worksheet of ${dayWords(day)}`;
}

/** "Delete the worksheet of 3 December 2026". */
export function deleteLabel(day: string): string {
  return `Delete the worksheet of ${dayWords(day)}`;
}
