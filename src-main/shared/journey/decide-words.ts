/**
 * The Decide worksheet's questions and the words of its answers, said once for the app's Decide
 * part and for the progress report, so a worksheet reads the same in both ("Mostly my ex", never
 * "them"). Pure: no DOM, no dates formatted here.
 */
import type {
  DealBreaker,
  Fault,
  NoContactAnswer,
  SafetyAnswer,
  Willingness,
} from './decide-rules';

/** The `reflections.kind` a Decide worksheet is stored under. */
export const DECIDE_WORKSHEET_KIND = 'decide_worksheet';

/** Asked first, in plain behaviours: "control" is a word many people do not see as theirs. */
export const SAFETY_LEGEND =
  'Did your ex ever frighten you, threaten you, hurt you, check your phone, control your money, ' +
  'or cut you off from people?';
export const SAFETY_LABELS: Readonly<Record<SafetyAnswer, string>> = {
  yes: 'Yes',
  no: 'No',
  not_sure: 'Not sure',
};

export const NO_CONTACT_LEGEND = 'Has your ex asked you not to contact them?';
export const NO_CONTACT_LABELS: Readonly<Record<NoContactAnswer, string>> = {
  yes: 'Yes',
  no: 'No',
};

export const FAULT_LEGEND = 'Looking back, where do you see the main part of what went wrong?';
export const FAULT_LABELS: Readonly<Record<Fault, string>> = {
  me: 'Mostly me',
  both: 'Both of us',
  them: 'Mostly my ex',
};

export const WILLING_LEGEND = 'Are you both willing to talk it through?';
export const WILLING_LABELS: Readonly<Record<Willingness, string>> = {
  yes: 'Yes',
  no: 'No',
  not_sure: 'Not sure',
};

export const DEAL_BREAKERS_LEGEND = 'Was there a deal-breaker?';
export const DEAL_BREAKER_LABELS: Readonly<Record<DealBreaker, string>> = {
  cheating: 'Cheating',
  incompatibility: 'Deep incompatibility',
};
export const NONE_OF_THESE = 'None of these';

export const CHANGES_LEGEND = 'What have you changed?';
export const CHANGE_NOTE_LABEL = 'Anything else you changed';
