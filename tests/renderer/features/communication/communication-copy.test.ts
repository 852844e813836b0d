import { describe, expect, it } from 'vitest';
import * as copy from '../../../../src-renderer/features/communication/communication-copy';
import * as ties from '../../../../src-renderer/features/settings/unavoidable-contact-copy';
import {
  CONTACT_CONTEXT_LABELS,
  COUNTERPART_LABELS,
  COUNTERPARTS,
  INITIATOR_LABELS,
  OUTCOME_LABELS,
  SKILL_LABELS,
  TONE_LABELS,
  TONES,
} from '../../../../src-main/shared/domain/communication';

/** Every sentence the screen can say: constants as they are, functions with sample values. */
function everySentence(): string[] {
  const constants = [...Object.values(copy), ...Object.values(ties)].flatMap((value) =>
    typeof value === 'string'
      ? [value]
      : typeof value === 'object'
        ? Object.values(value as Record<string, string>)
        : [],
  );
  return [
    ...constants,
    copy.listSince('2026-11-10'),
    ...[true, false].flatMap((f) =>
      [true, false].map((e) => copy.emptyListNote('2026-09-01', f, e)),
    ),
    copy.contactChip(CONTACT_CONTEXT_LABELS.i_reached_out),
    copy.selfRatingDetail(3, 5),
    copy.moodDetail(4, null),
    ...TONES.flatMap((tone) =>
      [true, false].map((isContactWithEx) =>
        copy.savedMessage({ isContactWithEx, tone, moodAfter: 1 }),
      ),
    ),
    ...COUNTERPARTS.map((c) => copy.entryName(SKILL_LABELS.apology, c, '09:15')),
    ...Object.values(CONTACT_CONTEXT_LABELS),
    ...Object.values(COUNTERPART_LABELS),
    ...Object.values(INITIATOR_LABELS),
    ...Object.values(TONE_LABELS),
    ...Object.values(OUTCOME_LABELS),
  ];
}

describe('the Communication screen’s words', () => {
  it('never treat contact with the ex as something to avoid, excuse or fight over', () => {
    for (const sentence of everySentence()) {
      expect(sentence).not.toMatch(
        /avoid|no contact|excuse|started it|who started|how you did|rehearsal alone|fault/i,
      );
    }
  });

  it('promise nothing about how contact will go, and count nothing down', () => {
    for (const sentence of everySentence()) {
      expect(sentence).not.toMatch(/calmer|will get|becom|streak|days? (left|since)|countdown/i);
    }
  });

  it('speak to the person without gender, and show no percentage (the screen shows counts)', () => {
    for (const sentence of everySentence()) {
      expect(sentence).not.toMatch(/\b(he|she|him|her|his|hers|boyfriend|girlfriend)\b/i);
      expect(sentence).not.toMatch(/%/);
    }
  });

  it('name a rehearsal on your own grammatically, with no one else in it', () => {
    expect(COUNTERPART_LABELS.rehearsal_alone).toBe('On my own (rehearsal)');
    expect(copy.entryName('Apology', 'rehearsal_alone', '09:15')).toBe(
      'Apology, a rehearsal on my own, at 09:15',
    );
    expect(copy.entryName('Apology', 'ex', '09:15')).toBe('Apology with my ex at 09:15');
  });
});

describe('what a new conversation’s save says', () => {
  const entry = (
    isContactWithEx: boolean,
    tone: (typeof TONES)[number] | null,
    moodAfter: number | null = null,
  ) => ({ isContactWithEx, tone, moodAfter });

  it('praises practice only where practice was all it was: never after contact with the ex', () => {
    // The fault report: hostile contact with the ex said "Practice counts, every time."
    expect(copy.savedMessage(entry(true, 'hostile'))).toBe('Saved.');
    for (const tone of [...TONES, null]) {
      expect(copy.savedMessage(entry(true, tone))).toBe('Saved.');
    }
    expect(copy.savedMessage(entry(false, null))).toBe('Saved. Practice counts, every time.');
    expect(copy.savedMessage(entry(false, 'friendly'))).toBe('Saved. Practice counts, every time.');
    expect(copy.savedMessage(entry(false, 'civil', 3))).toBe('Saved. Practice counts, every time.');
  });

  it('says nothing cheerful after a tense or hostile exchange with anyone', () => {
    expect(copy.savedMessage(entry(false, 'tense'))).toBe('Saved.');
    expect(copy.savedMessage(entry(false, 'hostile'))).toBe('Saved.');
  });

  it('meets a very low mood after the conversation gently, as a very low mood entry is met', () => {
    expect(copy.savedMessage(entry(false, 'friendly', 2))).toBe('Saved. Go gently with yourself.');
    expect(copy.savedMessage(entry(true, 'hostile', 1))).toBe('Saved. Go gently with yourself.');
    expect(copy.savedMessage(entry(false, 'friendly', 3))).not.toMatch(/gently/);
  });
});
