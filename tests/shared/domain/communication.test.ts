import { describe, expect, it } from 'vitest';
import {
  CONTACT_CONTEXT_LABELS,
  CONTACT_CONTEXTS,
  COUNTERPARTS,
  INITIATOR_LABELS,
  contactContextInSentence,
  suggestedContactContext,
  withWhom,
} from '../../../src-main/shared/domain/communication';

describe('contact with the ex, in the words the app offers', () => {
  it('offers reaching out as an honest answer, before the shared situations', () => {
    expect(CONTACT_CONTEXTS.map((c) => CONTACT_CONTEXT_LABELS[c])).toEqual([
      'I reached out',
      'They reached out',
      'Co-parenting',
      'Shared home',
      'Work or school',
      'Other',
    ]);
    expect(Object.values(INITIATOR_LABELS)).toEqual(['I did', 'They did', 'Both of us']);
  });

  it('writes each inside a sentence in lower case, but never "i reached out"', () => {
    expect(CONTACT_CONTEXTS.map(contactContextInSentence)).toEqual([
      'I reached out',
      'they reached out',
      'co-parenting',
      'shared home',
      'work or school',
      'other',
    ]);
  });

  it('still suggests the context of the first tie chosen in Settings, and guesses nothing else', () => {
    expect(suggestedContactContext([])).toBeNull();
    expect(suggestedContactContext(['living_together', 'children_together'])).toBe('shared_home');
    expect(suggestedContactContext(['working_or_studying_together'])).toBe('work_or_school');
  });

  it('says who an entry was with, and a rehearsal grammatically, with no one else in it', () => {
    expect(COUNTERPARTS.map(withWhom)).toEqual([
      'with my ex',
      'with co-parent',
      'with housemate',
      'with coworker or classmate',
      'with friend',
      'with family',
      'a rehearsal on my own',
    ]);
  });
});
