/**
 * The kinds of reflection the app keeps (`reflections.kind`), named in words for anywhere a kind is
 * shown rather than its content (the summary report's count table, the label over each entry).
 */
import { APOLOGY_DRAFT_KIND } from './apology';
import { DECIDE_WORKSHEET_KIND } from './decide-words';
import { HONEST_REFLECTION_KIND } from './honest-reflection';

export const REFLECTION_KIND_LABELS: Readonly<Record<string, string>> = {
  [HONEST_REFLECTION_KIND]: 'Honest reflection',
  [DECIDE_WORKSHEET_KIND]: 'Decide worksheet',
  [APOLOGY_DRAFT_KIND]: 'Apology draft',
};
