import { describe, expect, it } from 'vitest';
import {
  isVeryLowEntry,
  offersSafetyAfterContact,
  offersSupportAfterEntry,
} from '../../src-main/shared/support-signposts';

describe('a very low entry', () => {
  it('is a mood of 2 or less, or a hurt of 9 or more, either alone', () => {
    // The issue's own example: mood 2 with hurt 9.
    expect(isVeryLowEntry({ mood: 2, hurt: 9 })).toBe(true);
    expect(isVeryLowEntry({ mood: 1, hurt: null })).toBe(true);
    expect(isVeryLowEntry({ mood: 2, hurt: 0 })).toBe(true);
    expect(isVeryLowEntry({ mood: 6, hurt: 9 })).toBe(true);
    expect(isVeryLowEntry({ mood: 7, hurt: 10 })).toBe(true);
  });

  it('is not a low-ish day: mood 3, or hurt 8, or no hurt given', () => {
    expect(isVeryLowEntry({ mood: 3, hurt: null })).toBe(false);
    expect(isVeryLowEntry({ mood: 3, hurt: 8 })).toBe(false);
    expect(isVeryLowEntry({ mood: 10, hurt: 0 })).toBe(false);
  });
});

describe('offering Support after a mood entry', () => {
  const today = '2026-03-01';
  const low = { mood: 2, hurt: 9 };

  it('offers it after a very low entry about today, the first time that day', () => {
    expect(offersSupportAfterEntry(low, today, today, null)).toBe(true);
    expect(offersSupportAfterEntry(low, today, today, '2026-02-28')).toBe(true);
  });

  it('offers it at most once a day', () => {
    expect(offersSupportAfterEntry(low, today, today, today)).toBe(false);
  });

  it('counts a late-night entry for yesterday evening, across a month end', () => {
    expect(offersSupportAfterEntry(low, '2026-02-28', today, null)).toBe(true);
    expect(offersSupportAfterEntry(low, '2028-02-29', '2028-03-01', null)).toBe(true);
    expect(offersSupportAfterEntry(low, '2026-12-31', '2027-01-01', '2026-12-31')).toBe(true);
  });

  it('says nothing for a back-filled day long past, or a day not low', () => {
    expect(offersSupportAfterEntry(low, '2026-02-27', today, null)).toBe(false);
    expect(offersSupportAfterEntry({ mood: 5, hurt: 4 }, today, today, null)).toBe(false);
  });
});

describe('offering the safety section after contact', () => {
  it('offers it each time contact with the ex is recorded as hostile', () => {
    expect(offersSafetyAfterContact({ isContactWithEx: true, tone: 'hostile' })).toBe(true);
  });

  it('says nothing for another tone, no tone, or a conversation with someone else', () => {
    expect(offersSafetyAfterContact({ isContactWithEx: true, tone: 'tense' })).toBe(false);
    expect(offersSafetyAfterContact({ isContactWithEx: true, tone: null })).toBe(false);
    expect(offersSafetyAfterContact({ isContactWithEx: false, tone: 'hostile' })).toBe(false);
  });
});
