/**
 * Every sentence the Report screen says, in one place, so its words can be read and reviewed in
 * one sitting (issue 8, "one voice"). The names and descriptions of the privacy levels, formats
 * and periods live in `src-main/shared/domain/report.ts`, because the report prints them too.
 * Short, second person, gender-neutral; every sentence about where the report goes literally true.
 */
import { REDACTED_NAME } from '../../../src-main/shared/domain/report';

export const REPORT_SCREEN_TITLE = 'Report';

export const REPORT_INTRO =
  'A private progress report to keep, or to share with a therapist if you choose. It is made on this computer and goes nowhere unless you send it, or save it in a folder that a service such as Dropbox, iCloud or OneDrive syncs.';

export const PERIOD_LEGEND = 'Period';
export const PRIVACY_LEGEND = 'What goes in';
export const SAVE_AS_LEGEND = 'Save as';
export const FROM_LABEL = 'From';
export const TO_LABEL = 'To';
export const PAGE_SIZE_LABEL = 'Page size';

/**
 * Shown beside the therapist choice: redaction replaces names and nothing else, so a note can
 * still say who someone is without naming them.
 */
export const THERAPIST_CAUTION =
  'Replacing names does not hide other details in your notes, such as “called my sister”. Read the preview before you share it.';

/**
 * Near Save, at the therapist level with no name on the list: that level then hides nothing, and
 * the cover of the report says so too.
 */
export const NO_NAMES_HIDDEN_NOTE =
  'No names are hidden in this report: your notes go in as you wrote them, and may name people. Add any name you want hidden above.';

/** Near Save: the file itself has no protection of its own. */
export const NO_PASSWORD_NOTE = 'A saved report has no password: anyone with the file can read it.';

export const SAVE_BUTTON = 'Save report…';
export const SAVING_BUTTON = 'Saving…';
export const MAKING_REPORT = 'Making your report';
export const STILL_WORKING = 'Still working: a long period takes a few seconds.';
export const NOTHING_SAVED = 'Nothing was saved.';

/** What Save did, with the file's name when the dialog gave one. */
export function savedMessage(fileName: string | undefined): string {
  return `Saved ${fileName ?? 'your report'}. It holds what you chose to include, and it has no password: keep it somewhere only you can reach.`;
}

export const PREVIEW_HEADING = 'Preview';
export const PREVIEW_UPDATING = 'Updating…';
export const PREVIEW_EXACT = 'This is exactly what will be saved.';
export const PREVIEW_MAKING = 'Making the preview…';
export const PREVIEW_FRAME_TITLE = 'Preview of your report';

// The names to hide (therapist level).

export const NAMES_LEGEND = 'Names to hide';
export const NAMES_HINT = `Each of these is shown as “${REDACTED_NAME}” wherever it appears, in any capitalisation. They are words from your notes that look like names: take off any that are not people, and add any that were missed. Names in languages without capital letters need adding by hand.`;

/** When the notes could not be searched: says why, and what to do instead. */
export function namesLoadError(reason: string): string {
  return `Your notes could not be searched for names, so none are proposed: ${reason} Add each name to hide below.`;
}

export const NO_NAMES_YET = 'No names to hide yet.';
export const NAMES_LIST_LABEL = 'Names that will be hidden';
export const ADD_NAME_LABEL = 'Add a name';
export const ADD_NAME_BUTTON = 'Add';

export function stopHidingLabel(name: string): string {
  return `Stop hiding ${name}`;
}
